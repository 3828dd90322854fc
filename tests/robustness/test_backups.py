"""Rotating backups in the user's data folder, and restore (issue 10, backups and restore)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.storage import backups
from desktop_app.storage.document import DocumentError, ReadinessDocument


@pytest.fixture()
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("READINESS_DATA_DIR", str(folder))
    return folder


@pytest.fixture()
def doc_path(tmp_path, mini_bank, data_dir) -> Path:
    path = tmp_path / "work" / "a.readiness"
    path.parent.mkdir()
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="kept"))
    return path


def _backup_now(path: Path) -> None:
    with ReadinessDocument.open(path) as doc:
        assert doc.take_backup(gap=timedelta(0)) is not None


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "READINESS_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_opening_for_editing_takes_a_private_backup_in_the_data_folder(doc_path, data_dir):
    taken = backups.list_backups(doc_path)
    assert len(taken) == 1 and data_dir in taken[0].path.parents  # create opens the new file for editing
    assert stat.S_IMODE(taken[0].path.stat().st_mode) == 0o600
    with ReadinessDocument.open(taken[0].path, readonly=True) as copy:
        assert copy.assessment().client == "C"
    with ReadinessDocument.open(doc_path, readonly=True):
        pass
    with ReadinessDocument.open(doc_path):
        pass  # the newest copy is minutes old: no second one yet
    assert len(backups.list_backups(doc_path)) == 1
    assert not list(doc_path.parent.glob("*backup*"))  # nothing beside the document


def test_backups_rotate_and_are_daily_while_open(doc_path, monkeypatch):
    monkeypatch.setattr(backups, "KEEP", 3)
    with ReadinessDocument.open(doc_path) as doc:
        assert doc.backup_if_due() is None  # the copy from creation is less than a day old
        for _ in range(5):
            assert doc.take_backup(gap=timedelta(0)) is not None
    assert len(backups.list_backups(doc_path)) == 3


def test_damaged_file_offers_the_newest_good_backup_and_restore_keeps_it_aside(doc_path):
    _backup_now(doc_path)
    data = bytearray(doc_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
    doc_path.write_bytes(bytes(data))
    with pytest.raises(DocumentError) as info:
        ReadinessDocument.open(doc_path)
    message = str(info.value)
    assert "damaged" in message and "backup copy from" in message and "ago" in message, message
    assert "restore a.readiness" in message

    listed = cli("restore", doc_path, "--list")
    assert listed.returncode == 0 and " 1 " in listed.stdout and "answers" in listed.stdout, listed.stdout
    assert cli("restore", doc_path, "--from", "9").returncode == 2
    r = cli("restore", doc_path)
    assert r.returncode == 0, r.stderr
    assert "old" in r.stdout and "kept as" in r.stdout
    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "kept"
    aside = list(doc_path.parent.glob("a.before-restore-*.readiness"))
    assert len(aside) == 1 and aside[0].read_bytes() == bytes(data)


def test_restore_without_backups_says_so(tmp_path, data_dir):
    r = cli("restore", tmp_path / "none.readiness")
    assert r.returncode == 2 and "no backups" in r.stderr


def test_restore_from_n_puts_back_that_backup_as_a_private_file(doc_path):
    _backup_now(doc_path)  # holds "kept"
    with ReadinessDocument.open(doc_path) as doc:
        doc.set_answer(Answer("data.collection.main", "weak", note="later"))
        assert doc.take_backup(gap=timedelta(0)) is not None  # holds "later"
    listed = [b.number for b in backups.list_backups(doc_path)]
    assert listed[:2] == [1, 2], listed  # newest first
    r = cli("restore", doc_path, "--from", "2")
    assert r.returncode == 0, r.stderr
    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "kept"
    assert stat.S_IMODE(doc_path.stat().st_mode) == 0o600
    aside = list(doc_path.parent.glob("a.before-restore-*.readiness"))
    assert len(aside) == 1
    with ReadinessDocument.open(aside[0], readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "later"
