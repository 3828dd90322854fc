"""Building small .readiness documents (and broken files) for the analysis and view tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.core.bank import QuestionBank, load_bank_text

FIXTURES = Path(__file__).parent / "fixtures"

#: hand-scored: data risk 100*(2*3 + 2*1 + 2*0)/(4*6) = 33.3, compute 100*(2*4)/(4*2) = 100, the rest not assessed
OLD_ANSWERS = {
    "context.industry": "financial_services",
    "data.collection.main": "weak",
    "data.preprocessing.main": "fair",
    "data.privacy.main": "good",
    "compute.cost.main": "none",
}
#: data 100*(0 + 2*1 + 0)/24 = 8.3, compute 100*(2*1)/8 = 25, interpretability 100*(2*3)/8 = 75
NEW_ANSWERS = {
    "context.industry": "financial_services",
    "data.collection.main": "good",
    "data.preprocessing.main": "fair",
    "data.privacy.main": "good",
    "compute.cost.main": "fair",
    "interpretability.black_box.main": "weak",
}


def make_doc(
    path: Path,
    bank: QuestionBank,
    answers: dict[str, object],
    *,
    plan: list[PlanDecision] | None = None,
    notes: dict[str, str] | None = None,
    **details: str,
) -> Path:
    """An assessment file with ``answers``; ``details`` are client, project and workshop_date."""
    from desktop_app.storage.document import ReadinessDocument

    details = {"client": "Acme Bank", "project": "Fraud detection", "workshop_date": "2026-01-15", **details}
    doc = ReadinessDocument.create(path, bank=bank, **details)
    try:
        doc.import_all(
            [Answer(q, v, note=(notes or {}).get(q, "")) for q, v in answers.items()],  # type: ignore[arg-type]
            plan=plan or [],
        )
    finally:
        doc.close()
    return path


def older_mini_bank() -> QuestionBank:
    """The mini bank as an older version 0.0.9 that lacked ``data.collection.scale_q``."""
    text = (FIXTURES / "mini-bank.yaml").read_text(encoding="utf-8")
    block = (
        "    - id: data.collection.scale_q\n"
        "      text: Maturity of data governance\n"
        "      type: scale\n"
        "      weight: 1\n"
    )
    assert block in text
    text = text.replace(block, "").replace("version: 0.1.0", "version: 0.0.9", 1)
    return load_bank_text(text, "mini-bank-0.0.9.yaml")


def write_broken_files(folder: Path, good: Path) -> dict[str, str]:
    """Damaged, empty, foreign and newer files next to good ones; returns file name -> expected reason words."""
    data = good.read_bytes()
    (folder / "truncated.readiness").write_bytes(data[: len(data) // 2])
    (folder / "random.readiness").write_bytes(bytes((i * 37 + 11) % 256 for i in range(5000)))
    (folder / "empty.readiness").write_bytes(b"")
    foreign = folder / "foreign.readiness"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('x')")
    conn.commit()
    conn.close()
    newer = folder / "newer.readiness"
    newer.write_bytes(data)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    return {
        "truncated.readiness": "damaged",
        "random.readiness": "not a GenAI Readiness Planner assessment",
        "empty.readiness": "empty",
        "foreign.readiness": "another program",
        "newer.readiness": "newer version",
    }
