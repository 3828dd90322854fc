"""The one place that opens SQLite connections to documents, plain or encrypted.

Everything in ``storage`` gets its connection here. A plain document is opened with Python's
``sqlite3``; an encrypted one (a ``key`` is given) with ``sqlcipher3``, SQLCipher 4 with its own
SQLite. Both connections offer the same DB-API methods, so the rest of ``storage`` treats them alike
(they are typed as ``sqlite3.Connection``), but their exceptions are different classes: catch
:data:`DB_ERRORS`, :data:`DATABASE_ERRORS` or :data:`OPERATIONAL_ERRORS`, never ``sqlite3.Error``
alone. ``sqlcipher3`` cannot set SQLite's length limits, so an encrypted connection keeps SQLite's
compiled-in ones (1 GB values); only someone holding the password can have written such a file.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

from sqlcipher3 import dbapi2 as cipher

#: the exceptions of either kind of connection
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, cipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, cipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, cipher.OperationalError)

#: Limits for received files: no single value or statement beyond these sizes.
MAX_VALUE_BYTES = 64 * 1024 * 1024
MAX_SQL_BYTES = 1024 * 1024


#: No single statement may run longer than this (a file built to stall: a slow index, a huge table).
READ_BUDGET_SECONDS = 20.0
#: How many SQLite virtual-machine steps pass between two looks at the clock.
_PROGRESS_STEPS = 10_000


#: SQLCipher 4's key derivation: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, a 16-byte
#: random salt stored as the file's first bytes. Deriving it here (once per password and salt, cached
#: for this process) lets every connection to the file, its copies and its backups use the raw key
#: instead of spending a quarter of a second each on the derivation. The files stay standard: any
#: SQLCipher 4 tool opens them with the password.
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16


@functools.lru_cache(maxsize=16)
def _derive(password: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES).hex()


def derive_key(password: str, salt: bytes) -> str:
    """The raw SQLCipher key (with its salt) for ``password`` and a file's ``salt``."""
    if not password:
        raise ValueError("an empty password encrypts nothing")
    if len(salt) != SALT_BYTES:
        raise ValueError("an SQLCipher salt is 16 bytes")
    return f"x'{_derive(password, salt)}{salt.hex()}'"


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


class BadKey(Exception):
    """The key (password) does not decrypt the file, or the file is not an encrypted database."""


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


class CipherBudgetConnection(cipher.Connection):  # type: ignore[misc]
    """:class:`BudgetConnection` for an encrypted (SQLCipher) connection."""

    deadline: float = 0.0

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        self.deadline = time.monotonic() + READ_BUDGET_SECONDS
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> Any:
        self.deadline = time.monotonic() + READ_BUDGET_SECONDS
        return super().executemany(sql, parameters)

    def _over_budget(self) -> int:
        return 1 if time.monotonic() > self.deadline else 0


def is_interrupted(exc: BaseException) -> bool:
    """Was this error a statement stopped by the time budget?"""
    return isinstance(exc, OPERATIONAL_ERRORS) and "interrupt" in str(exc).lower()


def is_encrypted_connection(conn: Any) -> bool:
    return isinstance(conn, cipher.Connection)


def _install_budget(conn: Any) -> None:
    if isinstance(conn, BudgetConnection | CipherBudgetConnection):
        conn.deadline = time.monotonic() + READ_BUDGET_SECONDS
        conn.set_progress_handler(conn._over_budget, _PROGRESS_STEPS)


def _cipher_connect(target: str, *, uri: bool, key: str) -> Any:
    """An SQLCipher connection with ``key``; raises :class:`BadKey` when it does not open the file."""
    if not key:
        raise ValueError("an encrypted connection needs a non-empty key")
    conn = cipher.connect(
        target, uri=uri, isolation_level=None, check_same_thread=False, timeout=5.0, factory=CipherBudgetConnection
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong password is our message, not a log line
        conn.set_key(key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # derives the key, reads page 1
    except cipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc).lower():
            raise BadKey(str(exc)) from None
        raise
    return conn


def connect(
    path: str | Path, *, readonly: bool = False, create: bool = False, key: str | None = None
) -> sqlite3.Connection:
    """Open ``path`` defensively: no trusted schema, cell size checks, limits, autocommit mode.

    With ``key`` the file is an SQLCipher 4 database encrypted with that password (created so when
    ``create``); a key that does not open it raises :class:`BadKey`. Transactions are explicit
    (``BEGIN IMMEDIATE`` ... ``COMMIT``) so that each change is committed when it is made and an
    import is all or nothing.
    """
    mode = "ro" if readonly else ("rwc" if create else "rw")
    uri = f"file:{quote(str(Path(path).resolve()))}?mode={mode}"
    conn: Any
    if key is not None:
        conn = _cipher_connect(uri, uri=True, key=key)
    else:
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
        if key is None:
            conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
            conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, MAX_SQL_BYTES)
        else:
            conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temporary files beside it
        if not readonly:
            conn.execute("PRAGMA synchronous = FULL")
    except DATABASE_ERRORS:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def _decode_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def connect_memory(encrypted: bool = False) -> sqlite3.Connection:
    """An in-memory connection (used to read an older file read-only through a migration).

    ``encrypted``: an SQLCipher one (with a random key that lives only in this process), the only
    kind SQLite's backup API can copy an encrypted document into.
    """
    conn: Any
    if encrypted:
        conn = _cipher_connect(":memory:", uri=False, key=f"x'{os.urandom(32).hex()}'")
    else:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False, factory=BudgetConnection)
    _install_budget(conn)
    conn.text_factory = _decode_text
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    return cast(sqlite3.Connection, conn)
