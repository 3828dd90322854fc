"""The schema of the ``.readiness`` file and its migrations.

``SCHEMA_VERSION`` is stored in ``PRAGMA user_version``; ``APPLICATION_ID`` in
``PRAGMA application_id`` marks the file as ours. ``MIGRATIONS[n]`` upgrades a file from version
``n`` to ``n + 1``; steps run in one transaction after a backup copy has been taken. The DDL of every
released version is kept here (``SCHEMAS``), so the schema of a file can be compared with what this
application creates for that version. Documented in ``docs/file-format.md``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable

#: "GRP1" (GenAI Readiness Planner) as a big-endian 32-bit integer.
APPLICATION_ID = 0x47525031
SCHEMA_VERSION = 3

#: Version 1, the first released format (2026-11). Kept verbatim: files of this version exist.
SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    uuid          TEXT NOT NULL,
    client        TEXT NOT NULL,
    project       TEXT NOT NULL,
    workshop_date TEXT NOT NULL DEFAULT '',
    facilitator   TEXT NOT NULL DEFAULT '',
    bank_id       TEXT NOT NULL,
    bank_version  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE TABLE participants (
    position     INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT ''
);
CREATE TABLE bank_snapshot (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    bank_id  TEXT NOT NULL,
    version  TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    content  TEXT NOT NULL
);
CREATE TABLE answers (
    question_id TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    confidence  TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
    answered_by TEXT NOT NULL DEFAULT '',
    answered_at TEXT NOT NULL
);
CREATE TABLE plan_decisions (
    key          TEXT PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'done')),
    owner        TEXT NOT NULL DEFAULT '',
    due_date     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    custom       INTEGER NOT NULL DEFAULT 0,
    title        TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL DEFAULT '',
    challenge    TEXT NOT NULL DEFAULT '',
    subchallenge TEXT NOT NULL DEFAULT '',
    phase        INTEGER CHECK (phase IS NULL OR phase BETWEEN 0 AND 3),
    effort       TEXT NOT NULL DEFAULT '',
    cost         TEXT NOT NULL DEFAULT '',
    owner_role   TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);
CREATE TABLE history (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
"""

# Version 2 (2026-12): everything two copies of one assessment need to be merged, several voices
# per question, and a tamper-evident history. Each mergeable item (an answer, a participant's
# answer, a participant, a plan decision, a detail field) carries ``rev``, a random id of its current
# version, with the time and author of the change; removing an item leaves a tombstone
# (``deleted = 1``) so that the removal itself can travel to another copy.
_V2_TABLES: dict[str, str] = {
    "meta": """CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
    "assessment": """CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    uuid          TEXT NOT NULL,
    client        TEXT NOT NULL,
    project       TEXT NOT NULL,
    workshop_date TEXT NOT NULL DEFAULT '',
    facilitator   TEXT NOT NULL DEFAULT '',
    bank_id       TEXT NOT NULL,
    bank_version  TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
)""",
    "details": """CREATE TABLE details (
    field      TEXT PRIMARY KEY CHECK (field IN ('client', 'project', 'workshop_date', 'facilitator', 'currency')),
    rev        TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT ''
)""",
    "participants": """CREATE TABLE participants (
    id           TEXT PRIMARY KEY,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    rev          TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL DEFAULT ''
)""",
    "bank_snapshot": """CREATE TABLE bank_snapshot (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    bank_id  TEXT NOT NULL,
    version  TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    content  TEXT NOT NULL
)""",
    "answers": """CREATE TABLE answers (
    question_id     TEXT PRIMARY KEY,
    value           TEXT,
    note            TEXT NOT NULL DEFAULT '',
    confidence      TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
    answered_by     TEXT NOT NULL DEFAULT '',
    answered_at     TEXT NOT NULL,
    rationale       TEXT NOT NULL DEFAULT '',
    keep_confidence INTEGER NOT NULL DEFAULT 0 CHECK (keep_confidence IN (0, 1)),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    rev             TEXT NOT NULL
)""",
    "participant_answers": """CREATE TABLE participant_answers (
    participant_id TEXT NOT NULL,
    question_id    TEXT NOT NULL,
    value          TEXT,
    note           TEXT NOT NULL DEFAULT '',
    answered_by    TEXT NOT NULL DEFAULT '',
    answered_at    TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    rev            TEXT NOT NULL,
    PRIMARY KEY (participant_id, question_id)
)""",
    "plan_decisions": """CREATE TABLE plan_decisions (
    key          TEXT PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'done')),
    owner        TEXT NOT NULL DEFAULT '',
    due_date     TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    custom       INTEGER NOT NULL DEFAULT 0,
    title        TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL DEFAULT '',
    challenge    TEXT NOT NULL DEFAULT '',
    subchallenge TEXT NOT NULL DEFAULT '',
    phase        INTEGER CHECK (phase IS NULL OR phase BETWEEN 0 AND 3),
    effort       TEXT NOT NULL DEFAULT '',
    cost         TEXT NOT NULL DEFAULT '',
    owner_role   TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    changed_by   TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    rev          TEXT NOT NULL
)""",
    # Append-only and chained: ``hash`` is SHA-256 over ``prev_hash`` and the entry's fields (see
    # storage/history.py), so an edited, removed or reordered entry breaks the chain and ``check``
    # says where. ``entry_id`` identifies an entry across copies (a merge appends the other side's
    # entries it lacks); ``base_rev``/``rev`` are the item versions before and after the change and
    # ``state`` the item after it (JSON), which lets a merge tell who changed what, and the history
    # view restore an earlier answer.
    "history": """CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    entry_id  TEXT NOT NULL UNIQUE,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    target    TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    base_rev  TEXT NOT NULL DEFAULT '',
    rev       TEXT NOT NULL DEFAULT '',
    state     TEXT,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
)""",
    "history_target": "CREATE INDEX history_target ON history (target)",
}

SCHEMA_V2 = "".join(f"{ddl};\n" for ddl in _V2_TABLES.values())

# Version 3 (2026-12-07): the workshop room. An answer records who said its note (``note_by``, a
# participant's name or a name typed in the room) and whether the question was parked for follow-up
# (``parked``, with the one-line ``park_note``); both travel with the answer item when copies merge.
# The timebox agenda is one more detail field ('agenda', its JSON kept in ``meta`` like the currency).
_V3_TABLES: dict[str, str] = {
    **_V2_TABLES,
    "details": """CREATE TABLE details (
    field      TEXT PRIMARY KEY
               CHECK (field IN ('client', 'project', 'workshop_date', 'facilitator', 'currency', 'agenda')),
    rev        TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT ''
)""",
    "answers": """CREATE TABLE answers (
    question_id     TEXT PRIMARY KEY,
    value           TEXT,
    note            TEXT NOT NULL DEFAULT '',
    confidence      TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
    answered_by     TEXT NOT NULL DEFAULT '',
    answered_at     TEXT NOT NULL,
    rationale       TEXT NOT NULL DEFAULT '',
    keep_confidence INTEGER NOT NULL DEFAULT 0 CHECK (keep_confidence IN (0, 1)),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    rev             TEXT NOT NULL,
    note_by         TEXT NOT NULL DEFAULT '',
    parked          INTEGER NOT NULL DEFAULT 0 CHECK (parked IN (0, 1)),
    park_note       TEXT NOT NULL DEFAULT ''
)""",
}

SCHEMA_V3 = "".join(f"{ddl};\n" for ddl in _V3_TABLES.values())

#: The DDL of every released version, for creating and for comparing (the schema verifier).
SCHEMAS: dict[int, str] = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3}

REQUIRED_TABLES = (
    "meta",
    "assessment",
    "details",
    "participants",
    "bank_snapshot",
    "answers",
    "participant_answers",
    "plan_decisions",
    "history",
)

#: The detail fields that are merged one by one. The currency (added by the report work) and the
#: timebox agenda (format 3) live in ``meta`` (keys ``currency``, ``agenda``), the others in ``assessment``.
DETAIL_FIELDS = ("client", "project", "workshop_date", "facilitator", "currency", "agenda")
#: the four the migration from format 1 gives a revision (format 1 knew no currency)
_V1_DETAIL_FIELDS = ("client", "project", "workshop_date", "facilitator")

Migration = Callable[[sqlite3.Connection], None]


def statements(ddl: str) -> list[str]:
    """The statements of a DDL script (no statement of ours holds a ';' inside)."""
    return [s.strip() for s in ddl.split(";") if s.strip()]


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Create the empty tables of ``version`` (the current one unless told) in one transaction."""
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements(SCHEMAS[version]):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(version)}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --------------------------------------------------------------------------------------------
# v1 -> v2


def _stable_id(assessment_uuid: str, *parts: object) -> str:
    """An id derived from the assessment and the content, so two laptops that migrate copies of one
    version-1 file give its unchanged items the same ids and revisions (and a later merge sees them
    as one item, unchanged)."""
    text = json.dumps([assessment_uuid, *parts], ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _participant_id(assessment_uuid: str, position: int, name: str) -> str:
    return str(uuid.UUID(_stable_id(assessment_uuid, "participant", position, name)))


def migrate_v1_to_v2(conn: sqlite3.Connection) -> None:
    """Rebuild the changed tables with the version-2 DDL (so a migrated file has exactly the schema
    a new one has), give each item a revision and each participant an id, and chain the history."""
    from desktop_app.storage.history import chain_hash

    # the record exists: ReadinessDocument._verify refuses a file without it before migrating
    auid, updated = (str(v) for v in conn.execute("SELECT uuid, updated_at FROM assessment WHERE id = 1").fetchone())
    rebuilt = ("assessment", "participants", "answers", "plan_decisions", "history")
    for table in rebuilt:
        conn.execute(f"ALTER TABLE {table} RENAME TO v1_{table}")
    for name, ddl in _V2_TABLES.items():
        if name in rebuilt or name in ("details", "participant_answers", "history_target"):
            conn.execute(ddl)
    conn.execute(
        "INSERT INTO assessment SELECT id, uuid, client, project, workshop_date, facilitator, bank_id, bank_version, "
        "created_at, updated_at FROM v1_assessment"
    )
    conn.executemany(
        "INSERT INTO details (field, rev, changed_at, changed_by) VALUES (?, ?, ?, '')",
        [(f, _stable_id(auid, "detail", f), updated) for f in _V1_DETAIL_FIELDS],
    )
    conn.executemany(
        "INSERT INTO participants (id, position, name, role, organisation, deleted, rev, changed_at, changed_by) "
        "VALUES (?, ?, ?, ?, ?, 0, ?, ?, '')",
        [
            (
                _participant_id(auid, pos, name),
                pos,
                name,
                role,
                org,
                _stable_id(auid, "p", pos, name, role, org),
                updated,
            )
            for pos, name, role, org in conn.execute(
                "SELECT position, name, role, organisation FROM v1_participants ORDER BY position"
            ).fetchall()
        ],
    )
    conn.executemany(
        "INSERT INTO answers (question_id, value, note, confidence, answered_by, answered_at, rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (*r, _stable_id(auid, "answer", *r))
            for r in conn.execute(
                "SELECT question_id, value, note, confidence, answered_by, answered_at FROM v1_answers"
            ).fetchall()
        ],
    )
    plan_columns = (
        "key, status, owner, due_date, note, custom, title, action, challenge, subchallenge, phase, effort, cost, "
        "owner_role, updated_at"
    )
    conn.executemany(
        f"INSERT INTO plan_decisions ({plan_columns}, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*r, _stable_id(auid, "plan", *r)) for r in conn.execute(f"SELECT {plan_columns} FROM v1_plan_decisions")],
    )
    prev = ""
    entries = []
    for hid, at, actor, action, target, detail in conn.execute(
        "SELECT id, at, actor, action, target, detail FROM v1_history ORDER BY id"
    ).fetchall():
        entry_id = _stable_id(auid, "history", hid, at, actor, action, target, detail)
        # a BLOB (a damaged or edited file) is kept as it is and hashed by its hex digits, so the
        # migration completes and ``check`` reports that entry, as it does in a file of this format
        fields = [v.hex() if isinstance(v, bytes) else v for v in (entry_id, at, actor, action, target, detail)]
        digest = chain_hash(prev, (*fields, "", "", None))
        entries.append((hid, entry_id, at, actor, action, target, detail, prev, digest))
        prev = digest
    conn.executemany(
        "INSERT INTO history (id, entry_id, at, actor, action, target, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries,
    )
    for table in rebuilt:
        conn.execute(f"DROP TABLE v1_{table}")


# --------------------------------------------------------------------------------------------
# v2 -> v3


def migrate_v2_to_v3(conn: sqlite3.Connection) -> None:
    """Rebuild ``answers`` and ``details`` with the version-3 DDL (so a migrated file has exactly the
    schema a new one has). Every row keeps its revision: two laptops that migrate copies of one
    version-2 file still see its items as unchanged when they merge."""
    for table in ("answers", "details"):
        conn.execute(f"ALTER TABLE {table} RENAME TO v2_{table}")
        conn.execute(_V3_TABLES[table])
    conn.execute(
        "INSERT INTO answers (question_id, value, note, confidence, answered_by, answered_at, rationale, "
        "keep_confidence, deleted, rev) SELECT question_id, value, note, confidence, answered_by, answered_at, "
        "rationale, keep_confidence, deleted, rev FROM v2_answers"
    )
    conn.execute(
        "INSERT INTO details (field, rev, changed_at, changed_by) SELECT field, rev, changed_at, changed_by "
        "FROM v2_details"
    )
    for table in ("answers", "details"):
        conn.execute(f"DROP TABLE v2_{table}")


#: version n -> the step that upgrades n to n + 1. Version 1 is the first released format.
MIGRATIONS: dict[int, Migration] = {1: migrate_v1_to_v2, 2: migrate_v2_to_v3}
