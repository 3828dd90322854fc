"""Issue 13, critical: a note or a confidence on a question not yet answered is saved and survives a
reopen, and the status bar never claims a save that did not happen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow
from desktop_app.storage.document import ReadinessDocument

QID = "data.collection.main"


def _type_note(window: MainWindow, qtbot, text: str) -> None:
    qv = window.question_view
    qv.show_question(QID)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert qv.note.hasFocus()
    qtbot.keyClicks(qv.note, text)
    qtbot.keyClick(qv.note, Qt.Key.Key_Return)  # Enter saves the note


def test_note_on_unanswered_question_is_saved_and_found_after_reopening(opened: MainWindow, qtbot, doc_path: Path):
    _type_note(opened, qtbot, "Ask the DPO about retention")
    opened.documents.close()
    doc = ReadinessDocument.open(doc_path, readonly=True)
    try:
        stored = doc.assessment().record(QID)
    finally:
        doc.close()
    assert stored is not None, "the note was never written to the file"
    assert stored.note == "Ask the DPO about retention"
    assert stored.value is None, "a note alone does not answer the question"
    # and the window shows it again when the file is reopened
    assert opened.documents.open_path(doc_path, trusted=True)
    opened.question_view.show_question(QID)
    assert opened.question_view.note.toPlainText() == "Ask the DPO about retention"


def test_note_alone_leaves_the_question_unanswered(opened: MainWindow, qtbot):
    before = opened.state.profile.completion.answered
    _type_note(opened, qtbot, "Not discussed yet")
    assert opened.state.profile.completion.answered == before
    assert not any(b.isChecked() for b in opened.question_view.option_buttons())
    opened.navigator.set_filter("unanswered")
    assert QID in opened.navigator.question_ids()


def test_answer_after_a_saved_note_keeps_the_note(opened: MainWindow, qtbot):
    _type_note(opened, qtbot, "Retention unclear")
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_2)
    answer = opened.state.assessment.answers[QID]
    assert answer.value is not None
    assert answer.note == "Retention unclear"


def test_confidence_on_unanswered_question_is_saved(opened: MainWindow, qtbot, doc_path: Path):
    qv = opened.question_view
    qv.show_question(QID)
    qv.focus_answers()
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_L)
    assert qv.confidence_buttons["low"].isChecked()
    opened.documents.close()
    doc = ReadinessDocument.open(doc_path, readonly=True)
    try:
        stored = doc.assessment().record(QID)
    finally:
        doc.close()
    assert stored is not None and stored.confidence == "low" and stored.value is None


def test_undo_takes_back_a_note_on_an_unanswered_question(opened: MainWindow, qtbot):
    _type_note(opened, qtbot, "Scratch")
    assert opened.state.assessment.record(QID).note == "Scratch"
    opened.state.undo_stack.undo()
    assert opened.state.assessment.record(QID) is None


def test_status_bar_does_not_claim_a_failed_save(opened: MainWindow, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.core.errors import ReadinessError

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    opened.question_view.show_question(QID)
    opened.question_view.focus_answers()
    doc = opened.state.document

    def broken(_answers):
        raise ReadinessError("The disk is full.")

    monkeypatch.setattr(doc, "set_answers", broken)
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_2)
    assert shown == ["The disk is full."], "the failure is shown"
    assert not any(b.isChecked() for b in opened.question_view.option_buttons()), "the screen shows the file"
    assert "not saved" in opened.saved_label.text().lower()


def test_status_bar_does_not_claim_a_note_still_being_typed(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question(QID)
    qv.focus_note()
    qtbot.keyClicks(qv.note, "half a thought")
    assert qv.note.pending
    assert not opened.saved_label.text().startswith("All changes saved")
    qtbot.waitUntil(lambda: not qv.note.pending, timeout=3000)
    assert opened.saved_label.text().startswith("All changes saved")
