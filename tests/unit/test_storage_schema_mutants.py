"""storage/schema.py: what its mutation run showed no test checked.

The ids and revisions a format-1 file is given when it is migrated are a contract between versions of
the app (two laptops that migrate copies of one file, perhaps with different releases, must give its
unchanged items the same ids: docs/file-format.md, "Format 1"), so they are recomputed here from the
documented recipe and the file's own rows. A failed ``create_schema`` leaves nothing behind and
raises its own error. A damaged format-1 file is refused or reported, never a traceback.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from desktop_app.storage import schema
from desktop_app.storage.connection import connect_memory
from desktop_app.storage.document import DocumentError, ReadinessDocument
from desktop_app.storage.history import GENESIS, chain_hash

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _recipe(*parts: object) -> str:
    """docs/file-format.md's recipe: the first 32 hex digits of the SHA-256 of the UTF-8 JSON list of
    the assessment's uuid, a kind and the row's content, non-ASCII kept as it is."""
    text = json.dumps(list(parts), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _v1_copy(tmp_path: Path, name: str = "old.readiness") -> Path:
    path = tmp_path / name
    shutil.copyfile(FIXTURES / "format-v1.readiness", path)
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def _edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


# -- create_schema ------------------------------------------------------------------------------


def test_a_schema_that_cannot_be_created_leaves_no_table_and_raises_its_own_error():
    conn = connect_memory()
    conn.execute("CREATE TABLE history (x)")  # the last table of every version: the others come first
    with pytest.raises(sqlite3.OperationalError, match="table history already exists"):
        schema.create_schema(conn)
    assert not conn.in_transaction
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["history"]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0


# -- the v1 -> v2 ids and revisions ---------------------------------------------------------------


def test_a_migrated_v1_file_gets_the_ids_and_revisions_of_the_documented_recipe(tmp_path):
    path = _v1_copy(tmp_path)
    ((auid, updated),) = _rows(path, "SELECT uuid, updated_at FROM assessment")
    old_assessment = _rows(path, "SELECT * FROM assessment")
    old_people = _rows(path, "SELECT position, name, role, organisation FROM participants ORDER BY position")
    old_answers = _rows(
        path, "SELECT question_id, value, note, confidence, answered_by, answered_at FROM answers ORDER BY question_id"
    )
    plan_columns = (
        "key, status, owner, due_date, note, custom, title, action, challenge, subchallenge, phase, effort, cost, "
        "owner_role, updated_at"
    )
    old_plan = _rows(path, f"SELECT {plan_columns} FROM plan_decisions ORDER BY key")
    old_history = _rows(path, "SELECT id, at, actor, action, target, detail FROM history ORDER BY id")
    assert any(not p[1].isascii() for p in old_people)  # the recipe keeps non-ASCII: the fixture tests it
    assert any(not a[2].isascii() for a in old_answers)

    with ReadinessDocument.open(path) as doc:
        assert doc.migrated_from == 1

    assert _rows(path, "SELECT * FROM assessment") == old_assessment
    assert _rows(path, "SELECT field, rev, changed_at, changed_by FROM details ORDER BY field") == sorted(
        (f, _recipe(auid, "detail", f), updated, "") for f in ("client", "project", "workshop_date", "facilitator")
    )
    assert _rows(
        path,
        "SELECT id, position, name, role, organisation, deleted, rev, changed_at, changed_by FROM participants "
        "ORDER BY position",
    ) == [
        (
            str(uuid.UUID(_recipe(auid, "participant", pos, name))),
            pos,
            name,
            role,
            org,
            0,
            _recipe(auid, "p", pos, name, role, org),
            updated,
            "",
        )
        for pos, name, role, org in old_people
    ]
    assert _rows(
        path,
        "SELECT question_id, value, note, confidence, answered_by, answered_at, deleted, rev FROM answers "
        "ORDER BY question_id",
    ) == [(*a, 0, _recipe(auid, "answer", *a)) for a in old_answers]
    assert _rows(path, f"SELECT {plan_columns}, deleted, rev FROM plan_decisions ORDER BY key") == [
        (*p, 0, _recipe(auid, "plan", *p)) for p in old_plan
    ]
    expected_history = []
    prev = GENESIS
    for hid, at, actor, action, target, detail in old_history:
        entry_id = _recipe(auid, "history", hid, at, actor, action, target, detail)
        digest = chain_hash(prev, (entry_id, at, actor, action, target, detail, "", "", None))
        expected_history.append((hid, entry_id, at, actor, action, target, detail, "", "", None, prev, digest))
        prev = digest
    assert (
        _rows(
            path,
            "SELECT id, entry_id, at, actor, action, target, detail, base_rev, rev, state, prev_hash, hash "
            "FROM history ORDER BY id",
        )
        == expected_history
    )


def test_the_participant_id_is_the_recipe_as_a_uuid_and_depends_on_the_position():
    first = schema._participant_id("u-1", 0, "Ana Ñúñez")
    assert first == str(uuid.UUID(_recipe("u-1", "participant", 0, "Ana Ñúñez")))
    assert (
        len({first, schema._participant_id("u-1", 1, "Ana Ñúñez"), schema._participant_id("u-2", 0, "Ana Ñúñez")}) == 3
    )


# -- damaged format-1 files -----------------------------------------------------------------------


@pytest.mark.parametrize("readonly", [True, False])
def test_a_v1_file_without_its_assessment_record_is_refused_before_it_is_migrated(tmp_path, readonly):
    path = _v1_copy(tmp_path)
    _edit(path, "DELETE FROM assessment")
    before = path.read_bytes()
    with pytest.raises(DocumentError, match=r"^old\.readiness is damaged: it holds no assessment record\.$"):
        ReadinessDocument.open(path, readonly=readonly)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.readiness"]  # no migration backup either


@pytest.mark.parametrize("readonly", [True, False])
def test_a_v1_history_entry_holding_a_blob_is_migrated_and_reported_as_the_current_format_does(tmp_path, readonly):
    path = _v1_copy(tmp_path)
    _edit(path, "UPDATE history SET detail = X'00ff' WHERE id = 2")
    with ReadinessDocument.open(path, readonly=readonly) as doc:
        assert doc.migrated_from == 1
        assert doc.assessment().answers["data.collection.main"].value == "weak"
        chain = doc.verify_history()
        assert (chain.broken_at, chain.problem) == (2, "history entry 2 holds a value of the wrong type")
        assert doc.check()["ok"] is False


def test_two_copies_of_a_v1_file_with_a_blob_in_its_history_still_migrate_to_one_set_of_ids(tmp_path):
    entries = []
    for name in ("a.readiness", "b.readiness"):
        path = _v1_copy(tmp_path, name)
        _edit(path, "UPDATE history SET detail = X'00ff' WHERE id = 2")
        with ReadinessDocument.open(path):
            pass
        entries.append(_rows(path, "SELECT entry_id, detail, prev_hash, hash FROM history ORDER BY id"))
    assert entries[0] == entries[1]
    assert entries[0][1][1] == b"\x00\xff"  # kept as it was: the damage stays visible to `check`
