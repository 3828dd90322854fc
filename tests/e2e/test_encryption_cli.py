"""Encrypted documents on the command line: new --encrypt, passwords from the environment or a prompt,
wrong passwords, the password command and the warning on unencrypted outputs (issue 10)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from desktop_app.storage.document import SQLITE_HEADER, ReadinessDocument
from desktop_app.storage.passwords import file_looks_encrypted

PW = "s3cret-for-the-cli"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("READINESS_") or k.endswith("_DIR")}
    full.update(env or {})
    full.pop("READINESS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=full,
        stdin=subprocess.DEVNULL,  # never a terminal: no prompt may wait for one
        timeout=120,
        check=False,
    )


def _new(path: Path) -> None:
    r = cli(
        "new", str(path), "--client", "Acme", "--project", "Vision", "--encrypt", env={"READINESS_NEW_PASSWORD": PW}
    )
    assert r.returncode == 0, r.stderr
    assert "cannot be recovered" in r.stdout


def test_new_encrypt_and_every_command_with_the_password_from_the_environment(tmp_path):
    path = tmp_path / "secret.readiness"
    _new(path)
    assert file_looks_encrypted(path)
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    r = cli("check", str(path), env={"READINESS_PASSWORD": PW})
    assert r.returncode == 0, r.stderr
    assert "OK" in r.stdout
    r = cli("score", str(path), "--json", env={"READINESS_PASSWORD": PW})
    assert r.returncode == 0, r.stderr


def test_no_password_or_a_wrong_one_exits_2_with_a_plain_sentence(tmp_path):
    path = tmp_path / "secret.readiness"
    _new(path)
    r = cli("score", str(path))
    assert r.returncode == 2
    assert "secret.readiness is encrypted: password needed" in r.stderr
    assert "READINESS_PASSWORD" in r.stderr
    r = cli("score", str(path), env={"READINESS_PASSWORD": "not it at all"})
    assert r.returncode == 2
    assert "Wrong password for secret.readiness" in r.stderr
    assert "damaged" not in r.stderr and "Traceback" not in r.stderr and "ERROR CORE" not in r.stderr
    r = cli("new", str(tmp_path / "x.readiness"), "--client", "A", "--project", "B", "--encrypt")
    assert r.returncode == 2
    assert "READINESS_NEW_PASSWORD" in r.stderr
    assert not (tmp_path / "x.readiness").exists()


def test_exports_of_an_encrypted_file_warn_that_they_are_not_encrypted(tmp_path):
    path = tmp_path / "secret.readiness"
    _new(path)
    env = {"READINESS_PASSWORD": PW}
    for name in ("out.json", "out.csv"):
        r = cli("export", str(path), "-o", str(tmp_path / name), env=env)
        assert r.returncode == 0, r.stderr
        assert f"{name} is NOT encrypted" in r.stderr
    r = cli("report", str(path), "-o", str(tmp_path / "plan.pdf"), env=env)
    assert r.returncode == 0, r.stderr
    assert "plan.pdf is NOT encrypted" in r.stderr
    r = cli(
        "report",
        str(path),
        "-o",
        str(tmp_path / "locked.pdf"),
        "--password",
        env={**env, "READINESS_PDF_PASSWORD": "x"},
    )
    assert r.returncode == 0, r.stderr
    assert "NOT encrypted" not in r.stderr  # the PDF has its own password
    plain = tmp_path / "plain.readiness"
    assert cli("new", str(plain), "--client", "A", "--project", "B").returncode == 0
    r = cli("export", str(plain), "-o", str(tmp_path / "plain.json"))
    assert r.returncode == 0 and "NOT encrypted" not in r.stderr


def test_the_password_command_sets_changes_and_removes_it(tmp_path):
    path = tmp_path / "doc.readiness"
    assert cli("new", str(path), "--client", "A", "--project", "B").returncode == 0
    r = cli("password", str(path), "--set", env={"READINESS_NEW_PASSWORD": PW})
    assert r.returncode == 0, r.stderr
    assert file_looks_encrypted(path)
    r = cli("password", str(path), "--set", env={"READINESS_PASSWORD": PW, "READINESS_NEW_PASSWORD": PW})
    assert r.returncode == 2 and "already has a password" in r.stderr
    r = cli("password", str(path), "--change", env={"READINESS_PASSWORD": PW, "READINESS_NEW_PASSWORD": "another one!"})
    assert r.returncode == 0, r.stderr
    assert cli("check", str(path), env={"READINESS_PASSWORD": PW}).returncode == 2
    assert cli("check", str(path), env={"READINESS_PASSWORD": "another one!"}).returncode == 0
    r = cli("password", str(path), "--remove", env={"READINESS_PASSWORD": "another one!"})
    assert r.returncode == 0, r.stderr
    assert path.read_bytes().startswith(SQLITE_HEADER)
    assert cli("check", str(path)).returncode == 0
    r = cli("restore", str(path), "--list")
    assert r.returncode == 0, r.stderr


def _pty_run(args: list[str], answers: list[bytes], env: dict[str, str]) -> tuple[int, bytes]:
    """Run the CLI on a terminal; answer each prompt ("assword") with the next of ``answers``."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execve(sys.executable, [sys.executable, "-m", "desktop_app", *args], env)
    out = b""
    sent = 0
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
        # answer each new prompt once, only when it waits (getpass has switched echo off by then)
        if sent < len(answers) and out.count(b"Password for") > sent and out.endswith(b": "):
            time.sleep(0.2)
            os.write(fd, answers[sent] + b"\n")
            sent += 1
    else:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out


def test_a_terminal_prompt_asks_without_echo_and_tries_again_after_a_wrong_password(tmp_path):
    path = tmp_path / "secret.readiness"
    _new(path)
    env = {k: v for k, v in os.environ.items() if k not in ("READINESS_PASSWORD", "READINESS_NEW_PASSWORD")}
    code, out = _pty_run(["score", str(path)], [b"first wrong guess", PW.encode()], env)
    assert code == 0, out
    assert b"Password for secret.readiness:" in out
    assert b"Wrong password for secret.readiness" in out
    assert PW.encode() not in out and b"first wrong guess" not in out  # never echoed


def _copies(tmp_path: Path, other_password: str) -> tuple[Path, Path]:
    """An encrypted assessment (PW) and a copy of it changed elsewhere, encrypted with ``other_password``."""
    from desktop_app.core.assessment import Answer
    from desktop_app.core.bank import load_bank
    from tests.conftest import MINI_BANK

    bank = load_bank(MINI_BANK)
    mine = tmp_path / "mine.readiness"
    with ReadinessDocument.create(mine, client="Acme", project="Vision", bank=bank, password=PW) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="first note"))
        other = doc.save_copy(tmp_path / "theirs.readiness")
    with ReadinessDocument.open(other, password=PW) as doc:
        doc.set_answer(Answer("data.collection.main", "weak", note="changed in the other copy"))
        doc.set_password(other_password)
    return mine, other


def test_merge_takes_the_other_copys_password_and_a_wrong_one_changes_nothing(tmp_path):
    other_pw = "the other copy's own password"
    mine, other = _copies(tmp_path, other_pw)
    before = mine.read_bytes()
    r = cli("merge", str(mine), str(other), env={"READINESS_PASSWORD": PW})  # theirs has another password
    assert r.returncode == 2, r.stderr
    assert "Wrong password for theirs.readiness" in r.stderr and "READINESS_OTHER_PASSWORD" in r.stderr
    r = cli("merge", str(mine), str(other), env={"READINESS_PASSWORD": PW, "READINESS_OTHER_PASSWORD": "nope nope"})
    assert r.returncode == 2 and "Wrong password for theirs.readiness" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and "damaged" not in r.stderr
    assert mine.read_bytes() == before  # a wrong password changes nothing
    r = cli("merge", str(mine), str(other), env={"READINESS_PASSWORD": PW, "READINESS_OTHER_PASSWORD": other_pw})
    assert r.returncode == 0, r.stderr
    with ReadinessDocument.open(mine, readonly=True, password=PW) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "changed in the other copy"
    assert file_looks_encrypted(mine) and SQLITE_HEADER not in mine.read_bytes()


def test_merge_in_a_terminal_asks_for_each_copys_password(tmp_path):
    other_pw = "the other copy's own password"
    mine, other = _copies(tmp_path, other_pw)
    env = {k: v for k, v in os.environ.items() if not k.endswith("PASSWORD")}
    code, out = _pty_run(["merge", str(mine), str(other)], [other_pw.encode(), PW.encode()], env)
    assert code == 0, out
    assert b"Password for theirs.readiness:" in out and b"Password for mine.readiness:" in out
    with ReadinessDocument.open(mine, readonly=True, password=PW) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "changed in the other copy"
