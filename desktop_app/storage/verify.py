"""Compare a file's schema with the one this application creates for the file's version.

SQLite runs a file's triggers, views, virtual tables and expression indexes with the rights of
whoever writes or reads it, and ``trusted_schema=OFF`` does not stop a trigger's plain SQL. So a
file from elsewhere is trusted only when every object in its ``sqlite_master`` is one that
``schema.create_schema`` (or the migrations) would have made for that version: same type, name,
table and SQL text (whitespace aside). The expected schema is built in memory from the app's own DDL,
so a new table or migration needs no change here. Reading ``sqlite_master`` runs nothing the file
brings: SQLite only parses the statements.
"""

from __future__ import annotations

import functools
import re
import sqlite3

from desktop_app.storage import schema
from desktop_app.storage.connection import connect_memory

SchemaObject = tuple[str, str, str, str]

_KINDS = {"table": "table", "index": "index", "trigger": "trigger", "view": "view"}


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def schema_objects(conn: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Every object in the file's schema as (type, name, table, normalised SQL)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((str(t), str(n), str(tb), _normal(s)) for t, n, tb, s in rows)


@functools.lru_cache(maxsize=8)
def expected_objects(version: int) -> frozenset[SchemaObject] | None:
    """The objects the app creates for ``version``; None for a version it never released."""
    mem = connect_memory()
    try:
        if version == schema.SCHEMA_VERSION:
            schema.create_schema(mem)
        else:
            ddl = getattr(schema, "SCHEMAS", {}).get(version)
            if not isinstance(ddl, str):
                return None
            mem.executescript(ddl)
        return schema_objects(mem)
    finally:
        mem.close()


def _describe(obj: SchemaObject) -> str:
    kind, name, table, sql = obj
    if kind == "table" and sql.upper().startswith("CREATE VIRTUAL TABLE"):
        kind = "virtual table"
    on = f" on {table}" if kind in ("index", "trigger") and table != name else ""
    return f"{_KINDS.get(kind, kind)} {name!r}{on}"


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What differs from the app's schema for ``version``, in words; empty when it is the same."""
    expected = expected_objects(version)
    if expected is None:
        return [f"file format {version} was never written by this application"]
    actual = schema_objects(conn)
    problems: list[str] = []
    expected_names = {(o[0], o[1]): o for o in expected}
    for obj in sorted(actual - expected):
        if (obj[0], obj[1]) in expected_names:
            problems.append(f"{_describe(obj)} is defined differently")
        else:
            problems.append(f"unexpected {_describe(obj)}")
    actual_names = {(o[0], o[1]) for o in actual}
    missing = [o for o in sorted(expected - actual) if (o[0], o[1]) not in actual_names]
    missing_tables = {o[1] for o in missing if o[0] == "table"}
    # an index of a missing table is not worth a second mention
    problems.extend(f"missing {_describe(o)}" for o in missing if o[0] == "table" or o[2] not in missing_tables)
    return problems
