"""File format 3: who said a note, parked questions and the timebox agenda; the v2 -> v3 migration."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Participant
from desktop_app.core.merge import MergeRefused
from desktop_app.storage import schema
from desktop_app.storage.connection import connect_memory
from desktop_app.storage.document import DocumentError, ReadinessDocument
from desktop_app.storage.merging import merge_into

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _objects(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return sorted(
        (r[0], r[1], r[2])
        for r in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    )


def _copy(name: str, tmp_path: Path, as_name: str | None = None) -> Path:
    target = tmp_path / (as_name or name)
    shutil.copyfile(FIXTURES / name, target)
    return target


def test_v2_fixture_migrates_to_the_v3_schema_keeping_every_row_and_revision(tmp_path):
    path = _copy("format-v2.readiness", tmp_path)
    raw = sqlite3.connect(path)
    before = sorted(raw.execute("SELECT question_id, value, note, confidence, deleted, rev FROM answers"))
    details = sorted(raw.execute("SELECT field, rev, changed_at FROM details"))
    raw.close()
    with ReadinessDocument.open(path) as doc:
        assert doc.migrated_from == 2 and doc.backup_path is not None and doc.backup_path.exists()
        assert (
            sorted(doc._conn.execute("SELECT question_id, value, note, confidence, deleted, rev FROM answers"))
            == before
        )
        assert sorted(doc._conn.execute("SELECT field, rev, changed_at FROM details")) == details
        assert doc._conn.execute("SELECT DISTINCT note_by, parked, park_note FROM answers").fetchall() == [("", 0, "")]
        fresh = connect_memory()
        schema.create_schema(fresh)
        assert _objects(doc._conn) == _objects(fresh)
        a = doc.assessment()
        assert a.unanswered["data.privacy.main"].note == "Ask the DPO first"
        assert not a.agenda.is_set
        assert doc.check()["ok"] and doc.verify_history().ok
    backup = sqlite3.connect(doc.backup_path)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
    backup.close()


def test_v3_fixture_holds_what_format_3_adds():
    with ReadinessDocument.open(FIXTURES / "format-v3.readiness", readonly=True) as doc:
        assert doc.migrated_from is None
        a = doc.assessment()
        assert a.answers["data.preprocessing.main"].note_by == "Ana Ñúñez"
        parked = a.record("compute.cost.main")
        assert parked is not None and parked.value is None
        assert parked.parked and parked.park_note == "Finance to confirm the budget"
        assert a.agenda.minutes == {"data": 20, "compute": 10} and a.agenda.spent("data") == 300


@pytest.fixture()
def doc(tmp_path, mini_bank):
    d = ReadinessDocument.create(
        tmp_path / "a.readiness", client="C", project="P", bank=mini_bank, participants=[Participant("Dana")]
    )
    yield d
    d.close()


def test_note_speaker_and_park_survive_a_reopen(doc):
    doc.set_answer(Answer("data.collection.main", None, note="Ask IT", note_by="Dana", parked=True, park_note="why"))
    path = doc.path
    doc.close()
    with ReadinessDocument.open(path) as again:
        record = again.assessment().record("data.collection.main")
        assert record is not None and (record.note_by, record.parked, record.park_note) == ("Dana", True, "why")


def test_a_hostile_agenda_is_refused_on_write_and_ignored_on_read(doc):
    with pytest.raises(DocumentError, match="agenda"):
        doc.set_details(agenda='{"minutes":{"data":-5}}')
    doc._conn.execute("UPDATE meta SET value = value")  # the connection works
    with doc.transaction() as c:
        c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('agenda', '[1, 2')")
    assert not doc.assessment().agenda.is_set


def test_speaker_park_and_agenda_travel_when_copies_merge(doc, tmp_path):
    doc.set_answer(Answer("data.collection.main", "weak"))
    copy_path = doc.save_copy(tmp_path / "b.readiness")
    with ReadinessDocument.open(copy_path) as other:
        other.set_answer(
            Answer("data.collection.main", "weak", note="Logs", note_by="Dana", parked=True, park_note="x")
        )
        other.set_details(agenda='{"minutes":{"data":15},"elapsed":{}}')
        result = merge_into(doc, other)
    assert result.changed
    a = doc.assessment()
    got = a.answers["data.collection.main"]
    assert (got.note_by, got.parked, got.park_note) == ("Dana", True, "x")
    assert a.agenda.minutes == {"data": 15}


def test_a_merge_refuses_an_invalid_agenda_from_the_other_copy(doc, tmp_path):
    copy_path = doc.save_copy(tmp_path / "b.readiness")
    with ReadinessDocument.open(copy_path) as other:
        other.set_details(agenda='{"minutes":{"data":15}}')
        with other.transaction() as c:
            c.execute('UPDATE meta SET value = \'{"minutes":{"data":"lots"}}\' WHERE key = \'agenda\'')
        with pytest.raises(MergeRefused, match="agenda"):
            merge_into(doc, other)
