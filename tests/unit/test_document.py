"""The .readiness file: creation, every change committed, defensive opening, locks, migration, copies."""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Participant, PlanDecision
from desktop_app.storage import schema
from desktop_app.storage.document import DocumentError, ReadinessDocument, run_migrations
from desktop_app.storage.lock import lock_path_for

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture()
def doc_path(tmp_path, mini_bank) -> Path:
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(
        path,
        client="Northbridge",
        project="Imaging",
        bank=mini_bank,
        workshop_date="2026-11-12",
        facilitator="A. Consultant",
        participants=[Participant("Dana", "CIO", "Northbridge")],
    ).close()
    return path


def test_new_file_has_our_identity_and_single_file_journal(doc_path):
    conn = sqlite3.connect(doc_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_details_and_bank_snapshot_round_trip(doc_path, mini_bank):
    with ReadinessDocument.open(doc_path) as doc:
        a = doc.assessment()
        assert (a.client, a.project, a.workshop_date, a.facilitator) == (
            "Northbridge",
            "Imaging",
            "2026-11-12",
            "A. Consultant",
        )
        assert a.participants == (Participant("Dana", "CIO", "Northbridge"),)
        assert doc.bank.sha256 == mini_bank.sha256


def test_each_answer_is_in_the_file_when_made(doc_path):
    with ReadinessDocument.open(doc_path) as doc:
        doc.set_answer(Answer("data.collection.main", "weak", note="Only one site", confidence="low"))
        # a second, independent connection sees it at once: nothing waits for a save
        other = sqlite3.connect(doc_path)
        row = other.execute("SELECT value, note, confidence FROM answers").fetchone()
        other.close()
    assert row == ('"weak"', "Only one site", "low")


def test_answers_plan_and_history_survive_reopen(doc_path):
    with ReadinessDocument.open(doc_path) as doc:
        doc.set_answer(Answer("data.preprocessing.sources", ["licensed", "scraped"]))
        doc.set_answer(Answer("compute.cost.requests", 12000))
        doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Sam", due_date="2027-01-31"))
        key = doc.next_custom_key()
        doc.set_plan_decision(PlanDecision(key, custom=True, title="Extra", challenge="data", phase=2))
    with ReadinessDocument.open(doc_path) as doc:
        a = doc.assessment()
        assert a.answers["data.preprocessing.sources"].value == ["licensed", "scraped"]
        assert a.answers["compute.cost.requests"].value == 12000
        assert a.plan["MIT-T-001"].owner == "Sam"
        assert a.plan[key].custom and a.plan[key].phase == 2
        assert [h.action for h in doc.history(3)] == ["plan", "plan", "answer"]


def test_failed_import_changes_nothing(doc_path):
    with ReadinessDocument.open(doc_path) as doc:
        doc.set_answer(Answer("data.collection.main", "good"))
        with pytest.raises(DocumentError):
            doc.import_all([Answer("data.collection.main", "none"), Answer("no.such.question", "x")])
        assert doc.assessment().answers["data.collection.main"].value == "good"


def test_error_inside_a_transaction_rolls_back(doc_path):
    with ReadinessDocument.open(doc_path) as doc:
        with pytest.raises(RuntimeError), doc.transaction() as c:
            c.execute("DELETE FROM participants")
            raise RuntimeError("power cut")
        assert len(doc.assessment().participants) == 1


def test_creating_over_an_existing_file_is_refused(doc_path, mini_bank):
    with pytest.raises(DocumentError, match="already exists"):
        ReadinessDocument.create(doc_path, client="X", project="Y", bank=mini_bank)


def test_failed_create_leaves_no_file(tmp_path, mini_bank):
    with pytest.raises(DocumentError):
        ReadinessDocument.create(tmp_path / "x.readiness", client=" ", project="Y", bank=mini_bank)
    assert list(tmp_path.iterdir()) == []


# -- defensive opening ---------------------------------------------------------------------


def _refused(path: Path) -> str:
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.open(path)
    return str(err.value)


def test_empty_file_is_refused(tmp_path):
    p = tmp_path / "empty.readiness"
    p.write_bytes(b"")
    assert "is empty" in _refused(p)


def test_random_bytes_are_refused(tmp_path):
    p = tmp_path / "noise.readiness"
    p.write_bytes(os.urandom(4096))
    assert "not a GenAI Readiness Planner assessment" in _refused(p)


def test_other_programs_sqlite_is_refused(tmp_path):
    p = tmp_path / "foreign.readiness"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "database of another program" in _refused(p)


def test_newer_file_is_refused_with_update_advice(doc_path):
    conn = sqlite3.connect(doc_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert "newer version" in _refused(doc_path) and "Update" in _refused(doc_path)


def test_truncated_file_is_refused(doc_path):
    data = doc_path.read_bytes()
    doc_path.write_bytes(data[: len(data) // 2])
    assert "damaged" in _refused(doc_path)


def test_corrupted_page_is_refused(doc_path):
    data = bytearray(doc_path.read_bytes())
    page_size = struct.unpack(">H", data[16:18])[0]
    for i in range(page_size * 2, min(len(data), page_size * 3)):
        data[i] = 0xA5
    doc_path.write_bytes(bytes(data))
    assert "damaged" in _refused(doc_path)


def test_missing_file_and_folder_are_refused(tmp_path):
    assert "does not exist" in _refused(tmp_path / "nope.readiness")
    assert "is a folder" in _refused(tmp_path)


def test_hostile_trigger_in_received_file_does_not_run(doc_path):
    """A received file with a trigger calling a function is refused at open, before it can run."""
    conn = sqlite3.connect(doc_path)
    conn.execute(
        "CREATE TRIGGER evil AFTER INSERT ON answers BEGIN "
        "INSERT INTO history (at, action) VALUES (load_extension('x'), 'x'); END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(DocumentError, match="trigger 'evil'"):
        ReadinessDocument.open(doc_path)


# -- concurrent use -----------------------------------------------------------------------


def test_second_open_is_read_only_and_says_why(doc_path):
    first = ReadinessDocument.open(doc_path)
    try:
        second = ReadinessDocument.open(doc_path)
        assert second.readonly and "already open" in second.readonly_reason
        with pytest.raises(DocumentError, match="read-only"):
            second.set_answer(Answer("data.collection.main", "good"))
        second.close()
    finally:
        first.close()
    third = ReadinessDocument.open(doc_path)
    assert not third.readonly
    third.close()
    assert not lock_path_for(doc_path).exists()


def test_write_protected_file_opens_read_only(doc_path, monkeypatch):
    # CI runs as root, which may write anything: stand in for the permission check instead of chmod
    from desktop_app.storage import document

    monkeypatch.setattr(document.os, "access", lambda path, mode: False)
    with ReadinessDocument.open(doc_path) as doc:
        assert doc.readonly and "write-protected" in doc.readonly_reason


# -- copies and migration -------------------------------------------------------------------


def test_save_copy_is_a_complete_independent_file(doc_path, tmp_path):
    with ReadinessDocument.open(doc_path) as doc:
        doc.set_answer(Answer("data.collection.main", "fair"))
        copy = doc.save_copy(tmp_path / "copy.readiness")
        doc.set_answer(Answer("data.collection.main", "none"))
    with ReadinessDocument.open(copy) as c:
        assert c.assessment().answers["data.collection.main"].value == "fair"


def test_fixture_of_every_released_version_opens():
    fixtures = sorted(FIXTURES.glob("format-v*.readiness"))
    assert [f.name for f in fixtures] == [f"format-v{v}.readiness" for v in range(1, schema.SCHEMA_VERSION + 1)]
    for f in fixtures:
        with ReadinessDocument.open(f, readonly=True) as doc:
            a = doc.assessment()
            assert a.client and a.answers
            assert doc.check()["ok"]


def test_migration_takes_a_backup_then_upgrades(doc_path, monkeypatch):
    """An older file is copied aside before its schema is upgraded in one transaction."""
    conn = sqlite3.connect(doc_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    calls = []

    def step(c: sqlite3.Connection) -> None:
        calls.append(True)
        c.execute("ALTER TABLE answers ADD COLUMN participant TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {schema.SCHEMA_VERSION - 1: step})
    with ReadinessDocument.open(doc_path) as doc:
        assert doc.migrated_from == schema.SCHEMA_VERSION - 1
        assert doc.backup_path is not None and doc.backup_path.exists()
        cols = [r[1] for r in doc._conn.execute("PRAGMA table_info(answers)")]
        assert "participant" in cols
    assert calls == [True]
    old = sqlite3.connect(doc.backup_path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION - 1
    old.close()


def test_failed_migration_leaves_the_file_as_it_was(doc_path):
    conn = sqlite3.connect(doc_path, isolation_level=None)

    def bad_step(c: sqlite3.Connection) -> None:
        c.execute("DROP TABLE history")
        raise RuntimeError("step failed")

    version = schema.SCHEMA_VERSION
    with pytest.raises(RuntimeError):
        run_migrations(conn, version, steps={version: bad_step}, to_version=version + 1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = 'history'").fetchone()[0] == 1
    conn.close()


def test_read_only_open_of_older_file_migrates_in_memory_only(doc_path, monkeypatch):
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {schema.SCHEMA_VERSION - 1: lambda c: None})
    before = doc_path.read_bytes()
    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        assert doc.migrated_from == schema.SCHEMA_VERSION - 1
        assert doc.assessment().client == "Northbridge"
    assert doc_path.read_bytes() == before


def test_create_from_export_builds_the_sample(tmp_path):
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    with create_from_export(resource_path("samples", "financial-fraud-detection.json"), tmp_path / "f.readiness") as d:
        a = d.assessment()
        assert a.client == "Northfold Bank" and len(a.answers) > 100 and a.plan and a.participants
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.readiness"]


def test_create_from_a_bad_export_leaves_nothing_behind(tmp_path):
    from desktop_app.core.errors import InputError
    from desktop_app.storage.document import create_from_export

    bad = tmp_path / "bad.json"
    bad.write_text('{"answers": [{"question": "data.collection.provenance", "value": "nope"}]}')
    with pytest.raises(InputError, match="'nope' is not an option"):
        create_from_export(bad, tmp_path / "out.readiness")
    bad.write_text("{broken")
    with pytest.raises(DocumentError, match="not a valid export"):
        create_from_export(bad, tmp_path / "out.readiness")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_create_from_export_refuses_to_replace_unless_asked(doc_path):
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    sample = resource_path("samples", "healthcare-synthetic-imaging.json")
    with pytest.raises(DocumentError, match="already exists"):
        create_from_export(sample, doc_path)
    create_from_export(sample, doc_path, overwrite=True).close()
    with ReadinessDocument.open(doc_path) as d:
        assert d.assessment().client == "Northbridge Health Partners"
