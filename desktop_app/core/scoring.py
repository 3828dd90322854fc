"""Scoring: from answers and context to risk, levels, the impact tier and a deployment decision.

Documented, with a worked example, in ``docs/scoring.md``. In short:

* an answer scores 0 (well controlled) to 4 (severe gap) risk points; ``na`` takes the question out of
  every denominator; ``unknown`` scores ``max(unknown_risk, middle option)`` and joins the follow-up list;
  a multi-choice answer scores its worst chosen option;
* sub-challenge and challenge risk = 100 x sum(weight x points) / (4 x sum(weight)) over the assessed
  questions, so it is bounded to 0..100; readiness = 100 - risk;
* likelihood 1..5 comes from the challenge risk in bands of 20; impact 1..5 is the industry profile's
  base impact plus the context answers' increments, clamped (``core/context.py``); the level comes from
  likelihood x impact; a blocker makes it critical and a weight-3 answer at risk 3 or more makes it at
  least high (weakest link); the overall level is the highest challenge level;
* the impact tier I-IV comes from the context answers, and the decision from ``core/decision.py``.

Everything here is a pure function of the bank and the assessment: deterministic and Qt-free. Results
carry ids, codes and figures, never English: ``core/messages.py`` renders them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.assessment import Answer, AnswerValue, Assessment, answer_label
from desktop_app.core.bank import NA, UNKNOWN, Question, QuestionBank, SubChallenge
from desktop_app.core.context import ImpactPart, TierResult, impact_for, impact_tier
from desktop_app.core.decision import (
    DECISIONS,
    ControlStatus,
    Decision,
    Findings,
    PlanCondition,
    Reason,
    decide,
)
from desktop_app.core.messages import DECISION_LABELS, LEVEL_LABELS

__all__ = [
    "DECISIONS",
    "DECISION_LABELS",
    "LEVEL_LABELS",
    "ImpactPart",
    "Reason",
    "impact_for",
]

LEVELS = ("low", "medium", "high", "critical")
#: likelihood x impact -> level: products 1-4 low, 5-9 medium, 10-15 high, 16-25 critical.
LEVEL_THRESHOLDS = ((4, "low"), (9, "medium"), (15, "high"), (25, "critical"))
MAX_DRIVERS = 5
#: the default of the bank's ``decision.pilot_only_risk``
PILOT_ONLY_OVERALL_RISK = 50.0
#: weakest link: an answer of this weight at this risk or more makes its challenge at least high
WEAKEST_LINK_WEIGHT = 3
WEAKEST_LINK_RISK = 3.0


def likelihood_for(risk: float) -> int:
    """Likelihood 1..5 from a 0..100 risk: 0-19 -> 1, 20-39 -> 2, ... 80-100 -> 5."""
    return 1 + min(4, int(max(0.0, risk) // 20))


def level_for(likelihood: int, impact: int) -> str:
    product = likelihood * impact
    for limit, level in LEVEL_THRESHOLDS:
        if product <= limit:
            return level
    return "critical"


def level_rank(level: str | None) -> int:
    return LEVELS.index(level) if level in LEVELS else -1


# --------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class QuestionScore:
    question: str
    text: str
    challenge: str
    subchallenge: str
    weight: int
    risk: float | None  # None: not answered, not applicable, or not scored
    answer: str  # the answer in English words (core.messages.answer_text); renderers use ``value``
    unknown: bool = False
    na: bool = False
    blocker: bool = False
    reduced_by: float = 0.0  # what-if: points removed by chosen mitigations
    #: "don't know" on a stop question (one of its answers is a blocker): the deployment waits for it
    open_stop: bool = False
    value: AnswerValue | None = None  # the answer itself: option id(s), "na", "unknown", a number, text

    @property
    def points(self) -> float:
        return 0.0 if self.risk is None else self.weight * self.risk


@dataclass(frozen=True)
class Driver:
    """An answer that drives a challenge's risk, with its share of the challenge's risk points."""

    question: str
    text: str
    answer: str
    risk: float
    weight: int
    share: float  # percent of the challenge's risk points
    blocker: bool = False
    value: AnswerValue | None = None  # the answer itself (``answer`` is its English wording)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "answer": self.answer,
            "value": self.value,
            "risk": _r(self.risk),
            "weight": self.weight,
            "share": _r(self.share),
            "blocker": self.blocker,
        }


class _HasRisk:
    """Readiness and "assessed" follow from ``risk``: None means nothing was assessed."""

    risk: float | None

    @property
    def assessed(self) -> bool:
        return self.risk is not None

    @property
    def readiness(self) -> float | None:
        return None if self.risk is None else 100.0 - self.risk


@dataclass(frozen=True)
class SubchallengeScore(_HasRisk):
    key: str
    id: str
    title: str
    risk: float | None
    likelihood: int | None
    level: str | None
    answered: int
    total: int
    points: float
    max_points: float
    questions: tuple[QuestionScore, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "title": self.title,
            "risk": _r(self.risk),
            "readiness": _r(self.readiness),
            "likelihood": self.likelihood,
            "level": self.level,
            "assessed": self.assessed,
            "answered": self.answered,
            "total": self.total,
        }


@dataclass(frozen=True)
class ChallengeScore(_HasRisk):
    id: str
    title: str
    risk: float | None
    likelihood: int | None
    impact: int
    level: str | None
    answered: int
    total: int
    points: float
    max_points: float
    drivers: tuple[Driver, ...]
    subchallenges: tuple[SubchallengeScore, ...]
    blockers: tuple[str, ...]
    impact_parts: tuple[ImpactPart, ...] = ()
    #: weight-3 answers at risk 3 or more, which hold the level at high or above
    weakest_link: tuple[str, ...] = ()

    def explanation_figures(self) -> dict[str, Any]:
        """How the numbers were computed, as figures; ``messages.challenge_explanation`` makes the sentence."""
        likelihood = self.likelihood or 1
        band_low = (likelihood - 1) * 20
        return {
            "assessed": self.risk is not None,
            "risk": _r(self.risk),
            "points": self.points,
            "max_points": self.max_points,
            "answered": self.answered,
            "total": self.total,
            "likelihood": self.likelihood,
            "band": [band_low, 100 if likelihood == 5 else band_low + 19],
            "impact": self.impact,
            "impact_parts": [{"source": p.source, "amount": p.amount} for p in self.impact_parts],
            "level": self.level,
            "product": likelihood * self.impact,
            "blockers": len(self.blockers),
            "weakest_link": list(self.weakest_link),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "risk": _r(self.risk),
            "readiness": _r(self.readiness),
            "likelihood": self.likelihood,
            "impact": self.impact,
            "level": self.level,
            "assessed": self.assessed,
            "answered": self.answered,
            "total": self.total,
            "blockers": list(self.blockers),
            "drivers": [d.to_dict() for d in self.drivers],
            "subchallenges": [s.to_dict() for s in self.subchallenges],
            "weakest_link": list(self.weakest_link),
            "explanation": self.explanation_figures(),
        }


@dataclass(frozen=True)
class Blocker:
    question: str
    text: str
    answer: str  # English wording of ``value``
    challenge: str
    value: AnswerValue | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "answer": self.answer,
            "value": self.value,
            "challenge": self.challenge,
        }


@dataclass(frozen=True)
class FollowUp:
    question: str
    text: str
    challenge: str  # "context" for context questions
    reason: str  # "unknown" or "low confidence"
    answer: str  # English wording of ``value``
    note: str = ""
    value: AnswerValue | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "challenge": self.challenge,
            "reason": self.reason,
            "answer": self.answer,
            "value": self.value,
            "note": self.note,
        }


@dataclass(frozen=True)
class Completion:
    answered: int
    total: int
    scored_answered: int
    scored_total: int
    unknown: int

    @property
    def percent(self) -> float:
        return 100.0 * self.answered / self.total if self.total else 0.0

    @property
    def coverage(self) -> float:
        """Percent of the shown scored questions that carry an answer (a verdict's footing)."""
        return 100.0 * self.scored_answered / self.scored_total if self.scored_total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "answered": self.answered,
            "total": self.total,
            "percent": _r(self.percent),
            "scored_answered": self.scored_answered,
            "scored_total": self.scored_total,
            "coverage": _r(self.coverage),
            "unknown": self.unknown,
        }


@dataclass(frozen=True)
class Overall(_HasRisk):
    risk: float | None
    level: str | None
    decision: str
    reasons: tuple[Reason, ...]
    tier: TierResult
    controls: tuple[ControlStatus, ...] = ()
    conditions: tuple[PlanCondition, ...] = ()
    pilot_boundary: tuple[str, ...] = ()  # ids of the bank's pilot boundaries
    #: too few scored questions answered for a firm verdict (below the bank's ``provisional_below``)
    provisional: bool = False
    coverage: float = 0.0

    @property
    def approver(self) -> str:
        """Who approves a deployment at this tier (the tier's first sign-off role)."""
        return self.tier.tier.approver

    @property
    def reason_codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "risk": _r(self.risk),
            "readiness": _r(self.readiness),
            "level": self.level,
            "decision": self.decision,
            "reasons": [r.to_dict() for r in self.reasons],
            "tier": self.tier.to_dict(),
            "approver": self.approver,
            "sign_off": list(self.tier.tier.sign_off),
            "required_controls": [c.to_dict() for c in self.controls],
            "conditions": [c.to_dict() for c in self.conditions],
            "pilot_boundary": list(self.pilot_boundary),
            "provisional": self.provisional,
            "coverage": _r(self.coverage),
        }


@dataclass(frozen=True)
class RiskProfile:
    overall: Overall
    completion: Completion
    challenges: tuple[ChallengeScore, ...]
    blockers: tuple[Blocker, ...]
    follow_up: tuple[FollowUp, ...]
    industry: str
    computed: Mapping[str, float] = field(default_factory=dict)
    #: "don't know" answers to questions where one answer would be a blocker: deployment waits for them
    open_blockers: tuple[Blocker, ...] = ()

    def challenge(self, challenge_id: str) -> ChallengeScore:
        for ch in self.challenges:
            if ch.id == challenge_id:
                return ch
        raise KeyError(challenge_id)

    def question_scores(self) -> dict[str, QuestionScore]:
        return {qs.question: qs for ch in self.challenges for sub in ch.subchallenges for qs in sub.questions}

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "completion": self.completion.to_dict(),
            "industry": self.industry,
            "blockers": [b.to_dict() for b in self.blockers],
            "open_blockers": [b.to_dict() for b in self.open_blockers],
            "follow_up": [f.to_dict() for f in self.follow_up],
            "challenges": [c.to_dict() for c in self.challenges],
            "computed": {k: _r(v, 3) for k, v in self.computed.items()},
        }


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


# --------------------------------------------------------------------------------------------
# Scoring


def answer_risk(bank: QuestionBank, question: Question, value: AnswerValue | None) -> float | None:
    """Risk points 0..4 of one answer, or None when it does not count (not answered, na, text, unscored number)."""
    if value is None or not question.scored or value == NA:
        return None
    if value == UNKNOWN:
        return float(max(bank.scoring.unknown_risk, question.middle_risk))
    if question.type in ("single", "yesno", "scale"):
        opt = question.option(str(value))
        return float(opt.risk) if opt is not None and opt.risk is not None else None
    if question.type == "multi" and isinstance(value, list):
        risks = [o.risk for v in value if (o := question.option(v)) is not None and o.risk is not None]
        return float(max(risks)) if risks else None
    if question.type == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        band = question.band_for(float(value))
        return float(band.risk) if band else None
    return None


def is_blocker_answer(question: Question, value: AnswerValue | None) -> bool:
    if question.type == "multi" and isinstance(value, list):
        return any((o := question.option(v)) is not None and o.blocker for v in value)
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        opt = question.option(str(value))
        return bool(opt and opt.blocker)
    return False


def effective_answers(bank: QuestionBank, assessment: Assessment) -> tuple[dict[str, Answer], dict[str, float]]:
    """The assessment's answers plus the values computed by the estimator for ``computed`` questions."""
    # an answer row holding only a note or a confidence (value None) is not an answer
    answers = {qid: a for qid, a in assessment.answers.items() if a.value is not None}
    computed_qs = [q for q in bank.all_questions() if q.computed]
    if not computed_qs:
        return answers, {}
    from desktop_app.core import estimator  # only banks with an estimator need it

    values = {qid: a.value for qid, a in answers.items()}
    # default prices count only in the assessment's currency (core/estimator.py, "Currency")
    money = estimator.MoneyTerms(assessment.currency, assessment.exchange_rate)
    computed = estimator.computed_values(bank.estimator, values, money)
    for q in computed_qs:
        if q.computed in computed:
            answers[q.id] = Answer(question=q.id, value=computed[q.computed])  # renderers know q.computed
        else:
            answers.pop(q.id, None)
    return answers, dict(computed)


# --------------------------------------------------------------------------------------------
# The parts of a score, each deciding one thing


def score_question(
    bank: QuestionBank, q: Question, ans: Answer, sub: SubChallenge, inputs: ScoringInputs
) -> QuestionScore:
    """One answer's risk points (after any what-if reduction) and whether it blocks."""
    risk = inputs.risks[q.id]
    reduction = inputs.reductions.get(q.id, 0.0)
    reduced = 0.0
    if risk is not None and reduction:
        reduced = min(risk, float(reduction))
        risk -= reduced
    blocker = risk is not None and risk >= 4 and is_blocker_answer(q, ans.value)
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
        blocker=blocker,
        reduced_by=reduced,
        open_stop=ans.is_unknown and not reduced and any(o.blocker for o in q.options),
        value=ans.value,
    )


def score_subchallenge(bank: QuestionBank, sub: SubChallenge, inputs: ScoringInputs, impact: int) -> SubchallengeScore:
    points = max_points = 0.0
    answered = total = 0
    q_scores: list[QuestionScore] = []
    for q in sub.questions:
        if q.id not in inputs.shown:
            continue
        total += not q.computed
        ans = inputs.answers.get(q.id)
        if ans is None:
            continue
        answered += not q.computed
        qs = score_question(bank, q, ans, sub, inputs)
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
        key=sub.key,
        id=sub.id,
        title=sub.title,
        risk=risk,
        likelihood=likelihood,
        level=level,
        answered=answered,
        total=total,
        points=points,
        max_points=max_points,
        questions=tuple(q_scores),
    )


def weakest_link(scores: Sequence[QuestionScore]) -> tuple[str, ...]:
    """Weight-3 answers at risk 3 or more: one such gap is enough to hold a challenge at high."""
    return tuple(
        s.question
        for s in scores
        if s.weight >= WEAKEST_LINK_WEIGHT and s.risk is not None and s.risk >= WEAKEST_LINK_RISK
    )


def challenge_level(risk: float | None, impact: int, blockers: Sequence[str], weak: Sequence[str]) -> str | None:
    """Likelihood x impact; a blocker makes it critical; the weakest link makes it at least high."""
    if risk is None:
        return None
    level = level_for(likelihood_for(risk), impact)
    if weak and level_rank(level) < level_rank("high"):
        level = "high"
    if blockers:
        level = "critical"
    return level


@dataclass(frozen=True)
class ScoringInputs:
    """What one scoring run works from: the effective answers, the what-if reductions, the bank's order,
    which questions are shown (``bank.is_visible``) and the risk points of each shown answer
    (``answer_risk``). Those two are pure functions of the same answers, so they are asked once per
    run here, not again by each sub-challenge, the completion and the follow-up list."""

    answers: Mapping[str, Answer]
    reductions: Mapping[str, float]
    order: Mapping[str, int]
    values: Mapping[str, AnswerValue | None]
    #: ids of the questions shown (and so counted)
    shown: frozenset[str]
    #: shown, answered question id -> ``answer_risk`` of its answer (None: it carries no risk points)
    risks: Mapping[str, float | None]


def scoring_inputs(bank: QuestionBank, answers: Mapping[str, Answer], reductions: Mapping[str, float]) -> ScoringInputs:
    """The inputs of one scoring run, from the effective answers (``effective_answers``)."""
    values = {qid: a.value for qid, a in answers.items()}
    order: dict[str, int] = {}
    shown: set[str] = set()
    risks: dict[str, float | None] = {}
    for i, q in enumerate(bank.all_questions()):
        order[q.id] = i
        if not bank.is_visible(q, values):
            continue
        shown.add(q.id)
        ans = answers.get(q.id)
        if ans is not None:
            risks[q.id] = answer_risk(bank, q, ans.value)
    return ScoringInputs(answers, reductions, order, values, frozenset(shown), risks)


def score_challenge(
    bank: QuestionBank, ch_id: str, inputs: ScoringInputs, impact: tuple[int, tuple[ImpactPart, ...]]
) -> ChallengeScore:
    ch = bank.challenge(ch_id)
    subs = tuple(score_subchallenge(bank, sub, inputs, impact[0]) for sub in ch.subchallenges)
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
        drivers=_drivers(q_scores, points, inputs.order),
        subchallenges=subs,
        blockers=blockers,
        impact_parts=impact[1],
        weakest_link=weak,
    )


def completion_for(bank: QuestionBank, inputs: ScoringInputs) -> Completion:
    """What share of the shown questions is answered, and of the scored ones."""
    answered = total = scored_answered = scored_total = unknown = 0
    for q in bank.all_questions():
        if q.id not in inputs.shown:
            continue
        ans = inputs.answers.get(q.id)
        if not q.computed:
            total += 1
            answered += ans is not None
        if q.scored:
            scored_total += 1
            scored_answered += ans is not None and inputs.risks[q.id] is not None
        unknown += ans is not None and ans.is_unknown
    return Completion(answered, total, scored_answered, scored_total, unknown)


def overall_level(challenges: Sequence[ChallengeScore]) -> str | None:
    """The overall level is the highest challenge level (the worst area decides)."""
    return max((c.level for c in challenges if c.level), key=level_rank, default=None)


def overall_risk(challenges: Sequence[ChallengeScore]) -> float | None:
    assessed = [c.risk for c in challenges if c.risk is not None]
    return sum(assessed) / len(assessed) if assessed else None


def findings_of(challenges: Sequence[ChallengeScore], follow_up: Sequence[FollowUp]) -> Findings:
    q_scores = [qs for ch in challenges for sub in ch.subchallenges for qs in sub.questions]
    return Findings(
        risk=overall_risk(challenges),
        levels={c.id: c.level for c in challenges},
        risks={c.id: c.risk for c in challenges},
        blockers=tuple((qs.question, qs.challenge) for qs in q_scores if qs.blocker),
        open_blockers=tuple((qs.question, qs.challenge) for qs in q_scores if qs.open_stop),
        unknowns=sum(1 for f in follow_up if f.reason == "unknown"),
        # a weakest-link reason only where it is why the challenge is high (the matrix alone says less)
        weakest_links=tuple(
            (q, c.id)
            for c in challenges
            if c.likelihood is not None and level_rank(level_for(c.likelihood, c.impact)) < level_rank("high")
            for q in c.weakest_link
        ),
    )


def score(
    bank: QuestionBank,
    assessment: Assessment,
    reductions: Mapping[str, float] | None = None,
) -> RiskProfile:
    """Score an assessment against its bank.

    ``reductions`` (what-if) maps question ids to risk points removed by mitigations assumed done;
    a blocker whose projected risk falls below 4 no longer blocks.
    """
    answers, computed = effective_answers(bank, assessment)
    inputs = scoring_inputs(bank, answers, reductions or {})
    values = inputs.values
    impacts = impact_for(bank, values)
    challenges = tuple(score_challenge(bank, ch.id, inputs, impacts[ch.id]) for ch in bank.challenges)
    follow_up = _follow_up(bank, inputs)
    completion = completion_for(bank, inputs)
    tier = impact_tier(bank, values)
    decision = decide(bank, assessment, values, findings_of(challenges, follow_up), tier)
    q_scores = [qs for ch in challenges for sub in ch.subchallenges for qs in sub.questions]
    industry = values.get("context.industry")
    return RiskProfile(
        overall=_overall(challenges, decision, completion, bank),
        completion=completion,
        challenges=challenges,
        blockers=tuple(_blocker(qs) for qs in q_scores if qs.blocker),
        open_blockers=tuple(_blocker(qs) for qs in q_scores if qs.open_stop),
        follow_up=tuple(follow_up),
        industry=str(industry) if isinstance(industry, str) and industry not in (NA, UNKNOWN) else "general",
        computed=computed,
    )


def _blocker(qs: QuestionScore) -> Blocker:
    return Blocker(qs.question, qs.text, qs.answer, qs.challenge, qs.value)


def _overall(
    challenges: Sequence[ChallengeScore], decision: Decision, completion: Completion, bank: QuestionBank
) -> Overall:
    return Overall(
        risk=overall_risk(challenges),
        level=overall_level(challenges),
        decision=decision.decision,
        reasons=decision.reasons,
        tier=decision.tier,
        controls=decision.controls,
        conditions=decision.conditions,
        pilot_boundary=tuple(b.id for b in decision.pilot_boundary),
        provisional=completion.coverage < bank.decision.provisional_below,
        coverage=completion.coverage,
    )


def _drivers(scores: Sequence[QuestionScore], total_points: float, order: Mapping[str, int]) -> tuple[Driver, ...]:
    ranked = sorted(
        (s for s in scores if s.risk is not None and s.risk > 0),
        key=lambda s: (-int(s.blocker), -s.points, order.get(s.question, 0)),
    )
    return tuple(
        Driver(
            question=s.question,
            text=s.text,
            answer=s.answer,
            risk=s.risk or 0.0,
            weight=s.weight,
            share=100.0 * s.points / total_points if total_points else 0.0,
            blocker=s.blocker,
            value=s.value,
        )
        for s in ranked[:MAX_DRIVERS]
    )


def _follow_up(bank: QuestionBank, inputs: ScoringInputs) -> list[FollowUp]:
    items: list[FollowUp] = []
    low = set(bank.scoring.followup_confidence)
    for qid, ans in inputs.answers.items():
        q = bank.question(qid) if qid in inputs.shown else None  # shown: a question of this bank, and visible
        if q is None or q.computed:
            continue
        if ans.is_unknown:
            reason = "unknown"
        elif ans.confidence in low:
            reason = "low confidence"
        else:
            continue
        items.append(
            FollowUp(
                question=qid,
                text=q.text,
                challenge=q.challenge or "context",
                reason=reason,
                answer=answer_label(bank, ans),
                note=ans.note,
                value=ans.value,
            )
        )
    items.sort(key=lambda f: inputs.order.get(f.question, 0))
    return items
