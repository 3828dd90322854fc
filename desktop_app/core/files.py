"""Writing files so that a failure, or a kill, never leaves half a file (or a temporary one) behind."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.errors import ReadinessError


class WriteError(ReadinessError, OSError):
    """A file could not be written; the message names the file the user chose, never a temporary one.

    It is an ``OSError`` too, so callers that handle operating-system failures keep working.
    """


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _anonymous_file(folder: Path) -> int | None:
    """An unnamed file in ``folder`` (Linux ``O_TMPFILE``): a killed writer leaves nothing behind."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_RDWR, _umask_mode())
    except OSError:
        return None  # a file system without unnamed files: fall back to a named temporary file


def write_atomically(path: str | Path, write: Callable[[Path], None], mode: int | None = None) -> Path:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place in one step.

    Where the system offers it the temporary file has no name until it is complete (so a process
    killed while writing leaves no ``.tmp-*`` file); elsewhere it is a hidden file removed on any
    failure. The result gets the user's usual permissions (umask), or ``mode`` when given (0o600
    for private files). On failure an existing file at ``path`` is left as it was, and the
    :class:`WriteError` names ``path``.
    """
    path = Path(path)
    if path.parent == Path("/proc/self/fd"):  # already the unnamed file of an outer atomic write
        write(path)
        return path
    final_mode = _umask_mode() if mode is None else mode
    try:
        fd = _anonymous_file(path.parent)
        if fd is not None:
            try:
                _write_unnamed(fd, path, write, final_mode)
            finally:
                os.close(fd)
        else:
            _write_named(path, write, final_mode)
    except WriteError:
        raise
    except OSError as exc:
        raise WriteError(f"Could not write {path.name}: {exc.strerror or exc}. Nothing was changed.") from None
    return path


def _write_unnamed(fd: int, path: Path, write: Callable[[Path], None], mode: int) -> None:
    write(Path(f"/proc/self/fd/{fd}"))
    os.fchmod(fd, mode)  # a writer that replaced the file must not have narrowed it
    os.fsync(fd)
    tmp = path.parent / f".tmp-{secrets.token_hex(8)}{path.suffix}"
    fds = os.open("/proc/self/fd", os.O_RDONLY)
    try:  # linkat with AT_SYMLINK_FOLLOW (src_dir_fd makes Python use it): named only for an instant
        os.link(str(fd), tmp, src_dir_fd=fds, follow_symlinks=True)
    finally:
        os.close(fds)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _write_named(path: Path, write: Callable[[Path], None], mode: int) -> None:
    tmp = path.parent / f".tmp-{secrets.token_hex(8)}{path.suffix}"
    with open(tmp, "xb"):
        pass
    try:
        write(tmp)
        os.chmod(tmp, mode)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text_atomically(path: str | Path, text: str, newline: str | None = None) -> Path:
    """Write UTF-8 text atomically (``newline=""`` keeps CSV line ends as written)."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)

    return write_atomically(path, write)
