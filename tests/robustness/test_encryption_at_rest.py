"""Encryption at rest, seen from the disk: no plaintext anywhere, and a kill while the password
changes leaves the old or the new file, both openable (issue 10)."""

from __future__ import annotations

import os
import random
import signal
import tempfile
import time
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.storage import backups, passwords
from desktop_app.storage.document import SQLITE_HEADER, DocumentError, ReadinessDocument, WrongPassword

PW = "the first password"
PW2 = "the second password"
CANARY = "CANARY-7f3a-do-not-leak"


def _files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def _assert_no_plaintext(data: bytes, where: str) -> None:
    for form in (CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.encode("utf-16-be")):
        assert form not in data, f"the canary is readable in {where}"
    assert SQLITE_HEADER not in data, f"an SQLite header (an unencrypted database) is in {where}"


def test_no_canary_and_no_sqlite_header_in_the_file_its_journal_backups_and_temp_files(tmp_path, mini_bank):
    started = time.time()
    data_dir = backups.data_dir()
    path = tmp_path / "secret.readiness"
    c = mini_bank.challenges[0]
    qid = f"{c.id}.{c.subchallenges[0].id}.main"
    seen: dict[str, bytes] = {}
    with ReadinessDocument.create(path, client="Acme", project="Vision", bank=mini_bank, password=PW) as doc:
        doc.set_answer(Answer(qid, "fair", note=f"note {CANARY}", rationale=CANARY))
        doc.set_plan_decision(PlanDecision(key="c-1", custom=True, title=f"title {CANARY}", note=CANARY))
        doc.set_details(project=f"Vision {CANARY}", facilitator=CANARY)
        doc.set_answer(Answer(qid, "weak", note="replaced, the old note is in the history"))
        with doc.transaction() as conn:  # a journal exists while a change is being written
            conn.execute("UPDATE meta SET value = ? WHERE key = 'created_by'", (CANARY,))
            journal = path.with_name(path.name + "-journal")
            assert journal.exists()
            seen["journal during a change"] = journal.read_bytes()
        doc.take_backup(gap=backups.timedelta(0))
        doc.save_copy(tmp_path / "copy.readiness")
        assert doc.check()["ok"]  # the check's copy lives in memory, encrypted
        assert CANARY in doc.assessment().plan["c-1"].title  # it is really stored
        assert any(CANARY in (h.state or "") for h in doc.history())  # and the history keeps the old note
    with ReadinessDocument.open(path, password=PW) as doc:  # an upgrade-free reopen and its backup
        doc.take_backup(gap=backups.timedelta(0))
    assert backups.list_backups(path)
    for p in _files_under(tmp_path, data_dir):
        seen[str(p)] = p.read_bytes()
    for p in Path(tempfile.gettempdir()).iterdir():  # temporary files SQLite or we may have left
        try:
            if p.is_file() and p.stat().st_mtime >= started:
                seen[str(p)] = p.read_bytes()
        except OSError:
            continue
    assert any(name.endswith("secret.readiness") for name in seen)
    for where, data in seen.items():
        _assert_no_plaintext(data, where)


WRITER_PAUSE = 0.002


def _toggler(path: Path, keys: list[str | None], ack_fd: int) -> None:  # pragma: no cover - in the child
    try:
        doc = ReadinessDocument.open(path, password=keys[0])
        n = 0
        while True:
            n += 1
            doc.set_password(keys[n % 2])
            os.write(ack_fd, f"{n}\n".encode())
            time.sleep(WRITER_PAUSE)
    finally:
        os._exit(0)


def _open_with_either(path: Path, keys: list[str | None], rng: random.Random) -> str | None:
    """The one of ``keys`` that opens the file now (tried in a random order; None = no password).

    A plain file opens with no password (a password given for it is not needed); an encrypted one
    with exactly one of the passwords."""
    order = list(keys)
    rng.shuffle(order)
    opened: list[str | None] = []
    for key in order:
        try:
            with ReadinessDocument.open(path, password=key, ask_password=False) as doc:
                assert doc.check()["ok"]
                assert doc.assessment().answers, "the answers were lost"
                opened.append(None if not doc.encrypted else key)
        except (WrongPassword, DocumentError) as exc:
            assert "damaged" not in str(exc), exc
    assert len(set(opened)) == 1, opened
    return opened[0]


@pytest.mark.parametrize(
    ("keys", "trials"),
    [([PW, PW2], 6), ([None, PW], 6)],
    ids=["change (rekey)", "set and remove (export and rename)"],
)
def test_a_kill_while_the_password_changes_leaves_the_old_or_the_new_file(tmp_path, mini_bank, keys, trials):
    rng = random.Random(10)
    c = mini_bank.challenges[0]
    qid = f"{c.id}.{c.subchallenges[0].id}.main"
    outcomes = []
    for i in range(trials):
        path = tmp_path / f"kill-{i}.readiness"
        with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, password=keys[0]) as doc:
            doc.set_answers([Answer(qid, "fair", note="z" * 200_000)])  # a file of some size: a slow rewrite
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_fd)
            _toggler(path, keys, write_fd)
        os.close(write_fd)
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_fd, "rb") as fh:
            acks = [int(x) for x in fh.read().split()]
        journal = path.with_name(path.name + "-journal").exists()
        key = _open_with_either(path, keys, rng)
        if acks:  # what was reported as done is there, or the change after it
            assert key in (keys[acks[-1] % 2], keys[(acks[-1] + 1) % 2])
        outcomes.append((len(acks), journal, key is None))
        assert passwords.file_looks_encrypted(path) == (key is not None)
    assert any(n > 0 for n, _, _ in outcomes), outcomes  # the kills came during the changes, not before
