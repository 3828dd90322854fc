"""The schema check's words (storage/verify.py): what differs, named by kind, name and table.

The refusal itself is tested in tests/robustness/test_schema_objects.py; these tests pin what the
user reads in the refusal (document.py shows the first three problems), which mutation testing
found unchecked: a foreign trigger or index must say which table it sits on, a virtual table must
be called one, a changed object must be "defined differently" rather than "unexpected" plus
"missing", and a missing table's indexes are not listed again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage import schema
from desktop_app.storage.verify import schema_differences


@pytest.fixture()
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(tmp_path / "f.readiness")
    schema.create_schema(c)
    c.commit()
    yield c
    c.close()


def _after(conn: sqlite3.Connection, *sql: str) -> list[str]:
    for statement in sql:
        conn.execute(statement)
    return schema_differences(conn, schema.SCHEMA_VERSION)


def test_the_apps_own_schema_has_no_differences(conn: sqlite3.Connection) -> None:
    assert _after(conn) == []


def test_a_foreign_trigger_names_its_table(conn: sqlite3.Connection) -> None:
    trigger = "CREATE TRIGGER rewrite AFTER INSERT ON history BEGIN UPDATE answers SET note = 'x'; END"
    assert _after(conn, trigger) == ["unexpected trigger 'rewrite' on history"]


def test_a_foreign_index_names_its_table(conn: sqlite3.Connection) -> None:
    assert _after(conn, "CREATE INDEX by_note ON answers (note)") == ["unexpected index 'by_note' on answers"]


def test_a_view_and_a_table(conn: sqlite3.Connection) -> None:
    assert _after(conn, "CREATE VIEW everything AS SELECT * FROM answers", "CREATE TABLE extra (x)") == [
        "unexpected table 'extra'",
        "unexpected view 'everything'",
    ]


def test_a_virtual_table_is_called_one(conn: sqlite3.Connection) -> None:
    problems = _after(conn, "CREATE VIRTUAL TABLE search USING fts4(note)")
    assert "unexpected virtual table 'search'" in problems
    # its shadow tables are ordinary tables
    assert "unexpected table 'search_content'" in problems


def test_a_changed_table_is_defined_differently(conn: sqlite3.Connection) -> None:
    assert _after(conn, "ALTER TABLE answers ADD COLUMN secret TEXT") == ["table 'answers' is defined differently"]


def test_a_changed_index_is_defined_differently_not_unexpected_and_missing(conn: sqlite3.Connection) -> None:
    problems = _after(conn, "DROP INDEX history_target", "CREATE INDEX history_target ON history (at)")
    assert problems == ["index 'history_target' on history is defined differently"]


def test_a_rebuilt_table_misses_its_index(conn: sqlite3.Connection) -> None:
    problems = _after(conn, "DROP TABLE history", "CREATE TABLE history (id, at, actor, action, target, detail)")
    assert problems == [
        "table 'history' is defined differently",
        "missing index 'history_target' on history",
        "missing index 'sqlite_autoindex_history_1' on history",  # its UNIQUE constraint went too
    ]


def test_a_missing_table_is_named_once_without_its_index(conn: sqlite3.Connection) -> None:
    assert _after(conn, "DROP TABLE history") == ["missing table 'history'"]
