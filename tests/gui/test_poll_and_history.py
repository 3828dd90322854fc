"""The poll panel (one keyboard-driven row per participant, the agreed answer) and the history view
(timeline, restoring an earlier answer as an undoable change)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.assessment import Answer, Participant
from desktop_app.gui.views.history_view import HistoryView
from desktop_app.gui.views.poll_panel import PollPanel

Q = "data.collection.main"  # options: 1 Good (0), 2 Fair (1), 3 Weak (3), 4 None (4)


def _panel(opened, qtbot) -> PollPanel:
    opened.state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO")])
    panel = PollPanel(opened.state)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.show_question(Q)
    return panel


def test_digits_record_each_participants_answer_and_undo_takes_one_back(opened, qtbot):
    panel = _panel(opened, qtbot)
    assert [r.accessibleName() for r in panel.rows] == ["Answer of Dana", "Answer of Eli"]
    panel.rows[0].setFocus()
    qtbot.keyClick(panel.rows[0], Qt.Key.Key_1)  # Dana: Good
    qtbot.keyClick(panel.rows[0], Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: panel.focusWidget() is panel.rows[1], timeout=2000)
    qtbot.keyClick(panel.rows[1], Qt.Key.Key_4)  # Eli: None
    voices = {v.participant_id: v.value for v in opened.state.assessment.voices[Q]}
    dana, eli = opened.state.assessment.participants
    assert voices == {dana.id: "good", eli.id: "none"}
    assert panel.spread.text().startswith("Strong disagreement.") and "4 risk points" in panel.spread.text()
    assert Q not in opened.state.assessment.answers  # polling never sets the agreed answer
    opened.state.undo_stack.undo()
    assert [v.value for v in opened.state.assessment.voices[Q]] == ["good"]
    assert panel.spread.text().startswith("The room agrees.")


def test_the_agreed_answer_gets_its_rationale_and_a_lowered_confidence(opened, qtbot):
    panel = _panel(opened, qtbot)
    for row, key in zip(panel.rows, (Qt.Key.Key_1, Qt.Key.Key_3), strict=True):
        qtbot.keyClick(row, key)
    panel.agreed.setCurrentIndex(2)  # Weak
    qtbot.keyClicks(panel.rationale, "One site has no process")
    qtbot.keyClick(panel.rationale, Qt.Key.Key_Return)
    agreed = opened.state.assessment.answers[Q]
    assert (agreed.value, agreed.rationale, agreed.confidence) == ("weak", "One site has no process", "low")
    opened.state.undo_stack.undo()
    assert Q not in opened.state.assessment.answers
    panel.keep.setChecked(True)
    panel.set_agreed()
    assert opened.state.assessment.answers[Q].confidence == "medium"


def test_the_history_view_shows_a_questions_timeline_and_restores_an_earlier_answer(opened, qtbot):
    state = opened.state
    state.set_answer(Answer(Q, "weak", note="first"))
    state.set_answer(Answer(Q, "good", note="second"))
    view = HistoryView(state)
    qtbot.addWidget(view)
    view.show()
    view.show_question(Q)
    assert [view.table.item(r, 4).text() for r in range(view.table.rowCount())] == ['"good"', '"weak"']
    view.table.selectRow(1)
    assert view.restore_button.isEnabled()
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    restored = state.assessment.answers[Q]
    assert (restored.value, restored.note) == ("weak", "first")
    assert view.table.rowCount() == 3  # the restore is itself in the history
    state.undo_stack.undo()
    assert state.assessment.answers[Q].value == "good"
    view.all.setChecked(True)
    assert view.table.rowCount() > 3 and any(e.action == "created" for e in view.entries)


def test_the_window_tabs_follow_the_question_shown(opened):
    opened.question_view.show_question(Q)
    assert opened.poll_panel.question is not None and opened.poll_panel.question.id == Q
    assert opened.history_view.question_id == Q
    titles = [opened.tabs.tabText(i) for i in range(opened.tabs.count())]
    assert "Poll the room" in titles and "Histor&y" in titles


def test_changes_are_recorded_under_the_facilitator_from_the_settings(window, doc_path, settings):
    settings.set_facilitator("Fran Facilitator")
    settings.remember_file(doc_path)
    assert window.documents.open_path(doc_path)
    window.state.set_answer(Answer(Q, "weak"))
    entry = window.state.document.history(1)[0]
    assert (entry.action, entry.actor) == ("answer", "Fran Facilitator")


def test_history_items_read_as_names_not_ids():
    from desktop_app.gui.views.history_view import item_label

    names = {"p-1": "Dana"}
    assert item_label("voice:p-1:data.collection.main", names) == "data.collection.main (Dana)"
    assert item_label("participant:p-1", names) == "Dana"
    assert item_label("participant:p-2", names) == "a participant"
    assert item_label("plan:MIT-T-001", names) == "MIT-T-001"


def test_a_history_that_cannot_be_read_is_said_in_the_view_not_a_traceback(opened, qtbot):
    import sqlite3

    state = opened.state
    state.set_answer(Answer(Q, "weak"))
    view = HistoryView(state)
    qtbot.addWidget(view)
    view.show_question(Q)
    assert view.table.rowCount() == 1

    def damaged(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(state.document, "history", damaged)
        view.all.setChecked(True)  # refreshes
    assert view.table.rowCount() == 0 and view.entries == []
    assert not view.restore_button.isEnabled()
    assert "could not be read" in view.status.text() and "malformed" in view.status.text()
    view.one.setChecked(True)  # readable again: the timeline comes back
    assert view.table.rowCount() == 1
