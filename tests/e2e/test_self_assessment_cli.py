"""`self-assessment export|import` as a user calls them."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from desktop_app.core.self_assessment import HEADER_ROW, NAME_ROW, SHEET
from tests.e2e.test_cli import cli, ok


def test_export_fill_and_import_with_a_report(tmp_path, user_banks):
    doc, blank = tmp_path / "a.readiness", tmp_path / "blank.xlsx"
    ok("new", doc, "--client", "Acme", "--project", "Bot", "--bank", "mini-test", "--industry", "healthcare")
    assert "questions)" in ok("self-assessment", "export", doc, "-o", blank)
    wb = load_workbook(blank)
    ws = wb[SHEET]
    ws.cell(NAME_ROW, 2, "Client CISO")
    rows = {ws.cell(r, 1).value: r for r in range(HEADER_ROW + 1, ws.max_row + 1)}
    ws.cell(rows["data.collection.main"], 5, "Weak")
    ws.cell(rows["compute.cost.requests"], 5, "-5")
    wb.save(blank)
    r = cli("self-assessment", "import", doc, blank)
    assert r.returncode == 2 and "Traceback" not in r.stderr  # a row was not taken
    assert "taken: 1 row(s)" in r.stdout and "not taken: 1 row(s)" in r.stdout
    assert f"row {rows['compute.cost.requests']}: compute.cost.requests: -5 is below the minimum 0" in r.stdout
    report = json.loads(cli("self-assessment", "import", doc, blank, "--json").stdout)
    assert report["participant"] == "Client CISO" and [t["question"] for t in report["taken"]] == [
        "data.collection.main"
    ]
    score = json.loads(ok("score", doc, "--json"))
    assert score["completion"]["answered"] == 1  # only the industry: a participant's answer is not the agreed one


def test_export_refuses_other_formats_and_import_a_missing_file(tmp_path, user_banks):
    doc = tmp_path / "a.readiness"
    ok("new", doc, "--client", "Acme", "--project", "Bot", "--bank", "mini-test")
    r = cli("self-assessment", "export", doc, "-o", tmp_path / "blank.pdf")
    assert r.returncode == 2 and ".xlsx or .csv" in r.stderr
    r = cli("self-assessment", "import", doc, tmp_path / "missing.xlsx", "--participant", "X")
    assert r.returncode == 2 and "Traceback" not in r.stderr
