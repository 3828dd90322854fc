"""`readiness-planner today FILE -o today.pdf`: the one-page summary from the command line."""

from __future__ import annotations

import subprocess
from datetime import date

from desktop_app.core.assessment import Answer, Participant, PlanDecision
from desktop_app.storage.document import ReadinessDocument
from tests.e2e.test_cli import bad, ok


def test_today_writes_one_page_on_a4_and_letter(tmp_path, user_banks, mini_bank):
    path = tmp_path / "a.readiness"
    with ReadinessDocument.create(
        path, client="Acme", project="Bot", bank=mini_bank, participants=[Participant("Dana", "CIO")]
    ) as doc:
        doc.set_answer(Answer("data.collection.main", None, parked=True, park_note="Ask IT about retention"))
        doc.set_plan_decision(
            PlanDecision(doc.next_custom_key(), status="accepted", custom=True, title="Map data", owner="Dana")
        )
    today = date.today().isoformat()
    for paper, size in (("a4", "A4"), ("letter", "letter")):
        out = tmp_path / f"today-{paper}.pdf"
        ok("today", path, "-o", out, "--paper", paper, "--date", today)
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Ask IT about retention" in text and "Map data" in text and "Dana" in text
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert f"({size})" in info and "Pages:           1" in info


def test_today_refuses_a_bad_date_and_a_non_pdf_output(tmp_path, user_banks, mini_bank):
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="Acme", project="Bot", bank=mini_bank).close()
    assert "YYYY-MM-DD" in bad("today", path, "-o", tmp_path / "t.pdf", "--date", "tomorrow")
    assert ".pdf" in bad("today", path, "-o", tmp_path / "t.txt")
    assert not (tmp_path / "t.pdf").exists()
