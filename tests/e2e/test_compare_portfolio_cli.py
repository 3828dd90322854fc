"""The compare, portfolio and export commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc, write_broken_files

EXE = Path(sys.executable).parent / "readiness-planner"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture()
def pair(tmp_path, mini_bank):
    folder = tmp_path / "folder"
    folder.mkdir()
    old = make_doc(folder / "q1.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    new = make_doc(folder / "q2.readiness", mini_bank, NEW_ANSWERS, workshop_date="2026-04-15")
    return old, new


def test_compare_json(pair):
    r = run("compare", str(pair[0]), str(pair[1]), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    compute = next(c for c in data["challenges"] if c["id"] == "compute")
    assert (compute["old_risk"], compute["new_risk"], compute["delta"]) == (100.0, 25.0, -75.0)
    assert len(data["changed_answers"]) == 3


def test_compare_text(pair):
    r = run("compare", str(pair[0]), str(pair[1]))
    assert r.returncode == 0, r.stderr
    assert "Computational resources" in r.stdout and "-75.0" in r.stdout


def test_compare_with_a_damaged_file_exits_2(pair, tmp_path):
    bad = tmp_path / "bad.readiness"
    bad.write_bytes(pair[0].read_bytes()[:3000])
    r = run("compare", str(pair[0]), str(bad), "--json")
    assert r.returncode == 2
    assert "damaged" in r.stderr and "Traceback" not in r.stderr


def test_portfolio_json_lists_rows_and_failures(pair):
    folder = pair[0].parent
    write_broken_files(folder, pair[0])
    r = run("portfolio", str(folder), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [row["file"] for row in data["rows"]] == ["q1.readiness", "q2.readiness"]
    assert len(data["failures"]) == 5


def test_portfolio_xlsx(pair, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "summary.xlsx"
    r = run("portfolio", str(pair[0].parent), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert load_workbook(out)["Assessments"].max_row == 3


def test_portfolio_of_a_missing_folder_exits_2(tmp_path):
    assert run("portfolio", str(tmp_path / "nope"), "--json").returncode == 2


def test_export_xlsx(pair, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "out.xlsx"
    r = run("export", str(pair[1]), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert load_workbook(out).sheetnames == ["Answers", "Scores", "Plan", "Details", "Voices", "History"]


def test_export_of_a_foreign_file_exits_2(tmp_path):
    import sqlite3

    foreign = tmp_path / "other.readiness"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    r = run("export", str(foreign), "-o", str(tmp_path / "x.xlsx"))
    assert r.returncode == 2 and "another program" in r.stderr
