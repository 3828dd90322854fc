"""Scoring asks each question's visibility and each answer's risk once per run (``scoring_inputs``);
here a straightforward scoring that asks them again at every place that reads them, as
``core/scoring.py`` did until 8 December 2026, must give an equal risk profile: on every bundled
sample, and on random answer sets with random confidences, leftover answers, answers holding only a
note and what-if reductions, on the mini bank and on the real one.

The reference below is that earlier code, kept whole in the parts that changed (the question, the
sub-challenge, the challenge, completion, the follow-up list and the impact); the parts that did
not change are the module's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import scoring
from desktop_app.core.assessment import Answer, Assessment, answer_label
from desktop_app.core.bank import CHALLENGE_IDS, CONFIDENCES, NA, UNKNOWN, Question, QuestionBank, SubChallenge
from desktop_app.core.context import ImpactPart, chosen_options, impact_for, impact_tier
from desktop_app.core.decision import decide
from desktop_app.core.scoring import (
    ChallengeScore,
    Completion,
    FollowUp,
    QuestionScore,
    RiskProfile,
    SubchallengeScore,
    answer_risk,
    challenge_level,
    effective_answers,
    findings_of,
    is_blocker_answer,
    level_for,
    likelihood_for,
    score,
    weakest_link,
)
from tests.samples import SAMPLES, load_sample
from tests.unit.test_scoring import _answer_strategy, make

# --------------------------------------------------------------------------------------------
# The straightforward reference: every part asks is_visible and answer_risk for itself


def _ref_impact(bank: QuestionBank, values: Mapping[str, object]) -> dict[str, tuple[int, tuple[ImpactPart, ...]]]:
    industry = values.get("context.industry")
    profile = bank.profiles.get(str(industry)) if isinstance(industry, str) else None
    if profile is None:
        profile = bank.profiles["general"]
    result = {}
    for cid in CHALLENGE_IDS:
        parts = [ImpactPart("profile", profile.name, profile.impact[cid])]
        for q in bank.context:
            if not bank.is_visible(q, values):
                continue
            chosen = chosen_options(q, values.get(q.id))
            amount = max((o.impact.get(cid, 0) + o.impact.get("all", 0) for o in chosen), default=0)
            if amount:
                parts.append(ImpactPart(q.id, q.id, amount))
        total = sum(p.amount for p in parts)
        result[cid] = (max(1, min(5, total)), tuple(parts))
    return result


def _ref_question(bank: QuestionBank, q: Question, ans: Answer, sub: SubChallenge, reduction: float) -> QuestionScore:
    risk = answer_risk(bank, q, ans.value)
    reduced = 0.0
    if risk is not None and reduction:
        reduced = min(risk, float(reduction))
        risk -= reduced
    return QuestionScore(
        question=q.id,
        text=q.text,
        challenge=sub.challenge,
        subchallenge=sub.id,
        weight=q.weight,
        risk=risk,
        answer=answer_label(bank, ans),
        unknown=ans.is_unknown,
        na=ans.is_na,
        blocker=risk is not None and risk >= 4 and is_blocker_answer(q, ans.value),
        reduced_by=reduced,
        open_stop=ans.is_unknown and not reduced and any(o.blocker for o in q.options),
        value=ans.value,
    )


def _ref_subchallenge(
    bank: QuestionBank, sub: SubChallenge, answers: Mapping[str, Answer], impact: int, reductions: Mapping[str, float]
) -> SubchallengeScore:
    values = {qid: a.value for qid, a in answers.items()}
    points = max_points = 0.0
    answered = total = 0
    q_scores = []
    for q in sub.questions:
        if not bank.is_visible(q, values):
            continue
        total += not q.computed
        ans = answers.get(q.id)
        if ans is None:
            continue
        answered += not q.computed
        qs = _ref_question(bank, q, ans, sub, reductions.get(q.id, 0.0))
        if q.scored and qs.risk is not None:
            points += q.weight * qs.risk
            max_points += q.weight * 4
        q_scores.append(qs)
    risk = 100.0 * points / max_points if max_points else None
    likelihood = likelihood_for(risk) if risk is not None else None
    level = level_for(likelihood, impact) if likelihood is not None else None
    if level is not None and any(qs.blocker for qs in q_scores):
        level = "critical"
    return SubchallengeScore(
        sub.key, sub.id, sub.title, risk, likelihood, level, answered, total, points, max_points, tuple(q_scores)
    )


class _RefInputs(NamedTuple):
    answers: Mapping[str, Answer]
    reductions: Mapping[str, float]
    order: Mapping[str, int]


def _ref_challenge(
    bank: QuestionBank, ch_id: str, inputs: _RefInputs, impact: tuple[int, tuple[ImpactPart, ...]]
) -> ChallengeScore:
    answers, reductions, order = inputs
    ch = bank.challenge(ch_id)
    subs = tuple(_ref_subchallenge(bank, sub, answers, impact[0], reductions) for sub in ch.subchallenges)
    q_scores = [qs for sub in subs for qs in sub.questions]
    points = sum(s.points for s in subs)
    max_points = sum(s.max_points for s in subs)
    risk = 100.0 * points / max_points if max_points else None
    blockers = tuple(qs.question for qs in q_scores if qs.blocker)
    weak = weakest_link(q_scores)
    return ChallengeScore(
        id=ch.id,
        title=ch.title,
        risk=risk,
        likelihood=likelihood_for(risk) if risk is not None else None,
        impact=impact[0],
        level=challenge_level(risk, impact[0], blockers, weak),
        answered=sum(s.answered for s in subs),
        total=sum(s.total for s in subs),
        points=points,
        max_points=max_points,
        drivers=scoring._drivers(q_scores, points, order),
        subchallenges=subs,
        blockers=blockers,
        impact_parts=impact[1],
        weakest_link=weak,
    )


def _ref_completion(bank: QuestionBank, answers: Mapping[str, Answer]) -> Completion:
    values = {qid: a.value for qid, a in answers.items()}
    answered = total = scored_answered = scored_total = unknown = 0
    for q in bank.all_questions():
        if not bank.is_visible(q, values):
            continue
        ans = answers.get(q.id)
        if not q.computed:
            total += 1
            answered += ans is not None
        if q.scored:
            scored_total += 1
            scored_answered += ans is not None and answer_risk(bank, q, ans.value) is not None
        unknown += ans is not None and ans.is_unknown
    return Completion(answered, total, scored_answered, scored_total, unknown)


def _ref_follow_up(
    bank: QuestionBank, answers: Mapping[str, Answer], values: Mapping[str, object], order: Mapping[str, int]
) -> list[FollowUp]:
    items = []
    low = set(bank.scoring.followup_confidence)
    for qid, ans in answers.items():
        if not bank.has_question(qid):
            continue
        q = bank.question(qid)
        if q.computed or not bank.is_visible(q, values):
            continue
        if ans.is_unknown:
            reason = "unknown"
        elif ans.confidence in low:
            reason = "low confidence"
        else:
            continue
        items.append(
            FollowUp(qid, q.text, q.challenge or "context", reason, answer_label(bank, ans), ans.note, ans.value)
        )
    items.sort(key=lambda f: order.get(f.question, 0))
    return items


def reference_score(
    bank: QuestionBank, assessment: Assessment, reductions: Mapping[str, float] | None = None
) -> RiskProfile:
    reductions = reductions or {}
    answers, computed = effective_answers(bank, assessment)
    values = {qid: a.value for qid, a in answers.items()}
    impacts = _ref_impact(bank, values)
    order = {q.id: i for i, q in enumerate(bank.all_questions())}
    inputs = _RefInputs(answers, reductions, order)
    challenges = tuple(_ref_challenge(bank, ch.id, inputs, impacts[ch.id]) for ch in bank.challenges)
    follow_up = _ref_follow_up(bank, answers, values, order)
    completion = _ref_completion(bank, answers)
    tier = impact_tier(bank, values)
    decision = decide(bank, assessment, values, findings_of(challenges, follow_up), tier)
    q_scores = [qs for ch in challenges for sub in ch.subchallenges for qs in sub.questions]
    industry = values.get("context.industry")
    return RiskProfile(
        overall=scoring._overall(challenges, decision, completion, bank),
        completion=completion,
        challenges=challenges,
        blockers=tuple(scoring._blocker(qs) for qs in q_scores if qs.blocker),
        open_blockers=tuple(scoring._blocker(qs) for qs in q_scores if qs.open_stop),
        follow_up=tuple(follow_up),
        industry=str(industry) if isinstance(industry, str) and industry not in (NA, UNKNOWN) else "general",
        computed=computed,
    )


# --------------------------------------------------------------------------------------------
# The checks


@pytest.fixture(scope="module")
def real_bank() -> QuestionBank:
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


def _assert_same(bank: QuestionBank, assessment: Assessment, reductions: Mapping[str, float] | None = None) -> None:
    fast, plain = score(bank, assessment, reductions), reference_score(bank, assessment, reductions)
    assert fast == plain  # every field of every dataclass, down to each question's score
    assert fast.to_dict() == plain.to_dict()


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.json")))
def test_every_sample_scores_as_the_straightforward_way_does(real_bank: QuestionBank, name: str):
    assessment = load_sample(real_bank, name)
    _assert_same(real_bank, assessment)
    # and what-if: the reductions the GUI's planner passes, one point off every scored answer
    _assert_same(real_bank, assessment, dict.fromkeys(assessment.answers, 1.0))


def test_the_samples_are_there_and_differ():
    """The parametrised test above must have something to compare (three samples today)."""
    assert len(list(SAMPLES.glob("*.json"))) >= 3


def test_the_reference_notices_a_difference(real_bank: QuestionBank):
    """The comparison can fail: a profile scored without one answer differs from the reference's."""
    assessment = load_sample(real_bank, "financial-fraud-detection.json")
    scored = [qid for qid in assessment.answers if real_bank.has_question(qid) and real_bank.question(qid).scored]
    fewer = replace(assessment, answers={k: v for k, v in assessment.answers.items() if k != scored[0]})
    assert score(real_bank, fewer) != reference_score(real_bank, assessment)


@st.composite
def _answers_with_extras(draw: st.DrawFn, bank: QuestionBank) -> tuple[Assessment, dict[str, float]]:
    values = draw(_answer_strategy(bank))
    assessment = make(bank, values)
    answers = dict(assessment.answers)
    ids = sorted(answers)
    for qid in ids:  # random confidences: the low ones join the follow-up list
        answers[qid] = replace(answers[qid], confidence=draw(st.sampled_from(CONFIDENCES)))
    unanswered = [q.id for q in bank.all_questions() if q.id not in answers]
    for qid in draw(st.lists(st.sampled_from(unanswered), max_size=3, unique=True)) if unanswered else []:
        answers[qid] = Answer(qid, None, note="only a note", confidence="low")  # not an answer
    if draw(st.booleans()):
        answers["no.such.question"] = Answer("no.such.question", "yes", confidence="low")  # a leftover
    reductions = draw(
        st.dictionaries(st.sampled_from(ids), st.sampled_from([0.0, 0.5, 1.0, 2.0, 4.0]), max_size=6)
        if ids
        else st.just({})
    )
    return replace(assessment, answers=answers), reductions


PROP = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@PROP
@given(data=st.data())
def test_random_answer_sets_score_as_the_straightforward_way_does(mini_bank: QuestionBank, data: st.DataObject):
    assessment, reductions = data.draw(_answers_with_extras(mini_bank))
    _assert_same(mini_bank, assessment, reductions)


@PROP
@given(data=st.data())
def test_random_answer_sets_on_the_real_bank_score_as_the_straightforward_way_does(
    real_bank: QuestionBank, data: st.DataObject
):
    assessment, reductions = data.draw(_answers_with_extras(real_bank))
    _assert_same(real_bank, assessment, reductions)


def test_impact_equals_the_straightforward_way_on_every_sample(real_bank: QuestionBank):
    for path in sorted(SAMPLES.glob("*.json")):
        answers, _ = effective_answers(real_bank, load_sample(real_bank, path.name))
        values = {qid: a.value for qid, a in answers.items()}
        assert impact_for(real_bank, values) == _ref_impact(real_bank, values)
