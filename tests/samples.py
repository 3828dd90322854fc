"""The bundled sample assessments (resources/samples/*.json) as Assessments, for tests that score them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.exchange import parse_answers_json

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def load_sample(bank: QuestionBank, name: str) -> Assessment:
    """The sample ``name`` (a file name in resources/samples) with its details, answers and plan."""
    path = SAMPLES / name
    text = path.read_text(encoding="utf-8")
    meta = json.loads(text)["assessment"]
    imported = parse_answers_json(text, bank, path.name)
    return Assessment(
        client=meta["client"],
        project=meta["project"],
        workshop_date=meta["workshop_date"],
        answers={a.question: a for a in imported.answers},
        plan={d.key: d for d in imported.plan},
    )


def export_in(currency: str, values: Mapping[str, object]) -> str:
    """The JSON of an export from an assessment in ``currency`` holding ``values`` (question id -> value)."""
    answers = [{"question": q, "value": v} for q, v in values.items()]
    return json.dumps({"format": "readiness-export", "assessment": {"currency": currency}, "answers": answers})
