"""A lock beside an open document, so a second instance opens it read-only and can say why.

The lock is an OS-level lock (``filelock``: ``flock`` on POSIX, ``LockFileEx`` on byte 0 on Windows)
on a small sidecar file ``.~lock.NAME#`` beside the document, as office suites do. The OS drops it
when the process dies, so a crash never leaves a stale lock that blocks editing.

The holder writes who it is into the lock file, after byte 0 (which Windows keeps locked, so a reader
reads from byte 1): the process id, a one-way id of the computer, the time, and the user's and the
computer's names only where that is allowed. On a network drive (shared with other people) names are
left out unless the user allows them (``READINESS_LOCK_NAMES=1``, or ``share_names=True``).

Releasing clears the holder and removes the file while the lock is still held; ``filelock`` checks,
after it gets a lock, that the file it locked still has a name (a waiter that locked a removed file
tries again), so two processes can never both hold the lock.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

#: File systems whose files other computers (and people) can see.
_NETWORK_FS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb3",
    "afs",
    "9p",
    "fuse.sshfs",
    "davfs",
    "fuse.davfs2",
    "glusterfs",
    "ceph",
    "lustre",
    "fuse.rclone",
)


def lock_path_for(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _host_id(host: str) -> str:
    return hashlib.sha256(f"readiness-lock:{host}".encode()).hexdigest()[:16]


def is_network_location(path: Path) -> bool:
    """Is ``path`` on a drive other computers can reach (a network share)?"""
    if sys.platform == "win32":  # pragma: no cover - Windows
        text = str(path.resolve())
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    target = str(path.resolve())
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type in _NETWORK_FS


def names_allowed(path: Path, share_names: bool | None = None) -> bool:
    """May the lock file name the user and the computer? Yes on a local drive; on a network drive
    only when allowed (``share_names`` or ``READINESS_LOCK_NAMES=1``)."""
    if share_names is None:
        share_names = os.environ.get("READINESS_LOCK_NAMES", "") == "1"
    return share_names or not is_network_location(path.parent)


class DocumentLock:
    def __init__(self, path: Path, *, share_names: bool | None = None) -> None:
        self.path = lock_path_for(path)
        self._share_names = share_names
        self._lock: FileLock | None = None

    def _info(self) -> dict[str, Any]:
        host = socket.gethostname()
        info: dict[str, Any] = {
            "pid": os.getpid(),
            "host_id": _host_id(host),
            "since": datetime.now().replace(microsecond=0).isoformat(sep=" "),
        }
        if names_allowed(self.path, self._share_names):
            info.update(user=_user(), host=host)
        return info

    def _write_info(self, fd: int) -> None:
        data = b"\n" + json.dumps(self._info()).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)

    def acquire(self) -> bool:
        """Take the lock; False when another process (or another open document here) holds it."""
        lock = FileLock(
            self.path,
            blocking=False,
            thread_local=False,
            fallback_to_soft=False,
            on_acquired=self._write_info,
        )
        try:
            lock.acquire()
        except Timeout:
            return False
        except OSError:
            return True  # a read-only folder: nobody else can write a lock here either
        self._lock = lock
        return True

    def holder(self) -> str:
        """Who holds the lock, in words."""
        try:
            with open(self.path, "rb") as fh:
                fh.seek(1)  # byte 0 is the one Windows locks
                info = json.loads(fh.read(4096).decode("utf-8") or "{}")
        except (OSError, ValueError):
            info = {}
        if not isinstance(info, dict):
            info = {}
        since = str(info.get("since") or "earlier")
        pid = info.get("pid")
        if info.get("host_id") == _host_id(socket.gethostname()):
            who = f"by {info['user']} " if info.get("user") else ""
            program = f"process {pid}" if pid else "another program"
            return f"{who}in another window or program on this computer ({program}) since {since}"
        who = info.get("user") or "someone"
        where = info.get("host") or "another computer"
        return f"{who} on {where} since {since}"

    def release(self) -> None:
        lock, self._lock = self._lock, None
        if lock is None:
            return
        try:
            # while still holding it: clear the holder and take the name away (waiters re-check it)
            with contextlib.suppress(OSError):
                os.truncate(self.path, 0)
            if os.name != "nt":
                with contextlib.suppress(OSError):
                    self.path.unlink()
        finally:
            lock.release(force=True)

    @property
    def held(self) -> bool:
        return self._lock is not None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""
