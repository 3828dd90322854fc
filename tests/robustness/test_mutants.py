"""Tests written to kill hand-made mutants that survived the suite (issue 9).

Each test names the mutant it kills; docs/testing.md lists them with the mutation-testing score.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import parse_answers_json
from desktop_app.storage import connection
from desktop_app.storage.document import DocumentError, ReadinessDocument, run_migrations


@pytest.fixture()
def doc_path(tmp_path, mini_bank) -> Path:
    path = tmp_path / "m.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="before"))
    return path


def test_a_migration_is_committed_and_survives_a_reopen(tmp_path):
    """Mutant: ``run_migrations`` without its final COMMIT (closing the file would undo it)."""
    path = tmp_path / "old.sqlite"
    conn = connection.connect(path, create=True)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 1")

    def step(c: sqlite3.Connection) -> None:
        c.execute("INSERT INTO t VALUES (42)")

    run_migrations(conn, 1, steps={1: step}, to_version=2)
    conn.close()
    reopened = sqlite3.connect(path)
    try:
        assert reopened.execute("PRAGMA user_version").fetchone()[0] == 2
        assert reopened.execute("SELECT x FROM t").fetchall() == [(42,)]
    finally:
        reopened.close()


def test_functions_in_a_files_views_cannot_run(tmp_path):
    """Mutant: ``PRAGMA trusted_schema = OFF`` removed from the connection factory."""
    path = tmp_path / "v.sqlite"
    plain = sqlite3.connect(path)
    plain.execute("CREATE VIEW v AS SELECT app_function() AS x")
    plain.commit()
    plain.close()
    conn = connection.connect(path, readonly=True)
    calls: list[int] = []
    conn.create_function("app_function", 0, lambda: calls.append(1) or 1)
    with pytest.raises(sqlite3.OperationalError, match="unsafe use"):
        conn.execute("SELECT x FROM v").fetchall()
    conn.close()
    assert calls == []


def test_an_import_that_fails_at_the_plan_leaves_the_answers_unchanged(doc_path, mini_bank):
    """Mutant: answers committed before the plan and details of the same import."""
    with ReadinessDocument.open(doc_path) as doc, pytest.raises(DocumentError):
        doc.import_all(
            [Answer("data.collection.main", "weak", note="imported")],
            [PlanDecision(key="NO-SUCH-MITIGATION", status="accepted")],
            {"client": "Changed"},
        )
    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        a = doc.assessment()
    assert a.answers["data.collection.main"].note == "before"
    assert a.client == "C" and a.plan == {}


def test_an_import_that_fails_at_its_last_step_changes_nothing(doc_path, mini_bank, monkeypatch):
    """Mutant: any part of an import committed on its own (the history line is written last)."""
    mitigation = next(iter(mini_bank.mitigations))
    with ReadinessDocument.open(doc_path) as doc:
        real_log = doc._log

        def failing_log(c, actor, action, *args, **kwargs):
            if action == "import":
                raise sqlite3.OperationalError("disk I/O error")
            return real_log(c, actor, action, *args, **kwargs)

        monkeypatch.setattr(doc, "_log", failing_log)
        with pytest.raises(DocumentError, match="was not changed"):
            doc.import_all(
                [Answer("data.collection.main", "weak", note="imported")],
                [PlanDecision(key=mitigation, status="accepted")],
                {"client": "Changed"},
            )
    with ReadinessDocument.open(doc_path, readonly=True) as doc:
        a = doc.assessment()
    assert a.answers["data.collection.main"].note == "before"
    assert a.client == "C" and a.plan == {}


def test_a_json_answers_file_that_is_partly_valid_is_refused_whole(mini_bank, doc_path, tmp_path):
    """Mutant: the JSON reader keeps the good entries of a file that also holds bad ones."""
    text = json.dumps(
        {
            "answers": [
                {"question": "data.collection.main", "value": "good"},
                {"question": "data.collection.main_typo", "value": "good"},
                {"question": "context.industry", "value": "not-an-industry"},
            ],
            "plan": [{"mitigation": "NOPE", "status": "done"}],
        }
    )
    with pytest.raises(InputError) as info:
        parse_answers_json(text, mini_bank, "in.json")
    problems = info.value.problems
    assert len(problems) == 3 and all(p.startswith("in.json") for p in problems)
    assert any("answers[1]" in p for p in problems) and any("answers[2]" in p for p in problems)
    assert any("plan[0]" in p for p in problems)
