"""File > Restore from backup: the dialog lists the copies and puts the chosen one back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.assessment import Answer
from desktop_app.gui.views.restore_dialog import RestoreDialog
from desktop_app.storage import passwords
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.errors import PasswordCancelled

PW = "correct horse battery"


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


def test_the_backups_of_an_encrypted_document_ask_its_password_once_and_can_be_restored(qtbot, tmp_path, mini_bank):
    path = tmp_path / "secret.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, password=PW) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="in the backup"))
        doc.take_backup(gap=timedelta(0))
    path.write_bytes(b"\0" * 8192)  # ruined
    asked: list[bool] = []

    def provider(_path, wrong):
        asked.append(wrong)
        return "not it" if len(asked) == 1 else PW

    with passwords.providing(provider):
        dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert asked == [False, True]  # asked again after the wrong password, then not for each backup
    assert "1 answers" in dialog.list.item(0).text() and dialog.restore_button.isEnabled()
    dialog.restore()
    assert dialog.result_ is not None and passwords.file_looks_encrypted(path)
    with ReadinessDocument.open(path, readonly=True, password=PW) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "in the backup"


def test_cancel_at_the_password_lists_the_encrypted_backups_as_unusable(qtbot, tmp_path, mini_bank):
    path = tmp_path / "secret.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, password=PW):
        pass

    def cancel(_path, _wrong):
        raise PasswordCancelled("not opened")

    with passwords.providing(cancel):
        dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "cannot be used" in dialog.list.item(0).text()
    assert not dialog.restore_button.isEnabled()


def test_file_restore_in_the_window_asks_the_password_of_an_encrypted_assessment(
    window, tmp_path, mini_bank, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.test_password_dialog import _typing

    path = tmp_path / "secret.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, password=PW) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="in the backup"))
        doc.take_backup(gap=timedelta(0))
    path.write_bytes(b"\0" * 8192)  # ruined
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: dialog.restore())  # Restore on the newest good one
    window.passwords.run_dialog, shown = _typing(PW, PW)  # the backups' password, then the restored file's
    previous = passwords.set_provider(None)
    try:
        window.restore_from_backup()
    finally:
        assert passwords.set_provider(previous) is None, "the window left its password provider installed"
    assert window.state.is_open and window.state.document is not None and window.state.document.encrypted
    assert window.state.assessment is not None
    assert window.state.assessment.answers["data.collection.main"].note == "in the backup"
    assert len(shown) == 2


def _damaged_with_a_backup(tmp_path, bank):
    path = tmp_path / "a.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=bank) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="in the backup"))
        doc.take_backup(gap=timedelta(0))
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    path.write_bytes(bytes(data))
    return path, bytes(data)


@pytest.mark.parametrize("accept", [True, False])
def test_opening_a_damaged_file_offers_its_newest_good_backup_and_restores_it_on_yes(
    window, tmp_path, mini_bank, monkeypatch, accept
):
    path, damaged = _damaged_with_a_backup(tmp_path, mini_bank)
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail("a plain warning")))
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: dialog.restore())  # Restore on the newest good one
    assert window.documents.open_path(path) is accept
    assert len(asked) == 1 and "damaged" in asked[0] and "ago" in asked[0], asked
    if accept:
        assert window.state.assessment is not None
        assert window.state.assessment.answers["data.collection.main"].note == "in the backup"
        aside = list(tmp_path.glob("a.before-restore-*.readiness"))
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
    else:
        assert not window.state.is_open and path.read_bytes() == damaged
