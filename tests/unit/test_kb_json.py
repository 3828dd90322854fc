"""What `bank show --json` and `score --json` expose of the built-in bank and its samples, and the
review-by warning of `bank validate` on the built-in catalogue (issue 11, "Samples and acceptance").

The end-to-end tests (tests/e2e/test_bank_cli.py) run the commands on the small test bank; these
call the same functions the commands print (`bank_to_dict`, `score_json`, `review_warnings`) on the
real bank, so a field dropped from the output for the built-in content fails here.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.cli.banks import bank_to_dict
from desktop_app.cli.results import score_json
from desktop_app.core.assessment import Answer, Assessment, PlanDecision
from desktop_app.core.bank import QuestionBank, load_bank, review_warnings
from desktop_app.core.exchange import parse_answers_json
from desktop_app.core.scoring import score
from tests.unit.test_knowledge_base import BEST_CONTEXT, _extreme_answers

ROOT = Path(__file__).resolve().parents[2]
BANK_PATH = ROOT / "resources" / "question_banks" / "genai-readiness.yaml"
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.json"))


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


@pytest.fixture(scope="module")
def shown(bank: QuestionBank) -> dict:
    # through JSON text, as the command prints it
    return json.loads(json.dumps(bank_to_dict(bank)))


def _sample(bank: QuestionBank, path: Path) -> Assessment:
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


def _score_json(bank: QuestionBank, assessment: Assessment) -> dict:
    return json.loads(json.dumps(score_json(bank, score(bank, assessment))))


# -- bank show --json -------------------------------------------------------------------------


def test_bank_show_lists_the_jurisdictions(bank: QuestionBank, shown: dict) -> None:
    ids = [j["id"] for j in shown["jurisdictions"]]
    assert ids == [o.id for o in bank.question("context.jurisdictions").options]
    assert {"eu", "uk", "us", "canada", "singapore", "china"} <= set(ids)
    assert all(j["label"] for j in shown["jurisdictions"])


def test_bank_show_gives_each_tier_its_controls_sign_off_and_pilot_boundary(bank: QuestionBank, shown: dict) -> None:
    assert [t["id"] for t in shown["tiers"]] == [t.id for t in bank.tiers] == ["I", "II", "III", "IV"]
    boundaries = {b["id"]: b["text"] for b in shown["pilot_boundaries"]}
    assert boundaries and all(boundaries.values())
    for out, tier in zip(shown["tiers"], bank.tiers, strict=True):
        assert out["sign_off"] == list(tier.sign_off) and out["sign_off"], tier.id
        assert out["approver"] == tier.sign_off[0], tier.id
        assert out["pilot_boundary"] and set(out["pilot_boundary"]) <= set(boundaries), tier.id
        controls = [(c["question"], c["phase"], c["accept"]) for c in out["required_controls"]]
        assert controls == [(c.question, c.phase, list(c.accept)) for c in tier.required_controls], tier.id
        assert controls, tier.id
    assert shown["tiers"][-1]["max_points"] is None or shown["tiers"][-1]["max_points"] >= 24


def test_bank_show_gives_every_mitigation_its_execution_fields(bank: QuestionBank, shown: dict) -> None:
    out = {m["id"]: m for m in shown["mitigations"]}
    assert set(out) == set(bank.mitigations) and len(out) == 111
    bands = set(bank.cost_bands.ranges)
    for mid, m in bank.mitigations.items():
        o = out[mid]
        assert o["evidence"] == m.evidence and o["evidence"], mid
        assert o["effort_days"] == list(m.effort_days) and len(o["effort_days"]) == 2, mid
        assert o["cost"] in bands and o["cost_assumptions"] == m.cost_assumptions and o["cost_assumptions"], mid
        assert o["raci"]["responsible"] and o["raci"]["accountable"] == m.raci.accountable, mid
        assert o["depends_on"] == list(m.depends_on), mid
        assert (o["applies_if"] is None) == (m.applies_if is None), mid
    limited = [o for o in out.values() if o["applies_if"]]
    assert len(limited) >= 27
    assert any("context.jurisdictions" in json.dumps(o["applies_if"]) for o in limited)
    assert any("context.industry" in json.dumps(o["applies_if"]) for o in limited)


# -- score --json -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_score_json_names_tier_approver_controls_and_boundary(bank: QuestionBank, path: Path) -> None:
    overall = _score_json(bank, _sample(bank, path))["overall"]
    tier = next(t for t in bank.tiers if t.id == overall["tier"]["id"])
    assert overall["tier"]["points"] == sum(p["points"] for p in overall["tier"]["parts"])
    assert overall["approver"] == tier.sign_off[0] == overall["tier"]["approver"]
    assert overall["sign_off"] == list(tier.sign_off)
    assert [c["question"] for c in overall["required_controls"]] == [c.question for c in tier.required_controls]
    assert {c["status"] for c in overall["required_controls"]} <= {"in_place", "missing", "unknown", "not_required"}
    assert isinstance(overall["conditions"], list)
    if overall["decision"] == "pilot_only":
        assert overall["pilot_boundary"] == list(tier.pilot_boundary)
        assert overall["pilot_boundary_text"] == [bank.pilot_boundaries[b].text for b in tier.pilot_boundary]


def test_the_us_only_sample_is_pilot_only_with_tier_three_boundary(bank: QuestionBank) -> None:
    overall = _score_json(bank, _sample(bank, ROOT / "resources" / "samples" / "insurance-claims-triage.json"))[
        "overall"
    ]
    assert (overall["decision"], overall["tier"]["id"]) == ("pilot_only", "III")
    assert "no_automated_decisions" in overall["pilot_boundary"] and len(overall["pilot_boundary_text"]) == 4


def _one_condition(bank: QuestionBank, plan: dict) -> Assessment:
    """Perfect answers at tier I but the usage rules (a phase-1 control of every tier) only general."""
    answers = _extreme_answers(bank, BEST_CONTEXT, True)
    answers["integration.user_training.usage_rules"] = Answer("integration.user_training.usage_rules", "general")
    return Assessment(client="c", project="p", answers=answers, plan=plan, workshop_date="2026-12-07")


def test_score_json_lists_owned_dated_conditions_on_the_builtin_bank(bank: QuestionBank) -> None:
    owned = {"MIT-INTG-021": PlanDecision("MIT-INTG-021", status="accepted", owner="Ana", due_date="2027-01-29")}
    overall = _score_json(bank, _one_condition(bank, owned))["overall"]
    assert overall["decision"] == "ready_with_conditions"
    assert overall["tier"]["id"] == "I" and overall["approver"] == "Product owner"
    assert [(c["id"], c["owner"], c["due_date"]) for c in overall["conditions"]] == [
        ("MIT-INTG-021", "Ana", "2027-01-29")
    ]
    assert overall["conditions"][0]["title"] == bank.mitigations["MIT-INTG-021"].title
    assert overall["pilot_boundary"] == []
    # the same condition without an owner: pilot only, within tier I's boundary, until someone owns it
    unowned = {"MIT-INTG-021": PlanDecision("MIT-INTG-021", status="accepted", owner="", due_date="2027-01-29")}
    overall = _score_json(bank, _one_condition(bank, unowned))["overall"]
    assert overall["decision"] == "pilot_only" and overall["conditions"] == []
    assert "conditions_missing" in [r["code"] for r in overall["reasons"]]
    assert overall["pilot_boundary"] == ["internal_users", "limited_scope"]


def test_ready_names_the_approver(bank: QuestionBank) -> None:
    answers = _extreme_answers(bank, BEST_CONTEXT, True)
    overall = _score_json(bank, Assessment(client="c", project="p", answers=answers))["overall"]
    assert overall["decision"] == "ready" and overall["approver"] == "Product owner"
    assert [r["code"] for r in overall["reasons"]] == ["all_clear"]
    assert "Product owner" in overall["reasons"][0]["text"]


# -- bank validate: review-by ------------------------------------------------------------------


def test_builtin_catalogue_needs_no_review_today_and_warns_once_a_date_passes(bank: QuestionBank) -> None:
    assert review_warnings(bank, today=date(2026, 12, 7)) == []
    first = min(f.review_by for f in bank.frameworks.values() if f.review_by)
    due = [f.id for f in bank.frameworks.values() if f.review_by == first]
    later = date.fromisoformat(first) + timedelta(days=1)
    warnings = review_warnings(bank, today=later)
    assert warnings and all(any(fid in w for fid in due) for w in warnings)
    assert all("has passed" in w for w in warnings)
