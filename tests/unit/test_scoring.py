"""Scoring: worked examples on the mini bank, then every property of docs/scoring.md §11 as a hypothesis test."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import NA, UNKNOWN, QuestionBank
from desktop_app.core.scoring import DECISIONS, level_for, level_rank, likelihood_for, score


def make(bank: QuestionBank, values: dict, **conf) -> Assessment:
    answers = {qid: Answer(qid, v, confidence=conf.get(qid, "medium")) for qid, v in values.items()}
    return Assessment(client="C", project="P", bank_id=bank.id, bank_version=bank.version, answers=answers)


def test_likelihood_bands():
    assert [likelihood_for(r) for r in (0, 19.9, 20, 39.9, 40, 60, 79.9, 80, 100)] == [1, 1, 2, 2, 3, 4, 4, 5, 5]


def test_level_matrix_thresholds():
    assert level_for(1, 4) == "low"
    assert level_for(1, 5) == "medium"
    assert level_for(3, 3) == "medium"
    assert level_for(2, 5) == "high"
    assert level_for(4, 4) == "critical"
    assert level_for(5, 5) == "critical"


def test_worked_example_weighted_subchallenge_risk(mini_bank):
    # data.collection: main (weight 2) answered "weak" (3) and scale_q (weight 1) at level 1 (risk 3)
    # -> 100 * (2*3 + 1*3) / (4 * 3) = 75.0
    profile = score(mini_bank, make(mini_bank, {"data.collection.main": "weak", "data.collection.scale_q": 1}))
    sub = profile.challenge("data").subchallenges[0]
    assert sub.risk == pytest.approx(75.0)
    assert profile.challenge("data").risk == pytest.approx(75.0)
    assert profile.challenge("data").likelihood == 4


def test_impact_comes_from_profile_and_context(mini_bank):
    base = score(mini_bank, make(mini_bank, {"context.industry": "creative"}))
    assert base.challenge("data").impact == 2
    more = score(mini_bank, make(mini_bank, {"context.industry": "creative", "context.data_sensitivity": "special"}))
    assert more.challenge("data").impact == 4
    assert more.challenge("compute").impact == 2


def test_nothing_assessed_claims_no_risk(mini_bank):
    profile = score(mini_bank, make(mini_bank, {"context.industry": "healthcare"}))
    assert all(c.risk is None and c.level is None and not c.assessed for c in profile.challenges)
    assert profile.overall.decision == "not_ready"
    assert profile.overall.reason_codes == ("nothing_assessed",)


def test_challenge_not_assessed_is_named_and_blocks_plain_ready(mini_bank):
    values = {f"{c.id}.{s.id}.main": "good" for c in mini_bank.challenges[:5] for s in c.subchallenges}
    profile = score(mini_bank, make(mini_bank, {"context.industry": "creative", **values}))
    assert profile.challenge("security_privacy").assessed is False
    # conditions are needed, but no plan action has an owner and a date: pilot only until one does
    assert profile.overall.decision == "pilot_only"
    assert "conditions_missing" in profile.overall.reason_codes
    reason = next(r for r in profile.overall.reasons if r.code == "not_assessed")
    assert reason.params["challenges"] == ("security_privacy",)


def test_all_good_answers_are_ready(mini_bank):
    values = {f"{c.id}.{s.id}.main": "good" for c in mini_bank.challenges for s in c.subchallenges}
    profile = score(mini_bank, make(mini_bank, {"context.industry": "creative", **values}))
    assert profile.overall.decision == "ready"
    assert profile.overall.risk == 0
    assert profile.overall.readiness == 100


def test_na_leaves_the_denominator(mini_bank):
    with_na = score(mini_bank, make(mini_bank, {"data.collection.main": "weak", "data.collection.scale_q": NA}))
    alone = score(mini_bank, make(mini_bank, {"data.collection.main": "weak"}))
    assert with_na.challenge("data").risk == alone.challenge("data").risk == pytest.approx(75.0)


def test_unknown_scores_at_least_the_middle_and_is_followed_up(mini_bank):
    profile = score(mini_bank, make(mini_bank, {"data.collection.main": UNKNOWN}))
    q = profile.question_scores()["data.collection.main"]
    assert q.risk == 3  # options 0, 1, 3, 4: the middle (upper) option is 3
    assert [f.question for f in profile.follow_up] == ["data.collection.main"]
    assert profile.follow_up[0].reason == "unknown"


def test_low_confidence_answer_is_followed_up(mini_bank):
    profile = score(mini_bank, make(mini_bank, {"data.collection.main": "good"}, **{"data.collection.main": "low"}))
    assert profile.follow_up[0].reason == "low confidence"


def test_blocker_forces_not_ready_and_critical(mini_bank):
    values = {f"{c.id}.{s.id}.main": "good" for c in mini_bank.challenges for s in c.subchallenges}
    values["data.privacy.lawful_basis"] = "none"
    profile = score(mini_bank, make(mini_bank, {"context.industry": "creative", **values}))
    assert profile.overall.decision == "not_ready"
    assert profile.challenge("data").level == "critical"
    assert profile.blockers[0].question == "data.privacy.lawful_basis"
    assert profile.challenge("data").drivers[0].question == "data.privacy.lawful_basis"
    assert profile.overall.reasons[0].code == "blocker"
    assert profile.overall.reasons[0].params["question"] == "data.privacy.lawful_basis"


def test_dont_know_on_a_stop_question_holds_the_deployment(mini_bank):
    values = {f"{c.id}.{s.id}.main": "good" for c in mini_bank.challenges for s in c.subchallenges}
    values["data.privacy.lawful_basis"] = UNKNOWN
    profile = score(mini_bank, make(mini_bank, {"context.industry": "creative", **values}))
    assert profile.overall.decision == "not_ready"
    assert [b.question for b in profile.open_blockers] == ["data.privacy.lawful_basis"]
    assert not profile.blockers
    assert "open_stop_question" in profile.overall.reason_codes
    assert profile.to_dict()["open_blockers"][0]["question"] == "data.privacy.lawful_basis"


def test_dont_know_on_an_ordinary_question_only_adds_conditions(mini_bank):
    values = {f"{c.id}.{s.id}.main": "good" for c in mini_bank.challenges for s in c.subchallenges}
    values["data.collection.scale_q"] = UNKNOWN
    values["data.privacy.lawful_basis"] = "documented"
    profile = score(mini_bank, make(mini_bank, {"context.industry": "creative", **values}))
    assert not profile.open_blockers
    assert profile.overall.decision in ("ready_with_conditions", "pilot_only")


def test_drivers_are_ranked_by_weighted_points_with_shares(mini_bank):
    profile = score(
        mini_bank,
        make(
            mini_bank, {"data.collection.main": "weak", "data.preprocessing.main": "fair", "data.privacy.main": "none"}
        ),
    )
    drivers = profile.challenge("data").drivers
    assert [d.question for d in drivers] == ["data.privacy.main", "data.collection.main", "data.preprocessing.main"]
    assert sum(d.share for d in drivers) == pytest.approx(100.0)


def test_hidden_industry_question_is_not_scored(mini_bank):
    qid = "security_privacy.privacy_preservation.deid_images"
    shown = score(mini_bank, make(mini_bank, {"context.industry": "healthcare", qid: "no"}))
    hidden = score(mini_bank, make(mini_bank, {"context.industry": "creative", qid: "no"}))
    assert shown.challenge("security_privacy").risk == 100
    assert hidden.challenge("security_privacy").risk is None


def test_multi_scores_its_worst_choice(mini_bank):
    profile = score(mini_bank, make(mini_bank, {"data.preprocessing.sources": ["licensed", "scraped"]}))
    assert profile.question_scores()["data.preprocessing.sources"].risk == 3


def test_number_scores_by_band(mini_bank):
    profile = score(mini_bank, make(mini_bank, {"compute.cost.requests": 50_000}))
    assert profile.question_scores()["compute.cost.requests"].risk == 2


def test_what_if_reduction_lowers_risk_and_clears_blocker(mini_bank):
    a = make(mini_bank, {"data.privacy.lawful_basis": "none"})
    today = score(mini_bank, a)
    projected = score(mini_bank, a, reductions={"data.privacy.lawful_basis": 4})
    assert today.blockers and not projected.blockers
    assert projected.challenge("data").risk == 0


def test_explanation_states_the_arithmetic(mini_bank):
    profile = score(mini_bank, make(mini_bank, {"data.collection.main": "weak", "context.industry": "healthcare"}))
    from desktop_app.core.messages import challenge_explanation

    text = challenge_explanation(profile.challenge("data"), mini_bank)
    assert "Risk 75.0" in text and "6 weighted risk points / 8 possible" in text and "Impact 4" in text


def test_json_shape_matches_the_contract(mini_bank):
    d = score(mini_bank, make(mini_bank, {"data.collection.main": "weak"})).to_dict()
    assert set(d["overall"]) >= {"risk", "readiness", "level", "decision"}
    assert {"completion", "blockers", "follow_up", "challenges"} <= set(d)
    ch = d["challenges"][0]
    assert set(ch) >= {
        "id",
        "risk",
        "readiness",
        "likelihood",
        "impact",
        "level",
        "assessed",
        "drivers",
        "subchallenges",
    }


# --------------------------------------------------------------------------------------------
# Properties over random answer sets, on the mini bank and on the real bank


def _answer_strategy(bank: QuestionBank):
    """A strategy producing valid answer dicts for the bank (context included)."""
    parts = {}
    for q in bank.all_questions():
        if q.computed:
            continue
        specials = [NA] if q.allow_na else []
        specials += [UNKNOWN] if q.allow_unknown else []
        if q.type in ("single", "yesno", "scale"):
            choices = [int(o.id) if q.type == "scale" else o.id for o in q.options]
            base = st.sampled_from(choices + specials)
        elif q.type == "multi":
            ids = [o.id for o in q.options if not o.exclusive]
            base = st.one_of(
                st.lists(st.sampled_from(ids), min_size=1, max_size=len(ids), unique=True),
                st.sampled_from(specials or [[ids[0]]]),
            )
        elif q.type == "number":
            lo = q.minimum if q.minimum is not None else 0
            hi = q.maximum if q.maximum is not None else 1e7
            base = st.one_of(st.integers(int(lo), int(min(hi, 1e7))), st.sampled_from(specials or [int(lo)]))
        else:
            base = st.text(max_size=20)
        parts[q.id] = st.one_of(st.none(), base)
    return st.fixed_dictionaries(parts).map(lambda d: {k: v for k, v in d.items() if v is not None})


def _number_in_each_band(q) -> list[float]:
    """One allowed value inside each of a number question's bands (the band's top, or just above the last top)."""
    lo = q.minimum if q.minimum is not None else 0
    hi = q.maximum if q.maximum is not None else 1e7
    values, previous = [], None
    for band in q.bands:
        v = band.upto if band.upto is not None else (previous + 1 if previous is not None else lo)
        if lo <= v <= hi and q.band_for(v) is band:
            values.append(v)
        previous = band.upto if band.upto is not None else previous
    return values


def _better_options(bank: QuestionBank, qid: str, value):
    """Answers to qid that score strictly lower risk than value (the 'better answers').

    Multiple choice: the same choices less one (dropping a choice never adds risk). Numbers: a value
    in a band of lower risk.
    """
    q = bank.question(qid)
    if value in (NA, UNKNOWN) or (isinstance(value, list) and value and value[0] in (NA, UNKNOWN)):
        return []
    if q.type == "multi":  # a scored one: dropping a context choice (a jurisdiction) is no "better answer"
        if len(value) < 2 or all(o.risk is None for o in q.options):
            return []
        return [[v for v in value if v != drop] for drop in value]
    if q.type == "number":
        band = q.band_for(value)
        return [v for v in _number_in_each_band(q) if band is not None and q.band_for(v).risk < band.risk]
    if q.type not in ("single", "yesno", "scale"):
        return []
    current = q.option(str(value))
    return [
        int(o.id) if q.type == "scale" else o.id
        for o in q.options
        if o.risk is not None and current is not None and current.risk is not None and o.risk < current.risk
    ]


def _risks(profile):
    yield ("overall", profile.overall.risk, profile.overall.level)
    for c in profile.challenges:
        yield (c.id, c.risk, c.level)
        for s in c.subchallenges:
            yield (s.key, s.risk, s.level)


BANKS = ["mini", "builtin"]


@pytest.fixture(params=BANKS)
def any_bank(request, mini_bank):
    if request.param == "mini":
        return mini_bank
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


PROP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROP
@given(data=st.data())
def test_property_bounded_and_deterministic(any_bank, data):
    values = data.draw(_answer_strategy(any_bank))
    a = make(any_bank, values)
    p1, p2 = score(any_bank, a), score(any_bank, a)
    assert p1.to_dict() == p2.to_dict()
    for _, risk, _ in _risks(p1):
        assert risk is None or 0 <= risk <= 100
    for c in p1.challenges:
        assert 1 <= c.impact <= 5
        assert c.likelihood is None or 1 <= c.likelihood <= 5
    assert p1.overall.decision in DECISIONS


def _check_a_better_answer(bank: QuestionBank, data, types: tuple[str, ...]) -> None:
    """Any answers, one question of ``types`` answered so that a better answer exists, then that better answer."""
    values = data.draw(_answer_strategy(bank))
    targets = [q for q in bank.all_questions() if q.type in types and not q.computed and q.scored]
    q = data.draw(st.sampled_from(targets))
    if q.type == "multi":
        ids = [o.id for o in q.options if not o.exclusive]
        start = data.draw(st.lists(st.sampled_from(ids), min_size=2, max_size=len(ids), unique=True))
    else:
        start = data.draw(st.one_of(st.sampled_from(_number_in_each_band(q)), st.integers(0, 10_000_000)))
    assume(_better_options(bank, q.id, start))
    qid, values = q.id, {**values, q.id: start}
    better = data.draw(st.sampled_from(_better_options(bank, qid, values[qid])))
    _assert_no_worse(bank, values, qid, better)


def _assert_no_worse(bank, values, qid, better):
    """Answering ``better`` for ``qid`` raises no risk, level or decision anywhere."""
    before = score(bank, make(bank, values))
    after = score(bank, make(bank, {**values, qid: better}))
    for (name, r1, l1), (_, r2, l2) in zip(_risks(before), _risks(after), strict=True):
        if r1 is not None:
            assert r2 is not None and r2 <= r1 + 1e-9, name
        assert level_rank(l2) <= level_rank(l1), name
    assert DECISIONS.index(after.overall.decision) <= DECISIONS.index(before.overall.decision)


@PROP
@given(data=st.data())
def test_property_dropping_a_multiple_choice_never_raises_any_risk(any_bank, data):
    """Issue 9: monotonicity for multiple choice (a choice less: the worst chosen option can only improve)."""
    _check_a_better_answer(any_bank, data, ("multi",))


@PROP
@given(data=st.data())
def test_property_a_number_in_a_lower_risk_band_never_raises_any_risk(mini_bank, data):
    """Issue 9: monotonicity for numbers (the mini bank: the built-in bank's numbers feed the cost
    estimate and are not scored by bands)."""
    assert any(q.type == "number" and q.bands for q in mini_bank.all_questions())
    _check_a_better_answer(mini_bank, data, ("number",))


@PROP
@given(data=st.data())
def test_property_better_answer_never_raises_any_risk(any_bank, data):
    values = data.draw(_answer_strategy(any_bank))
    candidates = [qid for qid, v in values.items() if _better_options(any_bank, qid, v)]
    if not candidates:
        return
    qid = data.draw(st.sampled_from(candidates))
    better = data.draw(st.sampled_from(_better_options(any_bank, qid, values[qid])))
    _assert_no_worse(any_bank, values, qid, better)


@PROP
@given(data=st.data())
def test_property_more_sensitive_context_never_lowers_a_level(any_bank, data):
    values = data.draw(_answer_strategy(any_bank))
    ordered = [q for q in any_bank.context if q.ordered and len(q.options) > 1]
    if not ordered:
        return
    q = data.draw(st.sampled_from(ordered))
    i = data.draw(st.integers(0, len(q.options) - 2))
    j = data.draw(st.integers(i + 1, len(q.options) - 1))
    low = score(any_bank, make(any_bank, {**values, q.id: q.options[i].id}))
    high = score(any_bank, make(any_bank, {**values, q.id: q.options[j].id}))
    for c_low, c_high in zip(low.challenges, high.challenges, strict=True):
        assert c_high.impact >= c_low.impact
        assert level_rank(c_high.level) >= level_rank(c_low.level)


@PROP
@given(data=st.data())
def test_property_na_is_neutral(any_bank, data):
    """Marking a question N/A gives the same result as not having the question at all."""
    values = data.draw(_answer_strategy(any_bank))
    scored = [q.id for q in any_bank.all_questions() if q.scored and q.allow_na and not q.computed]
    qid = data.draw(st.sampled_from(scored))
    with_na = score(any_bank, make(any_bank, {**values, qid: NA}))
    without = score(any_bank, make(any_bank, {k: v for k, v in values.items() if k != qid}))
    assert [r for _, r, _ in _risks(with_na)] == [r for _, r, _ in _risks(without)]


@PROP
@given(data=st.data())
def test_property_unknown_at_least_middle_and_followed_up(any_bank, data):
    values = data.draw(_answer_strategy(any_bank))
    scored = [
        q
        for q in any_bank.all_questions()
        if q.scored and q.allow_unknown and not q.computed and q.show_if is None and q.applies_if is None
    ]
    q = data.draw(st.sampled_from(scored))
    profile = score(any_bank, make(any_bank, {**values, q.id: UNKNOWN}))
    qs = profile.question_scores()[q.id]
    assert qs.risk >= max(2, q.middle_risk)
    assert q.id in {f.question for f in profile.follow_up}
    if any(o.blocker for o in q.options):  # a stop question left open holds the deployment
        assert profile.overall.decision == "not_ready"
        assert q.id in {b.question for b in profile.open_blockers}


@PROP
@given(data=st.data())
def test_property_any_blocker_forces_not_ready(any_bank, data):
    values = data.draw(_answer_strategy(any_bank))
    blockers = [
        (q.id, o.id)
        for q in any_bank.all_questions()
        if q.show_if is None and q.applies_if is None and q.type in ("single", "yesno")
        for o in q.options
        if o.blocker
    ]
    qid, oid = data.draw(st.sampled_from(blockers))
    profile = score(any_bank, make(any_bank, {**values, qid: oid}))
    assert profile.overall.decision == "not_ready"
    assert qid in {b.question for b in profile.blockers}
    ch = any_bank.question(qid).challenge
    assert profile.challenge(ch).level == "critical"
    assert profile.challenge(ch).drivers[0].question in {b.question for b in profile.blockers}


@PROP
@given(data=st.data())
def test_property_each_assessed_challenge_names_its_drivers(any_bank, data):
    values = data.draw(_answer_strategy(any_bank))
    profile = score(any_bank, make(any_bank, values))
    for c in profile.challenges:
        if c.risk:
            assert c.drivers, c.id
            assert all(d.risk > 0 for d in c.drivers)
        else:
            assert not c.drivers
