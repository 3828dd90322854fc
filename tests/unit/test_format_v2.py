"""File format 2: the v1 -> v2 migration, tombstones, ids, unanswered notes, voices, the chained history."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.scoring import score
from desktop_app.storage import items, schema
from desktop_app.storage.connection import connect_memory
from desktop_app.storage.document import ReadinessDocument

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _schema_objects(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return sorted(
        (r[0], r[1], r[2])
        for r in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    )


def _copy(name: str, tmp_path: Path, as_name: str | None = None) -> Path:
    target = tmp_path / (as_name or name)
    shutil.copyfile(FIXTURES / name, target)
    return target


@pytest.fixture()
def v1_file(tmp_path: Path) -> Path:
    return _copy("format-v1.readiness", tmp_path)


def test_every_fixture_has_exactly_the_schema_this_app_creates_for_its_version():
    for version in range(1, schema.SCHEMA_VERSION + 1):
        fresh = connect_memory()
        schema.create_schema(fresh, version)
        stored = sqlite3.connect(FIXTURES / f"format-v{version}.readiness")
        assert _schema_objects(stored) == _schema_objects(fresh), version
        assert stored.execute("PRAGMA user_version").fetchone()[0] == version
        stored.close()


def test_v1_file_migrates_to_the_schema_of_a_new_file_keeping_every_row(v1_file):
    raw = sqlite3.connect(v1_file)
    old_answers = sorted(raw.execute("SELECT question_id, value, note, confidence, answered_at FROM answers"))
    old_people = raw.execute("SELECT name, role, organisation FROM participants ORDER BY position").fetchall()
    old_plan = raw.execute("SELECT key, status, owner, due_date FROM plan_decisions").fetchall()
    old_history = raw.execute("SELECT at, actor, action, target, detail FROM history ORDER BY id").fetchall()
    raw.close()
    with ReadinessDocument.open(v1_file) as doc:
        assert doc.migrated_from == 1 and doc.backup_path is not None and doc.backup_path.exists()
        a = doc.assessment()
        new_answers = sorted(
            (q, items.encode_value(x.value), x.note, x.confidence, x.answered_at) for q, x in a.answers.items()
        )
        assert new_answers == old_answers
        assert [(p.name, p.role, p.organisation) for p in a.participants] == old_people
        assert all(len(p.id) == 36 for p in a.participants)
        assert [(k, d.status, d.owner, d.due_date) for k, d in a.plan.items()] == old_plan
        assert [(h.at, h.actor, h.action, h.target, h.detail) for h in reversed(doc.history())] == old_history
        assert doc.verify_history().ok and doc.check()["ok"]
        fresh = connect_memory()
        schema.create_schema(fresh)
        assert _schema_objects(doc._conn) == _schema_objects(fresh)
    backup = sqlite3.connect(doc.backup_path)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    backup.close()


def test_two_laptops_migrating_one_v1_file_give_its_items_the_same_ids_and_revisions(tmp_path):
    first = _copy("format-v1.readiness", tmp_path, "laptop-a.readiness")
    second = _copy("format-v1.readiness", tmp_path, "laptop-b.readiness")
    rows = []
    for path in (first, second):
        with ReadinessDocument.open(path):
            pass
        conn = sqlite3.connect(path)
        rows.append(
            (
                conn.execute("SELECT id, rev FROM participants ORDER BY id").fetchall(),
                conn.execute("SELECT question_id, rev FROM answers ORDER BY question_id").fetchall(),
                conn.execute("SELECT key, rev FROM plan_decisions ORDER BY key").fetchall(),
                conn.execute("SELECT entry_id FROM history ORDER BY id").fetchall(),
            )
        )
        conn.close()
    assert rows[0] == rows[1]
    assert all(r for r in rows[0])


def test_read_only_open_of_a_v1_file_migrates_in_memory_and_leaves_it_byte_identical(v1_file):
    before = v1_file.read_bytes()
    with ReadinessDocument.open(v1_file, readonly=True) as doc:
        assert doc.migrated_from == 1
        assert doc.assessment().answers["data.collection.main"].value == "weak"
    assert v1_file.read_bytes() == before


def test_v2_fixture_holds_what_format_2_adds(tmp_path):
    path = _copy("format-v2.readiness", tmp_path)
    with ReadinessDocument.open(path) as doc:
        assert doc.migrated_from == 2  # format 3 came later: opening for editing migrates it
        a = doc.assessment()
        assert "data.privacy.main" not in a.answers
        assert a.unanswered["data.privacy.main"].note == "Ask the DPO first"
        assert a.record("data.privacy.main") is a.unanswered["data.privacy.main"]
        assert "compute.cost.main" not in a.answers and "compute.cost.main" not in a.unanswered
        assert "MIT-T-002" not in a.plan
        custom = [k for k, d in a.plan.items() if d.custom]
        assert len(custom) == 1 and custom[0].startswith("CUSTOM-") and len(custom[0]) == len("CUSTOM-") + 12
        voices = a.voices["data.collection.main"]
        assert sorted(v.value for v in voices) == ["good", "weak"]
        assert doc.check()["ok"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT deleted, value FROM answers WHERE question_id = 'compute.cost.main'").fetchone() == (
        1,
        None,
    )
    assert conn.execute("SELECT deleted FROM plan_decisions WHERE key = 'MIT-T-002'").fetchone() == (1,)
    conn.close()


@pytest.fixture()
def doc(tmp_path, mini_bank):
    d = ReadinessDocument.create(
        tmp_path / "a.readiness",
        client="Northbridge",
        project="Imaging",
        bank=mini_bank,
        facilitator="A. Consultant",
        participants=[Participant("Dana", "CIO"), Participant("Eli", "DPO")],
    )
    yield d
    d.close()


def test_a_note_without_an_answer_is_kept_and_not_scored(doc, mini_bank):
    before = score(mini_bank, doc.assessment())
    doc.set_answer(Answer("data.collection.main", None, note="Ask the data team", confidence="low"))
    a = doc.assessment()
    assert a.record("data.collection.main").note == "Ask the data team"
    assert "data.collection.main" not in a.answers and "data.collection.main" not in a.values()
    assert score(mini_bank, a) == before
    doc.set_answer(Answer("data.collection.main", "weak", note="Ask the data team"))
    a = doc.assessment()
    assert a.answers["data.collection.main"].value == "weak" and not a.unanswered


def test_clearing_leaves_a_tombstone_and_a_history_entry(doc):
    doc.set_answer(Answer("data.collection.main", "weak", note="n"))
    doc.clear_answer("data.collection.main")
    assert doc.assessment().record("data.collection.main") is None
    row = doc._conn.execute("SELECT deleted, value, note FROM answers").fetchone()
    assert row == (1, None, "")
    newest = doc.history(1)[0]
    assert (newest.action, newest.target) == ("clear answer", "answer:data.collection.main")
    entries = doc.history(target=items.answer_key("data.collection.main"))
    assert [e.action for e in entries] == ["clear answer", "answer"]
    assert entries[0].base_rev == entries[1].rev


def test_every_change_records_its_author(doc):
    doc.set_answer(Answer("data.collection.main", "weak"))
    assert doc.history(1)[0].actor == "A. Consultant"  # no actor set: the facilitator
    doc.actor = "Fran Facilitator"
    stored = doc.set_answer(Answer("data.preprocessing.main", "good"))
    assert stored.answered_by == "" and doc.history(1)[0].actor == "Fran Facilitator"
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted"))
    assert doc.assessment().plan["MIT-T-001"].changed_by == "Fran Facilitator"


def test_an_import_keeps_the_answer_times_it_carries(doc):
    doc.import_all(
        [Answer("data.collection.main", "weak", answered_by="Dana", answered_at="2026-10-01T09:00:00+00:00")]
    )
    stored = doc.assessment().answers["data.collection.main"]
    assert (stored.answered_by, stored.answered_at) == ("Dana", "2026-10-01T09:00:00+00:00")


def test_custom_action_keys_differ_between_two_copies(doc, tmp_path):
    copy = ReadinessDocument.open(doc.save_copy(tmp_path / "b.readiness"))
    try:
        assert doc.next_custom_key() != copy.next_custom_key()
    finally:
        copy.close()


def test_participants_keep_their_ids_through_edits_and_removals_leave_tombstones(doc):
    dana, eli = doc.assessment().participants
    doc.set_participants([Participant("Eli", "DPO"), Participant("Dana", "CTO"), Participant("Gus")])
    after = doc.assessment().participants
    assert [p.name for p in after] == ["Eli", "Dana", "Gus"]
    assert (after[0].id, after[1].id) == (eli.id, dana.id) and after[1].role == "CTO"
    doc.set_participants([after[1]])
    assert [p.id for p in doc.assessment().participants] == [dana.id]
    deleted = doc._conn.execute("SELECT COUNT(*) FROM participants WHERE deleted = 1").fetchone()[0]
    assert deleted == 2


def test_participants_own_answers_are_stored_beside_the_agreed_one(doc):
    dana, eli = doc.assessment().participants
    doc.set_participant_answer(ParticipantAnswer(dana.id, "data.collection.main", "weak"))
    doc.set_participant_answer(ParticipantAnswer(eli.id, "data.collection.main", "good"))
    doc.clear_participant_answer(eli.id, "data.collection.main")
    a = doc.assessment()
    assert [(v.participant_id, v.value) for v in a.voices["data.collection.main"]] == [(dana.id, "weak")]
    assert "data.collection.main" not in a.answers


def test_the_history_chain_reveals_an_edited_entry(doc):
    doc.set_answer(Answer("data.collection.main", "weak"))
    doc.set_answer(Answer("data.collection.main", "good"))
    assert doc.verify_history().ok
    raw = sqlite3.connect(doc.path, isolation_level=None)
    target = raw.execute("SELECT id FROM history WHERE detail = '\"weak\"'").fetchone()[0]
    raw.execute("UPDATE history SET actor = 'someone else' WHERE id = ?", (target,))
    raw.close()
    report = doc.check()
    assert not report["ok"] and not report["history"]["chain_intact"]
    assert f"entry {target} was changed" in report["history"]["problem"]


def test_the_history_chain_reveals_a_removed_entry(doc):
    doc.set_answer(Answer("data.collection.main", "weak"))
    doc.set_answer(Answer("data.collection.main", "good"))
    doc.set_answer(Answer("data.collection.main", "fair"))
    raw = sqlite3.connect(doc.path, isolation_level=None)
    second_last = raw.execute("SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET 1").fetchone()[0]
    raw.execute("DELETE FROM history WHERE id = ?", (second_last,))
    raw.close()
    report = doc.verify_history()
    assert not report.ok and report.broken_at == second_last + 1
