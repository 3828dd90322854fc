"""The schema of the ``.readiness`` file and its migrations.

``SCHEMA_VERSION`` is stored in ``PRAGMA user_version``; ``APPLICATION_ID`` in
``PRAGMA application_id`` marks the file as ours. ``MIGRATIONS[n]`` upgrades a file from version
``n`` to ``n + 1``; steps run in one transaction after a backup copy has been taken. Documented in
``docs/file-format.md``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

#: "GRP1" (GenAI Readiness Planner) as a big-endian 32-bit integer.
APPLICATION_ID = 0x47525031
SCHEMA_VERSION = 1

#: Answers are keyed by question id now; a later migration can add a participant column and a
#: per-participant table without touching these rows (multi-voice workshops).
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

REQUIRED_TABLES = ("meta", "assessment", "participants", "bank_snapshot", "answers", "plan_decisions", "history")

Migration = Callable[[sqlite3.Connection], None]

#: version n -> the step that upgrades n to n + 1. Version 1 is the first released format.
MIGRATIONS: dict[int, Migration] = {}


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript("BEGIN;" + SCHEMA_V1 + f"PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
