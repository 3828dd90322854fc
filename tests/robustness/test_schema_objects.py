"""A received file's own SQL never runs (issue 10, defect 2).

A trigger, view, virtual table or index that a file brings would run with the app's rights on the
first write or read. On open, the file's schema must equal the one the app creates for its version;
anything else is refused before a single row is read or written.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.storage.document import DocumentError, ReadinessDocument


@pytest.fixture()
def received(tmp_path, mini_bank) -> Path:
    path = tmp_path / "received.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.import_all(
            [Answer("data.collection.main", "weak", note="original note"), Answer("context.industry", "general")],
            [PlanDecision(key=next(iter(mini_bank.mitigations)), status="proposed")],
        )
    return path


def _tamper(path: Path, *sql: str) -> bytes:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


REWRITE_NOTES = (
    "CREATE TRIGGER rewrite AFTER INSERT ON history BEGIN "
    "UPDATE answers SET note = 'rewritten'; UPDATE plan_decisions SET status = 'done'; "
    "DELETE FROM history WHERE id < NEW.id; END"
)

HOSTILE = {
    "trigger": [REWRITE_NOTES],
    "recursive trigger": [
        "CREATE TRIGGER spin AFTER INSERT ON answers BEGIN INSERT INTO meta (key, value) "
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT 'k' || i, 'v' FROM n; END"
    ],
    "view": ["CREATE VIEW everything AS SELECT * FROM answers"],
    "virtual table": ["CREATE VIRTUAL TABLE search USING fts4(note)"],
    "expression index": ["CREATE INDEX slow ON answers (printf('%.*c', 60000, 'x'))"],
    "extra index": ["CREATE INDEX by_note ON answers (note)"],
    "extra table": ["CREATE TABLE extra (x)"],
    "extra column": ["ALTER TABLE answers ADD COLUMN secret TEXT"],
    "table rebuilt loosely": ["DROP TABLE history", "CREATE TABLE history (id, at, actor, action, target, detail)"],
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("readonly", [True, False])
def test_a_file_with_foreign_schema_objects_is_refused_before_anything_runs(received, kind, readonly):
    before = _tamper(received, *HOSTILE[kind])
    with pytest.raises(DocumentError) as info:
        ReadinessDocument.open(received, readonly=readonly)
    message = str(info.value)
    assert "not created by GenAI Readiness Planner" in message, message
    assert received.read_bytes() == before  # nothing written, nothing run


def test_a_changed_check_constraint_is_refused(received):
    _tamper(
        received,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, \"IN ('low', 'medium', 'high')\", \"IN ('low', 'medium', "
        "'high', 'any')\") WHERE name = 'answers'",
    )
    with pytest.raises(DocumentError, match="not created by GenAI Readiness Planner"):
        ReadinessDocument.open(received, readonly=True)


def _cli(*args: object, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "READINESS_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def test_import_into_a_file_with_a_trigger_changes_nothing(received, tmp_path, user_banks):
    before = _tamper(received, REWRITE_NOTES)
    answers = tmp_path / "in.csv"
    answers.write_text("question,value\ndata.collection.main,good\n", encoding="utf-8")
    r = _cli("import-answers", received, answers)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert "not created by GenAI Readiness Planner" in r.stderr
    assert received.read_bytes() == before
    r = _cli("check", received)
    assert r.returncode == 2 and "OK" not in r.stdout


def test_recursive_trigger_cannot_hang_an_import(received, tmp_path, user_banks):
    _tamper(received, *HOSTILE["recursive trigger"])
    answers = tmp_path / "in.csv"
    answers.write_text("question,value\ndata.collection.main,good\n", encoding="utf-8")
    started = time.monotonic()
    r = _cli("import-answers", received, answers, timeout=30)
    assert r.returncode == 2 and time.monotonic() - started < 20, r.stderr


def test_own_files_of_every_version_pass_the_schema_check(received):
    fixtures = Path(__file__).parent.parent / "fixtures"
    for path in [received, *sorted(fixtures.glob("format-v*.readiness"))]:
        with ReadinessDocument.open(path, readonly=True) as doc:
            assert doc.check()["integrity"] == "ok"


def test_import_into_a_version_0_file_leaves_no_backup_and_says_why(received, tmp_path, user_banks):
    before = _tamper(received, "PRAGMA user_version = 0")
    answers = tmp_path / "in.csv"
    answers.write_text("question,value\ndata.collection.main,good\n", encoding="utf-8")
    r = _cli("import-answers", received, answers)
    assert r.returncode == 2 and "no file format version" in r.stderr, r.stderr
    assert sorted(p.name for p in received.parent.glob("*.readiness")) == ["received.readiness"]
    assert received.read_bytes() == before
