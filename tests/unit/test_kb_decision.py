"""Decision method v2 on the built-in bank (issue 11: "The knowledge-base test checks each rule above
on the built-in bank").

tests/unit/test_decision.py checks each rule on the small format-2 test bank, where every figure is
easy to follow; these check the same rules, and the four mutants the issue names, on the real bank
and its samples, so a change to the bank's tiers, controls or weights cannot quietly switch a rule
off.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Assessment, PlanDecision
from desktop_app.core.bank import UNKNOWN, QuestionBank, load_bank
from desktop_app.core.exchange import parse_answers_json
from desktop_app.core.scoring import answer_risk, level_rank, score
from tests.unit.test_knowledge_base import BEST_CONTEXT, _extreme_answers

ROOT = Path(__file__).resolve().parents[2]
BANK_PATH = ROOT / "resources" / "question_banks" / "genai-readiness.yaml"
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


def _sample(bank: QuestionBank, name: str) -> Assessment:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    meta = json.loads(text)["assessment"]
    imported = parse_answers_json(text, bank, name)
    return Assessment(
        client=meta["client"],
        project=meta["project"],
        workshop_date=meta["workshop_date"],
        answers={a.question: a for a in imported.answers},
        plan={d.key: d for d in imported.plan},
    )


def _best(bank: QuestionBank, **context: object) -> dict[str, Answer]:
    answers = _extreme_answers(bank, BEST_CONTEXT, True)
    for key, value in context.items():
        qid = f"context.{key}"
        answers[qid] = Answer(qid, value)
    return answers


def _assess(answers: dict[str, Answer], plan: dict | None = None) -> Assessment:
    return Assessment(client="c", project="p", answers=answers, plan=plan or {}, workshop_date="2026-12-07")


# -- 1. impact tier from the context answers, not from the sector alone ---------------------------


def test_the_tier_comes_from_the_context_not_the_sector(bank: QuestionBank) -> None:
    general = score(bank, _assess(_best(bank))).overall.tier
    healthcare = score(bank, _assess(_best(bank, industry="healthcare"))).overall.tier
    assert general.tier.id == healthcare.tier.id == "I"
    # the same sector with more at stake: vulnerable people, harm hard to undo, a decision replaced
    raised = score(
        bank,
        _assess(
            _best(
                bank,
                industry="healthcare",
                affected_people="vulnerable",
                reversibility="hard",
                replaces_human_decision="replaces_routine",
            )
        ),
    ).overall.tier
    assert raised.points == 3 + 2 + 2 and raised.tier.id == "II"


@pytest.mark.parametrize(
    ("key", "option", "tier"),
    [
        ("affected_people", "vulnerable", "II"),
        ("data_sensitivity", "special_category", "II"),
        ("autonomy", "fully_autonomous", "III"),
        ("reversibility", "irreversible", "III"),
        ("replaces_human_decision", "replaces_consequential", "III"),
    ],
)
def test_a_single_severe_context_answer_sets_a_minimum_tier(
    bank: QuestionBank, key: str, option: str, tier: str
) -> None:
    result = score(bank, _assess(_best(bank, **{key: option}))).overall.tier
    assert result.tier.id == tier, (key, result.points)


def test_dont_know_on_a_context_question_counts_as_its_most_demanding_option(bank: QuestionBank) -> None:
    """Mutant: a "don't know" context answer adding no impact or tier points."""
    worst = score(bank, _assess(_best(bank, data_sensitivity="special_category")))
    unknown = score(bank, _assess(_best(bank, data_sensitivity=UNKNOWN)))
    assert unknown.overall.tier.points == worst.overall.tier.points == 3
    assert unknown.overall.tier.tier.id == "II"
    for a, b in zip(unknown.challenges, worst.challenges, strict=True):
        assert a.impact == b.impact, a.id
    assert score(bank, _assess(_best(bank))).challenge("data").impact < unknown.challenge("data").impact


# -- 2./3. controls, sign-off, the four decisions ------------------------------------------------


def test_a_missing_phase_0_control_is_not_ready_on_the_healthcare_sample(bank: QuestionBank) -> None:
    overall = score(bank, _sample(bank, "healthcare-synthetic-imaging.json")).overall
    assert overall.decision == "not_ready" and overall.reasons[0].code != "blocker"
    missing0 = [c.control.question for c in overall.controls if c.control.phase == 0 and c.status == "missing"]
    assert missing0 == ["ethics_legal.regulatory.ai_act_class"]
    assert overall.reasons[0].code == "control_missing"


def test_a_phase_0_control_answered_dont_know_is_not_ready_on_the_healthcare_sample(bank: QuestionBank) -> None:
    """Issue 11, decision 3: "a required phase-0 control for the tier missing *or unknown*". With the
    classification signed off the healthcare sample is pilot only; with one phase-0 control that
    has no blocker option answered "don't know" instead, it is not ready again, for that reason."""
    sample = _sample(bank, "healthcare-synthetic-imaging.json")
    signed = {
        **sample.answers,
        "ethics_legal.regulatory.ai_act_class": Answer("ethics_legal.regulatory.ai_act_class", "classified"),
    }
    overall = score(bank, replace(sample, answers=signed)).overall
    assert overall.decision == "pilot_only"
    phase0 = [c.control.question for c in overall.controls if c.control.phase == 0 and c.status == "in_place"]
    qid = next(q for q in phase0 if not any(o.blocker for o in bank.question(q).options))
    overall = score(bank, replace(sample, answers={**signed, qid: Answer(qid, UNKNOWN)})).overall
    assert overall.decision == "not_ready"
    assert [c.control.question for c in overall.controls if c.control.phase == 0 and c.status == "unknown"] == [qid]
    assert overall.reasons[0].code == "control_unknown" and overall.reasons[0].params.get("control") == qid


def test_ready_with_conditions_has_owned_dated_conditions_and_ready_names_the_approver(bank: QuestionBank) -> None:
    answers = _best(bank)
    assert score(bank, _assess(answers)).overall.decision == "ready"
    answers["integration.user_training.usage_rules"] = Answer("integration.user_training.usage_rules", "general")
    bare = score(bank, _assess(answers)).overall
    assert bare.decision == "pilot_only" and bare.pilot_boundary  # a condition nobody owns
    owned = {"MIT-INTG-021": PlanDecision("MIT-INTG-021", status="accepted", owner="Ana", due_date="2027-01-29")}
    conditional = score(bank, _assess(answers, owned)).overall
    assert conditional.decision == "ready_with_conditions"
    assert conditional.conditions and all(c.owner and c.due_date for c in conditional.conditions)
    assert conditional.approver == bank.tiers[0].sign_off[0]


# -- 4. weakest link -----------------------------------------------------------------------------


def test_weakest_link_holds_the_financial_integration_at_high(bank: QuestionBank) -> None:
    profile = score(bank, _sample(bank, "financial-fraud-detection.json"))
    integration = profile.challenge("integration")
    assert (integration.likelihood or 0) * integration.impact < 10  # the matrix alone says medium
    assert integration.level == "high"
    assert integration.weakest_link == ("integration.legacy.fallback",)
    codes = [(r.code, r.params.get("question")) for r in profile.overall.reasons]
    assert ("weakest_link", "integration.legacy.fallback") in codes


# -- 5. the mutants of issue 11 -------------------------------------------------------------------


def test_pilot_only_threshold_is_inclusive_on_the_builtin_bank(bank: QuestionBank) -> None:
    """Mutant: the ``pilot_only`` threshold compared with ``>`` instead of ``>=``."""
    answers = _best(bank)
    answers["integration.user_training.usage_rules"] = Answer("integration.user_training.usage_rules", "general")
    owned = {"MIT-INTG-021": PlanDecision("MIT-INTG-021", status="accepted", owner="Ana", due_date="2027-01-29")}
    assessment = _assess(answers, owned)
    risk = score(bank, assessment).overall.risk
    assert risk is not None and 0 < risk < bank.decision.pilot_only_risk
    at = replace(bank, decision=replace(bank.decision, pilot_only_risk=risk))
    assert score(at, assessment).overall.decision == "pilot_only"
    assert "overall_risk_high" in score(at, assessment).overall.reason_codes
    above = replace(bank, decision=replace(bank.decision, pilot_only_risk=risk + 0.01))
    assert score(above, assessment).overall.decision == "ready_with_conditions"


def test_overall_level_is_the_highest_on_the_samples(bank: QuestionBank) -> None:
    """Mutant: the overall level taken as the minimum instead of the maximum."""
    for name in sorted(p.name for p in SAMPLES.glob("*.json")):
        profile = score(bank, _sample(bank, name))
        levels = [c.level for c in profile.challenges if c.level]
        assert len(set(levels)) > 1, name  # a sample with mixed levels tells max from min
        assert profile.overall.level == max(levels, key=level_rank), name


def test_a_multiple_choice_answer_scores_its_worst_choice(bank: QuestionBank) -> None:
    """Mutant: a multi-choice answer scored by its last choice instead of its worst."""
    multis = [q for q in bank.all_questions() if q.type == "multi" and q.scored]
    assert multis
    for q in multis:
        plain = sorted((o for o in q.options if not o.exclusive), key=lambda o: o.risk or 0)
        best, worst = plain[0], plain[-1]
        assert (best.risk or 0) < (worst.risk or 0), q.id
        for order in ([worst.id, best.id], [best.id, worst.id]):
            assert answer_risk(bank, q, order) == worst.risk, (q.id, order)
