"""`export` then `import-answers`, run as a user runs them: the room (participants' own answers),
the rationale, note authors, parks and the history travel through the files and back."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer
from desktop_app.core.voices import AgreedChoice
from desktop_app.storage.document import ReadinessDocument

EXE = Path(sys.executable).parent / "readiness-planner"
Q1, Q2, Q3 = "data.collection.main", "data.preprocessing.sources", "data.preprocessing.main"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture()
def polled(tmp_path, mini_bank) -> Path:
    path = tmp_path / "polled.readiness"
    with ReadinessDocument.create(
        path,
        client="Northbridge",
        project="Imaging",
        bank=mini_bank,
        facilitator="Fran",
        participants=[Participant("Dana", "CIO"), Participant("Eli", "DPO")],
    ) as doc:
        dana, eli = doc.assessment().participants
        doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "good", note="we audit"))
        doc.set_participant_answer(ParticipantAnswer(eli.id, Q1, "none"))
        doc.set_participant_answer(ParticipantAnswer(eli.id, Q2, ["licensed", "scraped"]))
        doc.set_agreed_answer(Q1, AgreedChoice("weak", rationale="Eli's site has no process"))
        agreed = doc.assessment().answers[Q1]
        doc.set_answer(replace(agreed, note="two sites", note_by="Eli", parked=True, park_note="ask site B"))
        doc.set_answer(Answer(Q3, None, note="nobody knew", parked=True, park_note="find the owner"))
    return path


def _room(path: Path) -> tuple[dict[tuple[str, str], object], dict[str, tuple[object, ...]]]:
    with ReadinessDocument.open(path, readonly=True) as doc:
        a = doc.assessment()
    names = {p.id: p.name for p in a.participants}
    voices = {(names[v.participant_id], q): v.value for q, vs in a.voices.items() for v in vs}
    records = {
        q: (r.value, r.rationale, r.note_by, r.parked, r.park_note) for q in (Q1, Q3) if (r := a.record(q)) is not None
    }
    return voices, records


def test_a_json_export_imports_into_an_empty_assessment_with_the_room(polled, tmp_path, mini_bank):
    export = tmp_path / "polled.json"
    r = run("export", str(polled), "-o", str(export))
    assert r.returncode == 0, r.stderr
    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["format_version"] == 2 and data["history"][0]["action"] == "created"
    target = tmp_path / "target.readiness"
    ReadinessDocument.create(target, client="X", project="Y", bank=mini_bank).close()
    r = run("import-answers", str(target), str(export))
    assert r.returncode == 0, r.stderr
    voices, records = _room(target)
    assert (voices, records) == _room(polled) and len(voices) == 3
    assert records[Q3] == (None, "", "", True, "find the owner")
    with ReadinessDocument.open(target, readonly=True) as doc:
        assert [p.name for p in doc.assessment().participants] == ["Dana", "Eli"]


def test_a_csv_export_imports_the_note_author_and_the_park(polled, tmp_path, mini_bank):
    export = tmp_path / "polled.csv"
    assert run("export", str(polled), "-o", str(export)).returncode == 0
    target = tmp_path / "target.readiness"
    ReadinessDocument.create(target, client="X", project="Y", bank=mini_bank).close()
    r = run("import-answers", str(target), str(export))
    assert r.returncode == 0, r.stderr
    _, records = _room(target)
    assert records[Q1] == ("weak", "Eli's site has no process", "Eli", True, "ask site B")


def test_the_xlsx_export_holds_the_history(polled, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "polled.xlsx"
    assert run("export", str(polled), "-o", str(out)).returncode == 0
    history = list(load_workbook(out)["History"].values)
    with ReadinessDocument.open(polled, readonly=True) as doc:
        assert len(history) == len(doc.history(1000)) + 1
