"""Writing files so that a failure never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place in one step.

    The temporary file is made with ``open(..., "x")`` rather than mkstemp, so the result gets the
    user's usual permissions (umask) instead of a private 0600. On any failure it is removed and an
    existing file at ``path`` is left as it was.
    """
    path = Path(path)
    tmp = path.parent / f".tmp-{secrets.token_hex(8)}{path.suffix}"
    with open(tmp, "xb"):
        pass
    mode = tmp.stat().st_mode & 0o777
    try:
        write(tmp)
        os.chmod(tmp, mode)  # a writer that replaces the file (openpyxl via mkstemp) must not narrow it
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def write_text_atomically(path: str | Path, text: str, newline: str | None = None) -> Path:
    """Write UTF-8 text atomically (``newline=""`` keeps CSV line ends as written)."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)

    return write_atomically(path, write)
