"""storage/document.py: the gaps the mutation runs left (docs/testing.md, "storage/document.py: connect,
the open path's rest, the write paths (seventh session)").

The fifth session's run left 11 survivors no test could see: the sentence of a file that passes the
header and schema checks and then fails SQLite's own check, the key given to the connection that
recovers an encrypted file's interrupted save (only a kill test in a subprocess reached it), the two
sentences of a recovery that fails, and a leftover file that cannot be removed.

The eighth session's part: the plain connection's settings (autocommit, use from another thread,
``synchronous = FULL`` on editable files only, the wait for a busy file) and what a failed open
leaves behind (no lock, no open connection, the sentence of each kind of failure).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.storage import connection, document
from desktop_app.storage import lock as lock_module
from desktop_app.storage.connection import derive_key, new_salt
from desktop_app.storage.document import DocumentError, ReadinessDocument
from desktop_app.storage.errors import WrongPassword
from desktop_app.storage.lock import DocumentLock, lock_path_for

PASSWORD = "a long password"


def _qid(bank) -> str:
    c = bank.challenges[0]
    return f"{c.id}.{c.subchallenges[0].id}.main"


def _findings(path: Path) -> list[str]:
    """SQLite's own ``quick_check`` of ``path`` (a plain connection), one finding a line, no heading."""
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = raw.execute("PRAGMA quick_check").fetchall()
    finally:
        raw.close()
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    return [line for line in lines if line and not line.startswith("***")]


def _refusal(path: Path, **options) -> str:
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path, readonly=True, **options)
    return str(err.value)


# -- a file that passes the header and the schema checks and fails SQLite's own check --------------


def test_a_damaged_index_page_is_refused_with_sqlites_finding_on_one_line(tmp_path, mini_bank):
    """The header, the application id, the format version and the schema (page 1) are intact; only
    the page of one index is broken (its count of cells), which ``quick_check`` alone finds."""
    path = tmp_path / "d.readiness"
    ReadinessDocument.create(tmp_path / "new.readiness", client="C", project="P", bank=mini_bank).close()
    (tmp_path / "new.readiness").rename(path)  # a received file: no backup of it here to offer
    raw = sqlite3.connect(path)
    (page_size,) = raw.execute("PRAGMA page_size").fetchone()
    (root,) = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history_target'").fetchone()
    raw.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 3 : start + 5] = b"\xff\xff"  # a b-tree page that claims 65,535 cells
    path.write_bytes(bytes(data))
    document.inspect_header(path)  # the header check passes ...
    assert _findings(path), "the damage must be one SQLite's own check finds"
    message = _refusal(path)  # ... and so does the schema check: only quick_check refuses it
    head = "d.readiness is damaged: the integrity check failed ("
    assert message.startswith(f"{head}Page {root}: "), message
    assert message.endswith(").") and "\n" not in message and "***" not in message, message
    assert message == f"{head}{_findings(path)[0]}).", message


def _copied_during_a_save(tmp_path: Path, bank, password: str | None) -> tuple[Path, Path, str | None]:
    """A document copied with its rollback journal while a change was being written: the copy holds
    some of the uncommitted pages (a small cache spills them) and the journal that undoes them.
    Returns the copy, its journal and the raw key."""
    qid = _qid(bank)
    path = tmp_path / "s.readiness"
    copy = tmp_path / "copy.readiness"
    journal = copy.with_name(copy.name + "-journal")
    with ReadinessDocument.create(path, client="C", project="P", bank=bank, password=password) as doc:
        doc.set_answers([Answer(qid, "fair", note="before")])
        doc._conn.execute("PRAGMA cache_size = 2")  # pages are written to the file before the commit
        with doc.transaction() as conn:
            conn.execute("UPDATE answers SET note = ? WHERE question_id = ?", ("z" * 300_000, qid))
            conn.execute("UPDATE bank_snapshot SET content = 'x'")
            shutil.copyfile(path, copy)
            shutil.copyfile(path.with_name(path.name + "-journal"), journal)
        key = doc._key
    return copy, journal, key


def test_a_file_copied_without_its_journal_during_a_save_names_three_findings_and_counts_the_rest(tmp_path, mini_bank):
    copy, journal, _ = _copied_during_a_save(tmp_path, mini_bank, None)
    journal.unlink()  # the journal that would have undone the half-written change is lost
    findings = _findings(copy)
    assert len(findings) > 3, findings
    shown = "; ".join(findings[:3]) + f"; and {len(findings) - 3} more"
    assert _refusal(copy) == f"copy.readiness is damaged: the integrity check failed ({shown})."


@pytest.mark.parametrize(
    ("rows", "shown"),
    [
        pytest.param([("*** in database main ***\nPage 3: bad",)], "Page 3: bad", id="one"),
        pytest.param([("*** in database main ***\na\nb\nc",)], "a; b; c", id="three"),
        pytest.param([("*** in database main ***\na\nb\nc\nd",)], "a; b; c; and 1 more", id="four"),
        pytest.param([("a",), (" b ",), ("c",), ("d",), ("e",)], "a; b; c; and 2 more", id="a-row-each"),
        pytest.param([("a\n\n  \nb",)], "a; b", id="blank-lines"),
        pytest.param([("*** in database main ***",)], "no answer", id="heading-only"),
        pytest.param([], "no answer", id="no-rows"),
    ],
)
def test_sqlites_findings_are_put_on_one_line_three_shown_and_the_rest_counted(rows, shown):
    """SQLite gives its findings in one row of lines or a row each, depending on its version."""
    assert document._check_findings(rows) == shown


# -- recovering an interrupted save -----------------------------------------------------------------


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["plain", "encrypted"])
def test_an_interrupted_save_is_rolled_back_in_process_plain_and_encrypted(tmp_path, mini_bank, password):
    """The encrypted case needs the key on the recovering connection: without it SQLite cannot read
    the file, and the recovery would call a sound file damaged."""
    copy, journal, key = _copied_during_a_save(tmp_path, mini_bank, password)
    assert journal.exists()
    assert document.recover_interrupted_save(copy, key) is True
    assert not journal.exists() and document.sidecars(copy) == []
    with ReadinessDocument.open(copy, readonly=True, password=password) as doc:
        assert doc.assessment().answers[_qid(mini_bank)].note == "before"
        assert doc.check()["ok"] is True, doc.check()


def test_an_encrypted_file_with_a_journal_opens_with_its_password_and_is_rolled_back(tmp_path, mini_bank):
    """The same through ``open``: the password finds the key, which then recovers the file."""
    copy, journal, _ = _copied_during_a_save(tmp_path, mini_bank, PASSWORD)
    with ReadinessDocument.open(copy, password=PASSWORD) as doc:
        assert not journal.exists()
        assert doc.assessment().answers[_qid(mini_bank)].note == "before"


def test_a_recovery_that_finds_damage_says_damaged(tmp_path):
    path = tmp_path / "g.readiness"
    path.write_bytes(document.SQLITE_HEADER + b"\x00\x07" + b"\x99" * 4078)  # page size 7: not a database
    path.with_name(path.name + "-journal").write_bytes(b"\0" * 512)
    with pytest.raises(DocumentError) as err:
        document.recover_interrupted_save(path)
    assert str(err.value) == "g.readiness is damaged and cannot be opened (file is not a database)."


def test_a_recovery_that_fails_otherwise_says_it_could_not_be_recovered(tmp_path, mini_bank, monkeypatch):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"\0" * 512)

    def failing(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(document, "connect", failing)
    with pytest.raises(DocumentError) as err:
        document.recover_interrupted_save(path)
    assert str(err.value) == "a.readiness could not be recovered after an interrupted save (disk I/O error)."
    assert journal.exists()  # nothing applied, nothing removed


def test_a_leftover_that_cannot_be_removed_is_left_and_the_recovery_still_succeeds(tmp_path, mini_bank, monkeypatch):
    """Another program may hold or remove the shared-memory file; recovery has done its work by then."""
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    shm = path.with_name(path.name + "-shm")
    shm.write_bytes(b"\1" * 4096)
    real_unlink = Path.unlink

    def unlink(self, *args, **kwargs):
        if self.name == shm.name:
            raise PermissionError(13, "Permission denied")
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    assert document.recover_interrupted_save(path) is True
    assert shm.exists()


# -- what an open keeps for opening the file again --------------------------------------------------


def test_an_open_keeps_the_password_and_the_lock_setting_for_opening_again(tmp_path, mini_bank):
    """``open_again`` (switching between read-only and editable) needs neither asked again."""
    path = tmp_path / "k.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, password=PASSWORD).close()
    doc = ReadinessDocument.open(path, readonly=True, password=PASSWORD, lock_names=True, ask_password=False)
    assert doc.lock_names is True
    doc.close()
    again = doc.open_again()  # no provider is installed: without the kept password this would fail
    try:
        assert again.encrypted and not again.readonly and again.lock_names is True
    finally:
        again.close()


# -- connection.connect: the plain connection (eighth session) ---------------------------------------


def _plain(tmp_path: Path, **kwargs) -> sqlite3.Connection:
    return connection.connect(tmp_path / "plain.db", create=True, **kwargs)


def test_a_plain_connection_commits_only_what_a_transaction_says(tmp_path):
    """Autocommit (``isolation_level=None``): a change outside ``BEGIN`` is committed when it is
    made, and no transaction is opened behind the caller's back (``import_all`` relies on that)."""
    conn = _plain(tmp_path)
    try:
        assert conn.isolation_level is None
        conn.execute("CREATE TABLE t (x)")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("ROLLBACK")
        conn.execute("INSERT INTO t VALUES (2)")
        assert conn.in_transaction is False
        other = sqlite3.connect(tmp_path / "plain.db")
        try:
            assert [r[0] for r in other.execute("SELECT x FROM t")] == [2]  # already on disk
        finally:
            other.close()
    finally:
        conn.close()


def test_a_plain_connection_may_be_used_from_another_thread(tmp_path):
    """The GUI reads documents on worker threads: the connection must not be tied to its thread."""
    conn = _plain(tmp_path)
    seen: list[object] = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            seen.append(conn.execute("SELECT 1").fetchone()[0])
        except sqlite3.Error as exc:
            failed.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    conn.close()
    assert failed == [] and seen == [1]


@pytest.mark.parametrize("readonly", [False, True], ids=["editable", "read-only"])
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_only_an_editable_connection_asks_for_full_synchronous_writes(tmp_path, monkeypatch, readonly, encrypted):
    """``synchronous = FULL``: a change is on the disk when its commit returns. This SQLite's default
    is FULL already, so the setting is seen by the statements sent, not by reading it back."""
    key = derive_key(PASSWORD, new_salt()) if encrypted else None
    connection.connect(tmp_path / "s.db", create=True, key=key).close()
    sent: list[str] = []
    for cls in (connection.BudgetConnection, connection.CipherBudgetConnection):
        real = cls.execute

        def execute(self, sql, parameters=(), /, _real=real):
            sent.append(" ".join(sql.split()).upper())
            return _real(self, sql, parameters)

        monkeypatch.setattr(cls, "execute", execute)
    conn = connection.connect(tmp_path / "s.db", readonly=readonly, key=key)
    try:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        conn.close()
    assert ("PRAGMA SYNCHRONOUS = FULL" in sent) is (not readonly), sent


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_busy_file_is_waited_for_five_seconds(tmp_path, encrypted):
    """The wait for a file another program is writing, read back from SQLite (no timing)."""
    key = derive_key(PASSWORD, new_salt()) if encrypted else None
    conn = connection.connect(tmp_path / "b.db", create=True, key=key)
    try:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        conn.close()


# -- ReadinessDocument._open: what a failed open leaves behind (eighth session) ----------------------


def _damaged_index(tmp_path: Path, bank, name: str = "d.readiness") -> Path:
    """A received document (no backup of it here) whose one index page claims 65,535 cells: it
    passes the header check and fails SQLite's own check, after the connection is open."""
    path = tmp_path / name
    ReadinessDocument.create(tmp_path / "new.readiness", client="C", project="P", bank=bank).close()
    (tmp_path / "new.readiness").rename(path)
    raw = sqlite3.connect(path)
    (page_size,) = raw.execute("PRAGMA page_size").fetchone()
    (root,) = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'history_target'").fetchone()
    raw.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 3 : start + 5] = b"\xff\xff"
    path.write_bytes(bytes(data))
    return path


def _connections(monkeypatch) -> list[sqlite3.Connection]:
    """Every connection ``document`` opens from now on, in order."""
    made: list[sqlite3.Connection] = []
    real = document.connect

    def connect(*args, **kwargs):
        conn = real(*args, **kwargs)
        made.append(conn)
        return conn

    monkeypatch.setattr(document, "connect", connect)
    return made


def _is_closed(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except (sqlite3.ProgrammingError, connection.cipher.ProgrammingError):
        return True
    return False


def _lock_is_free(path: Path) -> bool:
    """No lock file left, and another open here could take the edit lock."""
    if lock_path_for(path).exists():
        return False
    other = DocumentLock(path)
    try:
        return other.acquire()
    finally:
        other.release()


def test_a_document_refused_after_its_connection_opened_leaves_no_lock_and_no_connection(
    tmp_path, mini_bank, monkeypatch
):
    path = _damaged_index(tmp_path, mini_bank)
    made = _connections(monkeypatch)
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path)  # editable: the lock was taken before the check failed
    assert str(err.value).startswith("d.readiness is damaged: the integrity check failed ("), err.value
    assert made and all(_is_closed(c) for c in made)
    assert _lock_is_free(path)


def test_a_failure_to_read_after_the_connection_opened_says_so_and_leaves_no_lock_and_no_connection(
    tmp_path, mini_bank, monkeypatch
):
    """A disk that fails while the new connection reads the file (an ``_OPEN_FAILURES`` error)."""
    path = tmp_path / "f.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    made = _connections(monkeypatch)

    def failing(self):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ReadinessDocument, "_verify", failing)
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path)
    assert str(err.value) == "f.readiness cannot be opened: disk I/O error."
    assert made and all(_is_closed(c) for c in made)
    assert _lock_is_free(path)


def test_a_connection_that_cannot_be_opened_says_so_and_leaves_no_lock(tmp_path, mini_bank, monkeypatch):
    path = tmp_path / "c.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()

    def failing(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(document, "connect", failing)
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path)
    assert str(err.value) == "c.readiness cannot be opened: unable to open database file."
    assert _lock_is_free(path)


def test_a_file_whose_password_changed_during_the_open_is_a_wrong_password_and_leaves_no_lock(
    tmp_path, mini_bank, monkeypatch
):
    """The file is replaced by one with another password between the password check and the
    connection (another program changed it): the key no longer opens it."""
    path = tmp_path / "k.readiness"
    other = tmp_path / "other.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, password=PASSWORD).close()
    ReadinessDocument.create(other, client="C", project="P", bank=mini_bank, password="another password").close()
    real = document._find_key

    def find_then_replace(*args, **kwargs):
        found = real(*args, **kwargs)
        other.replace(path)
        return found

    monkeypatch.setattr(document, "_find_key", find_then_replace)
    with pytest.raises(WrongPassword) as err:
        ReadinessDocument.open(path, password=PASSWORD)
    assert str(err.value) == "Wrong password for k.readiness."
    assert _lock_is_free(path)


def test_a_read_only_open_keeps_the_reason_it_was_given(tmp_path, mini_bank):
    path = tmp_path / "r.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    with ReadinessDocument.open(path, readonly=True, reason="Opened to compare two copies.") as doc:
        assert doc.readonly and doc.readonly_reason == "Opened to compare two copies."


@pytest.mark.parametrize("readonly", [True, False], ids=["read-only", "editable"])
def test_an_encrypted_save_interrupted_after_the_password_check_is_rolled_back_with_the_key(
    tmp_path, mini_bank, monkeypatch, readonly
):
    """``_open`` recovers the file itself, with the key, when the journal appears after the
    password check (which recovers a file it finds with one)."""
    copy, journal, _ = _copied_during_a_save(tmp_path, mini_bank, PASSWORD)
    aside = journal.with_name("aside")
    journal.rename(aside)
    real = document._find_key

    def find_then_put_back(*args, **kwargs):
        found = real(*args, **kwargs)
        aside.rename(journal)
        return found

    monkeypatch.setattr(document, "_find_key", find_then_put_back)
    with ReadinessDocument.open(copy, readonly=readonly, password=PASSWORD) as doc:
        assert not journal.exists()
        assert doc.assessment().answers[_qid(mini_bank)].note == "before"


@pytest.mark.parametrize("share", [True, False], ids=["names shared", "names kept back"])
def test_an_editable_open_on_a_network_drive_names_the_user_in_its_lock_only_when_told_to(
    tmp_path, mini_bank, monkeypatch, share
):
    """``lock_names`` reaches the edit lock (on a local drive names are always written)."""
    path = tmp_path / "n.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    monkeypatch.delenv("READINESS_LOCK_NAMES", raising=False)
    monkeypatch.setattr(lock_module, "is_network_location", lambda _path: True)
    with ReadinessDocument.open(path, lock_names=share) as doc:
        assert not doc.readonly
        info = json.loads(lock_path_for(path).read_bytes()[1:].decode("utf-8"))
    assert ("user" in info and "host" in info) is share, info
