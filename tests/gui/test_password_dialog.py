"""Issue 10 (crypt): the password of an encrypted document in the window.

File > Set / Change / Remove password…, the password dialog when an encrypted file is opened (again
after a wrong one; Cancel opens nothing), the export warnings, encrypted backups and the lock-names
setting. Every modal dialog goes through a seam the tests replace (nothing can block a test).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.gui.report_actions import ExportOptionsDialog
from desktop_app.gui.views.password_dialog import AskPasswordDialog, NewPasswordDialog
from desktop_app.storage import lock as lock_module
from desktop_app.storage import passwords
from desktop_app.storage.backups import list_backups
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.errors import PasswordNeeded, WrongPassword

PW = "correct horse battery"
OTHER = "another long secret"


@pytest.fixture(autouse=True)
def _no_provider():
    previous = passwords.set_provider(None)
    yield
    assert passwords.set_provider(previous) is None, "the window left its password provider installed"


def _encrypted(tmp_path: Path, bank, name: str = "secret.readiness") -> Path:
    path = tmp_path / name
    with ReadinessDocument.create(path, client="Acme", project="Vision", bank=bank, password=PW) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="a private note"))
    return path


def _typing(*answers: str | None):
    """A run_dialog seam that types each answer in turn into the dialog shown (None: Cancel)."""
    shown: list[object] = []
    queue = list(answers)

    def run(dialog) -> bool:
        shown.append(dialog)
        answer = queue.pop(0)
        if answer is None:
            return False
        if isinstance(dialog, NewPasswordDialog):
            dialog.password.setText(answer)
            dialog.repeat.setText(answer)
            dialog.accept()
            return dialog.result() == dialog.DialogCode.Accepted
        dialog.password.setText(answer)
        return True

    return run, shown


def test_set_change_and_remove_the_password_from_the_file_menu(opened, doc_path, monkeypatch):
    actions = opened.passwords
    menu_texts = [a.text() for a in opened.menuBar().actions()[0].menu().actions()]
    assert {"Set pass&word…", "Change password…", "Remo&ve password…"} <= set(menu_texts)
    assert actions.act_set.isEnabled() and not actions.act_change.isEnabled() and not actions.act_remove.isEnabled()
    run, shown = _typing(PW)
    monkeypatch.setattr(actions, "run_dialog", run)
    assert actions.set_password()
    assert isinstance(shown[0], NewPasswordDialog)
    assert opened.state.document.encrypted and passwords.file_looks_encrypted(doc_path)
    assert not actions.act_set.isEnabled() and actions.act_change.isEnabled() and actions.act_remove.isEnabled()
    # the backups follow the document's password: none of them is plain
    found = list_backups(doc_path)
    assert found and all(passwords.file_looks_encrypted(b.path) for b in found)

    run, _ = _typing(OTHER)
    monkeypatch.setattr(actions, "run_dialog", run)
    assert actions.change_password()
    with pytest.raises(WrongPassword):
        ReadinessDocument.open(doc_path, readonly=True, password=PW)
    with ReadinessDocument.open(doc_path, readonly=True, password=OTHER) as doc:
        assert doc.assessment().client == "Acme Health"

    monkeypatch.setattr(actions, "confirm", lambda title, text: False)
    assert not actions.remove_password()
    assert passwords.file_looks_encrypted(doc_path)
    asked: list[str] = []
    monkeypatch.setattr(actions, "confirm", lambda title, text: asked.append(text) or True)
    assert actions.remove_password()
    assert "unencrypted" in asked[0]
    assert not passwords.file_looks_encrypted(doc_path) and not opened.state.document.encrypted
    assert actions.act_set.isEnabled() and not actions.act_remove.isEnabled()


def test_the_new_password_dialog_refuses_two_different_or_a_weak_password(qtbot):
    dialog = NewPasswordDialog("a.readiness")
    qtbot.addWidget(dialog)
    dialog.password.setText(PW)
    dialog.repeat.setText(PW + "x")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text() == "The two passwords differ."
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "at least 8 characters" in dialog.problem.text()
    dialog.repeat.setText(PW)
    dialog.password.setText(PW)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.new_password() == PW


def test_opening_an_encrypted_file_asks_again_after_a_wrong_password(window, tmp_path, mini_bank, monkeypatch):
    path = _encrypted(tmp_path, mini_bank)
    run, shown = _typing("not it", PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    errors: list[str] = []
    window.documents.failed.connect(errors.append)
    assert window.documents.open_path(path)
    assert [type(d) for d in shown] == [AskPasswordDialog, AskPasswordDialog]
    assert "does not open secret.readiness" in shown[1].message.text()
    assert window.state.is_open and window.state.document.encrypted and not errors
    assert window.state.assessment.answers["data.collection.main"].note == "a private note"


def test_cancel_leaves_nothing_open_and_says_nothing(window, tmp_path, mini_bank, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    path = _encrypted(folder, mini_bank)
    run, shown = _typing("not it", None)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    errors: list[str] = []
    window.documents.failed.connect(errors.append)
    assert not window.documents.open_path(path)
    assert len(shown) == 2 and not window.state.is_open and not errors
    assert sorted(p.name for p in folder.iterdir()) == ["secret.readiness"]  # no lock, no journal


def test_an_own_encrypted_file_asks_once_and_opens_editable_and_enable_editing_does_not_ask(
    window, settings, tmp_path, mini_bank, monkeypatch
):
    path = _encrypted(tmp_path, mini_bank)
    with ReadinessDocument.open(path, readonly=True, password=PW) as doc:
        settings.remember_file(path, doc.assessment().id)
    run, shown = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    assert window.documents.open_path(path)
    assert len(shown) == 1 and not window.state.readonly and window.state.document.encrypted
    window.state.document.backup_if_due()
    assert all(passwords.file_looks_encrypted(b.path) for b in list_backups(path))
    # a received copy opens read-only; "Enable editing" reopens it with the same password, unasked
    window.documents.close()
    copy = tmp_path / "received.readiness"
    copy.write_bytes(path.read_bytes())
    run, shown = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    assert window.documents.open_path(copy) and window.state.readonly
    window.documents.enable_editing()
    assert len(shown) == 1 and not window.state.readonly


def test_the_recent_menu_opens_an_encrypted_file_through_the_dialog(window, tmp_path, mini_bank, monkeypatch):
    path = _encrypted(tmp_path, mini_bank)
    run, shown = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    assert window.documents.open_path(path)
    window.documents.close()
    window.refresh_recent()
    entry = next(a for a in window.recent_menu.actions() if "Acme" in a.text())
    run, shown = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    entry.trigger()
    assert len(shown) == 1 and window.state.is_open and window.state.path == path.resolve()


def test_exports_of_an_encrypted_document_ask_first_and_the_pdf_dialog_says_so(
    window, tmp_path, mini_bank, monkeypatch, qtbot
):
    from desktop_app.gui.export_actions import JSON

    path = _encrypted(tmp_path, mini_bank)
    run, _ = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    assert window.documents.open_path(path)
    asked: list[str] = []
    monkeypatch.setattr(window.exports, "confirm_unencrypted", lambda name: asked.append(name) or False)
    monkeypatch.setattr(window.exports, "ask_path", lambda kind, s: pytest.fail("asked where after No"))
    assert window.exports.export(JSON) is None
    assert asked == ["secret.readiness"]
    target = tmp_path / "out.json"
    monkeypatch.setattr(window.exports, "confirm_unencrypted", lambda name: True)
    monkeypatch.setattr(window.exports, "ask_path", lambda kind, s: str(target))
    assert window.exports.export(JSON) == target and "a private note" in target.read_text(encoding="utf-8")

    dialog = ExportOptionsDialog(source_encrypted=True)
    qtbot.addWidget(dialog)
    assert dialog.unencrypted_note.isVisibleTo(dialog) and "encrypted" in dialog.unencrypted_note.text()
    plain = ExportOptionsDialog()
    qtbot.addWidget(plain)
    assert not plain.unencrypted_note.isVisibleTo(plain)


def test_a_plain_document_is_exported_without_a_question(opened, tmp_path, monkeypatch):
    from desktop_app.gui.export_actions import JSON

    target = tmp_path / "plain.json"
    monkeypatch.setattr(opened.exports, "confirm_unencrypted", lambda name: pytest.fail("asked for a plain file"))
    monkeypatch.setattr(opened.exports, "ask_path", lambda kind, s: str(target))
    assert opened.exports.export(JSON) == target


@pytest.mark.parametrize("allowed", [False, True])
def test_the_lock_names_the_user_on_a_shared_drive_only_when_the_setting_allows(
    window, settings, doc_path, monkeypatch, allowed
):
    monkeypatch.setattr(lock_module, "is_network_location", lambda path: True)
    monkeypatch.delenv("READINESS_LOCK_NAMES", raising=False)
    settings.set_lock_shows_names(allowed)
    settings.remember_file(doc_path)
    assert window.documents.open_path(doc_path) and not window.state.readonly
    info = json.loads(lock_module.lock_path_for(doc_path).read_bytes()[1:])
    assert ("user" in info and "host" in info) is allowed
    if allowed:
        assert info["user"] == lock_module._user()


def test_without_the_window_an_encrypted_file_still_needs_its_password(window, tmp_path, mini_bank):
    path = _encrypted(tmp_path, mini_bank)
    with pytest.raises(PasswordNeeded):  # the window's dialog is asked only while the window opens a file
        ReadinessDocument.open(path, readonly=True)
