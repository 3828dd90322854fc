"""The financial sample's profile recomputed from the bank by hand, figure by figure.

Mutation testing of core/scoring.py left survivors in the counts and levels of sub-challenges and
challenges, in completion, in the fields of each question's score, in the follow-up list and in
the industry: the contract tests compare each JSON object with the object it came from, so a
wrong object passed them. Here every figure is worked out again from the bank and the answers.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import QuestionBank, builtin_bank_path, load_bank
from desktop_app.core.scoring import (
    answer_risk,
    effective_answers,
    is_blocker_answer,
    level_for,
    likelihood_for,
    score,
)
from tests.samples import load_sample


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(builtin_bank_path())


@pytest.fixture()
def assessment(bank: QuestionBank) -> Assessment:
    return load_sample(bank, "financial-fraud-detection.json")


def test_subchallenges_and_challenges_recomputed(bank: QuestionBank, assessment: Assessment):
    profile = score(bank, assessment)
    answers, _ = effective_answers(bank, assessment)
    values = {q: a.value for q, a in answers.items()}
    levels = set()
    for bch, ch in zip(bank.challenges, profile.challenges, strict=True):
        assert ch.title == bch.title
        answered_sum = total_sum = 0
        for bsub, s in zip(bch.subchallenges, ch.subchallenges, strict=True):
            shown = [q for q in bsub.questions if bank.is_visible(q, values)]
            total = sum(not q.computed for q in shown)
            answered = sum(not q.computed and q.id in answers for q in shown)
            risks = [(q, answer_risk(bank, q, answers[q.id].value)) for q in shown if q.id in answers]
            counted = [(q.weight, r) for q, r in risks if r is not None]
            assert (s.id, s.key, s.title) == (bsub.id, f"{bch.id}.{bsub.id}", bsub.title)
            assert (s.answered, s.total) == (answered, total)
            if not counted:
                assert s.risk is s.likelihood is s.level is None
                continue
            risk = 100 * sum(w * r for w, r in counted) / sum(w * 4 for w, _ in counted)
            assert s.risk == pytest.approx(risk)
            assert s.likelihood == likelihood_for(risk)
            blocked = any(r == 4 and is_blocker_answer(q, answers[q.id].value) for q, r in risks)
            assert s.level == ("critical" if blocked else level_for(likelihood_for(risk), ch.impact)), s.key
            levels.add(s.level)
            answered_sum += answered
            total_sum += total
            for qs in s.questions:
                a = answers[qs.question]
                assert (qs.subchallenge, qs.unknown, qs.na, qs.reduced_by) == (bsub.id, a.is_unknown, a.is_na, 0.0)
        assert ch.answered >= answered_sum and ch.total >= total_sum
        assert (ch.answered, ch.total) == (
            sum(s.answered for s in ch.subchallenges),
            sum(s.total for s in ch.subchallenges),
        )
    assert "critical" in levels and len(levels) >= 2


def test_completion_recomputed(bank: QuestionBank, assessment: Assessment):
    answers = dict(assessment.answers)
    first = next(q for q in bank.all_questions() if q.challenge and q.allow_unknown and q.id in answers)
    answers[first.id] = replace(answers[first.id], value="unknown")
    c = score(bank, replace(assessment, answers=answers)).completion
    eff, _ = effective_answers(bank, replace(assessment, answers=answers))
    values = {q: a.value for q, a in eff.items()}
    shown = [q for q in bank.all_questions() if bank.is_visible(q, values) and not q.computed]
    assert c.total == len(shown)
    assert c.answered == sum(q.id in eff for q in shown)
    assert c.unknown == sum(a.is_unknown for a in eff.values()) >= 1


def test_a_what_if_reduction_is_recorded_and_ignored_where_nothing_counts(bank: QuestionBank, assessment: Assessment):
    scored_q = next(
        q for q, a in assessment.answers.items() if (r := answer_risk(bank, bank.question(q), a.value)) and r >= 2
    )
    answers = dict(assessment.answers)
    na_q = next(
        q.id for q in bank.all_questions() if q.challenge and q.allow_na and q.id in answers and q.id != scored_q
    )
    answers[na_q] = replace(answers[na_q], value="na")
    profile = score(bank, replace(assessment, answers=answers), reductions={scored_q: 1.0, na_q: 2.0})
    qs = profile.question_scores()
    assert qs[scored_q].reduced_by == 1.0
    assert (qs[na_q].na, qs[na_q].risk, qs[na_q].reduced_by) == (True, None, 0.0)


def test_follow_up_lists_context_questions_and_skips_what_is_not_shown(bank: QuestionBank, assessment: Assessment):
    answers = {"no.such.question": Answer("no.such.question", "x")}
    hidden = next(q for q in bank.all_questions() if q.applies_if is not None or q.show_if is not None)
    answers[hidden.id] = Answer(hidden.id, "unknown")
    answers.update(assessment.answers)
    context = "context.data_sensitivity"
    low = next(iter(bank.scoring.followup_confidence))
    answers[context] = replace(answers[context], confidence=low)
    profile = score(bank, replace(assessment, answers=answers))
    reasons = {f.question: f for f in profile.follow_up}
    assert (reasons[context].challenge, reasons[context].reason) == ("context", "low confidence")
    eff, _ = effective_answers(bank, replace(assessment, answers=answers))
    values = {q: a.value for q, a in eff.items()}
    assert hidden.id not in reasons or bank.is_visible(hidden, values)
    assert len(profile.follow_up) >= 3  # the listing went on after the unknown id and the hidden question


@pytest.mark.parametrize("industry", [None, "unknown"])
def test_an_industry_not_given_scores_as_general(bank: QuestionBank, assessment: Assessment, industry: str | None):
    answers = {q: a for q, a in assessment.answers.items() if q != "context.industry"}
    if industry:
        answers["context.industry"] = Answer("context.industry", industry)
    assert score(bank, replace(assessment, answers=answers)).industry == "general"
    assert score(bank, assessment).industry == "financial_services"


def test_a_weakest_link_is_a_reason_only_where_it_is_why_the_challenge_is_high(bank: QuestionBank):
    """Healthcare: three challenges hold weakest links but the matrix alone already makes them high,
    so no weakest-link reason; financial: integration is high only through its weakest link."""
    healthcare = score(bank, load_sample(bank, "healthcare-synthetic-imaging.json"))
    held = [c for c in healthcare.challenges if c.weakest_link]
    assert held and all(level_for(c.likelihood, c.impact) == "high" for c in held if c.likelihood)
    assert "weakest_link" not in healthcare.overall.reason_codes
    financial = score(bank, load_sample(bank, "financial-fraud-detection.json"))
    weak = [r.to_dict() for r in financial.overall.reasons if r.code == "weakest_link"]
    assert [(w["question"], w["challenge"]) for w in weak] == [("integration.legacy.fallback", "integration")]


def test_provisional_only_below_the_banks_threshold(bank: QuestionBank, assessment: Assessment):
    coverage = score(bank, assessment).completion.coverage
    at = replace(bank, decision=replace(bank.decision, provisional_below=coverage))
    above = replace(bank, decision=replace(bank.decision, provisional_below=coverage + 0.01))
    assert not score(at, assessment).overall.provisional
    assert score(above, assessment).overall.provisional


def test_computed_answers_follow_the_banks_estimator(bank: QuestionBank, assessment: Assessment):
    """The computed questions' answers come from the bank's own estimator settings; a stored answer
    for a computed question that cannot be computed (its inputs missing) is dropped, not kept."""
    import json

    computed = [q for q in bank.all_questions() if q.computed]
    effective, figures = effective_answers(bank, assessment)
    assert all(effective[q.id].question == q.id and effective[q.id].value == figures[q.computed] for q in computed)
    settings = json.loads(json.dumps(dict(bank.estimator), default=dict))
    settings["size_reference"]["kg_co2e_per_month"] = {
        k: v * 2 for k, v in settings["size_reference"]["kg_co2e_per_month"].items()
    }
    _, other = effective_answers(replace(bank, estimator=settings), assessment)
    assert other["co2e_vs_size_reference"] == pytest.approx(figures["co2e_vs_size_reference"] / 2)
    stale = {q.id: Answer(q.id, 0.5) for q in computed}
    kept = {q: a for q, a in assessment.answers.items() if not q.startswith("compute.")}
    dropped, _ = effective_answers(bank, replace(assessment, answers={**kept, **stale}))
    assert not {q.id for q in computed} & set(dropped)
    none, _ = effective_answers(bank, replace(assessment, answers=kept))
    assert not {q.id for q in computed} & set(none)
