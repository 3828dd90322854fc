"""The one place that opens SQLite connections to documents.

Everything in ``storage`` gets its connection here, so an encrypted connection (SQLCipher) can take
the place of the plain one later without touching the rest.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

#: Limits for received files: no single value or statement beyond these sizes.
MAX_VALUE_BYTES = 64 * 1024 * 1024
MAX_SQL_BYTES = 1024 * 1024


#: No single statement may run longer than this (a file built to stall: a slow index, a huge table).
READ_BUDGET_SECONDS = 20.0
#: How many SQLite virtual-machine steps pass between two looks at the clock.
_PROGRESS_STEPS = 10_000


class BudgetConnection(sqlite3.Connection):
    """A connection whose statements give up (``OperationalError: interrupted``) after a time budget.

    ``budget(seconds)`` starts a budget for what follows; every :meth:`execute` and
    :meth:`executemany` starts a fresh one of ``READ_BUDGET_SECONDS`` (a statement that runs longer is
    interrupted by SQLite's progress handler, so a hostile file can never hang a command).
    """

    deadline: float = 0.0

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self.deadline = time.monotonic() + READ_BUDGET_SECONDS
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        self.deadline = time.monotonic() + READ_BUDGET_SECONDS
        return super().executemany(sql, parameters)

    def _over_budget(self) -> int:
        return 1 if time.monotonic() > self.deadline else 0


def is_interrupted(exc: BaseException) -> bool:
    """Was this error a statement stopped by the time budget?"""
    return isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc).lower()


def _install_budget(conn: sqlite3.Connection) -> None:
    if isinstance(conn, BudgetConnection):
        conn.deadline = time.monotonic() + READ_BUDGET_SECONDS
        conn.set_progress_handler(conn._over_budget, _PROGRESS_STEPS)


def connect(path: str | Path, *, readonly: bool = False, create: bool = False) -> sqlite3.Connection:
    """Open ``path`` defensively: no trusted schema, cell size checks, limits, autocommit mode.

    Transactions are explicit (``BEGIN IMMEDIATE`` ... ``COMMIT``) so that each change is committed
    when it is made and an import is all or nothing.
    """
    mode = "ro" if readonly else ("rwc" if create else "rw")
    uri = f"file:{quote(str(Path(path).resolve()))}?mode={mode}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0, factory=BudgetConnection
    )
    _install_budget(conn)
    # a damaged or hostile file may hold text that is not UTF-8: read it, never crash on it
    conn.text_factory = _decode_text
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten, not left in free pages
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
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False, factory=BudgetConnection)
    _install_budget(conn)
    conn.text_factory = _decode_text
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
