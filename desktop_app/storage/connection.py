"""The one place that opens SQLite connections to documents.

Everything in ``storage`` gets its connection here, so an encrypted connection (SQLCipher) can take
the place of the plain one later without touching the rest.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

#: Limits for received files: no single value or statement beyond these sizes.
MAX_VALUE_BYTES = 64 * 1024 * 1024
MAX_SQL_BYTES = 1024 * 1024


def connect(path: str | Path, *, readonly: bool = False, create: bool = False) -> sqlite3.Connection:
    """Open ``path`` defensively: no trusted schema, cell size checks, limits, autocommit mode.

    Transactions are explicit (``BEGIN IMMEDIATE`` ... ``COMMIT``) so that each change is committed
    when it is made and an import is all or nothing.
    """
    mode = "ro" if readonly else ("rwc" if create else "rw")
    uri = f"file:{quote(str(Path(path).resolve()))}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0)
    # a damaged or hostile file may hold text that is not UTF-8: read it, never crash on it
    conn.text_factory = _decode_text
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA mmap_size = 0")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES)
        if not readonly:
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def _decode_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def connect_memory() -> sqlite3.Connection:
    """An in-memory connection (used to read an older file read-only through a migration)."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.text_factory = _decode_text
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
