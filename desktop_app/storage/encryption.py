"""Setting, changing and removing a document's password, never leaving a half-converted file.

* **Change** (encrypted to encrypted): SQLCipher's rekey (``sqlite3_rekey``, what ``PRAGMA rekey``
  runs) rewrites every page with the new key inside one write transaction. The rollback journal
  keeps the pages as they were (encrypted with the old key), so a crash or a kill in the middle
  leaves a hot journal that the next open rolls back: the file then opens with the old password; if
  the commit finished, with the new one. Never a mix.
* **Set** (plain to encrypted) and **remove** (encrypted to plain): SQLCipher cannot convert a file
  in place, so ``sqlcipher_export`` writes a converted copy to a temporary file beside it, which is
  flushed to disk and moved over the original in one rename: the file is the old one or the new
  one, never in between. A kill leaves at most the temporary ``.rekey-*`` file, which is removed on
  the next conversion of that document.

Both keep the schema, every row (the history chain with it), ``user_version`` and
``application_id``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as cipher

from desktop_app.storage.connection import DB_ERRORS, BadKey, connect

log = logging.getLogger(__name__)

TEMP_PREFIX = ".rekey-"
_FAILURES: tuple[type[BaseException], ...] = (BadKey, OSError, *DB_ERRORS)


def rekey(conn: Any, new_key: str) -> None:
    """Change the key of an open encrypted connection in one transaction (see the module)."""
    conn.reset_key(new_key)


def _export_connection(path: Path, key: str | None) -> Any:
    conn = cipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.set_key(key)
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise BadKey(str(exc)) from None
        raise
    return conn


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def rewrite(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Replace the file at ``path`` (encrypted with ``old_key``, or plain when None) by a copy encrypted
    with ``new_key`` (plain when None), atomically. The caller holds the document's edit lock and has
    no connection open to it."""
    path = Path(path)
    for stale in path.parent.glob(f"{TEMP_PREFIX}*{path.name}"):
        with contextlib.suppress(OSError):
            stale.unlink()
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=f"-{path.name}", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        source = _export_connection(path, old_key)
        try:
            version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
            app_id = int(source.execute("PRAGMA main.application_id").fetchone()[0])
            source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), new_key or ""))
            source.execute("PRAGMA converted.secure_delete = ON")
            source.execute("SELECT sqlcipher_export('converted')")
            source.execute(f"PRAGMA converted.user_version = {version}")
            source.execute(f"PRAGMA converted.application_id = {app_id}")
            source.execute("DETACH DATABASE converted")
        finally:
            source.close()
        os.chmod(tmp, 0o600)
        _fsync(tmp)
        os.replace(tmp, path)
        with contextlib.suppress(OSError):  # the rename itself on disk (POSIX)
            _fsync(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def convert_file(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Give a closed file (a backup) the password ``new_key``: rekey or :func:`rewrite`."""
    if old_key is None and new_key is None:
        return
    if old_key is not None and new_key is not None:
        conn = connect(path, key=old_key)
        try:
            rekey(conn, new_key)
        finally:
            conn.close()
        return
    rewrite(path, old_key, new_key)


def convert_backups(paths: list[Path], old_key: str | None, new_key: str | None) -> int:
    """Give each backup the document's new password (best effort); returns how many were converted.

    A backup the old password does not open (damaged, or kept from before) is left as it is."""
    done = 0
    for p in paths:
        try:
            convert_file(p, old_key, new_key)
            done += 1
        except _FAILURES as exc:
            log.warning("backup %s keeps its earlier password: %s", p.name, exc)
    return done
