"""Issue 13: who said a note travels into the JSON export (and back in), the tables/XLSX and the report."""

from __future__ import annotations

import json
import subprocess

from desktop_app.analysis.tables import ANSWER_COLUMNS, answer_rows
from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.exchange import export_json_text, parse_answers_json


def _assessment() -> Assessment:
    a = Answer("data.collection.main", "weak", note="Logs are kept 90 days", note_by="Dana Ñúñez")
    return Assessment(client="C", project="P", answers={a.question: a})


def test_json_export_carries_note_by_and_an_import_takes_it_back(mini_bank):
    text = export_json_text(mini_bank, _assessment())
    assert json.loads(text)["answers"][0]["note_by"] == "Dana Ñúñez"
    parsed = parse_answers_json(text, mini_bank, "a.json")
    assert parsed.answers[0].note_by == "Dana Ñúñez"


def test_answer_tables_have_a_note_by_column(mini_bank):
    rows = answer_rows(mini_bank, _assessment())
    assert "note_by" in ANSWER_COLUMNS
    assert next(r for r in rows if r["question"] == "data.collection.main")["note_by"] == "Dana Ñúñez"


def test_the_report_says_who_said_the_note(mini_bank, tmp_path):
    from desktop_app.report import write_report

    out = tmp_path / "r.pdf"
    write_report(mini_bank, _assessment(), out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Note said by: Dana Ñúñez" in " ".join(text.split())
