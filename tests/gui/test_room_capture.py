"""Issue 13, capture in the room: park a question with a note (key P), unpark it, and name who said a note."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop_app.core.assessment import Participant
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.navigator import PARKED_MARK, ROLE_PARKED
from desktop_app.gui.views.park_dialog import ParkDialog
from desktop_app.storage.document import ReadinessDocument


def _nav_row(window: MainWindow, qid: str):
    model = window.navigator.model
    idx = model.index_for(qid)
    return idx.siblingAtColumn(0), idx.siblingAtColumn(1)


def test_p_parks_an_unanswered_question_with_its_note_and_moves_on(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    asked = []
    qv.park_prompt = lambda text, note, parked: asked.append((text, note, parked)) or ("park", "Ask the data team")
    qv.focus_answers()
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_P)
    assert asked and asked[0][2] is False
    record = opened.state.assessment.record("data.collection.main")
    assert record is not None and record.value is None
    assert record.parked and record.park_note == "Ask the data team"
    assert qv.question.id != "data.collection.main", "parking moves on"
    title, progress = _nav_row(opened, "data.collection.main")
    assert title.data(ROLE_PARKED) is True and PARKED_MARK in progress.data()
    rows = [opened.follow_up_view.model.item(r) for r in range(opened.follow_up_view.model.rowCount())]
    parked = [r for r in rows if r.question == "data.collection.main"]
    assert parked and parked[0].reason == "parked" and "Ask the data team" in parked[0].note
    assert "Ask the data team" in opened.follow_up_view.text()
    path = opened.state.path
    opened.documents.close()
    with ReadinessDocument.open(path, readonly=True) as doc:
        again = doc.assessment().record("data.collection.main")
        assert again is not None and again.parked and again.park_note == "Ask the data team"


def test_parking_an_answered_question_keeps_its_answer_and_undo_unparks(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.choose_option("weak")
    qv.park_prompt = lambda text, note, parked: ("park", "Check with IT")
    assert qv.park_current()
    record = opened.state.assessment.record("data.collection.main")
    assert record.value == "weak" and record.parked
    opened.state.undo_stack.undo()
    record = opened.state.assessment.record("data.collection.main")
    assert record.value == "weak" and not record.parked


def test_the_park_dialog_takes_one_line_and_enter_confirms(qtbot):
    dialog = ParkDialog("Is the data inventoried?")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.note_edit.setFocus()
    qtbot.keyClicks(dialog.note_edit, "Ask  the DPO")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert dialog.result() == ParkDialog.DialogCode.Accepted
    assert dialog.choice() == ("park", "Ask the DPO")


def test_unpark_from_the_follow_up_view_and_from_the_key(opened: MainWindow, qtbot):
    qv = opened.question_view
    for qid in ("data.collection.main", "data.preprocessing.main"):
        qv.show_question(qid)
        qv.park_prompt = lambda text, note, parked: ("park", "later")
        assert qv.park_current()
    view = opened.follow_up_view
    rows = [view.model.item(r).question for r in range(view.model.rowCount())]
    view.table.setCurrentIndex(view.model.index(rows.index("data.collection.main"), 0))
    assert view.unpark_button.isEnabled()
    assert view.unpark_selected()
    record = opened.state.assessment.record("data.collection.main")
    assert record is None, "nothing else was said: unparking leaves no record"
    qv.show_question("data.preprocessing.main")
    qv.park_prompt = lambda text, note, parked: ("unpark", "") if parked else None
    assert qv.park_current()
    assert opened.state.assessment.record("data.preprocessing.main") is None
    assert all(view.model.item(r).reason != "parked" for r in range(view.model.rowCount()))


def test_who_said_the_note_is_picked_by_keyboard_and_shown_in_the_history(opened: MainWindow, qtbot):
    opened.state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO")])
    qv = opened.question_view
    qv.show_question("data.collection.main")
    assert [qv.speaker.itemText(i) for i in range(qv.speaker.count())] == ["", "Dana", "Eli"]
    qv.focus_answers()
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert qv.speaker.hasFocus() or qv.speaker.lineEdit().hasFocus()
    qtbot.keyClick(qv.speaker, Qt.Key.Key_Down)
    qtbot.keyClick(qv.speaker, Qt.Key.Key_Down)
    qtbot.keyClick(qv.speaker, Qt.Key.Key_Return)
    record = opened.state.assessment.record("data.collection.main")
    assert record is not None and record.note_by == "Eli"
    entry = opened.state.document.history(1)[0]
    assert json.loads(entry.state)["note_by"] == "Eli"
    opened.history_view.show_question("data.collection.main")
    details = [opened.history_view.table.item(r, 4).text() for r in range(opened.history_view.table.rowCount())]
    assert any("Eli" in d for d in details), details


def test_a_typed_speaker_is_kept_when_the_question_is_answered_later(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.speaker.setFocus()
    qtbot.keyClicks(qv.speaker.lineEdit(), "Guest from finance")
    qtbot.keyClick(qv.speaker.lineEdit(), Qt.Key.Key_Return)
    qv.choose_option("weak")
    record = opened.state.assessment.record("data.collection.main")
    assert (record.value, record.note_by) == ("weak", "Guest from finance")
