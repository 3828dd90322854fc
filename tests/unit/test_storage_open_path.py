"""The open path's sentences and bounds, written for the storage mutation run (docs/testing.md).

The survivors showed that no test read the sentence of a read failure, ran a statement into the time
budget, recovered a file whose folder cannot be written, or ran a migration chain with a gap.
"""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from desktop_app.storage import connection, document
from desktop_app.storage.connection import OPERATIONAL_ERRORS, connect, derive_key, new_salt
from desktop_app.storage.document import DocumentError, ReadinessDocument, read_failure, run_migrations

#: a statement of a few hundred thousand virtual-machine steps (well past the progress handler's 10,000)
SHORT_COUNT = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT count(*) FROM n"
#: some fifty million steps: far past a budget of a hundred readings of the clock (seconds if not stopped)
LONG_COUNT = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000) SELECT count(*) FROM n"


@pytest.mark.parametrize(
    ("exc", "sentence"),
    [
        pytest.param(
            sqlite3.OperationalError("interrupted"),
            "a.readiness takes too long to read (more than 20 seconds for one step): it may be damaged or built to "
            "stall programs, so reading it was stopped.",
            id="budget",
        ),
        pytest.param(
            RecursionError("deep"), "a.readiness is damaged: it holds a value nested too deeply to read.", id="deep"
        ),
        pytest.param(MemoryError(), "a.readiness holds more than this computer can read into memory.", id="memory"),
        pytest.param(
            sqlite3.DatabaseError("database disk image is malformed"),
            "a.readiness is damaged and cannot be opened (database disk image is malformed).",
            id="damage",
        ),
        pytest.param(ValueError("odd"), "a.readiness is damaged and cannot be opened (odd).", id="not-sqlite"),
        pytest.param(
            ValueError("interrupted"),
            "a.readiness is damaged and cannot be opened (interrupted).",
            id="interrupted-but-not-by-sqlite",
        ),
        pytest.param(
            sqlite3.OperationalError("Statement INTERRUPTED"),
            "a.readiness takes too long to read (more than 20 seconds for one step): it may be damaged or built to "
            "stall programs, so reading it was stopped.",
            id="budget-any-case",
        ),
        pytest.param(
            sqlite3.OperationalError("unable to open database file"),
            "a.readiness cannot be opened: unable to open database file.",
            id="other",
        ),
    ],
)
def test_each_read_failure_has_its_own_sentence(exc, sentence):
    assert str(read_failure("a.readiness", exc)) == sentence


@pytest.mark.parametrize("words", ["MALFORMED", "Corrupt page", "NOT A DATABASE", "Disk Image", "FILE IS ENCRYPTED"])
def test_every_sign_of_damage_is_read_in_any_case(words):
    assert "is damaged" in str(read_failure("a.readiness", sqlite3.DatabaseError(f"x {words} y")))


def _plain(tmp_path) -> sqlite3.Connection:
    return connect(tmp_path / "plain.db", create=True)


def _encrypted(tmp_path) -> sqlite3.Connection:
    return connect(tmp_path / "secret.db", create=True, key=derive_key("a long password", new_salt()))


class SteppingClock:
    """``time`` for storage/connection.py: each reading is 10 ms later, and ``jump`` moves it on."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 0.01
        return self.now

    def jump(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize("open_one", [_plain, _encrypted], ids=["plain", "encrypted"])
def test_a_statement_past_the_time_budget_is_stopped_and_each_statement_gets_a_fresh_budget(
    tmp_path, monkeypatch, open_one
):
    """The clock is the test's (it moves as SQLite's progress handler reads it), so no real time is waited for."""
    clock = SteppingClock()
    monkeypatch.setattr(connection, "time", clock)
    monkeypatch.setattr(connection, "READ_BUDGET_SECONDS", 1.0)
    conn = open_one(tmp_path)
    try:
        with pytest.raises(OPERATIONAL_ERRORS) as err:
            conn.execute(LONG_COUNT).fetchone()  # stopped by the budget long before its end
        assert connection.is_interrupted(err.value)
        clock.jump(100)  # long after: the next statement starts a budget of its own
        assert conn.execute(SHORT_COUNT).fetchone()[0] == 20000
        conn.execute("CREATE TABLE t (x)")
        clock.jump(100)
        conn.executemany(f"INSERT INTO t SELECT ? + ({SHORT_COUNT})", [(1,), (2,)])
        assert [r[0] for r in conn.execute("SELECT x FROM t")] == [20001, 20002]
    finally:
        conn.close()


def test_an_encrypted_connection_may_be_used_from_another_thread(tmp_path):
    """The GUI reads documents on worker threads: the connection must not be tied to its thread."""
    conn = _encrypted(tmp_path)
    seen: list[object] = []
    worker = threading.Thread(target=lambda: seen.append(conn.execute("SELECT 1").fetchone()[0]))
    worker.start()
    worker.join(10)
    conn.close()
    assert seen == [1]


def test_an_encrypted_connection_commits_only_what_a_transaction_says(tmp_path):
    """Autocommit (``isolation_level=None``) like a plain one: an explicit BEGIN works, nothing is implicit."""
    conn = _encrypted(tmp_path)
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("ROLLBACK")
        conn.execute("INSERT INTO t VALUES (2)")
        assert conn.in_transaction is False
        assert [r[0] for r in conn.execute("SELECT x FROM t")] == [2]
    finally:
        conn.close()


def test_a_password_and_a_salt_are_checked_before_a_key_is_derived():
    with pytest.raises(ValueError, match=r"^an empty password encrypts nothing$"):
        derive_key("", new_salt())
    with pytest.raises(ValueError, match=r"^an SQLCipher salt is 16 bytes$"):
        derive_key("pw", b"short")
    with pytest.raises(ValueError, match=r"^an encrypted connection needs a non-empty key$"):
        connection._cipher_connect("x.db", uri=False, key="")


def test_a_wrong_key_is_told_from_a_damaged_file(tmp_path):
    path = tmp_path / "secret.db"
    conn = connect(path, create=True, key=derive_key("a long password", bytes(16)))
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(connection.BadKey, match="not a database"):
        connect(path, key=derive_key("another password", bytes(16)))


def test_recovery_where_the_folder_cannot_be_written_says_what_to_do(tmp_path, mini_bank, monkeypatch):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    real_access = os.access

    def access(p, mode, **kwargs):
        if os.fspath(p) == os.fspath(tmp_path) and mode & os.W_OK:
            return False  # the folder is read-only for this process
        return real_access(p, mode, **kwargs)

    monkeypatch.setattr(document.os, "access", access)
    with pytest.raises(DocumentError) as err:
        document.recover_interrupted_save(path)
    assert str(err.value).startswith("a.readiness needs recovery: a save was interrupted")
    assert "(a.readiness-journal)" in str(err.value)
    assert journal.exists()  # nothing was touched


def test_a_migration_chain_with_a_gap_changes_nothing_and_says_which_step_is_missing(tmp_path):
    conn = _plain(tmp_path)
    ran: list[int] = []
    conn.execute("CREATE TABLE t (x)")
    steps = {1: lambda c: (ran.append(1), c.execute("INSERT INTO t VALUES (1)"))}
    with pytest.raises(DocumentError) as err:
        run_migrations(conn, 1, steps=steps, to_version=3)  # no step from 2
    assert str(err.value) == "There is no upgrade from file format 2; the file cannot be opened."
    assert ran == [1] and conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0  # rolled back
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()
