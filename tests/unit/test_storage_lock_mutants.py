"""storage/lock.py in process: what the survivors of a mutation run showed no test checked.

The two-process tests are in tests/robustness/test_lock.py. Here: which drive counts as a network
drive (the mount table read on Linux, the Windows branch with a stand-in for the Win32 call), what
the lock file says and how a second instance puts it in words, and a release that must not fail or
leave a file open.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_app.storage import lock as lock_module
from desktop_app.storage.lock import DocumentLock, is_network_location, lock_path_for


@pytest.fixture()
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "a.readiness"
    path.write_bytes(b"")
    return path


# --- the mount table (Linux) ---------------------------------------------------------------------


def _with_mounts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str | bytes) -> None:
    table = tmp_path / "mounts"
    if isinstance(text, bytes):
        table.write_bytes(text)
    else:
        table.write_text(text, encoding="utf-8")
    real = Path

    def fake_path(name: str) -> Path:
        return table if name == "/proc/mounts" else real(name)

    monkeypatch.setattr(lock_module, "Path", fake_path)


#: Places that do not exist here, so that ``resolve()`` leaves them as they are.
SHARE = Path("/srv/readiness-no-such-place/share/doc.readiness")


def test_a_file_under_a_network_mount_is_on_a_network_drive(monkeypatch, tmp_path):
    _with_mounts(
        monkeypatch,
        tmp_path,
        "/dev/sda1 / ext4 rw 0 0\nserver:/export /srv/readiness-no-such-place/share nfs4 rw 0 0\n",
    )
    assert is_network_location(SHARE)
    assert is_network_location(SHARE.parent)  # the mount point itself
    assert not is_network_location(Path("/srv/readiness-no-such-place/other/doc.readiness"))


def test_the_deepest_mount_decides_and_a_name_that_only_starts_alike_is_not_inside(monkeypatch, tmp_path):
    _with_mounts(
        monkeypatch,
        tmp_path,
        "server:/ /srv/readiness-no-such-place nfs rw 0 0\n"
        "/dev/sdb1 /srv/readiness-no-such-place/share ext4 rw 0 0\n"
        "server:/b /srv/readiness-no-such-place/sha cifs rw 0 0\n",
    )
    assert not is_network_location(SHARE)  # a local disk mounted inside the share
    assert is_network_location(Path("/srv/readiness-no-such-place/shared/doc.readiness"))  # not under .../sha


def test_the_last_of_two_mounts_on_one_place_is_the_one_seen(monkeypatch, tmp_path):
    point = "/srv/readiness-no-such-place/share"
    _with_mounts(monkeypatch, tmp_path, f"/dev/sdb1 {point} ext4 rw 0 0\nserver:/x {point} cifs rw 0 0\n")
    assert is_network_location(SHARE)
    _with_mounts(monkeypatch, tmp_path, f"server:/x {point} cifs rw 0 0\n/dev/sdb1 {point} ext4 rw 0 0\n")
    assert not is_network_location(SHARE)


def test_a_network_root_covers_every_file(monkeypatch, tmp_path):
    _with_mounts(monkeypatch, tmp_path, "server:/root / nfs rw 0 0\n")
    assert is_network_location(SHARE)


def test_a_mount_point_ending_in_any_letter_is_matched_whole(monkeypatch, tmp_path):
    _with_mounts(monkeypatch, tmp_path, "/dev/sda1 / ext4 rw 0 0\nserver:/x /srv/BOX nfs rw 0 0\n")
    assert is_network_location(Path("/srv/BOX/doc.readiness"))


def test_a_mount_point_with_a_space_is_unescaped(monkeypatch, tmp_path):
    _with_mounts(monkeypatch, tmp_path, "/dev/sda1 / ext4 rw 0 0\n//srv/x /srv/my\\040share cifs rw 0 0\n")
    assert is_network_location(Path("/srv/my share/doc.readiness"))
    assert not is_network_location(Path("/srv/my\\040share/doc.readiness"))


def test_short_or_undecodable_lines_are_passed_over(monkeypatch, tmp_path):
    table = (
        b"garbage\n"
        b"/dev/sda1 /srv/caf\xe9 ext4 rw 0 0\n"  # not UTF-8
        b"server:/x /srv/readiness-no-such-place/share nfs\n"  # the type is the third field
    )
    _with_mounts(monkeypatch, tmp_path, table)
    assert is_network_location(SHARE)


def test_without_a_mount_table_nothing_is_a_network_drive(monkeypatch, tmp_path):
    real = Path
    monkeypatch.setattr(
        lock_module, "Path", lambda name: real(tmp_path / "no-mounts") if name == "/proc/mounts" else real(name)
    )
    monkeypatch.setattr(lock_module, "_NETWORK_FS", _Everything())
    assert not is_network_location(SHARE)


class _Everything:
    """A set of file-system types that holds every type that was read."""

    def __contains__(self, item: object) -> bool:
        return bool(item)


def test_the_real_mount_table_is_read(monkeypatch, tmp_path):
    monkeypatch.setattr(lock_module, "_NETWORK_FS", _Everything())
    assert is_network_location(tmp_path)  # some mount holds tmp_path, and its type was read


# --- the Windows branch, with a stand-in for GetDriveTypeW -----------------------------------


class _WinPath:
    def __init__(self, text: str) -> None:
        self.text = text

    def resolve(self) -> _WinPath:
        return self

    def __str__(self) -> str:
        return self.text


def _on_windows(monkeypatch: pytest.MonkeyPatch, drive_types: dict[str, int]) -> list[str]:
    import ctypes

    asked: list[str] = []

    def get_drive_type(root: str) -> int:
        asked.append(root)
        return drive_types.get(root, 3)  # 3: a fixed disk

    monkeypatch.setattr(lock_module, "sys", SimpleNamespace(platform="win32"))
    kernel32 = SimpleNamespace(GetDriveTypeW=get_drive_type)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    return asked


def test_on_windows_a_unc_path_is_a_network_drive_without_asking(monkeypatch):
    asked = _on_windows(monkeypatch, {})
    assert is_network_location(_WinPath("\\\\server\\share\\doc.readiness"))  # type: ignore[arg-type]
    assert asked == []


def test_on_windows_a_mapped_drive_is_asked_about_by_its_root(monkeypatch):
    asked = _on_windows(monkeypatch, {"Z:\\": 4})  # 4: DRIVE_REMOTE
    assert is_network_location(_WinPath("Z:\\plans\\doc.readiness"))  # type: ignore[arg-type]
    assert asked == ["Z:\\"]
    assert not is_network_location(_WinPath("C:\\plans\\doc.readiness"))  # type: ignore[arg-type]
    assert not is_network_location(_WinPath("Y:\\plans\\doc.readiness"))  # type: ignore[arg-type]


# --- what the lock file says -----------------------------------------------------------------


def test_the_lock_file_is_a_newline_then_one_json_object_with_the_time_to_the_second(doc):
    lock = DocumentLock(doc)
    assert lock.acquire()
    try:
        data = lock_path_for(doc).read_bytes()
        assert data[:2] == b"\n{"  # byte 0 is the one Windows locks; readers skip it
        info = json.loads(data[1:])
        assert info["pid"] == os.getpid()
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", info["since"]), info
        assert info["host_id"] == lock_module._host_id(socket.gethostname())
    finally:
        lock.release()


def test_the_computer_id_is_stable_across_versions():
    # other versions of the program compare it: 16 hex digits of SHA-256("readiness-lock:" + name)
    assert lock_module._host_id("planner-pc") == "ad535ecc19c31655"


def test_share_names_given_to_the_lock_overrides_the_network_rule(doc, monkeypatch):
    monkeypatch.setattr(lock_module, "is_network_location", lambda path: True)
    monkeypatch.delenv("READINESS_LOCK_NAMES", raising=False)
    lock = DocumentLock(doc, share_names=True)
    assert lock.acquire()
    try:
        info = json.loads(lock_path_for(doc).read_bytes()[1:])
        assert info["user"] == lock_module._user() and info["host"] == socket.gethostname()
    finally:
        lock.release()


def test_a_user_the_system_cannot_name_is_left_out(monkeypatch):
    def no_user() -> str:
        raise KeyError("uid 1000 has no name")

    monkeypatch.setattr(lock_module.getpass, "getuser", no_user)
    assert lock_module._user() == ""


def _held_elsewhere(doc: Path, info: object) -> str:
    lock_path_for(doc).write_bytes(b"\n" + json.dumps(info).encode("utf-8"))
    return DocumentLock(doc).holder()


def test_a_holder_on_another_computer_is_named_with_its_user_and_computer(doc):
    since = "2026-12-07 09:30:00"
    info = {"pid": 7, "host_id": "0" * 16, "since": since, "user": "amira", "host": "finance-07"}
    assert _held_elsewhere(doc, info) == f"amira on finance-07 since {since}"
    anonymous = {"pid": 7, "host_id": "0" * 16, "since": since}
    assert _held_elsewhere(doc, anonymous) == f"someone on another computer since {since}"


def test_a_holder_on_this_computer_is_named_with_its_process(doc):
    here = lock_module._host_id(socket.gethostname())
    since = "2026-12-07 09:30:00"
    said = _held_elsewhere(doc, {"pid": 4242, "host_id": here, "since": since, "user": "amira"})
    assert said == f"by amira in another window or program on this computer (process 4242) since {since}"
    said = _held_elsewhere(doc, {"host_id": here})
    assert said == "in another window or program on this computer (another program) since earlier"


def test_a_lock_taken_on_another_computer_names_that_computer(doc, monkeypatch):
    monkeypatch.setattr(lock_module.socket, "gethostname", lambda: "finance-07")
    lock = DocumentLock(doc, share_names=True)
    assert lock.acquire()
    try:
        monkeypatch.setattr(lock_module.socket, "gethostname", lambda: "planner-pc")
        said = DocumentLock(doc).holder()
        assert said.startswith(f"{lock_module._user()} on finance-07 since "), said
    finally:
        lock.release()


def test_a_damaged_or_foreign_lock_file_is_described_without_failing(doc):
    for content in (b"\n[1, 2]", b"\n\xff\xfe", b"\nnot json", b""):
        lock_path_for(doc).write_bytes(content)
        assert DocumentLock(doc).holder() == "someone on another computer since earlier", content


def test_at_most_4_kib_of_a_lock_file_is_read(doc):
    info = json.dumps({"pid": 7, "host_id": "0" * 16, "since": "then", "user": "amira", "host": "far"})
    padded = info + " " * (4096 - len(info))  # the description fills the 4,096 bytes read after byte 0
    lock_path_for(doc).write_bytes(b"\n" + padded.encode("utf-8") + b"x" * 100_000)
    assert DocumentLock(doc).holder() == "amira on far since then"


# --- taking and giving back ------------------------------------------------------------------


def test_a_new_lock_is_not_held_and_releasing_it_does_nothing(doc):
    lock = DocumentLock(doc)
    assert not lock.held
    lock.release()
    assert not lock.held and not lock_path_for(doc).exists()


def test_a_folder_where_no_lock_can_be_written_still_opens_for_editing(doc, monkeypatch):
    class Unwritable:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def acquire(self) -> None:
            raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(lock_module, "FileLock", Unwritable)
    lock = DocumentLock(doc)
    assert lock.acquire()
    assert not lock.held


def test_a_lock_file_removed_while_held_is_released_without_an_error(doc):
    lock = DocumentLock(doc)
    assert lock.acquire()
    lock_path_for(doc).unlink()  # someone tidied the folder
    lock.release()
    again = DocumentLock(doc)
    assert again.acquire()
    again.release()


def test_a_lock_taken_in_a_thread_that_ends_stays_held_until_released(doc):
    # a document opened by a worker thread stays locked after the thread ends, and is given
    # back from another thread (filelock's per-thread locks would drop it with the thread)
    lock = DocumentLock(doc)
    took = threading.Event()
    worker = threading.Thread(target=lambda: took.set() if lock.acquire() else None)
    worker.start()
    worker.join(timeout=10)
    assert took.is_set() and not worker.is_alive()
    assert not DocumentLock(doc).acquire()  # still held
    lock.release()
    again = DocumentLock(doc)
    assert again.acquire()
    again.release()
