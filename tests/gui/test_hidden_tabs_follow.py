"""The poll panel and the history view, once built, do no work out of sight and are current when shown
(issue 15: an answer's GUI-thread time; gui/deferred.py ``FollowsQuestion``).

Out of sight, an answer does not re-read the history and a move to another question does not rebuild
the poll's rows; the tab, when shown, shows the question of the questionnaire and every answer given
meanwhile. In sight they follow at once, as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer
from desktop_app.gui.main_window import MainWindow

Q1, Q2 = "data.collection.main", "data.preprocessing.main"


def _show_tab(window: MainWindow, label: str) -> QWidget:
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == label)
    window.tabs.setCurrentIndex(index)
    return window.tabs.currentWidget()


def _history_reads(window: MainWindow, monkeypatch) -> list[int]:
    reads: list[int] = []
    doc = window.state.document
    real = doc.history

    def counted(*args, **kwargs):
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(doc, "history", counted)
    return reads


def _visited(window: MainWindow) -> None:
    """Every room tab built (visited once), then back to the questionnaire."""
    window.state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO")])
    window.question_view.show_question(Q1)
    _show_tab(window, "Poll the room")
    _show_tab(window, "Histor&y")
    window.tabs.setCurrentIndex(0)
    assert not window.history_view.isVisible() and not window.poll_panel.isVisible()


def test_out_of_sight_an_answer_does_not_read_the_history_and_the_tab_shows_it_when_shown(opened, monkeypatch):
    window = opened
    _visited(window)
    reads = _history_reads(window, monkeypatch)
    window.question_view.choose_option("weak")
    window.question_view.show_question(Q2)
    window.question_view.choose_option("fair")
    assert reads == []
    view = _show_tab(window, "Histor&y")
    assert view is window.history_view and reads, "read when it came into sight"
    assert view.question_id == Q2
    assert [view.table.item(r, 4).text() for r in range(view.table.rowCount())] == ['"fair"']


def test_out_of_sight_the_poll_follows_the_question_when_shown(opened):
    window = opened
    _visited(window)
    panel = window.poll_panel
    dana, _eli = window.state.assessment.participants
    rows = list(panel.rows)
    window.question_view.show_question(Q2)
    assert panel.question is not None and panel.question.id == Q2, "it knows the question at once"
    assert panel.rows == rows, "but builds no rows out of sight"
    window.state.apply_change(lambda d: d.set_participant_answer(ParticipantAnswer(dana.id, Q2, "weak")))
    shown = _show_tab(window, "Poll the room")
    assert shown is panel and panel.question is not None and panel.question.id == Q2
    assert panel.rows != rows, "built for it when shown"
    assert panel.title.text() == f"<b>{panel.question.text}</b>"
    assert [r.accessibleName() for r in panel.rows] == ["Answer of Dana", "Answer of Eli"]
    assert panel.rows[0].currentText() == "Weak"
    assert panel.spread.text().startswith("The room agrees.")


def test_in_sight_the_history_follows_every_answer_and_move_at_once(opened, monkeypatch):
    window = opened
    _visited(window)
    view = _show_tab(window, "Histor&y")
    window.state.set_answer(Answer(Q1, "good"))
    assert [view.table.item(r, 4).text() for r in range(view.table.rowCount())] == ['"good"']
    window.question_view.show_question(Q2)  # the questionnaire moves (a key, the navigator) while in sight
    assert view.question_id == Q2 and view.table.rowCount() == 0
    window.state.set_answer(Answer(Q2, "none"))
    assert [view.table.item(r, 4).text() for r in range(view.table.rowCount())] == ['"none"']
