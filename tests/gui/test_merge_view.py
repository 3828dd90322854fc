"""File > Merge another copy…: the differences side by side, a choice per item (keys M and T, or all
at once), one undoable merge and a summary; a copy of another assessment is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.core.assessment import Answer, Participant, PlanDecision
from desktop_app.gui.views.merge_view import COL_ITEM, COL_MINE, COL_TAKE, COL_THEIRS, MergeDialog
from desktop_app.storage.document import ReadinessDocument

Q1, Q2 = "data.collection.main", "data.preprocessing.main"
Q3 = "context.data_sensitivity"


def _two_copies(opened, tmp_path: Path) -> Path:
    """This copy and another laptop's copy, each changed since they parted."""
    state = opened.state
    state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO")])
    state.set_answer(Answer(Q1, "fair"))
    other = tmp_path / "laptop-b.readiness"
    shutil.copyfile(state.path, other)
    with ReadinessDocument.open(other) as doc:
        doc.set_answer(Answer(Q1, "none", note="their site has no process"))
        doc.set_details(project="Imaging v2")
        doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Eli"))
    state.set_answer(Answer(Q1, "weak"))  # changed in both: a conflict
    state.set_answer(Answer(Q2, "good"))  # changed here only
    return other


def _row(dialog: MergeDialog, key: str):
    return dialog.rows[key]


def _undo_and_redo(opened) -> None:
    """One undo step takes the whole merge back; redo brings it again."""
    assert opened.state.undo_stack.undoText().startswith("Merge laptop-b")
    opened.state.undo_stack.undo()
    a = opened.state.assessment
    assert (a.answers[Q1].value, a.project, "MIT-T-001" in a.plan) == ("weak", "Imaging pilot", False)
    opened.state.undo_stack.redo()
    a = opened.state.assessment
    assert (a.answers[Q1].value, a.project, a.plan["MIT-T-001"].owner) == ("none", "Imaging v2", "Eli")
    details = {e.detail for e in opened.state.document.history(500, target="answer:" + Q1)}
    assert {'"weak"', '"none"', '"fair"'} <= details  # both versions stay in the history


def test_the_merge_view_shows_each_difference_side_by_side_and_merges_as_one_undoable_step(opened, tmp_path, qtbot):
    other = _two_copies(opened, tmp_path)
    seen: dict[str, object] = {}

    def run(dialog: MergeDialog) -> None:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()  # as a modal dialog is: the window's own keys must not see these
        qtbot.waitUntil(dialog.isActiveWindow)
        groups = [dialog.tree.topLevelItem(i).text(COL_ITEM) for i in range(dialog.tree.topLevelItemCount())]
        seen["groups"] = groups
        conflict = _row(dialog, "answer:" + Q1)
        seen["sides"] = (conflict.text(COL_MINE), conflict.text(COL_THEIRS), conflict.text(COL_TAKE))
        seen["blocked"] = (dialog.merge_button.isEnabled(), dialog.status.text())
        # keyboard: select the conflict, T takes theirs, M keeps mine, T again
        dialog.tree.setFocus()
        dialog.tree.setCurrentItem(conflict)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_T)
        after_t = dialog.choices["answer:" + Q1]
        qtbot.keyClick(dialog.tree, Qt.Key.Key_M)
        after_m = dialog.choices["answer:" + Q1]
        qtbot.keyClick(dialog.tree, Qt.Key.Key_T)
        seen["keys"] = (after_t, after_m, dialog.choices["answer:" + Q1], conflict.text(COL_TAKE))
        seen["mine_pane"] = dialog.mine_text.toPlainText()
        seen["theirs_pane"] = dialog.theirs_text.toPlainText()
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # the Merge button is the default
        seen["summary"] = dialog.summary_label.text()
        seen["page"] = dialog.pages.currentIndex()
        dialog.accept()

    opened.collab.run_merge_dialog = run
    dialog = opened.collab.merge_path(other)
    assert dialog is not None and dialog.command is not None
    assert seen["groups"] == ["Details (1)", "Answers (2)", "Plan decisions (1)"]
    mine, theirs, take = seen["sides"]
    assert mine.startswith("Weak · confidence: medium") and theirs.startswith("None · confidence: medium")
    assert "note: their site has no process" in theirs and take == "⚠ choose"
    assert seen["blocked"] == (False, "1 conflict(s) still to choose")
    assert seen["keys"] == ("theirs", "mine", "theirs", "theirs (conflict)")
    assert "Weak" in seen["mine_pane"] and "their site has no process" in seen["theirs_pane"]
    assert seen["page"] == 1 and "was merged" in seen["summary"] and "Ctrl+Z" in seen["summary"]
    assert (
        "3 item(s) were taken" in seen["summary"] and "1 conflict(s) decided: 1 for the other copy" in seen["summary"]
    )
    a = opened.state.assessment
    assert (a.answers[Q1].value, a.answers[Q2].value, a.project) == ("none", "good", "Imaging v2")
    assert a.plan["MIT-T-001"].owner == "Eli"
    _undo_and_redo(opened)


def test_take_mine_or_theirs_for_all_decides_every_item(opened, tmp_path, qtbot):
    other = _two_copies(opened, tmp_path)
    seen = {}

    def run(dialog: MergeDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.all_theirs_button, Qt.MouseButton.LeftButton)
        seen["theirs"] = dict(dialog.choices)
        qtbot.mouseClick(dialog.all_mine_button, Qt.MouseButton.LeftButton)
        seen["mine"] = dict(dialog.choices)
        seen["enabled"] = dialog.merge_button.isEnabled()
        assert dialog.apply()

    opened.collab.run_merge_dialog = run
    opened.collab.merge_path(other)
    assert set(seen["theirs"].values()) == {"theirs"} and set(seen["mine"].values()) == {"mine"}
    assert len(seen["mine"]) == 4 and seen["enabled"]
    a = opened.state.assessment  # everything kept as it was here
    assert (a.answers[Q1].value, a.project, "MIT-T-001" in a.plan) == ("weak", "Imaging pilot", False)


def test_a_copy_of_another_assessment_is_refused_with_a_clear_message(opened, tmp_path, mini_bank):
    stranger = tmp_path / "stranger.readiness"
    ReadinessDocument.create(stranger, client="Other", project="Else", bank=mini_bank).close()
    errors: list[str] = []
    opened.collab.show_error = errors.append
    opened.collab.run_merge_dialog = lambda d: (_ for _ in ()).throw(AssertionError("no dialog"))
    assert opened.collab.merge_path(stranger) is None
    assert len(errors) == 1 and "stranger.readiness cannot be merged" in errors[0]
    assert "different assessments" in errors[0]
    assert opened.collab.merge_path(opened.state.path) is None
    assert "is the open assessment itself" in errors[1]
    (tmp_path / "junk.readiness").write_bytes(b"not a database at all" * 10)
    assert opened.collab.merge_path(tmp_path / "junk.readiness") is None
    assert errors[2].startswith("junk.readiness cannot be merged")


def test_the_file_menu_offers_the_merge_for_an_editable_document_only(window, opened, tmp_path):
    files = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert window.collab.act_merge in files.actions()
    assert window.collab.act_merge.isEnabled()
    other = _two_copies(opened, tmp_path)
    picked = []
    window.collab.choose_open_file = lambda title, filters: picked.append(filters) or str(other)
    window.collab.run_merge_dialog = lambda d: None
    window.collab.act_merge.trigger()
    assert picked == ["Assessments (*.readiness)"]
    window.close_document()
    assert not window.collab.act_merge.isEnabled()


def _an_undone_change(opened) -> None:
    """An answer set and undone: the undo stack can redo it."""
    opened.state.set_answer(Answer(Q3, "public"))
    opened.state.undo_stack.undo()
    assert opened.state.undo_stack.canRedo() and Q3 not in opened.state.assessment.answers


def _merge_and_apply(opened, other: Path, choose=None) -> tuple[MergeDialog | None, dict[str, object]]:
    seen: dict[str, object] = {}

    def run(dialog: MergeDialog) -> None:
        if choose is not None:
            choose(dialog)
        seen["applied"] = dialog.apply()
        seen["summary"], seen["page"] = dialog.summary_label.text(), dialog.pages.currentIndex()

    opened.collab.run_merge_dialog = run
    messages: list[str] = []
    opened.collab.done.connect(messages.append)
    dialog = opened.collab.merge_path(other)
    seen["messages"] = messages
    return dialog, seen


def test_a_merge_that_brings_nothing_pushes_nothing_so_redo_still_works(opened, tmp_path):
    """An older copy of this very file: its every item is older here, so the merge takes nothing."""
    opened.state.set_answer(Answer(Q1, "fair"))
    other = tmp_path / "laptop-b.readiness"
    shutil.copyfile(opened.state.path, other)
    opened.state.set_answer(Answer(Q1, "weak"))  # changed here only: a difference, nothing to take
    _an_undone_change(opened)
    stack = opened.state.undo_stack
    count, undo_text = stack.count(), stack.undoText()
    dialog, seen = _merge_and_apply(opened, other)
    assert dialog is not None and dialog.command is None
    assert seen["applied"] and seen["page"] == 1 and "Nothing to merge" in str(seen["summary"])
    assert any("Nothing to merge" in m for m in seen["messages"]), seen["messages"]
    assert (stack.count(), stack.undoText(), stack.canRedo()) == (count, undo_text, True)
    stack.redo()  # the undone answer comes back: the merge did not throw the redo away
    assert opened.state.assessment.answers[Q3].value == "public"
    assert opened.state.assessment.answers[Q1].value == "weak"


def test_a_merge_that_keeps_every_item_of_this_copy_records_the_history_and_keeps_redo(opened, tmp_path):
    """Keeping this copy's version of everything changes no item (nothing to undo), but the other
    copy's history and the decisions to keep this copy's versions are recorded."""
    other = _two_copies(opened, tmp_path)
    _an_undone_change(opened)
    stack = opened.state.undo_stack
    count = stack.count()
    dialog, seen = _merge_and_apply(opened, other, lambda d: d.choose_all("mine"))
    assert dialog is not None and dialog.command is None
    assert seen["applied"] and "Nothing to merge" in str(seen["summary"])
    assert (stack.count(), stack.canRedo()) == (count, True)
    details = {e.detail for e in opened.state.document.history(500, target="answer:" + Q1)}
    assert '"none"' in details  # the other copy's version is in the history
    stack.redo()
    assert opened.state.assessment.answers[Q3].value == "public"


def test_each_version_says_who_changed_it_even_when_the_answer_has_no_author_of_its_own(
    window, doc_path, settings, tmp_path
):
    """An answer set in the window keeps no author of its own (the history names who changed it):
    the merge view still says who, from each copy's history, not 'someone'."""
    settings.set_facilitator("Fran Facilitator")
    settings.remember_file(doc_path)
    assert window.documents.open_path(doc_path)
    other = tmp_path / "laptop-b.readiness"
    shutil.copyfile(doc_path, other)
    with ReadinessDocument.open(other) as doc:
        doc.actor = "Eli on laptop B"
        doc.set_answer(Answer(Q1, "none"))
    window.state.set_answer(Answer(Q1, "weak"))
    assert window.state.assessment.answers[Q1].answered_by == ""  # the history alone says who
    seen: dict[str, str] = {}

    def run(dialog: MergeDialog) -> None:
        row = dialog.rows["answer:" + Q1]
        dialog.tree.setCurrentItem(row)
        seen["tips"] = row.toolTip(COL_MINE) + "\n" + row.toolTip(COL_THEIRS)
        seen["panes"] = dialog.mine_text.toPlainText() + "\n" + dialog.theirs_text.toPlainText()

    window.collab.run_merge_dialog = run
    window.collab.merge_path(other)
    for text in (seen["tips"], seen["panes"]):
        assert "changed by Fran Facilitator" in text and "changed by Eli on laptop B" in text, text
        assert "someone" not in text
