"""Issue 10 (crypt): every way of opening an encrypted file in the GUI asks its password.

The start screen, File > Open, the command line (``readiness-planner FILE``), the single-instance
hand-over, the portfolio's "open this file" and File > Merge another copy… each show the password
dialog, ask again after a wrong password, and Cancel leaves nothing open (and says nothing). The
dialog runs through ``PasswordActions.run_dialog``, the seam replaced here: no modal ever blocks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.core.assessment import Answer
from desktop_app.gui.views.password_dialog import AskPasswordDialog
from desktop_app.storage import passwords
from desktop_app.storage.document import ReadinessDocument
from tests.gui.test_password_dialog import PW, _encrypted, _typing

QID = "data.collection.main"


@pytest.fixture(autouse=True)
def _no_provider():
    previous = passwords.set_provider(None)
    yield
    assert passwords.set_provider(previous) is None, "a password provider was left installed"


def _only(folder: Path, *names: str) -> None:
    """Nothing but these files in ``folder`` (no lock, no journal, no half-made file)."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


def _folder(tmp_path: Path, name: str = "docs") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def _pick(monkeypatch, path: Path) -> None:
    """The open-file dialog chooses ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


# -- the start screen and File > Open ---------------------------------------------------------
@pytest.mark.parametrize("how", ["start screen recent", "start screen open", "file open"])
def test_each_way_of_opening_asks_again_after_a_wrong_password(window, tmp_path, mini_bank, monkeypatch, how):
    path = _encrypted(_folder(tmp_path), mini_bank)
    run, shown = _typing("not it", PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    _pick(monkeypatch, path)
    errors: list[str] = []
    window.documents.failed.connect(errors.append)
    if how == "start screen recent":
        window.start_view.open_recent_requested.emit(str(path))
    elif how == "start screen open":
        window.start_view.open_requested.emit()
    else:
        window.act_open.trigger()
    assert [type(d) for d in shown] == [AskPasswordDialog, AskPasswordDialog]
    assert "does not open secret.readiness" in shown[1].message.text()
    assert window.state.is_open and window.state.document.encrypted and not errors
    assert window.state.assessment.answers[QID].note == "a private note"


@pytest.mark.parametrize("how", ["start screen recent", "start screen open", "file open"])
def test_cancel_on_each_way_of_opening_leaves_nothing_open(window, tmp_path, mini_bank, monkeypatch, how):
    folder = _folder(tmp_path)
    path = _encrypted(folder, mini_bank)
    run, shown = _typing("not it", None)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    _pick(monkeypatch, path)
    errors: list[str] = []
    window.documents.failed.connect(errors.append)
    if how == "start screen recent":
        window.start_view.open_recent_requested.emit(str(path))
    elif how == "start screen open":
        window.start_view.open_requested.emit()
    else:
        window.act_open.trigger()
    assert len(shown) == 2 and not window.state.is_open and not errors
    _only(folder, "secret.readiness")


# -- the command line -------------------------------------------------------------------------
#: the real entry point in a child process, with the dialog seam answering from argv (a JSON list)
LAUNCH = """
import json, sys
from desktop_app.gui.views import password_dialog

answers, shown = json.loads(sys.argv[2]), []

def run_dialog(self, dialog):
    shown.append(dialog.message.text())
    answer = answers.pop(0)
    if answer is None:
        return False
    dialog.password.setText(answer)
    return True

password_dialog.PasswordActions.run_dialog = run_dialog
from desktop_app.gui.app import run_gui

code = run_gui(sys.argv[1])
print(json.dumps(shown))
sys.exit(code)
"""


@pytest.mark.parametrize(("answers", "code"), [(["not it", PW], 0), (["not it", None], 3)])
def test_a_file_named_on_the_command_line_asks_its_password(tmp_path, mini_bank, answers, code):
    """``readiness-planner FILE``: run_gui opens FILE through the dialog (exit 3: it did not open).

    In a child process: the app's own start (its event loop, its exit) must not run in the test's."""
    import json
    import os
    import subprocess
    import sys

    from desktop_app.gui.settings import Settings

    folder = _folder(tmp_path)
    path = _encrypted(folder, mini_bank)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READINESS_EXIT_AFTER_OPEN": "1"}
    env.pop("READINESS_PASSWORD", None)
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, "-c", LAUNCH, str(path), json.dumps(answers)],
        cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert r.returncode == code, r.stderr
    shown = json.loads(r.stdout.strip().splitlines()[-1])
    assert shown == ["secret.readiness is encrypted. Type its password to open it.",
                     "That password does not open secret.readiness. Type it again."]  # fmt: skip
    recent = [entry.path for entry in Settings().recent_files()]  # the child shared this test's settings folder
    assert recent == ([str(path.resolve())] if code == 0 else [])
    _only(folder, "secret.readiness")  # closed again (exit after open): no lock left either way
    assert "Traceback" not in r.stderr


# -- the single-instance hand-over ------------------------------------------------------------
def test_a_file_handed_over_by_a_second_launch_asks_its_password(window, tmp_path, mini_bank, monkeypatch, qtbot):
    from desktop_app.gui.single_instance import serve, server_name
    from tests.gui.test_single_instance import _client, _wait

    monkeypatch.setenv("READINESS_CONFIG_DIR", str(tmp_path / "own-config"))  # a server name of this test's own
    path = _encrypted(_folder(tmp_path), mini_bank)
    run, shown = _typing("not it", PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    server = serve(window.documents.open_path, lambda: None)  # as run_gui wires it
    assert server is not None
    try:
        proc = _client(str(path), server_name())
        assert _wait(proc, qtbot) == 0, proc.stderr.read() if proc.stderr else ""
        qtbot.waitUntil(lambda: window.state.is_open, timeout=15000)
    finally:
        server.close()
    assert [type(d) for d in shown] == [AskPasswordDialog, AskPasswordDialog]
    assert window.state.document.encrypted and window.state.path == path.resolve()


# -- the portfolio ----------------------------------------------------------------------------
def test_the_portfolio_lists_an_encrypted_file_and_opening_it_from_there_asks(
    window, tmp_path, mini_bank, monkeypatch, qtbot
):
    folder = _folder(tmp_path, "portfolio")
    path = _encrypted(folder, mini_bank)
    with ReadinessDocument.create(folder / "plain.readiness", client="Plain", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer(QID, "fair"))
    monkeypatch.setattr(passwords, "ask", lambda *a: pytest.fail("the portfolio asked for a password"))
    window.show_portfolio()
    view = window._portfolio_window
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.load_folder(folder)
    assert [r.file for r in view.model.rows] == ["plain.readiness"]
    assert [(f.file, f.reason) for f in view.failures_model.rows] == [
        ("secret.readiness", "secret.readiness is encrypted: password needed.")
    ]
    monkeypatch.undo()  # the window's own open may ask now
    run, shown = _typing(None)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    view.failures.activated.emit(view.failures_model.index(0, 0))  # Enter on the unreadable file: Cancel
    assert len(shown) == 1 and not window.state.is_open
    run, shown = _typing("not it", PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    view.failures.activated.emit(view.failures_model.index(0, 0))
    assert len(shown) == 2 and window.state.path == path.resolve() and window.state.document.encrypted
    window.documents.close()
    view.shutdown()


def test_the_portfolios_link_to_a_question_opens_that_file_at_that_question(window, tmp_path, mini_bank, monkeypatch):
    path = _encrypted(_folder(tmp_path), mini_bank)
    run, shown = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    window.show_portfolio()
    window._portfolio_window.open_question_requested.emit(str(path), QID)
    assert len(shown) == 1 and window.state.path == path.resolve()
    assert window.question_view.question is not None and window.question_view.question.id == QID
    run, shown = _typing(None)  # Cancel: the open file stays as it was
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    other = _encrypted(tmp_path, mini_bank, "other.readiness")
    assert not window.open_at_question(str(other), QID)
    assert window.state.path == path.resolve()
    window._portfolio_window.close()


# -- File > Merge another copy… ---------------------------------------------------------------
def _copy_with_its_own_password(window, tmp_path: Path, mini_bank) -> tuple[Path, Path]:
    """An own encrypted assessment open for editing, and a copy of it changed elsewhere (another password)."""
    path = _encrypted(_folder(tmp_path), mini_bank)
    other = tmp_path / "theirs.readiness"
    with ReadinessDocument.open(path, password=PW) as doc:
        doc.save_copy(other)
        window.settings.remember_file(path, doc.assessment().id)
    with ReadinessDocument.open(other, password=PW) as doc:
        doc.set_answer(Answer(QID, "weak", note="changed in the other copy"))
        doc.set_password("the other copy's own password")
    return path, other


def test_merging_an_encrypted_copy_asks_its_password_and_cancel_changes_nothing(
    window, tmp_path, mini_bank, monkeypatch
):
    path, other = _copy_with_its_own_password(window, tmp_path, mini_bank)
    run, shown = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    assert window.documents.open_path(path) and not window.state.readonly
    errors: list[str] = []
    monkeypatch.setattr(window.collab, "show_error", errors.append)
    merged: list[object] = []
    monkeypatch.setattr(window.collab, "run_merge_dialog", merged.append)
    run, shown = _typing("not it", None)  # a wrong password, then Cancel
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    assert window.collab.merge_path(other) is None
    assert [type(d) for d in shown] == [AskPasswordDialog, AskPasswordDialog]
    assert "does not open theirs.readiness" in shown[1].message.text()
    assert not errors and not merged and window.state.assessment.answers[QID].note == "a private note"
    run, shown = _typing("the other copy's own password")
    monkeypatch.setattr(window.passwords, "run_dialog", run)

    def accept(dialog) -> None:
        merged.append(dialog)
        assert dialog.apply()  # only the answer changed, in the other copy only: no conflict to choose

    monkeypatch.setattr(window.collab, "run_merge_dialog", accept)
    assert window.collab.merge_path(other) is not None
    assert len(shown) == 1 and not errors and merged
    assert window.state.assessment.answers[QID].note == "changed in the other copy"
    assert passwords.file_looks_encrypted(path)


def test_merging_an_encrypted_copy_without_the_window_says_a_password_is_needed(
    window, tmp_path, mini_bank, monkeypatch
):
    """The merge dialog's own function, given no provider: a plain sentence, nothing merged."""
    from desktop_app.gui.views.merge_view import open_other

    path, other = _copy_with_its_own_password(window, tmp_path, mini_bank)
    run, _ = _typing(PW)
    monkeypatch.setattr(window.passwords, "run_dialog", run)
    assert window.documents.open_path(path)
    problem = open_other(window.state, other)
    assert problem == "theirs.readiness cannot be merged: theirs.readiness is encrypted: password needed."
    assert window.state.assessment.answers[QID].note == "a private note"
