"""Scoring: from answers and context to risk, levels and a deployment decision.

Documented, with a worked example, in ``docs/scoring.md``. In short:

* an answer scores 0 (well controlled) to 4 (severe gap) risk points; ``na`` takes the question out of
  every denominator; ``unknown`` scores ``max(unknown_risk, middle option)`` and joins the follow-up list;
* sub-challenge and challenge risk = 100 x sum(weight x points) / (4 x sum(weight)) over the assessed
  questions, so it is bounded to 0..100; readiness = 100 - risk;
* likelihood 1..5 comes from the challenge risk in bands of 20; impact 1..5 is the industry profile's
  base impact plus the context answers' increments, clamped; the level comes from likelihood x impact;
* the decision is ``not_ready`` with any blocker or critical challenge, ``pilot_only`` with a high one
  (or overall risk of 50 or more), ``ready_with_conditions`` with a medium one, open "don't know"
  answers or a challenge not assessed, and ``ready`` otherwise.

Everything here is a pure function of the bank and the assessment: deterministic and Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.assessment import Answer, AnswerValue, Assessment, answer_label
from desktop_app.core.bank import (
    CHALLENGE_IDS,
    NA,
    UNKNOWN,
    Question,
    QuestionBank,
)

LEVELS = ("low", "medium", "high", "critical")
LEVEL_LABELS = {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"}
DECISIONS = ("ready", "ready_with_conditions", "pilot_only", "not_ready")
DECISION_LABELS = {
    "ready": "Ready to deploy",
    "ready_with_conditions": "Ready with conditions",
    "pilot_only": "Pilot only",
    "not_ready": "Not ready",
}
#: likelihood x impact -> level: products 1-4 low, 5-9 medium, 10-15 high, 16-25 critical.
LEVEL_THRESHOLDS = ((4, "low"), (9, "medium"), (15, "high"), (25, "critical"))
MAX_DRIVERS = 5
PILOT_ONLY_OVERALL_RISK = 50.0


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
    answer: str  # the answer as a person reads it
    unknown: bool = False
    na: bool = False
    blocker: bool = False
    reduced_by: float = 0.0  # what-if: points removed by chosen mitigations

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

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "answer": self.answer,
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
class ImpactPart:
    source: str  # "profile" or a context question id
    label: str
    amount: int


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

    def explanation(self) -> str:
        """How the numbers were computed, in one paragraph a manager can check by hand."""
        if self.risk is None:
            return (
                f"{self.title}: nothing has been assessed yet ({self.answered} of {self.total} questions "
                "answered, none scored), so no risk is claimed."
            )
        parts = " ".join(f"{'+' if p.source != 'profile' else ''}{p.amount} ({p.label})" for p in self.impact_parts)
        likelihood = self.likelihood or 1
        band_low = (likelihood - 1) * 20
        band_high = 100 if likelihood == 5 else band_low + 19
        text = (
            f"Risk {self.risk:.1f} = 100 x {self.points:g} weighted risk points / {self.max_points:g} possible "
            f"over {self.answered} answers. Likelihood {likelihood} (risk {band_low}-{band_high}). "
            f"Impact {self.impact} = {parts}, clamped to 1-5. Level {self.level}: "
            f"{likelihood} x {self.impact} = {likelihood * self.impact}."
        )
        if self.blockers:
            text += f" {len(self.blockers)} blocker(s) force the level to critical."
        return text

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
            "explanation": self.explanation(),
        }


@dataclass(frozen=True)
class Blocker:
    question: str
    text: str
    answer: str
    challenge: str

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "text": self.text, "answer": self.answer, "challenge": self.challenge}


@dataclass(frozen=True)
class FollowUp:
    question: str
    text: str
    challenge: str  # "context" for context questions
    reason: str  # "unknown" or "low confidence"
    answer: str
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "challenge": self.challenge,
            "reason": self.reason,
            "answer": self.answer,
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "answered": self.answered,
            "total": self.total,
            "percent": _r(self.percent),
            "scored_answered": self.scored_answered,
            "scored_total": self.scored_total,
            "unknown": self.unknown,
        }


@dataclass(frozen=True)
class Overall(_HasRisk):
    risk: float | None
    level: str | None
    decision: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "risk": _r(self.risk),
            "readiness": _r(self.readiness),
            "level": self.level,
            "decision": self.decision,
            "reasons": list(self.reasons),
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
    answers = dict(assessment.answers)
    computed_qs = [q for q in bank.all_questions() if q.computed]
    if not computed_qs:
        return answers, {}
    from desktop_app.core import estimator  # only banks with an estimator need it

    values = {qid: a.value for qid, a in answers.items()}
    computed = estimator.computed_values(bank.estimator, values)
    for q in computed_qs:
        if q.computed in computed:
            answers[q.id] = Answer(question=q.id, value=computed[q.computed], note="Computed by the estimator")
        else:
            answers.pop(q.id, None)
    return answers, dict(computed)


def impact_for(bank: QuestionBank, values: Mapping[str, object]) -> dict[str, tuple[int, tuple[ImpactPart, ...]]]:
    """Impact 1..5 per challenge, with the parts it is made of."""
    industry = values.get("context.industry")
    profile = bank.profiles.get(str(industry)) if isinstance(industry, str) else None
    if profile is None:
        profile = bank.profiles["general"]
    result: dict[str, tuple[int, tuple[ImpactPart, ...]]] = {}
    for cid in CHALLENGE_IDS:
        parts = [ImpactPart("profile", f"{profile.name} profile", profile.impact[cid])]
        for q in bank.context:
            value = values.get(q.id)
            if value is None or value == NA or not q.options:
                continue
            if value == UNKNOWN:
                # unknown context is treated as the most demanding option: never optimistic
                chosen = list(q.options)
            elif isinstance(value, list):
                chosen = [o for v in value if (o := q.option(v)) is not None]
            else:
                opt = q.option(str(value))
                chosen = [opt] if opt is not None else []
            amount = max((o.impact.get(cid, 0) + o.impact.get("all", 0) for o in chosen), default=0)
            if amount:
                parts.append(ImpactPart(q.id, _short(q.text), amount))
        total = sum(p.amount for p in parts)
        result[cid] = (max(1, min(5, total)), tuple(parts))
    return result


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def score(
    bank: QuestionBank,
    assessment: Assessment,
    reductions: Mapping[str, float] | None = None,
) -> RiskProfile:
    """Score an assessment against its bank.

    ``reductions`` (what-if) maps question ids to risk points removed by mitigations assumed done;
    a blocker whose projected risk falls below 4 no longer blocks.
    """
    reductions = reductions or {}
    answers, computed = effective_answers(bank, assessment)
    values = {qid: a.value for qid, a in answers.items()}
    impacts = impact_for(bank, values)
    order = {q.id: i for i, q in enumerate(bank.all_questions())}

    challenges: list[ChallengeScore] = []
    blockers: list[Blocker] = []
    open_blockers: list[Blocker] = []
    answered_total = visible_total = scored_answered = scored_total = unknown_count = 0

    for q in bank.context:
        visible_total += 1
        if q.id in answers:
            answered_total += 1
            unknown_count += answers[q.id].is_unknown

    for ch in bank.challenges:
        sub_scores: list[SubchallengeScore] = []
        ch_points = ch_max = 0.0
        ch_answered = ch_total = 0
        ch_blockers: list[str] = []
        q_scores_all: list[QuestionScore] = []
        impact, parts = impacts[ch.id]
        for sub in ch.subchallenges:
            points = max_points = 0.0
            answered = total = 0
            q_scores: list[QuestionScore] = []
            for q in sub.questions:
                if not bank.is_visible(q, values):
                    continue
                if not q.computed:
                    total += 1
                    visible_total += 1
                if q.scored:
                    scored_total += 1
                ans = answers.get(q.id)
                if ans is None:
                    continue
                if not q.computed:
                    answered += 1
                    answered_total += 1
                unknown_count += ans.is_unknown
                risk = answer_risk(bank, q, ans.value)
                reduced = 0.0
                if risk is not None and reductions.get(q.id):
                    reduced = min(risk, float(reductions[q.id]))
                    risk -= reduced
                blocker = risk is not None and risk >= 4 and is_blocker_answer(q, ans.value)
                if q.scored and risk is not None:
                    scored_answered += 1
                    points += q.weight * risk
                    max_points += q.weight * 4
                qs = QuestionScore(
                    question=q.id,
                    text=q.text,
                    challenge=ch.id,
                    subchallenge=sub.id,
                    weight=q.weight,
                    risk=risk,
                    answer=answer_label(bank, ans),
                    unknown=ans.is_unknown,
                    na=ans.is_na,
                    blocker=blocker,
                    reduced_by=reduced,
                )
                q_scores.append(qs)
                if blocker:
                    ch_blockers.append(q.id)
                    blockers.append(Blocker(q.id, q.text, qs.answer, ch.id))
                elif ans.is_unknown and not reduced and any(o.blocker for o in q.options):
                    open_blockers.append(Blocker(q.id, q.text, qs.answer, ch.id))
            sub_risk = 100.0 * points / max_points if max_points else None
            sub_likelihood = likelihood_for(sub_risk) if sub_risk is not None else None
            sub_level = level_for(sub_likelihood, impact) if sub_likelihood is not None else None
            if sub_level is not None and any(qs.blocker for qs in q_scores):
                sub_level = "critical"
            sub_scores.append(
                SubchallengeScore(
                    key=sub.key,
                    id=sub.id,
                    title=sub.title,
                    risk=sub_risk,
                    likelihood=sub_likelihood,
                    level=sub_level,
                    answered=answered,
                    total=total,
                    points=points,
                    max_points=max_points,
                    questions=tuple(q_scores),
                )
            )
            ch_points += points
            ch_max += max_points
            ch_answered += answered
            ch_total += total
            q_scores_all.extend(q_scores)

        risk = 100.0 * ch_points / ch_max if ch_max else None
        likelihood = likelihood_for(risk) if risk is not None else None
        level = level_for(likelihood, impact) if likelihood is not None else None
        if ch_blockers:
            level = "critical"
        challenges.append(
            ChallengeScore(
                id=ch.id,
                title=ch.title,
                risk=risk,
                likelihood=likelihood,
                impact=impact,
                level=level,
                answered=ch_answered,
                total=ch_total,
                points=ch_points,
                max_points=ch_max,
                drivers=_drivers(q_scores_all, ch_points, order),
                subchallenges=tuple(sub_scores),
                blockers=tuple(ch_blockers),
                impact_parts=parts,
            )
        )

    follow_up = _follow_up(bank, answers, values, order)
    completion = Completion(answered_total, visible_total, scored_answered, scored_total, unknown_count)
    overall = _overall(challenges, blockers, open_blockers, follow_up)
    return RiskProfile(
        overall=overall,
        completion=completion,
        challenges=tuple(challenges),
        blockers=tuple(blockers),
        open_blockers=tuple(open_blockers),
        follow_up=tuple(follow_up),
        industry=str(values.get("context.industry"))
        if isinstance(values.get("context.industry"), str) and values.get("context.industry") not in (NA, UNKNOWN)
        else "general",
        computed=computed,
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
        )
        for s in ranked[:MAX_DRIVERS]
    )


def _follow_up(
    bank: QuestionBank, answers: Mapping[str, Answer], values: Mapping[str, object], order: Mapping[str, int]
) -> list[FollowUp]:
    items: list[FollowUp] = []
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
            FollowUp(
                question=qid,
                text=q.text,
                challenge=q.challenge or "context",
                reason=reason,
                answer=answer_label(bank, ans),
                note=ans.note,
            )
        )
    items.sort(key=lambda f: order.get(f.question, 0))
    return items


def _overall(
    challenges: Sequence[ChallengeScore],
    blockers: Sequence[Blocker],
    open_blockers: Sequence[Blocker],
    follow_up: Sequence[FollowUp],
) -> Overall:
    assessed = [c for c in challenges if c.risk is not None]
    risk = sum(c.risk or 0.0 for c in assessed) / len(assessed) if assessed else None
    level = max((c.level for c in assessed if c.level), key=level_rank, default=None)
    reasons: list[str] = []
    by_level = {lv: [c.title for c in assessed if c.level == lv] for lv in LEVELS}
    not_assessed = [c.title for c in challenges if c.risk is None]
    unknowns = sum(1 for f in follow_up if f.reason == "unknown")

    if not assessed:
        return Overall(None, None, "not_ready", ("Nothing has been assessed yet.",))
    decision = "ready"
    if blockers:
        decision = "not_ready"
        for b in blockers:
            reasons.append(f'Blocker: {b.text} - answered "{b.answer}".')
    if open_blockers:
        decision = "not_ready"
        for b in open_blockers:
            reasons.append(
                f'Open stop question: {b.text} - "Don\'t know"; one of its answers would stop the deployment.'
            )
    if by_level["critical"]:
        decision = "not_ready"
        reasons.append(f"Critical risk in {', '.join(by_level['critical'])}.")
    if by_level["high"]:
        decision = _worse(decision, "pilot_only")
        reasons.append(f"High risk in {', '.join(by_level['high'])}.")
    if risk is not None and risk >= PILOT_ONLY_OVERALL_RISK:
        decision = _worse(decision, "pilot_only")
        reasons.append(f"Overall risk {risk:.0f} is {PILOT_ONLY_OVERALL_RISK:.0f} or more.")
    if by_level["medium"]:
        decision = _worse(decision, "ready_with_conditions")
        reasons.append(
            f"Medium level in {', '.join(by_level['medium'])}: deploy only with the conditions of the plan "
            "and monitoring in place."
        )
    if not_assessed:
        decision = _worse(decision, "ready_with_conditions")
        reasons.append(f"Not yet assessed: {', '.join(not_assessed)}.")
    if unknowns:
        decision = _worse(decision, "ready_with_conditions")
        reasons.append(f'{unknowns} "don\'t know" answer(s) need follow-up.')
    if decision == "ready":
        reasons.append("Every assessed challenge is at low risk and no blocker was found.")
    return Overall(risk, level, decision, tuple(reasons))


def _worse(current: str, candidate: str) -> str:
    return candidate if DECISIONS.index(candidate) > DECISIONS.index(current) else current
