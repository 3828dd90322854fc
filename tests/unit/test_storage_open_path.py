"""The open path's sentences and bounds, written for the storage mutation run (docs/testing.md).

The survivors showed that no test read the sentence of a read failure, ran a statement into the time
budget, recovered a file whose folder cannot be written, or ran a migration chain with a gap.
"""

from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from desktop_app.storage import connection, document, passwords
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


def test_a_file_left_in_write_ahead_log_form_is_put_back_in_one_file_form(tmp_path, mini_bank):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL").fetchone()
    raw.close()  # a clean close removes the -wal file, but the header still says write-ahead log
    assert path.read_bytes()[18:20] == b"\x02\x02" and not document.sidecars(path)
    assert document.recover_interrupted_save(path) is True
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert document.recover_interrupted_save(path) is False  # nothing left to do


def test_an_upgrade_keeps_a_backup_named_by_the_old_format_and_the_time(tmp_path):
    import re
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parent.parent / "fixtures" / "format-v1.readiness"
    path = tmp_path / "old.readiness"
    shutil.copy(fixture, path)
    with ReadinessDocument.open(path) as doc:
        assert doc.backup_path is not None
        assert re.fullmatch(r"old\.v1-backup-\d{8}-\d{6}\.readiness", doc.backup_path.name), doc.backup_path.name


def test_an_encrypted_file_opened_read_only_cannot_be_written(tmp_path):
    key = derive_key("a long password", bytes(16))
    path = tmp_path / "secret.db"
    conn = connect(path, create=True, key=key)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    ro = connect(path, readonly=True, key=key)
    try:
        with pytest.raises(OPERATIONAL_ERRORS, match="readonly"):
            ro.execute("INSERT INTO t VALUES (1)")
    finally:
        ro.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_memory_copy_keeps_the_time_budget_and_works_from_another_thread(monkeypatch, encrypted):
    """A read-only old file is migrated in a memory copy: the same bounds as a file, and usable by workers."""
    from desktop_app.storage.connection import connect_memory

    clock = SteppingClock()
    monkeypatch.setattr(connection, "time", clock)
    monkeypatch.setattr(connection, "READ_BUDGET_SECONDS", 1.0)
    conn = connect_memory(encrypted=encrypted)
    try:
        with pytest.raises(OPERATIONAL_ERRORS) as err:
            conn.execute(LONG_COUNT).fetchone()
        assert connection.is_interrupted(err.value)
        seen: list[object] = []
        worker = threading.Thread(target=lambda: seen.append(conn.execute("SELECT 1").fetchone()[0]))
        worker.start()
        worker.join(10)
        assert seen == [1]
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert conn.in_transaction is False  # autocommit, as a file's connection
    finally:
        conn.close()


# -- the header read before SQLite sees the file --------------------------------------------------


def _with_header(tmp_path, mini_bank, **fields: int):
    """A real document whose header fields (page_size, change_counter, page_count, user_version,
    valid_for) are set to the given numbers, written as the file ``h.readiness``."""
    import struct

    good = tmp_path / "good.readiness"
    if not good.exists():
        ReadinessDocument.create(good, client="C", project="P", bank=mini_bank).close()
    data = bytearray(good.read_bytes())
    spots = {"page_size": (16, ">H"), "change_counter": (24, ">I"), "page_count": (28, ">I")}
    spots |= {"user_version": (60, ">I"), "valid_for": (92, ">I")}
    for name, value in fields.items():
        offset, fmt = spots[name]
        struct.pack_into(fmt, data, offset, value)
    path = tmp_path / "h.readiness"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("page_size", [1, 512, 4096, 32768], ids=["65536", "512", "4096", "32768"])
def test_every_page_size_sqlite_allows_passes_the_header_check(tmp_path, mini_bank, page_size):
    """1 in the header means 65,536; the size check is left out (another counter) so only the page size counts."""
    path = _with_header(tmp_path, mini_bank, page_size=page_size, change_counter=7, valid_for=6)
    document.inspect_header(path)


@pytest.mark.parametrize("page_size", [0, 256, 1000, 2], ids=["0", "256", "1000", "2"])
def test_a_page_size_sqlite_never_writes_is_refused(tmp_path, mini_bank, page_size):
    path = _with_header(tmp_path, mini_bank, page_size=page_size, change_counter=7, valid_for=6)
    with pytest.raises(DocumentError) as err:
        document.inspect_header(path)
    assert str(err.value) == "h.readiness is damaged: its header is not valid."


@pytest.mark.parametrize("counter", [9, 0x8000_0001], ids=["small", "past-2**31"])
def test_a_file_shorter_than_its_header_says_is_cut_off(tmp_path, mini_bank, counter):
    path = _with_header(tmp_path, mini_bank, page_size=4096, change_counter=counter, valid_for=counter)
    size = path.stat().st_size
    for pages in (size // 4096 + 1, 0x8000_0000):
        path = _with_header(
            tmp_path, mini_bank, page_size=4096, change_counter=counter, valid_for=counter, page_count=pages
        )
        with pytest.raises(DocumentError) as err:
            document.inspect_header(path)
        assert str(err.value) == (
            f"h.readiness is damaged: it is shorter than it should be ({size:,} of {pages * 4096:,} bytes), "
            "probably cut off while copying. Ask the sender for the file again."
        )
    stale = _with_header(tmp_path, mini_bank, change_counter=counter + 1, valid_for=counter, page_count=10**6)
    document.inspect_header(stale)  # a page count another program left stale is not trusted


def test_a_file_format_far_in_the_future_is_newer_not_negative(tmp_path, mini_bank):
    from desktop_app.storage import schema

    path = _with_header(tmp_path, mini_bank, user_version=0xFFFF_FFFF)
    with pytest.raises(DocumentError) as err:
        document.inspect_header(path)
    assert str(err.value) == (
        f"h.readiness was saved by a newer version of GenAI Readiness Planner (file format {0xFFFF_FFFF}; "
        f"this version reads up to {schema.SCHEMA_VERSION}). Update the application to open it."
    )


def test_a_file_without_its_assessment_record_is_named_damaged(tmp_path, mini_bank):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM assessment")
    raw.commit()
    raw.close()
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path, readonly=True)
    assert str(err.value).startswith("a.readiness is damaged: it holds no assessment record.")


def test_an_encrypted_document_is_told_from_a_plain_one_by_its_first_bytes(tmp_path, mini_bank):
    plain, secret = tmp_path / "plain.readiness", tmp_path / "secret.readiness"
    ReadinessDocument.create(plain, client="C", project="P", bank=mini_bank).close()
    ReadinessDocument.create(secret, client="C", project="P", bank=mini_bank, password="a long password").close()
    assert passwords.file_looks_encrypted(secret) is True
    assert passwords.file_looks_encrypted(plain) is False
    assert passwords.file_looks_encrypted(tmp_path / "none.readiness") is False  # cannot be read


# -- the schema check's sentences -------------------------------------------------------------------


def _tampered(tmp_path, mini_bank, *statements: str):
    """A new document changed behind the app's back by ``statements`` (plain SQLite), as ``t.readiness``."""
    path = tmp_path / "t.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    raw = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        raw.execute(sql)
    raw.close()
    return path


def _refusal(path) -> str:
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path, readonly=True)
    return str(err.value)


def test_a_file_without_a_format_version_is_refused_as_not_written_completely(tmp_path, mini_bank):
    path = _tampered(tmp_path, mini_bank, "PRAGMA user_version = 0")
    assert _refusal(path).startswith(
        "t.readiness has no file format version: it was not written completely by GenAI Readiness Planner "
        "(perhaps cut off while it was being created), so it cannot be opened."
    )


def test_missing_tables_are_named_as_missing_parts(tmp_path, mini_bank):
    path = _tampered(tmp_path, mini_bank, "DROP TABLE plan_decisions", "DROP TABLE meta")
    message = _refusal(path)
    assert message.startswith("t.readiness is damaged: part of the assessment is missing (")
    assert "(meta, plan_decisions)." in message or "(plan_decisions, meta)." in message, message


@pytest.mark.parametrize(("extra", "more"), [(3, ""), (4, "; and 1 more"), (6, "; and 3 more")])
def test_foreign_structure_shows_three_findings_and_counts_the_rest(tmp_path, mini_bank, extra, more):
    tables = [f"CREATE TABLE extra_{i} (x)" for i in range(extra)]
    message = _refusal(_tampered(tmp_path, mini_bank, *tables))
    head = "t.readiness contains database structure not created by GenAI Readiness Planner ("
    tail = "). It may have been tampered with, so it is not opened; ask the sender for the file again."
    assert message.startswith(head) and tail in message, message
    shown = message[len(head) : message.index(tail)]
    assert shown.count("; ") == 2 + (1 if more else 0), shown
    assert all(part[:1].islower() and not part.endswith("X") for part in shown.split("; ")), shown
    assert shown.endswith(more) if more else "more" not in shown


def test_a_recovery_that_cannot_be_applied_names_each_file_or_the_log(tmp_path, mini_bank, monkeypatch):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    real_access = os.access
    monkeypatch.setattr(
        document.os,
        "access",
        lambda p, mode, **kw: False if os.fspath(p) == os.fspath(tmp_path) else real_access(p, mode, **kw),
    )
    for suffix in ("-journal", "-wal"):
        path.with_name(path.name + suffix).write_bytes(b"\0" * 512)
    with pytest.raises(DocumentError) as err:
        document.recover_interrupted_save(path)
    assert "recovery data (a.readiness-journal, a.readiness-wal) can only be applied where" in str(err.value)
    assert str(err.value).endswith(
        "changed. Copy the file together with the files named like it to a folder you can write to, and open it there."
    )
    for suffix in ("-journal", "-wal"):
        path.with_name(path.name + suffix).unlink()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL").fetchone()
    raw.close()
    with pytest.raises(DocumentError) as err:
        document.recover_interrupted_save(path)
    assert "recovery data (its write-ahead log) can only be applied" in str(err.value)


@pytest.mark.parametrize(
    ("pragma", "sentence"),
    [
        (
            "PRAGMA application_id = 1",
            "s.readiness is a database of another program, not a GenAI Readiness Planner assessment.",
        ),
        (
            "PRAGMA user_version = 99",
            "s.readiness was saved by a newer version of GenAI Readiness Planner; update the application to open it.",
        ),
    ],
    ids=["foreign", "newer"],
)
def test_an_encrypted_file_is_checked_inside_since_its_header_cannot_be_read(tmp_path, mini_bank, pragma, sentence):
    path = tmp_path / "s.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, password="a long password").close()
    with ReadinessDocument.open(path, password="a long password") as doc:
        doc._conn.execute(pragma)  # what another program could write with the password
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path, readonly=True, password="a long password")
    assert str(err.value).startswith(sentence), str(err.value)


# -- looking at a file before trusting it -----------------------------------------------------------


def test_what_is_not_a_regular_readable_file_is_said_by_its_name(tmp_path, mini_bank, monkeypatch):
    from pathlib import Path

    pipe = tmp_path / "p.readiness"
    os.mkfifo(pipe)
    with pytest.raises(DocumentError) as err:
        document.check_regular_file(pipe)
    assert str(err.value) == "p.readiness is not a regular file (it is a device, pipe or socket): not an assessment."
    short = tmp_path / "s.readiness"
    short.write_bytes(document.SQLITE_HEADER + b"\0" * 20)
    with pytest.raises(DocumentError) as err:
        document.inspect_header(short)
    assert str(err.value) == "s.readiness is damaged: the file is cut off (only 36 bytes)."
    real_stat, real_open = Path.stat, Path.open

    def stat(self, **kw):
        if self.name == "odd.readiness":
            raise OSError(5, "Input/output error")
        return real_stat(self, **kw)

    monkeypatch.setattr(Path, "stat", stat)
    with pytest.raises(DocumentError) as err:
        document.check_regular_file(tmp_path / "odd.readiness")
    assert str(err.value) == "odd.readiness cannot be read (Input/output error)."

    def refuse(self, *args, **kwargs):
        if self.name == "s.readiness":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(DocumentError) as err:
        document.inspect_header(short)
    assert str(err.value) == "s.readiness cannot be read: permission denied."


def test_the_first_hundred_bytes_are_read_and_no_more(tmp_path):
    path = tmp_path / "big.readiness"
    path.write_bytes(b"x" * 5000)
    assert document._read_start(path) == (5000, b"x" * 100)


def test_every_file_sqlite_keeps_beside_a_document_is_found_and_empty_ones_are_removed(tmp_path, mini_bank):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    for suffix in ("-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).write_bytes(b"")
    assert [p.name for p in document.sidecars(path)] == ["a.readiness-journal", "a.readiness-wal", "a.readiness-shm"]
    assert document.recover_interrupted_save(path) is True
    assert document.sidecars(path) == []  # empty leftovers and the shared-memory file are removed


def test_a_read_error_after_the_size_is_known_is_said_with_its_reason(tmp_path, monkeypatch):
    from pathlib import Path

    path = tmp_path / "r.readiness"
    path.write_bytes(b"x" * 200)
    real_open = Path.open

    def failing(self, *args, **kwargs):
        if self.name == "r.readiness":
            raise OSError(5, "Input/output error")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", failing)
    with pytest.raises(DocumentError) as err:
        document._read_start(path)
    assert str(err.value) == "r.readiness cannot be read (Input/output error)."


def test_a_shared_memory_file_left_beside_a_document_is_removed_even_when_not_empty(tmp_path, mini_bank):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    shm = path.with_name(path.name + "-shm")
    shm.write_bytes(b"\1" * 4096)
    assert document.recover_interrupted_save(path) is True
    assert not shm.exists()


def test_three_foreign_findings_are_shown_whole_with_nothing_after_them(tmp_path, mini_bank):
    message = _refusal(_tampered(tmp_path, mini_bank, *(f"CREATE TABLE extra_{i} (x)" for i in range(3))))
    shown = message.split("GenAI Readiness Planner (", 1)[1].split("). It may have been", 1)[0]
    assert [f.count("extra_") for f in shown.split("; ")] == [1, 1, 1], shown
    assert shown.split("; ")[-1].rstrip("'")[-1].isdigit(), shown  # the last finding's table name, nothing after
