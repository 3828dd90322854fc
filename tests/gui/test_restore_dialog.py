"""File > Restore from backup: the dialog lists the copies and puts the chosen one back."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.core.assessment import Answer
from desktop_app.gui.views.restore_dialog import RestoreDialog
from desktop_app.storage.document import ReadinessDocument


def test_dialog_lists_backups_and_restores_the_chosen_one(qtbot, tmp_path, mini_bank):
    path = tmp_path / "a.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="in the backup"))
        doc.take_backup(gap=timedelta(0))
        doc.set_answer(Answer("data.collection.main", "weak", note="later"))
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2  # the copy made at creation and the one above
    assert "1 answers" in dialog.list.item(0).text() and "old" in dialog.list.item(0).text()
    assert dialog.restore_button.isEnabled()
    dialog.restore()
    assert dialog.result_ is not None and dialog.result_.kept_aside is not None
    with ReadinessDocument.open(path, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "in the backup"


def test_dialog_without_backups_cannot_restore(qtbot, tmp_path):
    dialog = RestoreDialog(tmp_path / "none.readiness")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
