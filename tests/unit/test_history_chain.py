"""The tamper-evident history (storage/history.py) in process: each kind of break named at its entry.

The command line's test (tests/e2e/test_history_cli.py) shows one break through a subprocess; these
check every rule of the chain where a mutation test can see them (docs/testing.md).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.storage.connection import connect
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.history import GENESIS, ChainReport, chain_hash, last_hash, missing_changes, verify_chain


@pytest.fixture()
def chained(tmp_path, mini_bank) -> Path:
    path = tmp_path / "a.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        for value in ("good", "fair", "weak"):
            doc.set_answer(Answer("data.collection.main", value))
    return path


def _conn(path: Path) -> sqlite3.Connection:
    return connect(path)


def _ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM history ORDER BY id")]


def test_an_intact_chain_counts_its_entries_and_ends_at_the_last_hash(chained):
    conn = _conn(chained)
    report = verify_chain(conn)
    ids = _ids(conn)
    assert report == ChainReport(len(ids)) and report.ok and len(ids) >= 4
    assert last_hash(conn) == conn.execute("SELECT hash FROM history ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()


def test_the_hash_covers_the_previous_hash_and_every_field_in_order():
    fields = ["e1", "2026-12-07T10:00:00+00:00", "Jo", "answer", "q", "détail", "", "r1", None]
    payload = json.dumps(["prev", *fields], ensure_ascii=False, separators=(",", ":"))
    assert chain_hash("prev", fields) == hashlib.sha256(payload.encode("utf-8")).hexdigest()
    assert chain_hash("prev", fields) != chain_hash("other", fields)
    assert chain_hash("prev", fields) != chain_hash("prev", [*fields[:5], "detail", *fields[6:]])


def test_an_edited_entry_is_named_as_changed(chained):
    conn = _conn(chained)
    second = _ids(conn)[1]
    conn.execute("UPDATE history SET detail = 'rewritten' WHERE id = ?", (second,))
    report = verify_chain(conn)
    assert (report.broken_at, report.problem) == (second, f"history entry {second} was changed after it was written")
    assert report.entries == 2 and not report.ok  # it stops at the first break
    conn.close()


def test_a_removed_entry_breaks_the_link_of_the_one_after_it(chained):
    conn = _conn(chained)
    ids = _ids(conn)
    conn.execute("DELETE FROM history WHERE id = ?", (ids[1],))
    report = verify_chain(conn)
    assert (report.broken_at, report.problem) == (ids[2], f"history entry {ids[2]} does not follow the entry before it")
    assert report.entries == 2  # the first entry, then the one that does not follow it
    conn.close()


@pytest.mark.parametrize("column", ["actor", "rev", "state"])
def test_an_entry_holding_a_value_of_the_wrong_type_is_named(chained, column):
    conn = _conn(chained)
    first = _ids(conn)[0]
    conn.execute(f"UPDATE history SET {column} = ? WHERE id = ?", (b"7", first))  # a blob: no TEXT affinity for it
    report = verify_chain(conn)
    assert (report.broken_at, report.problem) == (first, f"history entry {first} holds a value of the wrong type")
    assert report.entries == 1
    conn.close()


def test_an_entry_whose_state_is_empty_still_fits(chained):
    """``state`` may be NULL (entries that are not an item's change); every other field is text."""
    conn = _conn(chained)
    nulls = conn.execute("SELECT count(*) FROM history WHERE state IS NULL").fetchone()[0]
    assert nulls >= 1 and verify_chain(conn).ok
    conn.close()


def test_an_empty_history_starts_from_the_genesis(tmp_path):
    conn = connect(tmp_path / "x.db", create=True)
    conn.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, hash TEXT)")
    assert last_hash(conn) == GENESIS == ""
    conn.close()


def test_the_newest_changes_removed_are_found_by_the_items_current_revisions():
    chain = ChainReport(9)
    recorded = {f"answer:q{i}": frozenset({"old"}) for i in range(7)} | {"answer:ok": frozenset({"r"})}
    current = {f"answer:q{i}": "new" for i in range(7)} | {"answer:ok": "r", "answer:legacy": "x", "answer:q9": ""}
    report = missing_changes(chain, current, recorded)
    assert report.missing == tuple(sorted(f"answer:q{i}" for i in range(7)))
    assert report.entries == 9 and report.broken_at is None and not report.ok
    assert report.problem == (
        "the newest change of 7 item(s) (answer:q0, answer:q1, answer:q2, answer:q3, answer:q4, …) is missing "
        "from the history: entries were removed"
    )
    five = missing_changes(chain, {f"answer:q{i}": "new" for i in range(5)}, recorded)
    assert five.problem.startswith(
        "the newest change of 5 item(s) (answer:q0, answer:q1, answer:q2, answer:q3, answer:q4) "
    )
    six = missing_changes(chain, {f"answer:q{i}": "new" for i in range(6)}, recorded)
    assert "(answer:q0, answer:q1, answer:q2, answer:q3, answer:q4, …)" in six.problem
    two = missing_changes(chain, {"answer:q0": "new", "answer:q1": "new"}, recorded)
    assert two.problem.startswith("the newest change of 2 item(s) (answer:q0, answer:q1) is missing")
    assert missing_changes(chain, {"answer:ok": "r"}, recorded) is chain  # nothing missing: unchanged
    broken = ChainReport(3, 2, "history entry 2 was changed after it was written")
    assert missing_changes(broken, current, recorded) is broken  # a broken chain is said first
