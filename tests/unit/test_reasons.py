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


# --------------------------------------------------------------------------------------------
# The reasons follow the decision method (v2): the views list what the decision weighs, in its order


def _sample_profile(path):
    from desktop_app.storage.document import ReadinessDocument

    doc = ReadinessDocument.open(path, readonly=True)
    try:
        return doc.bank, doc.assessment()
    finally:
        doc.close()


def test_the_reason_that_decides_comes_first_on_the_sample(sample_path):
    bank, a = _sample_profile(sample_path)
    profile = score(bank, a)
    assert profile.overall.decision == "not_ready"
    reasons = decision_reasons(profile, bank, a)
    core_first = profile.overall.reasons[0]
    # the healthcare sample stops at a phase-0 control required by its tier, not at a high challenge
    assert core_first.code == "control_missing" and core_first.params["phase"] == 0
    assert reasons[0].code == "control_missing"
    assert reasons[0].question == core_first.params["control"]
    assert (reasons[0].phase, reasons[0].tier) == (0, profile.overall.tier.tier.id)
    assert reasons[0].question_text == bank.question(core_first.params["control"]).text


def test_every_core_reason_is_shown_in_the_core_order(sample_path, fraud_sample_path):
    for path in (sample_path, fraud_sample_path):
        bank, a = _sample_profile(path)
        profile = score(bank, a)
        shown = decision_reasons(profile, bank, a)
        # each core reason maps to one or more view reasons, in the same order; nothing is dropped
        core = [r.code for r in profile.overall.reasons]
        assert [r.source for r in shown] == sorted([r.source for r in shown])
        assert {r.source for r in shown} == set(range(len(core)))


def test_conditions_and_approver_are_shown(mini_bank):
    from desktop_app.analysis.reasons import _from_core
    from desktop_app.core.decision import Reason

    cond = _from_core(Reason("conditions", {"count": 3, "unowned": 1}), 0, None, None, None)
    assert [(r.code, r.count, r.unowned) for r in cond] == [("conditions", 3, 1)]
    clear = _from_core(Reason("all_clear", {"tier": "II", "approver": "CIO"}), 0, None, None, None)
    assert [(r.code, r.tier, r.approver) for r in clear] == [("all_clear", "II", "CIO")]
