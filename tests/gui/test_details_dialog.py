"""Edit > Assessment details…: change client, project, date, facilitator and participants after the
wizard, as one undoable change."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.core.assessment import Participant
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.views.details_dialog import COL_NAME, COL_ORGANISATION, COL_ROLE, DetailsDialog
from desktop_app.storage.document import ReadinessDocument


def _type_row(qtbot, dialog: DetailsDialog, name: str, role: str, organisation: str) -> None:
    """Add a participant the way a user does: Add opens the name cell for typing, then each cell in
    turn (ASCII only: QTest.keyClicks aborts on other characters)."""
    table = dialog.table
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = table.rowCount() - 1
    for col, text in ((COL_NAME, name), (COL_ROLE, role), (COL_ORGANISATION, organisation)):
        if col != COL_NAME:
            table.setCurrentCell(row, col)
            table.editItem(table.item(row, col))
        assert table.state() == table.State.EditingState
        editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits queued
        assert table.item(row, col).text() == text


def _show(qtbot, dialog: DetailsDialog) -> None:
    """Show the dialog as exec() would: modal and active, so typed keys reach it, not the window's shortcuts."""
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _fill(qtbot, client: str = "Acme Group", project: str = "Imaging pilot 2"):
    def fill(dialog: DetailsDialog) -> bool:
        _show(qtbot, dialog)
        dialog.client.selectAll()
        qtbot.keyClicks(dialog.client, client)
        dialog.project.selectAll()
        qtbot.keyClicks(dialog.project, project)
        dialog.date.setDate(QDate(2026, 4, 15))
        qtbot.keyClicks(dialog.facilitator, "Jo Facilitator")
        _type_row(qtbot, dialog, "Zoe Adams", "CISO", "Acme Health")
        _type_row(qtbot, dialog, "Sam Lee", "Data lead", "")
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == DetailsDialog.DialogCode.Accepted

    return fill


def test_the_dialog_changes_details_and_participants_in_the_file(opened: MainWindow, qtbot):
    opened.run_dialog = _fill(qtbot)
    qtbot.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    with ReadinessDocument.open(opened.state.path, readonly=True) as doc:
        a = doc.assessment()
    assert (a.client, a.project, a.workshop_date, a.facilitator) == (
        "Acme Group",
        "Imaging pilot 2",
        "2026-04-15",
        "Jo Facilitator",
    )
    assert a.participants == (Participant("Zoe Adams", "CISO", "Acme Health"), Participant("Sam Lee", "Data lead"))


def test_the_window_title_follows_the_new_names(opened: MainWindow, qtbot):
    opened.run_dialog = _fill(qtbot, client="Globex", project="Fraud scoring")
    opened.act_details.trigger()
    assert opened.windowTitle().startswith("Globex – Fraud scoring – acme.readiness")


def test_ctrl_z_undoes_the_whole_edit_in_one_step(opened: MainWindow, qtbot):
    state = opened.state
    depth = state.undo_stack.count()
    opened.run_dialog = _fill(qtbot)
    opened.act_details.trigger()
    assert state.undo_stack.count() == depth + 1
    opened.activateWindow()  # as when the modal dialog closes
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    a = state.assessment
    assert (a.client, a.project, a.workshop_date, a.facilitator, a.participants) == (
        "Acme Health",
        "Imaging pilot",
        "2026-03-02",
        "",
        (),
    )
    with ReadinessDocument.open(state.path, readonly=True) as doc:
        assert doc.assessment().client == "Acme Health" and doc.assessment().participants == ()


def test_an_empty_client_disables_ok_and_says_why(opened: MainWindow, qtbot):
    dialog = DetailsDialog(opened, opened.state.assessment)
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.client.selectAll()
    qtbot.keyClick(dialog.client, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.isVisibleTo(dialog) and "client" in dialog.problem.text()


def test_an_empty_project_disables_ok(opened: MainWindow, qtbot):
    dialog = DetailsDialog(opened, opened.state.assessment)
    qtbot.addWidget(dialog)
    dialog.project.clear()
    assert not dialog.ok_button.isEnabled() and "project" in dialog.problem.text()


def test_a_participant_without_a_name_disables_ok(opened: MainWindow, qtbot):
    dialog = DetailsDialog(opened, opened.state.assessment)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    _type_row(qtbot, dialog, "", "CISO", "")
    assert not dialog.ok_button.isEnabled() and "no name" in dialog.problem.text()


def test_remove_takes_the_selected_participant_out(opened: MainWindow, qtbot):
    opened.state.set_participants([Participant("A"), Participant("B"), Participant("C")])
    dialog = DetailsDialog(opened, opened.state.assessment)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.participants()] == ["A", "C"]


def test_ok_without_changes_adds_no_undo_step(opened: MainWindow, qtbot):
    depth = opened.state.undo_stack.count()
    opened.run_dialog = lambda dialog: True
    opened.act_details.trigger()
    assert opened.state.undo_stack.count() == depth


def test_cancel_changes_nothing(opened: MainWindow, qtbot):
    def cancel(dialog: DetailsDialog) -> bool:
        dialog.client.setText("Someone else")
        return False

    opened.run_dialog = cancel
    opened.act_details.trigger()
    assert opened.state.assessment.client == "Acme Health"


def test_the_action_is_disabled_for_a_read_only_file(window: MainWindow, doc_path):
    assert window.documents.open_path(doc_path)  # a received file opens read-only
    assert window.state.readonly
    assert not window.act_details.isEnabled()


def test_enable_editing_enables_the_action(window: MainWindow, doc_path):
    assert window.documents.open_path(doc_path)
    window.documents.enable_editing()
    assert not window.state.readonly and window.act_details.isEnabled()


def test_a_missing_workshop_date_stays_empty(opened: MainWindow, qtbot):
    opened.state.set_details(workshop_date="")
    dialog = DetailsDialog(opened, opened.state.assessment)
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "Not set" and dialog.details()["workshop_date"] == ""
