"""The tamper-evident history: an append-only log whose entries are chained by SHA-256.

Each entry's ``hash`` covers the previous entry's hash and every field of the entry, so editing,
deleting, inserting or reordering an entry anywhere breaks the chain from that point on, and
:func:`verify_chain` names the first entry that does not fit; :func:`missing_changes` finds
the newest entries removed (each item's current revision must be in its history). This detects
changes made with other tools; it is not a signature (whoever rewrites the whole chain from the
broken point on can hide a change), which is said in ``docs/file-format.md``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

GENESIS = ""
#: the fields an entry's hash covers, in this order (after the previous entry's hash)
FIELDS = ("entry_id", "at", "actor", "action", "target", "detail", "base_rev", "rev", "state")


def chain_hash(prev_hash: str, fields: Sequence[str | None]) -> str:
    """The hash of one entry given the hash of the one before it; ``fields`` in ``FIELDS`` order."""
    payload = json.dumps([prev_hash, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: ``ok``, how many entries, and the first break if any."""

    entries: int
    broken_at: int | None = None
    problem: str = ""
    #: items whose current revision the history does not hold: their newest entries were removed
    missing: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.missing


def missing_changes(
    chain: ChainReport, current: Mapping[str, str], recorded: Mapping[str, frozenset[str]]
) -> ChainReport:
    """``chain`` (intact) with the items whose current revision (``current``: key -> revision) is
    not among the revisions the history records for them (``recorded``). Removing the newest entries
    leaves a chain intact up to its new end; this is how it shows. An item the history does not
    record at all (written by a version before revisions were recorded) is not counted."""
    missing = tuple(sorted(k for k, rev in current.items() if rev and k in recorded and rev not in recorded[k]))
    if not chain.ok or not missing:
        return chain
    shown = ", ".join(missing[:5]) + (", …" if len(missing) > 5 else "")
    return ChainReport(
        chain.entries,
        problem=f"the newest change of {len(missing)} item(s) ({shown}) is missing from the history: "
        "entries were removed",
        missing=missing,
    )


_COLUMNS = f"id, {', '.join(FIELDS)}, prev_hash, hash"


def last_hash(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM history ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Walk the history in order and check every link; stops at the first break."""
    prev = GENESIS
    count = 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM history ORDER BY id"):
        count += 1
        hid, fields, prev_hash, digest = row[0], row[1:-2], row[-2], row[-1]
        if prev_hash != prev:
            return ChainReport(count, int(hid), f"history entry {hid} does not follow the entry before it")
        if not all(isinstance(f, str) for f in fields[:-1]) or not (fields[-1] is None or isinstance(fields[-1], str)):
            return ChainReport(count, int(hid), f"history entry {hid} holds a value of the wrong type")
        if digest != chain_hash(prev, fields):
            return ChainReport(count, int(hid), f"history entry {hid} was changed after it was written")
        prev = digest
    return ChainReport(count)
