"""The decision's reasons as codes, most decisive first, each pointing at the question to change."""

from __future__ import annotations

from desktop_app.analysis.reasons import decision_reasons
from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.scoring import score


def _assessment(answers: dict[str, object]) -> Assessment:
    return Assessment("C", "P", answers={q: Answer(q, v) for q, v in answers.items()})  # type: ignore[arg-type]


def test_a_blocker_comes_first_and_points_at_its_question(mini_bank):
    a = _assessment(
        {
            "context.industry": "financial_services",
            "interpretability.black_box.main": "weak",
            "data.privacy.lawful_basis": "none",
        }
    )
    reasons = decision_reasons(score(mini_bank, a), mini_bank, a)
    assert reasons[0].code == "blocker"
    assert (reasons[0].question, reasons[0].answer) == ("data.privacy.lawful_basis", "None")
    assert [r.code for r in reasons[:3]] == ["blocker", "critical", "high"]


def test_a_level_reason_points_at_the_challenges_main_driver(mini_bank):
    a = _assessment(
        {"context.industry": "financial_services", "compute.cost.main": "none", "data.collection.main": "good"}
    )
    reasons = {r.code: r for r in decision_reasons(score(mini_bank, a), mini_bank, a)}
    assert reasons["high"].challenge == "compute" and reasons["high"].question == "compute.cost.main"


def test_a_challenge_not_assessed_points_at_its_first_unanswered_question(mini_bank):
    a = _assessment({"context.industry": "financial_services", "data.collection.main": "good"})
    missing = [r for r in decision_reasons(score(mini_bank, a), mini_bank, a) if r.code == "not_assessed"]
    assert [r.challenge for r in missing][:2] == ["compute", "interpretability"]
    assert missing[0].question == "compute.cost.main"


def test_open_dont_know_answers_are_counted_and_the_first_is_linked(mini_bank):
    a = _assessment(
        {"context.industry": "financial_services", "data.collection.main": "unknown", "data.privacy.main": "unknown"}
    )
    unknown = next(r for r in decision_reasons(score(mini_bank, a), mini_bank, a) if r.code == "unknown_answers")
    assert (unknown.count, unknown.question) == (2, "data.collection.main")


def test_an_empty_assessment_has_one_reason(mini_bank):
    a = _assessment({})
    assert [r.code for r in decision_reasons(score(mini_bank, a), mini_bank, a)] == ["nothing_assessed"]
