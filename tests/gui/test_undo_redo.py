"""Ctrl+Z / Ctrl+Shift+Z take back and redo any change: answers, notes, confidence and plan edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow


def _keys(qtbot, window: MainWindow, key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.focusWidget() or window, key, mod)


def test_undo_and_redo_across_answers_and_plan_edits_by_keyboard(opened: MainWindow, qtbot):
    qv, state = opened.question_view, opened.state
    qv.show_question("data.collection.main")
    qv.focus_answers()
    _keys(qtbot, opened, Qt.Key.Key_3)  # weak -> triggers MIT-T-001
    assert state.assessment.answers["data.collection.main"].value == "weak"
    opened.tabs.setCurrentWidget(opened.plan_view)
    opened.plan_view.select_key("MIT-T-001")
    opened.plan_view.accept_selected()
    assert state.plan.item("MIT-T-001").status == "accepted"
    opened.plan_view.table.setFocus()

    _keys(qtbot, opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state.plan.item("MIT-T-001").status == "proposed"
    _keys(qtbot, opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "data.collection.main" not in state.assessment.answers
    _keys(qtbot, opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert state.assessment.answers["data.collection.main"].value == "weak"
    _keys(qtbot, opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert state.plan.item("MIT-T-001").status == "accepted"
    # and it is all in the file, not just on screen
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(state.path, readonly=True) as doc:
        assert doc.assessment().plan["MIT-T-001"].status == "accepted"


def test_a_typed_note_is_one_undo_step(opened: MainWindow, qtbot):
    qv, state = opened.question_view, opened.state
    qv.show_question("data.collection.main")
    qv.choose_option("good")
    qv.note.setFocus()
    qtbot.keyClicks(qv.note, "first part")
    qv.note.flush()  # as after 600 ms idle
    qtbot.keyClicks(qv.note, ", second part")
    qtbot.keyClick(qv.note, Qt.Key.Key_Return)
    assert state.assessment.answers["data.collection.main"].note == "first part, second part"
    assert state.undo_stack.count() == 2  # the answer and one note command
    state.undo_stack.undo()
    assert state.assessment.answers["data.collection.main"].note == ""
    assert qv.note.toPlainText() == ""
    state.undo_stack.redo()
    assert qv.note.toPlainText() == "first part, second part"


def test_note_is_saved_after_a_short_idle(opened: MainWindow, qtbot):
    qv, state = opened.question_view, opened.state
    qv.show_question("data.collection.main")
    qv.choose_option("good")
    qv.note.setFocus()
    qtbot.keyClicks(qv.note, "said quickly")
    assert state.assessment.answers["data.collection.main"].note == ""
    qtbot.waitUntil(lambda: state.assessment.answers["data.collection.main"].note == "said quickly", timeout=2000)


def test_undo_shows_the_question_it_changed(opened: MainWindow):
    qv, state = opened.question_view, opened.state
    qv.show_question("data.collection.main")
    qv.choose_option("good")
    qv.show_question("compute.cost.main")
    state.undo_stack.undo()
    assert qv.question.id == "data.collection.main"


def test_confidence_change_is_undoable(opened: MainWindow):
    qv, state = opened.question_view, opened.state
    qv.show_question("data.collection.main")
    qv.choose_option("good")
    qv.set_confidence("low")
    assert state.assessment.answers["data.collection.main"].confidence == "low"
    state.undo_stack.undo()
    assert state.assessment.answers["data.collection.main"].confidence == "medium"
