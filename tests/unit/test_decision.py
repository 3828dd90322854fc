"""Decision method v2 on the format-2 mini bank: tiers, required controls, conditions, pilot boundary,
weakest link, provisional verdicts, and tests aimed at the mutants named in issue 11."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.assessment import Answer, Assessment, PlanDecision
from desktop_app.core.bank import NA, UNKNOWN, QuestionBank, load_bank
from desktop_app.core.context import impact_for, impact_tier
from desktop_app.core.decision import DECISIONS, Findings, decide
from desktop_app.core.messages import provisional_text, reason_text
from desktop_app.core.scoring import answer_risk, overall_level, score
from tests.conftest import FIXTURES

CHALLENGES = ("data", "compute", "interpretability", "ethics_legal", "integration", "security_privacy")


@pytest.fixture(scope="module")
def v2() -> QuestionBank:
    return load_bank(FIXTURES / "mini-bank-v2.yaml")


def make(bank: QuestionBank, values: dict, plan: dict | None = None) -> Assessment:
    answers = {qid: Answer(qid, v) for qid, v in values.items()}
    return Assessment(
        client="C",
        project="P",
        bank_id=bank.id,
        bank_version=bank.version,
        answers=answers,
        plan=plan or {},
        workshop_date="2026-12-01",
    )


def good(bank: QuestionBank, **context: object) -> dict:
    values: dict = {f"{c.id}.{s.id}.main": "good" for c in bank.challenges for s in c.subchallenges}
    values["data.privacy.lawful_basis"] = "documented"
    values.update({"context.industry": "creative", "context.jurisdictions": ["us"], "context.affected": "staff"})
    values.update({f"context.{k}": v for k, v in context.items()})
    return values


# -- impact tier ------------------------------------------------------------------------------


def test_tier_from_summed_points_and_min_tier(v2):
    assert impact_tier(v2, good(v2)).tier.id == "I"
    assert impact_tier(v2, good(v2, data_sensitivity="personal")).tier.id == "II"  # 2 points
    assert impact_tier(v2, good(v2, data_sensitivity="special", affected="public")).tier.id == "III"  # 5 points
    assert impact_tier(v2, good(v2, data_sensitivity="special", affected="vulnerable")).tier.id == "IV"  # 6
    # vulnerable people: 3 points (tier II by points) but min_tier III
    result = impact_tier(v2, good(v2, affected="vulnerable"))
    assert result.points == 3 and result.tier.id == "III"


def test_dont_know_context_answer_adds_tier_points_and_impact(v2):
    """Mutant: a "don't know" context answer adding no impact."""
    unanswered = good(v2)
    del unanswered["context.affected"]
    unknown = {**unanswered, "context.affected": UNKNOWN}
    assert impact_tier(v2, unknown).points == impact_tier(v2, unanswered).points + 3
    assert impact_tier(v2, unknown).tier.id == "III"  # the most demanding option's min_tier
    blank = {k: v for k, v in good(v2).items() if k != "context.data_sensitivity"}
    i_blank = impact_for(v2, blank)["data"][0]
    i_unknown = impact_for(v2, {**blank, "context.data_sensitivity": UNKNOWN})["data"][0]
    i_special = impact_for(v2, {**blank, "context.data_sensitivity": "special"})["data"][0]
    assert i_unknown == i_special > i_blank


# -- answers ----------------------------------------------------------------------------------


def test_multi_choice_scores_its_worst_choice_wherever_it_stands(v2):
    """Mutant: a multi-choice answer scored by its last choice instead of its worst."""
    q = v2.question("data.preprocessing.sources")
    assert answer_risk(v2, q, ["scraped", "licensed"]) == 3
    assert answer_risk(v2, q, ["licensed", "scraped"]) == 3
    assert answer_risk(v2, q, ["customer", "scraped", "licensed"]) == 3


def test_overall_level_is_the_highest_challenge_level(v2):
    """Mutant: the overall level taken as the minimum instead of the maximum."""
    values = good(v2)
    values["data.privacy.lawful_basis"] = "none"  # a blocker: data is critical, the rest low
    profile = score(v2, make(v2, values))
    levels = {c.id: c.level for c in profile.challenges}
    assert levels["data"] == "critical" and levels["compute"] == "low"
    assert profile.overall.level == "critical"
    assert overall_level(profile.challenges) == "critical"


def test_weakest_link_makes_a_challenge_at_least_high(v2):
    values = good(v2)
    values["security_privacy.breaches.main"] = "weak"  # weight 3, risk 3
    profile = score(v2, make(v2, values))
    sp = profile.challenge("security_privacy")
    assert sp.risk == pytest.approx(100 * 9 / 28)  # likelihood 2 x impact 2 = 4 would be low
    assert sp.level == "high"
    assert sp.weakest_link == ("security_privacy.breaches.main",)
    assert profile.overall.decision == "pilot_only"
    assert "weakest_link" in profile.overall.reason_codes
    values["security_privacy.breaches.main"] = "fair"  # risk 1: no weakest link
    assert score(v2, make(v2, values)).challenge("security_privacy").level == "low"


# -- the decision -----------------------------------------------------------------------------


def _findings(risk: float) -> Findings:
    return Findings(risk=risk, levels=dict.fromkeys(CHALLENGES, "low"), risks=dict.fromkeys(CHALLENGES, risk))


def test_pilot_only_threshold_is_inclusive(v2):
    """Mutant: the pilot_only threshold compared with > instead of >=."""
    a = make(v2, good(v2))
    tier = impact_tier(v2, good(v2))
    assert v2.decision.pilot_only_risk == 50
    assert decide(v2, a, good(v2), _findings(50.0), tier).decision == "pilot_only"
    assert decide(v2, a, good(v2), _findings(49.9), tier).decision == "ready"


def test_all_good_at_tier_one_is_ready_and_names_the_approver(v2):
    profile = score(v2, make(v2, good(v2)))
    assert profile.overall.decision == "ready"
    assert profile.overall.tier.tier.id == "I"
    assert profile.overall.approver == "Product owner"
    assert profile.to_dict()["overall"]["approver"] == "Product owner"


def test_all_good_at_high_impact_is_ready_with_the_tier_approver(v2):
    profile = score(v2, make(v2, good(v2, affected="vulnerable", data_sensitivity="special")))
    assert profile.overall.tier.tier.id == "IV"
    assert profile.overall.decision == "ready", profile.overall.reasons
    assert profile.overall.approver == "Board"


def test_required_phase0_control_missing_or_unknown_is_not_ready(v2):
    values = good(v2, data_sensitivity="personal")  # tier II requires breaches.main good or fair
    values["security_privacy.breaches.main"] = "none"
    profile = score(v2, make(v2, values))
    assert profile.overall.decision == "not_ready"
    reason = next(r for r in profile.overall.reasons if r.code == "control_missing")
    assert reason.params == {"control": "security_privacy.breaches.main", "phase": 0, "tier": "II"}
    del values["security_privacy.breaches.main"]
    profile = score(v2, make(v2, values))
    assert profile.overall.decision == "not_ready"
    assert "control_unknown" in profile.overall.reason_codes
    # the same gap at tier I is not a required control
    values = good(v2)
    del values["security_privacy.breaches.main"]
    assert "control_unknown" not in score(v2, make(v2, values)).overall.reason_codes


def test_later_phase_control_is_a_condition(v2):
    values = good(v2, affected="vulnerable")  # tier III: data.collection.main must be good by phase 1
    values["data.collection.main"] = "fair"
    profile = score(v2, make(v2, values))
    assert profile.overall.decision == "pilot_only"  # a condition, but no owned action yet
    assert {"control_missing", "conditions_missing"} <= set(profile.overall.reason_codes)
    plan = {"MIT-T-001": PlanDecision("MIT-T-001", status="accepted", owner="Ana", due_date="2027-01-31")}
    profile = score(v2, make(v2, values, plan))
    assert profile.overall.decision == "ready_with_conditions"
    assert [c.key for c in profile.overall.conditions] == ["MIT-T-001"]
    assert profile.overall.conditions[0].owner == "Ana"


def test_ready_with_conditions_needs_an_owned_dated_condition(v2):
    values = good(v2, industry="healthcare")
    values["data.collection.main"] = "weak"  # data: likelihood 2 x impact 4 = medium; MIT-T-001/002 proposed
    values["data.preprocessing.main"] = "weak"
    bare = score(v2, make(v2, values))
    assert bare.challenge("data").level == "medium"
    assert bare.overall.decision == "pilot_only"
    assert "conditions_missing" in bare.overall.reason_codes
    undated = {"MIT-T-001": PlanDecision("MIT-T-001", owner="Ana", due_date="")}
    # a due date comes from the workshop date and the phase when none is set, so give no workshop date
    a = make(v2, values, undated)
    a = Assessment(client="C", project="P", answers=a.answers, plan=a.plan)
    assert score(v2, a).overall.decision == "pilot_only"
    owned = {"MIT-T-001": PlanDecision("MIT-T-001", owner="Ana", due_date="2027-02-01")}
    profile = score(v2, make(v2, values, owned))
    assert profile.overall.decision == "ready_with_conditions"
    assert profile.overall.conditions and all(c.owner and c.due_date for c in profile.overall.conditions)


def test_pilot_only_carries_the_tiers_pilot_boundary(v2):
    values = good(v2, affected="vulnerable")
    values["interpretability.black_box.main"] = "none"
    values["interpretability.bias_fairness.main"] = "none"
    profile = score(v2, make(v2, values))
    assert profile.overall.decision == "pilot_only"
    assert profile.overall.pilot_boundary == ("internal_users", "human_review")
    d = profile.to_dict()["overall"]
    assert d["pilot_boundary"] == ["internal_users", "human_review"]
    assert d["tier"]["id"] == "III" and d["sign_off"] == ["Risk lead", "DPO"]


def test_healthcare_all_zero_risk_is_ready_like_general(v2):
    """Issue 11: the sector alone no longer turns an all-zero-risk assessment into conditions."""
    for industry in ("healthcare", "general"):
        profile = score(v2, make(v2, good(v2, industry=industry)))
        assert profile.overall.decision == "ready", (industry, profile.overall.reasons)


# -- provisional verdicts and rendering -------------------------------------------------------


def test_provisional_verdict_on_few_answers(v2):
    profile = score(v2, make(v2, {"context.industry": "creative", "data.collection.main": "good"}))
    assert profile.overall.provisional
    assert 0 < profile.overall.coverage < 50
    assert provisional_text(profile.overall) == f"Provisional – {profile.overall.coverage:.0f} % answered"
    assert not score(v2, make(v2, good(v2))).overall.provisional


def test_every_reason_renders_as_a_sentence(v2):
    scenarios = [good(v2), {"context.industry": "creative"}]
    s = good(v2, affected="vulnerable")
    s.update({"data.collection.main": "fair", "data.privacy.lawful_basis": "none", "compute.cost.main": UNKNOWN})
    s["security_privacy.breaches.main"] = "weak"
    scenarios.append(s)
    seen = set()
    for values in scenarios:
        profile = score(v2, make(v2, values))
        for r in profile.overall.reasons:
            text = reason_text(r, v2, profile)
            assert (text != r.code and text.endswith((".", ":"))) or " " in text, r
            seen.add(r.code)
    assert {"blocker", "all_clear", "nothing_assessed", "control_missing", "unknown_answers"} <= seen


def test_na_on_a_required_control_means_not_required(v2):
    values = good(v2, data_sensitivity="personal")
    values["security_privacy.breaches.main"] = NA
    profile = score(v2, make(v2, values))
    assert [c.status for c in profile.overall.controls] == ["not_required"]


# -- monotonicity for multi-choice and number questions ----------------------------------------

PROP = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _levels(profile):
    return [(c.id, c.risk, c.level) for c in profile.challenges]


@PROP
@given(data=st.data())
def test_property_adding_a_riskier_choice_never_lowers_risk(v2, data):
    q = v2.question("data.preprocessing.sources")
    ids = [o.id for o in q.options if not o.exclusive]
    chosen = data.draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))
    extra = data.draw(st.sampled_from(ids))
    base = good(v2)
    before = score(v2, make(v2, {**base, q.id: chosen}))
    after = score(v2, make(v2, {**base, q.id: sorted({*chosen, extra})}))
    from desktop_app.core.scoring import level_rank

    for (name, r1, l1), (_, r2, l2) in zip(_levels(before), _levels(after), strict=True):
        assert r1 is None or (r2 is not None and r2 >= r1 - 1e-9), name
        assert level_rank(l2) >= level_rank(l1), name
    assert DECISIONS.index(after.overall.decision) >= DECISIONS.index(before.overall.decision)


@PROP
@given(data=st.data())
def test_property_number_in_a_riskier_band_never_lowers_risk(v2, data):
    q = v2.question("compute.cost.requests")
    x = data.draw(st.integers(0, 10_000_000))
    y = data.draw(st.integers(0, 10_000_000))
    rx, ry = q.band_for(x), q.band_for(y)
    assert rx is not None and ry is not None
    if rx.risk > ry.risk:
        x, y = y, x
    base = good(v2)
    low = score(v2, make(v2, {**base, q.id: x}))
    high = score(v2, make(v2, {**base, q.id: y}))
    assert high.challenge("compute").risk >= low.challenge("compute").risk
    assert DECISIONS.index(high.overall.decision) >= DECISIONS.index(low.overall.decision)
