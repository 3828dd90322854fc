"""One document read for the portfolio index: only what a summary needs, checked as strictly as an open.

``ReadinessDocument.open`` followed by ``assessment()`` reads a file's header three times, checks its
schema by normalising every statement in ``sqlite_master``, hashes its 0.4 MB bank snapshot to find
the parsed bank, and reads every table of the assessment (participants, their own answers, the
agenda...). The portfolio index reads thousands of files and needs of each only the bank, the
details, the agreed answers (value, note, confidence) and the plan decisions.

:func:`read_summary` makes every check the usual open makes, on one read-only connection with the
same defensive settings (``connection.connect``): the header's fields, the application id and format
version, the schema against the app's own, ``PRAGMA quick_check``, the one assessment record, the
stored bank. Two of them are cheaper without being weaker: a schema whose ``sqlite_master`` rows are
exactly, byte for byte, those of a schema already found equal to the app's in this process needs no
second normalisation; a bank snapshot whose bytes equal one already parsed here is that bank.

It reads only the plain common case: it returns ``None`` for a file that is encrypted, has a save to
recover (a journal or write-ahead log beside it, or a write-ahead-log header), is of an older format
(it would be migrated), or fails any check. The caller then opens that file the usual way, which
refuses it with its own sentence or reads it. So this reader never says anything different from
the usual one: it is faster or it steps aside (``tests/unit/test_quick_read.py`` proves the same
results on every sample and that every damaged or hostile file is left to the usual reader). The one
exception is a statement stopped by the time budget: that file's sentence is given at once
(``read_failure``), so a file built to stall is not read twice.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.bank.disk_cache import load_snapshot
from desktop_app.core.errors import BankError
from desktop_app.storage import passwords, schema
from desktop_app.storage.connection import DB_ERRORS, connect, is_interrupted
from desktop_app.storage.document import (
    ASSESSMENT_ROW_SQL,
    SQLITE_HEADER,
    _check_header_fields,
    _stored_currency,
    _stored_exchange_rate,
    backup_offer,
    read_failure,
    read_plan,
    sidecars,
)
from desktop_app.storage.errors import DamagedFile, DamagedWithBackup, DocumentError
from desktop_app.storage.verify import schema_differences

#: what a read may raise that sends the file to the usual reader (which then gives its sentence)
_STEP_ASIDE: tuple[type[BaseException], ...] = (
    *DB_ERRORS,
    DocumentError,
    BankError,
    OSError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    OverflowError,
    MemoryError,
    RecursionError,
)

#: sqlite_master rows (exactly as read) already found equal to the app's schema, by format version
_CLEAN_SCHEMAS: dict[int, set[frozenset[tuple[Any, ...]]]] = {}
#: bank snapshots already parsed in this process: (the stored bytes, the bank), newest last
_BANKS: list[tuple[bytes, QuestionBank]] = []
_MAX_SCHEMAS = 16
_MAX_BANKS = 8


def read_summary(path: Path) -> tuple[QuestionBank, Assessment] | None:
    """The bank and the assessment of ``path`` as the portfolio needs them, or ``None``: open it the
    usual way (see the module's docstring).

    The assessment holds its details, agreed answers (value, note and confidence; who answered and when
    are left out), plan decisions, currency and exchange rate; not its participants, their own answers,
    notes of unanswered questions or agenda, which no summary reads.
    """
    try:
        return _read(Path(path))
    except _STEP_ASIDE as exc:
        if is_interrupted(exc):  # built to stall: say so now rather than stall the usual reader too
            raise _refusal(Path(path), exc) from None
        return None


def _refusal(path: Path, exc: BaseException) -> DocumentError:
    """``ReadinessDocument.open``'s sentence for a read that failed: with the offer of a backup when
    the file is damaged (its kind, not its sentence)."""
    refusal = read_failure(path.name, exc)
    offer = backup_offer(path) if isinstance(refusal, DamagedFile) else ""
    return DamagedWithBackup(f"{refusal} {offer}") if offer else refusal


def _read(path: Path) -> tuple[QuestionBank, Assessment] | None:
    if not _plain_case(path):
        return None
    conn = connect(path, readonly=True)
    # Python's own decoding in C, several times faster than the replacing decoder ``connect`` installs: a
    # text that is not UTF-8 raises here (OperationalError), so that file goes to the usual reader, which
    # reads it with replacement characters; every valid text decodes the same either way
    conn.text_factory = str
    try:
        bank = _bank(conn, path.name) if _verified(conn) else None
        assessment = _assessment(conn) if bank is not None else None
    finally:
        conn.close()
    return (bank, assessment) if bank is not None and assessment is not None else None


def _plain_case(path: Path) -> bool:
    """A regular file, not encrypted, nothing to recover, of this format version, its header checked
    (``inspect_header``'s checks, which raise ``DocumentError``)."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode) or st.st_size < 100:
        return False
    with path.open("rb") as fh:
        header = fh.read(100)
    if passwords.looks_encrypted(header, st.st_size) or not header.startswith(SQLITE_HEADER) or len(header) < 100:
        return False
    if header[18] == 2 or header[19] == 2 or sidecars(path):  # a save to recover first: the usual reader does
        return False
    _check_header_fields(path.name, header, st.st_size)
    return int.from_bytes(header[60:64], "big") == schema.SCHEMA_VERSION  # older: the usual reader migrates


def _verified(conn: Any) -> bool:
    """``ReadinessDocument._verify``'s checks: application id, format version, schema, quick_check,
    one assessment record."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
        return False
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version != schema.SCHEMA_VERSION:
        return False
    rows = frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
    clean = _CLEAN_SCHEMAS.setdefault(version, set())
    if rows not in clean:
        if schema_differences(conn, version):
            return False
        if len(clean) >= _MAX_SCHEMAS:
            clean.clear()
        clean.add(rows)
    check = conn.execute("PRAGMA quick_check").fetchall()
    if not check or check[0][0] != "ok":
        return False
    return bool(conn.execute("SELECT COUNT(*) FROM assessment").fetchone()[0] == 1)


def _bank(conn: Any, name: str) -> QuestionBank | None:
    """The stored bank: the one parsed before from the same bytes, else ``load_snapshot`` of its text."""
    row = conn.execute("SELECT typeof(content), CAST(content AS BLOB) FROM bank_snapshot WHERE id = 1").fetchone()
    if row is None or row[0] != "text" or not isinstance(row[1], bytes):
        return None
    raw: bytes = row[1]
    for seen, bank in reversed(_BANKS):
        if seen == raw:
            return bank
    # the usual reader's text: connection._decode_text
    bank = load_snapshot(raw.decode("utf-8", errors="replace"), f"{name} (stored bank)")
    if len(_BANKS) >= _MAX_BANKS:
        del _BANKS[0]
    _BANKS.append((raw, bank))
    return bank


def _assessment(conn: Any) -> Assessment | None:
    row = conn.execute(ASSESSMENT_ROW_SQL).fetchone()
    if row is None:
        return None
    answers: dict[str, Answer] = {}
    for qid, value, note, conf in conn.execute(
        "SELECT question_id, value, note, confidence FROM answers WHERE deleted = 0 AND value IS NOT NULL"
    ):
        decoded = _value(value)
        if decoded is not None:
            answers[qid] = Answer(qid, decoded, note, conf)
    return Assessment(
        id=row[0],
        client=row[1],
        project=row[2],
        workshop_date=row[3],
        facilitator=row[4],
        bank_id=row[5],
        bank_version=row[6],
        answers=answers,
        plan=read_plan(conn),
        created_at=row[7],
        updated_at=row[8],
        currency=_stored_currency(conn),
        exchange_rate=_stored_exchange_rate(conn),
    )


#: stored JSON -> its value, for values that cannot change (option ids, numbers): a folder's files
#: repeat the same few hundred, and a look-up is a tenth of ``json.loads``
_VALUES: dict[str, Any] = {}
_MAX_VALUES = 4096


def _value(text: str) -> Any:
    try:
        return _VALUES[text]
    except KeyError:
        pass
    except TypeError:  # not a string (the usual reader refuses it too)
        return json.loads(text)
    value = json.loads(text)
    if isinstance(value, str | int | float | bool) and len(text) <= 256:  # never a list: it could be changed
        if len(_VALUES) >= _MAX_VALUES:
            _VALUES.clear()
        _VALUES[text] = value
    return value


def forget_caches() -> None:
    """Forget the schemas, banks and values seen (for tests)."""
    _CLEAN_SCHEMAS.clear()
    _BANKS.clear()
    _VALUES.clear()


__all__ = ["forget_caches", "read_summary"]
