"""The edit lock between processes (issue 9: the hand-written lock let two processes both edit).

Run on POSIX here; on Windows the same tests exercise filelock's LockFileEx branch.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.storage import lock as lock_module
from desktop_app.storage.lock import DocumentLock, lock_path_for

HOLD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop_app.storage.lock import DocumentLock
    lock = DocumentLock(Path(sys.argv[1]))
    print("held" if lock.acquire() else "refused", flush=True)
    sys.stdin.readline()
    """
)

#: Take and give back the lock many times; inside it, make a marker that only one holder may make.
CONTEND = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from desktop_app.storage.lock import DocumentLock
    doc, marker, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    held = 0
    deadline = time.monotonic() + 60
    while held < rounds and time.monotonic() < deadline:
        lock = DocumentLock(doc)
        if not lock.acquire():
            continue
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)  # fails if another holder is inside
            os.close(fd)
            os.unlink(marker)
            held += 1
        finally:
            lock.release()
    print(held, flush=True)
    """
)


@pytest.fixture()
def doc(tmp_path) -> Path:
    path = tmp_path / "a.readiness"
    path.write_bytes(b"")
    return path


def test_a_second_process_is_refused_and_told_who_holds_it_then_gets_it_after_a_crash(doc):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(doc)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:  # the holder is waited for on every path (a failing test must not leave it behind)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        mine = DocumentLock(doc)
        assert not mine.acquire()
        said = mine.holder()
        assert f"process {holder.pid}" in said and "on this computer" in said, said
    finally:
        holder.kill()
        holder.wait(timeout=10)
    again = DocumentLock(doc)
    assert again.acquire()  # the OS dropped the dead holder's lock
    again.release()


def test_only_one_process_at_a_time_holds_the_lock(doc, tmp_path):
    marker = tmp_path / "inside"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CONTEND, str(doc), str(marker), "150"], stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    assert all(int(out.strip()) == 150 for out, _ in outs), outs


def test_release_removes_the_lock_file_and_a_second_lock_in_one_process_is_refused(doc):
    first, second = DocumentLock(doc), DocumentLock(doc)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert not lock_path_for(doc).exists()
    assert second.acquire()
    second.release()


def _info(doc: Path) -> dict[str, object]:
    data = lock_path_for(doc).read_bytes()
    return dict(json.loads(data[1:]))


def test_on_a_network_drive_the_lock_names_nobody_unless_allowed(doc, monkeypatch):
    monkeypatch.setattr(lock_module, "is_network_location", lambda path: True)
    monkeypatch.delenv("READINESS_LOCK_NAMES", raising=False)
    lock = DocumentLock(doc)
    assert lock.acquire()
    try:
        info = _info(doc)
        assert "user" not in info and "host" not in info
        text = lock_path_for(doc).read_text(encoding="utf-8")
        assert lock_module.socket.gethostname() not in text and lock_module._user() not in text
    finally:
        lock.release()
    monkeypatch.setenv("READINESS_LOCK_NAMES", "1")
    lock = DocumentLock(doc)
    assert lock.acquire()
    try:
        assert _info(doc)["user"] == lock_module._user()
    finally:
        lock.release()


def test_on_a_local_drive_the_lock_names_the_user(doc, monkeypatch):
    monkeypatch.setattr(lock_module, "is_network_location", lambda path: False)
    lock = DocumentLock(doc)
    assert lock.acquire()
    try:
        assert _info(doc)["user"] == lock_module._user()
    finally:
        lock.release()
