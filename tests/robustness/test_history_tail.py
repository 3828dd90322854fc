"""Tamper evidence (issue 10): removing the newest history entries leaves a chain that is intact up to
its new end, so the chain alone cannot tell; every item's current revision must be one its history
records, and ``check`` reports an item whose newest change is missing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import merge_into

QID = "data.collection.main"
FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture()
def doc(tmp_path, mini_bank) -> Path:
    path = tmp_path / "a.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as d:
        d.set_answer(Answer(QID, "weak", note="first"))
        d.set_plan_decision(PlanDecision("MIT-T-001", status="accepted"))
        d.set_answer(Answer(QID, "good", note="second"))
    return path


def _drop_newest(path: Path, n: int = 1) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM history WHERE id IN (SELECT id FROM history ORDER BY id DESC LIMIT ?)", (n,))
    conn.close()


def test_removing_the_newest_history_entry_is_reported_by_check(doc):
    _drop_newest(doc)
    with ReadinessDocument.open(doc, readonly=True) as d:
        report = d.verify_history()
        assert not report.ok and f"answer:{QID}" in report.problem and "missing" in report.problem
        assert d.check()["ok"] is False
    command = [sys.executable, "-m", "desktop_app", "check", str(doc)]
    r = subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "CHAIN BROKEN" in r.stdout and "Traceback" not in r.stderr, (r.stdout, r.stderr)


def test_removing_the_last_two_entries_names_both_items(doc, tmp_path):
    with ReadinessDocument.open(doc) as d:
        d.set_plan_decision(PlanDecision("MIT-T-001", status="done"))
    _drop_newest(doc, 2)
    with ReadinessDocument.open(doc, readonly=True) as d:
        problem = d.verify_history().problem
    assert f"answer:{QID}" in problem and "plan:MIT-T-001" in problem, problem


def test_own_files_merges_and_older_formats_have_every_change_in_their_history(doc, tmp_path, mini_bank):
    copy = tmp_path / "b.readiness"
    with ReadinessDocument.open(doc) as d:
        d.save_copy(copy)
    with ReadinessDocument.open(copy) as b:
        b.set_answer(Answer("data.preprocessing.main", "fair"))
        b.clear_answer(QID)
        b.remove_plan_decision("MIT-T-001")
    with ReadinessDocument.open(doc) as a, ReadinessDocument.open(copy, readonly=True) as b:
        merge_into(a, b, prefer="mine")
        assert a.verify_history().ok, a.verify_history().problem
    for fixture in sorted(FIXTURES.glob("format-v*.readiness")):
        target = tmp_path / fixture.name
        target.write_bytes(fixture.read_bytes())
        with ReadinessDocument.open(target) as d:  # migrated: items written before the history had revisions
            assert d.verify_history().ok, (fixture.name, d.verify_history().problem)
            d.set_answer(Answer(QID, "fair"))
            assert d.verify_history().ok, (fixture.name, d.verify_history().problem)
