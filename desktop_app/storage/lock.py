"""A lock beside an open document, so a second instance opens it read-only and can say why.

The lock is an OS-level lock on a small sidecar file (``.~lock.NAME#``, as office suites do); the
OS drops it when the process dies, so a crash never leaves a stale lock that blocks editing.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import IO

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]


def lock_path_for(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


class DocumentLock:
    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(path)
        self._handle: IO[str] | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while the document is open
        except OSError:
            return True  # a read-only folder: nobody else can write a lock here either
        try:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            elif msvcrt is not None:  # pragma: no cover - Windows
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "user": _user(),
                    "since": datetime.now().replace(microsecond=0).isoformat(sep=" "),
                }
            )
        )
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> str:
        """Who holds the lock, in words."""
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            info = {}
        who = info.get("user") or "someone"
        host = info.get("host") or ""
        since = info.get("since") or "earlier"
        if host and host == socket.gethostname():
            pid = info.get("pid")
            program = f"process {pid}" if pid else "another program"
            return f"by {who} in another window or program on this computer ({program}) since {since}"
        where = host or "another computer"
        return f"{who} on {where} since {since}"

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            if fcntl is not None:
                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
        finally:
            self._handle.close()
            self._handle = None
            with contextlib.suppress(OSError):
                self.path.unlink()

    @property
    def held(self) -> bool:
        return self._handle is not None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""
