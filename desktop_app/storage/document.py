"""Opening, creating and changing ``.readiness`` documents safely.

Every change is committed when it is made (there is no unsaved state), received files are checked
before they are trusted, and a file that is not ours, is newer, or is damaged is refused with a
sentence a manager understands. See ``docs/file-format.md``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Required, TypedDict, Unpack

from desktop_app import __version__
from desktop_app.core.assessment import (
    Answer,
    AnswerValue,
    Assessment,
    ImportedVoices,
    Participant,
    ParticipantAnswer,
    PlanDecision,
    now_iso,
)
from desktop_app.core.bank import QuestionBank
from desktop_app.core.bank.disk_cache import load_snapshot
from desktop_app.core.currency import (
    CurrencyProblem,
    ExchangeRate,
    ExchangeRateProblem,
    normalize_currency,
    parse_exchange_rate,
)
from desktop_app.core.errors import BankError, InputError
from desktop_app.core.timebox import Agenda, AgendaProblem, parse_agenda
from desktop_app.core.voices import AgreedChoice, agreed_answer, measure
from desktop_app.storage import backups as backups_module
from desktop_app.storage import encryption, items, passwords, schema
from desktop_app.storage.connection import (
    DATABASE_ERRORS,
    DB_ERRORS,
    KEY_BYTES,
    OPERATIONAL_ERRORS,
    READ_BUDGET_SECONDS,
    SALT_BYTES,
    BadKey,
    connect,
    connect_memory,
    derive_key,
    is_interrupted,
    new_salt,
)
from desktop_app.storage.errors import (
    DamagedFile,
    DamagedWithBackup,
    DocumentError,
    PasswordNeeded,
    PasswordProblem,
    WrongPassword,
)
from desktop_app.storage.history import ChainReport, missing_changes, verify_chain
from desktop_app.storage.lock import DocumentLock
from desktop_app.storage.verify import schema_differences

__all__ = [
    "SUFFIX",
    "DamagedFile",
    "DamagedWithBackup",
    "DocumentError",
    "HistoryEntry",
    "PasswordNeeded",
    "PasswordProblem",
    "ReadinessDocument",
    "WrongPassword",
    "create_from_export",
]

SUFFIX = ".readiness"
#: what reading a received file may raise besides DocumentError (each becomes a plain sentence)
_OPEN_FAILURES: tuple[type[BaseException], ...] = (*DB_ERRORS, ValueError, OverflowError, MemoryError, RecursionError)
_READ_FAILURES: tuple[type[BaseException], ...] = (
    *DATABASE_ERRORS,
    ValueError,
    TypeError,
    OverflowError,
    RecursionError,
)
_COPY_FAILURES: tuple[type[BaseException], ...] = (*DB_ERRORS, OSError)
_CONVERT_FAILURES: tuple[type[BaseException], ...] = (BadKey, OSError, *DB_ERRORS)
SQLITE_HEADER = b"SQLite format 3\x00"


class NewAssessment(TypedDict, total=False):
    """What :meth:`ReadinessDocument.create` takes besides the path (keyword arguments)."""

    client: Required[str]
    project: Required[str]
    bank: Required[QuestionBank]
    workshop_date: str
    facilitator: str
    participants: Sequence[Participant]
    overwrite: bool
    currency: str
    #: encrypt the new file with this password (SQLCipher 4)
    password: str | None
    #: may the lock file name the user and the computer on a shared drive (None: READINESS_LOCK_NAMES)
    lock_names: bool | None


class OpenOptions(TypedDict, total=False):
    """The less common options of :meth:`ReadinessDocument.open`."""

    #: the password of an encrypted file (else the installed provider is asked, see ``passwords``)
    password: str | None
    #: False: never ask the provider (the portfolio skips an encrypted file instead)
    ask_password: bool
    #: may the lock file name the user and the computer on a shared drive (None: READINESS_LOCK_NAMES)
    lock_names: bool | None


@dataclass(frozen=True)
class HistoryEntry:
    """One change: when, who, what (``action``), on which item (``target``, an item key such as
    ``answer:<question>``), a short summary, and the item's state after the change (JSON text)."""

    at: str
    actor: str
    action: str
    target: str
    detail: str
    entry_id: str = ""
    base_rev: str = ""
    rev: str = ""
    state: str | None = None


# --------------------------------------------------------------------------------------------
# Looking at a file before trusting it


def check_regular_file(path: Path) -> os.stat_result:
    """Refuse anything but a regular file before opening it: a FIFO or a device would hang or never end."""
    name = path.name
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DocumentError(f"{name} does not exist.") from None
    except OSError as exc:
        raise DocumentError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{name} is a folder, not an assessment file.")
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError(f"{name} is not a regular file (it is a device, pipe or socket): not an assessment.")
    return st


def sidecars(path: Path) -> list[Path]:
    """The files SQLite keeps beside a document while it changes it (journal, write-ahead log)."""
    return [p for p in (path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm")) if p.exists()]


def _can_write_beside(path: Path) -> bool:
    """Can this process change the file and create and delete files in its folder (needed to recover)?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _is_wal_mode(path: Path) -> bool:
    with path.open("rb") as fh:
        header = fh.read(20)
    return header.startswith(SQLITE_HEADER) and len(header) == 20 and (header[18] == 2 or header[19] == 2)


def recover_interrupted_save(path: Path, key: str | None = None) -> bool:
    """Let SQLite finish what a crash interrupted, before anything looks inside the file.

    A rollback journal left by a crash ("hot") holds the pages that restore the last committed
    state; a write-ahead log holds committed changes not yet copied into the file. Both are applied
    by a connection that may write, and the file is left in the one-file form the app uses, with no
    file beside it. Returns True when something was recovered. Raises :class:`DocumentError` when
    recovery is needed but the file or its folder cannot be written.
    """
    extra = sidecars(path)
    wal = key is None and _is_wal_mode(path)  # an encrypted file's header is not readable
    if not extra and not wal:
        return False
    if not _can_write_beside(path):
        names = ", ".join(p.name for p in extra) or "its write-ahead log"
        raise DocumentError(
            f"{path.name} needs recovery: a save was interrupted (or it was written in write-ahead-log form), "
            f"and the recovery data ({names}) can only be applied where the file and its folder can be "
            "changed. Copy the file together with the files named like it to a folder you can write to, "
            "and open it there."
        )
    try:
        conn = connect(path, key=key)  # with a key: the first read rolls the journal back, then checks the key
        try:
            conn.execute("PRAGMA user_version").fetchone()  # takes a shared lock: SQLite rolls back a hot journal
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()  # folds a write-ahead log into the file
        finally:
            conn.close()
    except DB_ERRORS as exc:
        if _is_damage(exc):
            raise DamagedFile(f"{path.name} is damaged and cannot be opened ({exc}).") from None
        raise DocumentError(f"{path.name} could not be recovered after an interrupted save ({exc}).") from None
    for leftover in sidecars(path):
        if leftover.name.endswith("-shm") or leftover.stat().st_size == 0:
            with contextlib.suppress(OSError):
                leftover.unlink()
    return True


def _read_start(path: Path) -> tuple[int, bytes]:
    """The size and first 100 bytes of a regular file, or a plain sentence why they cannot be read."""
    name = path.name
    check_regular_file(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            return size, fh.read(100)
    except PermissionError:
        raise DocumentError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        raise DocumentError(f"{name} cannot be read ({exc.strerror or exc}).") from None


def inspect_header(path: Path) -> None:
    """Refuse, with a plain sentence, files that are missing, empty, foreign, newer or truncated.

    An encrypted document has no readable header: it passes here, and its password is checked when
    it is opened.
    """
    name = path.name
    size, header = _read_start(path)
    if size == 0:
        raise DamagedFile(f"{name} is empty: it holds no assessment. It may have been cut off while copying.")
    if passwords.looks_encrypted(header, size):
        return
    if not header.startswith(SQLITE_HEADER):
        raise DocumentError(
            f"{name} is not a GenAI Readiness Planner assessment: it is not in the assessment file format."
        )
    if len(header) < 100:
        raise DamagedFile(f"{name} is damaged: the file is cut off (only {size} bytes).")
    _check_header_fields(name, header, size)


def _check_header_fields(name: str, header: bytes, size: int) -> None:
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (change_counter, page_count) = struct.unpack(">II", header[24:32])
    (user_version,) = struct.unpack(">I", header[60:64])
    (app_id,) = struct.unpack(">I", header[68:72])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if app_id != schema.APPLICATION_ID:
        raise DocumentError(f"{name} is a database of another program, not a GenAI Readiness Planner assessment.")
    if user_version > schema.SCHEMA_VERSION:
        raise DocumentError(
            f"{name} was saved by a newer version of GenAI Readiness Planner (file format {user_version}; "
            f"this version reads up to {schema.SCHEMA_VERSION}). Update the application to open it."
        )
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedFile(f"{name} is damaged: its header is not valid.")
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise DamagedFile(
            f"{name} is damaged: it is shorter than it should be ({size:,} of {page_count * page_size:,} bytes), "
            "probably cut off while copying. Ask the sender for the file again."
        )


def read_failure(name: str, exc: BaseException) -> DocumentError:
    """The sentence for a failure while reading a document."""
    if is_interrupted(exc):
        # stalled: damaged or hostile; it is still offered a backup of ours when one exists for its path
        return DamagedFile(
            f"{name} takes too long to read (more than {READ_BUDGET_SECONDS:g} seconds for one step): it may be "
            "damaged or built to stall programs, so reading it was stopped."
        )
    if isinstance(exc, RecursionError):
        return DamagedFile(f"{name} is damaged: it holds a value nested too deeply to read.")
    if isinstance(exc, MemoryError):
        return DocumentError(f"{name} holds more than this computer can read into memory.")
    if _is_damage(exc) or not isinstance(exc, DB_ERRORS):
        return DamagedFile(f"{name} is damaged and cannot be opened ({exc}).")
    return DocumentError(f"{name} cannot be opened: {exc}.")


def write_failure(name: str, exc: BaseException) -> DocumentError:
    """The sentence for a failed change; the transaction was rolled back, so nothing changed."""
    text = str(exc).lower()
    if "full" in text or "too large" in text or "i/o" in text:
        cause = "the disk is full, or the file may not grow any larger"
    elif "readonly" in text or "read-only" in text:
        cause = "the file or its folder is read-only"
    elif is_interrupted(exc):
        cause = f"the change took longer than {READ_BUDGET_SECONDS:g} seconds and was stopped"
    elif "locked" in text or "busy" in text:
        cause = "another program is using the file"
    else:
        cause = str(exc)
    return DocumentError(f"{name} was not changed: {cause}. Everything saved before is still there.")


def _is_damage(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "corrupt", "not a database", "disk image", "file is encrypted"))


#: how often a provider (a dialog) may be asked again after a wrong password for one open
MAX_PASSWORD_TRIES = 20


def _starts_like_sqlite(path: Path) -> bool:
    _, header = _read_start(path)
    return header.startswith(SQLITE_HEADER)


def _key_opens(path: Path, key: str) -> bool:
    """Does ``key`` open the encrypted file (rolling back an interrupted save first, which any key can)?"""
    try:
        if sidecars(path):
            recover_interrupted_save(path, key)
        else:
            connect(path, readonly=True, key=key).close()
    except BadKey:
        return False
    except DB_ERRORS as exc:
        raise read_failure(path.name, exc) from None
    return True


def _find_key(path: Path, password: str | None, ask: bool) -> tuple[str, str] | None:
    """The password that opens ``path``, and the raw key derived from it, when the file is encrypted
    (None for a plain file).

    ``password`` is tried alone; without one the installed provider is asked, and asked again after
    a wrong answer until it gives up (returns None). Raises :class:`WrongPassword` or
    :class:`PasswordNeeded` with a plain sentence.
    """
    size, header = _read_start(path)
    if not passwords.looks_encrypted(header, size):
        return None
    salt = header[:SALT_BYTES]
    candidate = password if password is not None else (passwords.ask(path, False) if ask else None)
    wrong = False
    for _ in range(MAX_PASSWORD_TRIES):
        if not candidate:
            break
        key = derive_key(candidate, salt)
        if _key_opens(path, key):
            return candidate, key
        wrong = True
        if password is not None or not ask:
            break
        candidate = passwords.ask(path, True)
    if wrong:
        raise WrongPassword(f"Wrong password for {path.name}.")
    raise PasswordNeeded(f"{path.name} is encrypted: password needed.")


class Access(NamedTuple):
    """How a document is open: read-only (and why) or editable under its edit lock."""

    readonly: bool
    reason: str
    lock: DocumentLock | None = None


def _take_lock(path: Path, readonly: bool, reason: str, lock_names: bool | None) -> Access:
    """The edit lock for an editable open, or read-only with the reason why not."""
    if readonly:
        return Access(readonly, reason)
    if not os.access(path, os.W_OK):
        return Access(True, "The file is write-protected.")
    lock = DocumentLock(path, share_names=lock_names)
    if not lock.acquire():
        return Access(True, f"The file is already open for editing ({lock.holder()}).")
    return Access(False, reason, lock)


def _abandon(lock: DocumentLock | None, conn: sqlite3.Connection | None) -> None:
    """Undo a failed open: release the lock, close the connection."""
    if lock:
        lock.release()
    if conn is not None:
        with contextlib.suppress(*DB_ERRORS):
            conn.close()


def _fill_new(conn: sqlite3.Connection, new: dict[str, Any]) -> None:
    """Write a new assessment's first records (one transaction)."""
    bank: QuestionBank = new["bank"]
    facilitator = str(new.get("facilitator", ""))
    client, project = str(new["client"]), str(new["project"])
    schema.create_schema(conn)
    stamp = now_iso()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO assessment (id, uuid, client, project, workshop_date, facilitator, bank_id, "
        "bank_version, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuid.uuid4()),
            client,
            project,
            new.get("workshop_date", ""),
            facilitator,
            bank.id,
            bank.version,
            stamp,
            stamp,
        ),
    )
    conn.execute(
        "INSERT INTO bank_snapshot (id, bank_id, version, sha256, content) VALUES (1, ?, ?, ?, ?)",
        (bank.id, bank.version, bank.sha256, bank.source_text),
    )
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("created_by", f"GenAI Readiness Planner {__version__}"), ("created_at", stamp)],
    )
    items.log(conn, items.Change(facilitator, "created", "", f"{client} / {project}", at=stamp))
    details = {"client": client, "project": project, "workshop_date": str(new.get("workshop_date", ""))}
    details["facilitator"] = facilitator
    if new.get("currency"):
        details["currency"] = str(new["currency"])
    items.write_details(conn, details, items.Write(facilitator, at=stamp))
    items.set_participants(conn, new.get("participants", ()), items.Write(facilitator))
    conn.execute("COMMIT")


# --------------------------------------------------------------------------------------------
# The document


_NO_VOICES = ImportedVoices()  # immutable, so safe as a default


class ReadinessDocument:
    """An open ``.readiness`` file. Use :meth:`create` or :meth:`open`; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, access: Access, key: str | None = None):
        self.path = path
        self._conn = conn
        self.readonly = access.readonly
        self.readonly_reason = access.reason
        self._lock = access.lock
        self._key = key  # the raw SQLCipher key (see connection.derive_key); None for a plain file
        self._password: str | None = None
        self._bank: QuestionBank | None = None
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.lock_names: bool | None = None
        #: who makes the changes (the facilitator set in the GUI's settings); when empty, changes are
        #: recorded under the assessment's facilitator
        self.actor: str = ""

    @property
    def encrypted(self) -> bool:
        """Is the file encrypted with a password (SQLCipher)?"""
        return self._key is not None

    # -- creating --------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, **new: Unpack[NewAssessment]) -> ReadinessDocument:
        """Write a new document (``client``, ``project``, ``bank`` and the rest of
        :class:`NewAssessment`). It is built in a temporary file and moved into place, so a failure
        never leaves a half-written file. With ``password`` it is encrypted from its first byte."""
        path = Path(path)
        client, project = new["client"].strip(), new["project"].strip()
        if not client or not project:
            raise DocumentError("A new assessment needs a client and a project name.")
        if path.exists() and not new.get("overwrite", False):
            raise DocumentError(f"{path.name} already exists; choose another name.")
        if not path.parent.exists():
            raise DocumentError(f"The folder {path.parent} does not exist.")
        try:
            currency = normalize_currency(new.get("currency", ""))
        except CurrencyProblem as exc:
            raise DocumentError(f"The currency is not valid: {exc}.") from None
        password = new.get("password")
        key = None
        if password is not None:
            passwords.check_new_password(password)
            key = derive_key(password, new_salt())
        fd, tmp_name = tempfile.mkstemp(prefix=".new-", suffix=SUFFIX, dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            tmp.unlink()
            conn = connect(tmp, create=True, key=key)
            try:
                _fill_new(conn, {**new, "client": client, "project": project, "currency": currency})
            finally:
                conn.close()
            os.chmod(tmp, 0o600)  # client data: readable by its owner only
            os.replace(tmp, path)
        except DB_ERRORS as exc:
            tmp.unlink(missing_ok=True)
            raise DocumentError(f"Could not create {path.name}: {exc}.") from None
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise DocumentError(f"Could not create {path.name}: {exc.strerror or exc}.") from None
        return cls.open(path, password=password, lock_names=new.get("lock_names"))

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | Path, *, readonly: bool = False, reason: str = "", **options: Unpack[OpenOptions]
    ) -> ReadinessDocument:
        """Open a document; a file open elsewhere, or write-protected, opens read-only with a reason.

        An encrypted file needs its password: ``password``, or else the provider installed in
        ``storage.passwords`` is asked (unless ``ask_password`` is False); none raises
        :class:`PasswordNeeded`, a wrong one :class:`WrongPassword` (never "damaged").

        A document opened for editing gets a backup copy in the user's data folder (see
        ``storage/backups.py``); a damaged one is refused with an offer of the newest good backup.
        """
        path = Path(path)
        try:
            doc = cls._open(path, readonly=readonly, reason=reason, **options)
        except PasswordProblem:
            raise
        except DocumentError as exc:
            offer = backup_offer(path, options.get("password")) if isinstance(exc, DamagedFile) else ""
            if offer:
                raise DamagedWithBackup(f"{exc} {offer}") from None
            raise
        if not doc.readonly:
            with contextlib.suppress(DocumentError, OSError):
                doc.take_backup()
        return doc

    def open_again(self, *, readonly: bool = False, reason: str = "") -> ReadinessDocument:
        """Open this document's file once more with the same password and lock setting (after
        :meth:`close`, to switch between read-only and editable)."""
        return ReadinessDocument.open(
            self.path, readonly=readonly, reason=reason, password=self._password, lock_names=self.lock_names
        )

    def take_backup(self, gap: timedelta = backups_module.MIN_GAP) -> Path | None:
        """A backup copy in the user's data folder, unless the newest is younger than ``gap``.

        The copy of an encrypted document is encrypted with the same password."""
        if not backups_module.due(self.path, gap=gap):
            return None
        dest = self.save_copy(backups_module.new_backup_path(self.path))
        backups_module.prune(self.path)
        return dest

    def backup_if_due(self) -> Path | None:
        """The daily backup of a document kept open for long (the GUI calls it now and then)."""
        return self.take_backup(gap=backups_module.DAILY)

    @classmethod
    def _open(
        cls, path: Path, *, readonly: bool = False, reason: str = "", **options: Unpack[OpenOptions]
    ) -> ReadinessDocument:
        found = _find_key(path, options.get("password"), options.get("ask_password", True))
        key = found[1] if found else None
        if key is not None or _starts_like_sqlite(path):
            recover_interrupted_save(path, key)
        inspect_header(path)
        lock_names = options.get("lock_names")
        access = _take_lock(path, readonly, reason, lock_names)
        lock = access.lock
        conn: sqlite3.Connection | None = None
        try:
            conn = connect(path, readonly=access.readonly, key=key)
            doc = cls(path, conn, access, key)
            doc.lock_names = lock_names
            doc._password = found[0] if found else None
            doc._prepare()
        except DocumentError:
            _abandon(lock, conn)
            raise
        except BadKey:  # the file changed between the password check and now
            _abandon(lock, conn)
            raise WrongPassword(f"Wrong password for {path.name}.") from None
        except _OPEN_FAILURES as exc:
            _abandon(lock, conn)
            raise read_failure(path.name, exc) from None
        return doc

    def _prepare(self) -> None:
        """Verify a just-opened file, migrate an older one, and load its bank (refused if broken)."""
        self._verify()
        version = self._user_version()
        if version < schema.SCHEMA_VERSION:
            self._upgrade(version)
        if not self.readonly:
            self._conn.execute("PRAGMA journal_mode = DELETE")
        self.bank  # noqa: B018 - load the snapshot now, so a broken one is refused at open

    def _verify(self) -> None:
        name = self.path.name
        self._verify_schema()
        rows = self._conn.execute("PRAGMA quick_check").fetchall()
        if not rows or rows[0][0] != "ok":
            raise DamagedFile(f"{name} is damaged: the integrity check failed ({_check_findings(rows)}).")
        # every format has the one-row ``assessment`` table; checked before an older file is migrated
        if self._conn.execute("SELECT COUNT(*) FROM assessment").fetchone()[0] != 1:
            raise DamagedFile(f"{name} is damaged: it holds no assessment record.")

    def _verify_schema(self) -> None:
        """Refuse a file whose schema is not exactly what this app creates for its version (no
        trigger, view, virtual table, index or column of its own), before anything in it can run."""
        name = self.path.name
        app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise DocumentError(f"{name} is a database of another program, not a GenAI Readiness Planner assessment.")
        version = self._user_version()
        if version > schema.SCHEMA_VERSION:
            raise DocumentError(
                f"{name} was saved by a newer version of GenAI Readiness Planner; update the application to open it."
            )
        if version < 1:
            raise DocumentError(
                f"{name} has no file format version: it was not written completely by GenAI Readiness Planner "
                "(perhaps cut off while it was being created), so it cannot be opened."
            )
        problems = schema_differences(self._conn, version)
        if not problems:
            return
        missing = [p.removeprefix("missing table ").strip("'") for p in problems if p.startswith("missing table ")]
        if len(missing) == len(problems):
            raise DamagedFile(f"{name} is damaged: part of the assessment is missing ({', '.join(missing)}).")
        shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
        raise DocumentError(
            f"{name} contains database structure not created by GenAI Readiness Planner ({shown}). It may have "
            "been tampered with, so it is not opened; ask the sender for the file again."
        )

    def _user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _upgrade(self, version: int) -> None:
        """Migrate an older file: a backup copy first, then every step in one transaction.

        A read-only document is migrated in memory, leaving the file itself untouched.
        """
        if self.readonly:
            mem = connect_memory(encrypted=self.encrypted)
            self._conn.backup(mem)
            self._conn.close()
            self._conn = mem
        else:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = self.path.with_name(f"{self.path.stem}.v{version}-backup-{stamp}{self.path.suffix}")
            self.save_copy(backup)
            self.backup_path = backup
        run_migrations(self._conn, version)
        self.migrated_from = version

    # -- closing ---------------------------------------------------------------------------
    def close(self) -> None:
        with contextlib.suppress(*DB_ERRORS):
            self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> ReadinessDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------
    @property
    def bank(self) -> QuestionBank:
        """The bank the assessment was answered against, from the snapshot in the file."""
        if self._bank is None:
            row = self._conn.execute("SELECT content FROM bank_snapshot WHERE id = 1").fetchone()
            if row is None:
                raise DamagedFile(f"{self.path.name} is damaged: the question bank it was answered with is missing.")
            try:
                self._bank = load_snapshot(row[0], f"{self.path.name} (stored bank)")  # cached per user
            except BankError as exc:
                raise DamagedFile(
                    f"{self.path.name} is damaged: its stored question bank is invalid ({exc})."
                ) from None
        return self._bank

    def assessment(self) -> Assessment:
        """The whole assessment as an immutable snapshot."""
        try:
            return self._read_assessment()
        except _READ_FAILURES as exc:
            if is_interrupted(exc) or isinstance(exc, RecursionError):
                raise read_failure(self.path.name, exc) from None
            raise DamagedFile(f"{self.path.name} is damaged: part of it cannot be read ({exc}).") from None

    def _read_assessment(self) -> Assessment:
        c = self._conn
        row = c.execute(ASSESSMENT_ROW_SQL).fetchone()
        participants = tuple(
            Participant(n, r, o, id=i)
            for i, n, r, o in c.execute(
                "SELECT id, name, role, organisation FROM participants WHERE deleted = 0 ORDER BY position, id"
            )
        )
        answers: dict[str, Answer] = {}
        unanswered: dict[str, Answer] = {}
        for qid, value, note, conf, by, at, rationale, keep, note_by, parked, park_note in c.execute(
            "SELECT question_id, value, note, confidence, answered_by, answered_at, rationale, keep_confidence, "
            "note_by, parked, park_note FROM answers WHERE deleted = 0"
        ):
            decoded = self._decode_value(value, qid)
            answer = Answer(qid, decoded, note, conf, by, at, rationale, bool(keep), note_by, bool(parked), park_note)
            (answers if decoded is not None else unanswered)[qid] = answer
        voices: dict[str, list[ParticipantAnswer]] = {}
        live = {p.id for p in participants}
        for pid, qid, value, note, by, at in c.execute(
            "SELECT participant_id, question_id, value, note, answered_by, answered_at FROM participant_answers "
            "WHERE deleted = 0 AND value IS NOT NULL ORDER BY question_id, participant_id"
        ):
            decoded = self._decode_value(value, qid)
            if pid in live and decoded is not None:
                voices.setdefault(qid, []).append(ParticipantAnswer(pid, qid, decoded, note, by, at))
        plan = read_plan(c)
        return Assessment(
            id=row[0],
            client=row[1],
            project=row[2],
            workshop_date=row[3],
            facilitator=row[4],
            participants=participants,
            bank_id=row[5],
            bank_version=row[6],
            answers=answers,
            plan=plan,
            created_at=row[7],
            updated_at=row[8],
            unanswered=unanswered,
            voices={q: tuple(v) for q, v in voices.items()},
            currency=_stored_currency(c),
            agenda=_stored_agenda(c),
            exchange_rate=_stored_exchange_rate(c),
        )

    def _decode_value(self, value: str | None, qid: str) -> Any:
        if value is None:
            return None
        try:
            return json.loads(value)
        except (TypeError, ValueError):
            raise DamagedFile(f"{self.path.name} is damaged: the answer to {qid} cannot be read.") from None

    def history(self, limit: int = 200, target: str | None = None) -> list[HistoryEntry]:
        """The newest ``limit`` changes, newest first; only those of one item when ``target`` is an
        item key (``items.answer_key(question)``, ...)."""
        columns = "at, actor, action, target, detail, entry_id, base_rev, rev, state"
        if target is None:
            rows = self._conn.execute(f"SELECT {columns} FROM history ORDER BY id DESC LIMIT ?", (limit,))
        else:
            rows = self._conn.execute(
                f"SELECT {columns} FROM history WHERE target = ? ORDER BY id DESC LIMIT ?", (target, limit)
            )
        return [HistoryEntry(*r) for r in rows]

    def verify_history(self) -> ChainReport:
        """Check the history (tamper evidence): its hash chain, and that it holds every item's current
        revision (its newest entries were not removed); ``ok``, or what is wrong."""
        chain = verify_chain(self._conn)
        if not chain.ok:
            return chain
        from desktop_app.storage.merging import read_side  # and core.merge: not needed to open a file

        side = read_side(self._conn, self.bank)
        return missing_changes(chain, {k: v.rev for k, v in side.items.items()}, side.seen)

    # -- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic, durable change: all of it is in the file afterwards, or none of it."""
        if self.readonly:
            raise DocumentError(f"{self.path.name} is open read-only. {self.readonly_reason}".strip())
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except OPERATIONAL_ERRORS as exc:
            raise DocumentError(f"{self.path.name} is busy and cannot be changed right now ({exc}).") from None
        try:
            yield self._conn
            self._conn.execute("UPDATE assessment SET updated_at = ? WHERE id = 1", (now_iso(),))
            self._conn.execute("COMMIT")
        except DB_ERRORS as exc:
            with contextlib.suppress(*DB_ERRORS):
                self._conn.execute("ROLLBACK")
            raise write_failure(self.path.name, exc) from None
        except BaseException:
            with contextlib.suppress(*DB_ERRORS):
                self._conn.execute("ROLLBACK")
            raise

    def who(self, actor: str = "") -> str:
        """The author to record: ``actor`` if given, else the document's actor, else the facilitator."""
        if actor:
            return actor
        if self.actor:
            return self.actor
        row = self._conn.execute("SELECT facilitator FROM assessment WHERE id = 1").fetchone()
        return str(row[0]) if row else ""

    def _log(self, c: sqlite3.Connection, actor: str, action: str, target: str = "", detail: str = "") -> None:
        items.log(c, items.Change(self.who(actor), action, target, detail))

    def set_answer(self, answer: Answer) -> Answer:
        """Store one answer (replacing an earlier one); returns it with its author and timestamp.

        ``answer.value`` may be None: a note and/or confidence without an answer (kept, not scored).
        """
        return self.set_answers([answer])[0]

    def set_answers(self, answers: Iterable[Answer]) -> list[Answer]:
        answers = list(answers)
        for a in answers:
            self._check_question(a.question)
        with self.transaction() as c:
            w = items.Write(self.who())
            return [items.write_answer(c, a, w) for a in answers]

    def clear_answer(self, question_id: str) -> None:
        """Clear the answer, its note and confidence; a tombstone records the clearing (for merges)."""
        with self.transaction() as c:
            items.clear_answer(c, question_id, items.Write(self.who()))

    def set_participant_answer(self, answer: ParticipantAnswer) -> ParticipantAnswer:
        """Record one participant's own answer to a question (polling the room)."""
        self._check_question(answer.question)
        live = {p.id for p in self.assessment().participants}
        if answer.participant_id not in live:
            raise DocumentError("That participant is not in this assessment.")
        with self.transaction() as c:
            return items.write_voice(c, answer, items.Write(self.who()))

    def set_agreed_answer(self, question_id: str, choice: AgreedChoice) -> Answer:
        """Set the agreed answer after polling the room: the value with its one-line rationale; strong
        disagreement among the stored voices lowers the confidence unless the choice keeps it."""
        bank = self.bank
        self._check_question(question_id)
        a = self.assessment()
        voices = a.voices.get(question_id, ())
        measured = measure(bank, bank.question(question_id), voices) if voices else None
        return self.set_answer(agreed_answer(question_id, a.record(question_id), choice, measured))

    def import_participant_answers(
        self, name: str, rows: Sequence[tuple[str, AnswerValue, str]], role: str = ""
    ) -> Participant:
        """Store one participant's own answers (a self-assessment) in one transaction; the participant
        is added when no one of that name takes part yet. ``rows``: (question id, value, note)."""
        for qid, _, _ in rows:
            self._check_question(qid)
        with self.transaction() as c:
            w = items.Write(self.who())
            live = list(self._read_assessment().participants)
            person = next((p for p in live if p.name == name), None)
            if person is None:
                person = items.set_participants(c, [*live, Participant(name, role)], w)[-1]
            for qid, value, note in rows:
                items.write_voice(c, ParticipantAnswer(person.id, qid, value, note, answered_by=name), w)
            change = items.Change(w.actor, "self-assessment", items.participant_key(person.id), f"{len(rows)} answers")
            items.log(c, change)
        return person

    def clear_participant_answer(self, participant_id: str, question_id: str) -> None:
        with self.transaction() as c:
            row = c.execute(
                "SELECT 1 FROM participant_answers WHERE participant_id = ? AND question_id = ? AND deleted = 0",
                (participant_id, question_id),
            ).fetchone()
            if row is not None:
                cleared = ParticipantAnswer(participant_id, question_id, "")
                items.write_voice(c, cleared, items.Write(self.who()), deleted=True)

    def _check_question(self, question_id: str) -> None:
        if not self.bank.has_question(question_id):
            raise DocumentError(f"Question {question_id!r} is not in this assessment's question bank.")

    def set_details(self, **fields: str) -> None:
        """Change detail fields (``schema.DETAIL_FIELDS``) and/or the exchange rate (``exchange_rate``:
        its JSON, or "" to remove it), in one transaction."""
        allowed = {*schema.DETAIL_FIELDS, "exchange_rate"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown detail(s): {', '.join(sorted(unknown))}")
        if ("client" in fields and not fields["client"].strip()) or (
            "project" in fields and not fields["project"].strip()
        ):
            raise DocumentError("The client and the project need a name.")
        try:
            currency = normalize_currency(fields.pop("currency")) if "currency" in fields else None
        except CurrencyProblem as exc:
            raise DocumentError(f"The currency is not valid: {exc}.") from None
        if "agenda" in fields:
            try:
                fields["agenda"] = parse_agenda(fields["agenda"]).to_json()
            except AgendaProblem as exc:
                raise DocumentError(f"The agenda is not valid: {exc}.") from None
        rate = fields.pop("exchange_rate", None)
        rate = _checked_rate(rate) if rate else rate  # "" removes the rate
        with self.transaction() as c:
            if currency is not None:
                fields["currency"] = currency
            items.write_details(c, fields, items.Write(self.who()))
            if rate is not None:
                items.write_exchange_rate(c, rate, items.Write(self.who()))

    def set_participants(self, participants: Sequence[Participant]) -> list[Participant]:
        """Replace the participant list; returns it with each participant's id (see ``items``)."""
        with self.transaction() as c:
            return items.set_participants(c, participants, items.Write(self.who()))

    def set_plan_decision(self, decision: PlanDecision) -> None:
        self._check_decision(decision)
        with self.transaction() as c:
            items.write_decision(c, decision, items.Write(self.who()))

    def _check_decision(self, d: PlanDecision) -> None:
        if not d.custom and d.key not in self.bank.mitigations:
            raise DocumentError(f"Action {d.key!r} is not in this assessment's mitigation library.")

    def remove_plan_decision(self, key: str) -> None:
        """Remove a decision (a library action goes back to proposed); a tombstone records it."""
        with self.transaction() as c:
            items.remove_decision(c, key, items.Write(self.who()))

    def next_custom_key(self) -> str:
        """A key for a new custom action, unique across copies of the assessment."""
        taken = {r[0] for r in self._conn.execute("SELECT key FROM plan_decisions")}
        key = items.new_custom_key()
        while key in taken:
            key = items.new_custom_key()
        return key

    def import_all(
        self,
        answers: Sequence[Answer],
        plan: Sequence[PlanDecision] = (),
        details: dict[str, str] | None = None,
        participants: Sequence[Participant] | None = None,
        voices: ImportedVoices = _NO_VOICES,
    ) -> None:
        """Import answers (and optionally plan decisions, details, participants and participants' own
        answers, see ``storage.merging.write_imported_voices``) in one transaction.

        An answer's own ``answered_by``/``answered_at`` are kept when the import carries them.
        """
        from desktop_app.storage.merging import write_imported_voices

        for v in voices.answers:
            self._check_question(v.question)
        for a in answers:
            self._check_question(a.question)
        for d in plan:
            self._check_decision(d)
        given = details or {}
        rate = given.get("exchange_rate")
        rate = _checked_rate(rate) if isinstance(rate, str) and rate else None  # parsed by the importer; again here
        with self.transaction() as c:
            w = items.Write(self.who())
            for a in answers:
                items.write_answer(c, a, w)
            for d in plan:
                items.write_decision(c, d, w)
            named = ("client", "project", "workshop_date", "facilitator", "currency")
            fields = {k: v for k, v in given.items() if k in named and isinstance(v, str) and v.strip()}
            if fields:
                items.write_details(c, fields, w)
            if rate is not None:
                items.write_exchange_rate(c, rate, w)
            if participants is not None:
                items.set_participants(c, participants, w)
            write_imported_voices(c, voices.answers, voices.people, w)
            self._log(c, w.actor, "import", "", f"{len(answers)} answers, {len(plan)} plan entries")

    # -- copies ----------------------------------------------------------------------------
    def save_copy(self, dest: str | Path) -> Path:
        """Write a consistent copy with SQLite's backup API, via a temporary file moved into place."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise DocumentError("Choose a different file name for the copy.")
        fd, tmp_name = tempfile.mkstemp(prefix=".copy-", suffix=SUFFIX, dir=dest.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            target = connect(tmp, create=True, key=self._key)  # an encrypted document: an encrypted copy
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(tmp, dest)
        except _COPY_FAILURES as exc:
            tmp.unlink(missing_ok=True)
            raise DocumentError(f"Could not write the copy {dest.name}: {exc}.") from None
        return dest

    # -- the password ----------------------------------------------------------------------
    def set_password(self, new: str | None) -> None:
        """Set, change or remove (``new`` None) the file's password, atomically (``storage/encryption.py``).

        The document stays open. Its backups get the same password (one the old password does not
        open keeps its own), and a fresh backup is taken; the change is recorded in the history
        (never the password)."""
        if self.readonly:
            raise DocumentError(f"{self.path.name} is open read-only. {self.readonly_reason}".strip())
        if new is not None:
            passwords.check_new_password(new)
        old = self._key
        if old is None and new is None:
            raise DocumentError(f"{self.path.name} has no password to remove.")
        # a changed password keeps the file's salt; a new one gets a fresh salt
        salt = bytes.fromhex(old[2 + 2 * KEY_BYTES : -1]) if old is not None else new_salt()
        new_key = None if new is None else derive_key(new, salt)
        try:
            self._convert(old, new_key)
            self._password = new
        except _CONVERT_FAILURES as exc:
            raise DocumentError(
                f"The password of {self.path.name} was not changed ({exc}); the file is as it was."
            ) from None
        action = "password set" if old is None else ("password removed" if new is None else "password changed")
        with self.transaction() as c:
            self._log(c, "", "encryption", "", action)
        encryption.convert_backups([b.path for b in backups_module.list_backups(self.path)], old, new_key)
        with contextlib.suppress(DocumentError, OSError):
            self.take_backup(gap=timedelta(0))

    def _convert(self, old: str | None, new: str | None) -> None:
        if old is not None and new is not None:
            encryption.rekey(self._conn, new)
            self._key = new
            return
        self._conn.close()
        try:
            encryption.rewrite(self.path, old, new)
            self._key = new
        finally:  # reopened with whichever key the file now has
            self._conn = connect(self.path, key=self._key)
            self._conn.execute("PRAGMA journal_mode = DELETE")

    # -- checks ----------------------------------------------------------------------------
    def check(self) -> dict[str, Any]:
        """A full integrity report (``readiness-planner check``)."""
        try:
            return self._check()
        except DATABASE_ERRORS as exc:
            if is_interrupted(exc):
                raise read_failure(self.path.name, exc) from None
            raise DamagedFile(f"{self.path.name} is damaged: the check could not complete ({exc}).") from None

    def _integrity(self) -> list[str]:
        """``integrity_check`` on a writable copy in memory: on a read-only connection SQLite skips the
        CHECK constraints, and a row that breaks one would make the next editable open fail."""
        mem = connect_memory(encrypted=self.encrypted)
        try:
            self._conn.backup(mem)
            return [str(r[0]) for r in mem.execute("PRAGMA integrity_check").fetchall()]
        finally:
            mem.close()

    def _check(self) -> dict[str, Any]:
        integrity = self._integrity()
        bank = self.bank
        a = self.assessment()
        orphans = sorted(q for q in (*a.answers, *a.unanswered) if not bank.has_question(q))
        row = self._conn.execute("SELECT sha256, content FROM bank_snapshot WHERE id = 1").fetchone()
        snapshot_ok = hashlib.sha256(row[1].encode("utf-8")).hexdigest() == row[0]
        chain = self.verify_history()
        return {
            "file": str(self.path),
            "integrity": "ok" if integrity == ["ok"] else "; ".join(integrity[:5]),
            "schema_version": self._user_version(),
            "migrated_from": self.migrated_from,
            "application_id": hex(schema.APPLICATION_ID),
            "client": a.client,
            "project": a.project,
            "bank": {"id": bank.id, "version": bank.version, "snapshot_intact": snapshot_ok},
            "answers": len(a.answers),
            "unknown_question_ids": orphans,
            "plan_decisions": len(a.plan),
            "history": {"entries": chain.entries, "chain_intact": chain.ok, "problem": chain.problem},
            "ok": integrity == ["ok"] and snapshot_ok and not orphans and chain.ok,
        }


def _check_findings(rows: Sequence[Sequence[Any]]) -> str:
    """SQLite's findings of a failed ``quick_check`` on one line: its heading left out, the first three
    shown and the rest counted (as the schema check's findings)."""
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    findings = [line for line in lines if line and not line.startswith("*** in database")]
    if not findings:
        return "no answer"
    return "; ".join(findings[:3]) + (f"; and {len(findings) - 3} more" if len(findings) > 3 else "")


def _checked_rate(text: str) -> str:
    """A rate's stored JSON, checked as strictly as one typed (core/currency.py); DocumentError says why not."""
    try:
        return parse_exchange_rate(text).to_json()
    except ExchangeRateProblem as exc:
        raise DocumentError(f"The exchange rate is not valid: {exc}.") from None


def create_from_export(export_path: str | Path, target: str | Path, overwrite: bool = False) -> ReadinessDocument:
    """Create a document from an export JSON file (the samples, ``demo``, the start screen).

    The document is built and filled beside ``target`` and moved into place only when complete, so
    a bad export never leaves a half-filled file (nor removes an existing one).
    """
    from desktop_app.core.bank import find_bank
    from desktop_app.core.exchange import decode_text, load_json_safely, parse_answers_json

    export_path, target = Path(export_path), Path(target)
    if target.exists() and not overwrite:
        raise DocumentError(f"{target.name} already exists; choose another name.")
    try:
        text = decode_text(export_path.read_bytes(), export_path.name)
    except OSError as exc:
        raise DocumentError(f"Cannot read {export_path.name}: {exc.strerror or exc}.") from None
    try:
        data = load_json_safely(text, export_path.name)
    except InputError as exc:
        raise DocumentError(f"{export_path.name} is not a valid export: {exc}.") from None
    bank_ref = (data.get("assessment") or {}).get("bank") if isinstance(data, dict) else None
    bank = find_bank(str((bank_ref or {}).get("id", "genai-readiness")))
    imported = parse_answers_json(text, bank, export_path.name)
    details = dict(imported.details)
    building = target.with_name(f".building-{uuid.uuid4().hex[:8]}{SUFFIX}")
    doc = ReadinessDocument.create(
        building,
        client=details.get("client", "Client"),
        project=details.get("project", "Project"),
        bank=bank,
        workshop_date=details.get("workshop_date", ""),
        facilitator=details.get("facilitator", ""),
        participants=imported.participants or (),
    )
    try:
        with doc:
            doc.import_all(
                imported.answers,
                imported.plan,
                {k: details[k] for k in ("currency", "exchange_rate") if k in details},
                voices=ImportedVoices(tuple(imported.voices), tuple(imported.participants or ())),
            )
        os.replace(building, target)
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    return ReadinessDocument.open(target)


def run_migrations(
    conn: sqlite3.Connection,
    from_version: int,
    steps: dict[int, schema.Migration] | None = None,
    to_version: int | None = None,
) -> None:
    """Apply the migration steps from ``from_version`` up, in one transaction."""
    steps = schema.MIGRATIONS if steps is None else steps
    target = schema.SCHEMA_VERSION if to_version is None else to_version
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version, target):
            step = steps.get(version)
            if step is None:
                raise DocumentError(f"There is no upgrade from file format {version}; the file cannot be opened.")
            step(conn)
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(*DB_ERRORS):
            conn.execute("ROLLBACK")
        raise


#: the assessment record's fields, in the order ``Assessment`` is built from; the usual reader and the
#: portfolio index's quick reader (``storage/quick_read.py``) both read it
ASSESSMENT_ROW_SQL = (
    "SELECT uuid, client, project, workshop_date, facilitator, bank_id, bank_version, created_at, updated_at "
    "FROM assessment WHERE id = 1"
)


def read_plan(c: sqlite3.Connection) -> dict[str, PlanDecision]:
    """The plan's live decisions by key: one reader for the usual open and the index's quick reader."""
    plan: dict[str, PlanDecision] = {}
    for r in c.execute(
        "SELECT key, status, owner, due_date, note, custom, title, action, challenge, subchallenge, phase, "
        "effort, cost, owner_role, updated_at, changed_by FROM plan_decisions WHERE deleted = 0"
    ):
        plan[r[0]] = PlanDecision(
            key=r[0],
            status=r[1],
            owner=r[2],
            due_date=r[3],
            note=r[4],
            custom=bool(r[5]),
            title=r[6],
            action=r[7],
            challenge=r[8],
            subchallenge=r[9],
            phase=r[10],
            effort=r[11],
            cost=r[12],
            owner_role=r[13],
            updated_at=r[14],
            changed_by=r[15],
        )
    return plan


def _stored_currency(c: sqlite3.Connection) -> str:
    """The assessment's currency from ``meta`` ("" when not stated or not a valid code)."""
    row = c.execute("SELECT value FROM meta WHERE key = 'currency'").fetchone()
    try:
        return normalize_currency(row[0]) if row else ""
    except CurrencyProblem:
        return ""  # a hostile or damaged value: treated as not stated, never printed


def _stored_exchange_rate(c: sqlite3.Connection) -> ExchangeRate | None:
    """The exchange rate from ``meta`` (None when none was set or it cannot be used)."""
    row = c.execute("SELECT value FROM meta WHERE key = 'exchange_rate'").fetchone()
    try:
        return parse_exchange_rate(row[0]) if row else None
    except ExchangeRateProblem:
        return None  # a hostile or damaged value: no rate, so nothing is converted


def _stored_agenda(c: sqlite3.Connection) -> Agenda:
    """The timebox agenda from ``meta`` (an empty agenda when none was set or it cannot be read)."""
    row = c.execute("SELECT value FROM meta WHERE key = 'agenda'").fetchone()
    try:
        return parse_agenda(row[0]) if row else Agenda()
    except AgendaProblem:
        return Agenda()  # a hostile or damaged value: no agenda, never a crash


# --------------------------------------------------------------------------------------------
# Backups and restore


@dataclass(frozen=True)
class RestoreResult:
    backup: backups_module.Backup
    kept_aside: Path | None


def backup_summary(backup: backups_module.Backup, password: str | None = None) -> dict[str, Any]:
    """What a backup holds, and whether it can be used (an encrypted one with ``password``; it is never
    asked for here: without it, or with a wrong one, the backup is reported as not usable)."""
    row: dict[str, Any] = {
        "number": backup.number,
        "taken": backup.taken.isoformat(sep=" "),
        "age": backup.age(),
        "path": str(backup.path),
    }
    try:
        with ReadinessDocument._open(backup.path, readonly=True, password=password, ask_password=False) as doc:
            row.update(ok=True, answers=len(doc.assessment().answers), problem="", encrypted=doc.encrypted)
    except DocumentError as exc:
        row.update(ok=False, answers=0, problem=str(exc), encrypted=passwords.file_looks_encrypted(backup.path))
    return row


def backups_password(target: Path, found: Sequence[backups_module.Backup]) -> str | None:
    """The password that opens the encrypted ones of ``found`` (backups of ``target``), asked of the
    installed provider (see ``passwords``) once, and again after a wrong one, at most
    ``MAX_PASSWORD_TRIES`` times; None when none is encrypted or the person gives up (Cancel)."""
    encrypted = [b for b in found if passwords.file_looks_encrypted(b.path)]
    if not encrypted:
        return None
    wrong = False
    for _ in range(MAX_PASSWORD_TRIES):
        try:
            candidate = passwords.ask(Path(target), wrong)
        except PasswordProblem:  # Cancel
            return None
        if not candidate:
            return None
        if any(backup_summary(b, candidate)["ok"] for b in encrypted):
            return candidate
        wrong = True
    return None


def newest_good_backup(path: Path, password: str | None = None) -> backups_module.Backup | None:
    for backup in backups_module.list_backups(path):
        if backup_summary(backup, password)["ok"]:
            return backup
    return None


def backup_offer(path: Path, password: str | None = None) -> str:
    """The sentence that offers the newest good backup of a damaged file, or ""."""
    backup = newest_good_backup(path, password)
    if backup is None:
        return ""
    return (
        f"A backup copy from {backup.age()} ago ({backup.taken:%Y-%m-%d %H:%M}) is available: "
        f"'readiness-planner restore {path.name}' (or File > Restore from backup) puts it back and keeps "
        "the damaged file aside."
    )


def restore_backup(
    target: Path, chosen: backups_module.Backup | None = None, password: str | None = None
) -> RestoreResult:
    """Put a backup (``chosen``, or the newest good one) in place of ``target``; the file it replaces
    is kept beside it as ``NAME.before-restore-<time>.readiness``, never deleted. Encrypted backups
    are usable with ``password`` (they stay encrypted: the file is copied as it is)."""
    from desktop_app.core.files import write_atomically

    target = Path(target)
    candidates = [chosen] if chosen is not None else backups_module.list_backups(target)
    backup = next((b for b in candidates if backup_summary(b, password)["ok"]), None)
    if backup is None:
        raise DocumentError(f"No usable backup of {target.name} was found; nothing was changed.")
    lock = DocumentLock(target)
    if target.exists() and not lock.acquire():
        raise DocumentError(f"{target.name} is open for editing ({lock.holder()}); close it there first.")
    try:
        kept: Path | None = None
        if target.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
            os.replace(target, kept)
            for extra in sidecars(target):  # a journal must never be applied to the restored copy
                os.replace(extra, kept.with_name(kept.name + extra.name[len(target.name) :]))

        def copy(tmp: Path) -> None:
            shutil.copyfile(backup.path, tmp)

        write_atomically(target, copy, mode=0o600)
    except OSError as exc:
        raise DocumentError(f"{target.name} could not be restored: {exc.strerror or exc}.") from None
    finally:
        lock.release()
    return RestoreResult(backup, kept)
