"""A document keeps the bank it was answered against and reads it back years later (core/bank
load_bank_text(check_references=False)). The rules of issue 11 must hold on that stored copy too:
"questions, references and actions are shown only where a chosen jurisdiction makes them apply".

Found by the final audit on 2026-12-07: the stored copy was loaded with an EMPTY framework catalogue,
so no reference knew its framework's jurisdictions; the plan of the saved US-only insurance sample
cited GDPR and the EU AI Act, and the questionnaire showed them. A stored bank that adds its own
catalogue entries could not be opened at all when it also cited the main catalogue.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank, builtin_bank_path, load_bank, load_bank_text
from desktop_app.core.plan import build_plan
from desktop_app.storage.document import ReadinessDocument
from tests.samples import load_sample

ROOT = Path(__file__).resolve().parents[2]
INSURANCE = ROOT / "resources" / "samples" / "insurance-claims-triage.json"
MINI_V2 = ROOT / "tests" / "fixtures" / "mini-bank-v2.yaml"
EU_ONLY = ("GDPR:", "EU-AI-ACT:")


@pytest.fixture(scope="module")
def stored() -> QuestionBank:
    """The built-in bank as a document stores and reloads it."""
    return load_bank_text(builtin_bank_path().read_text(encoding="utf-8"), "x.readiness (stored bank)", False)


def _insurance(bank: QuestionBank) -> Assessment:
    return load_sample(bank, INSURANCE.name)


def test_a_stored_bank_knows_the_catalogue(stored: QuestionBank) -> None:
    live = load_bank(builtin_bank_path())
    assert set(stored.frameworks) == set(live.frameworks)
    assert stored.frameworks["GDPR"].jurisdictions == ("eu",)


def test_the_stored_us_only_sample_cites_no_eu_framework(stored: QuestionBank) -> None:
    assessment = _insurance(stored)
    values = stored.live_values(assessment.values())
    for q in stored.all_questions():
        if stored.is_visible(q, values):
            refs = stored.references_for(q.references, q.ref_conditions, values)
            assert not [r for r in refs if r.startswith(EU_ONLY)], q.id
    for item in build_plan(stored, assessment).items:
        assert not [r for r in item.references if r.startswith(EU_ONLY)], item.key


def test_a_saved_document_reads_back_with_the_catalogue(tmp_path: Path) -> None:
    bank = load_bank(builtin_bank_path())
    path = tmp_path / "a.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=bank, workshop_date="2026-12-07"):
        pass
    with ReadinessDocument.open(path, readonly=True) as doc:
        assert doc.bank.frameworks["HIPAA"].jurisdictions == ("us",)


def test_a_stored_bank_with_its_own_entries_that_cites_the_catalogue_opens() -> None:
    text = MINI_V2.read_text(encoding="utf-8").replace(
        "      - TEST-LOCAL:Clause 1\n", "      - TEST-LOCAL:Clause 1\n      - NIST-AI-RMF:GOVERN 1.1\n", 1
    )
    assert "NIST-AI-RMF:GOVERN 1.1" in text
    load_bank_text(text, "bank.yaml")  # valid as a bank file
    stored = load_bank_text(text, "x.readiness (stored bank)", False)
    assert "TEST-LOCAL" in stored.own_frameworks and "NIST-AI-RMF" in stored.frameworks


def test_a_stored_bank_still_opens_when_the_catalogue_dropped_an_entry() -> None:
    """MITRE-ATLAS:AML.M0015 left the catalogue on 2026-12-07; documents saved before still cite it."""
    text = builtin_bank_path().read_text(encoding="utf-8")
    old = text.replace("MITRE-ATLAS:AML.M0020]", "MITRE-ATLAS:AML.M0015]", 1)
    assert old != text
    stored = load_bank_text(old + "\n", "old.readiness (stored bank)", False)
    assert any("MITRE-ATLAS:AML.M0015" in q.references for q in stored.all_questions())
