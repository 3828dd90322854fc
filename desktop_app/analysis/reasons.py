"""The decision's reasons as codes with parameters, each with the question a person should go to.

``core.decision`` decides and says why with :class:`~desktop_app.core.decision.Reason` codes; this
module only explains those reasons in a form a view can render in any language and link to a
question. It follows ``Overall.reasons`` one by one, in the order the decision weighs them (what
stops a deployment first: blockers, open stop questions, critical challenges, required phase-0
controls; then what keeps it to a pilot; then its conditions), so the first reason a view shows is
the one that decided. A reason naming several challenges becomes one entry per challenge, each
pointing at that challenge's main driver. It never reads the core's English sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.decision import Reason
from desktop_app.core.messages import control_text
from desktop_app.core.scoring import ChallengeScore, RiskProfile

#: the codes a view renders (the core's codes, with per-challenge level reasons split out)
CODES = (
    "blocker",  # an answer that stops the deployment (question, answer)
    "open_stop_question",  # "don't know" on a question one of whose answers would stop it (question)
    "critical",  # a challenge at critical level (challenge; question = its main driver)
    "control_missing",  # a control the impact tier requires is not in place (question or action, phase, tier)
    "control_unknown",  # ... or not known yet
    "high",  # a challenge at high level
    "weakest_link",  # one weak answer to a weight-3 question holds its challenge at high (question)
    "overall_risk",  # overall risk at or above the pilot-only threshold (risk, threshold)
    "medium",  # a challenge at medium level
    "not_assessed",  # a challenge with nothing assessed (question = its first unanswered question)
    "unknown_answers",  # open "don't know" answers (count; question = the first one)
    "conditions",  # ready with conditions: the owned and dated open actions (count, unowned)
    "conditions_missing",  # conditions needed but none owned and dated (unowned)
    "all_clear",  # ready: the tier's controls are in place (tier, approver)
    "nothing_assessed",  # no challenge assessed at all
)

_LEVEL_CODES = {"critical_challenges": "critical", "high_challenges": "high", "medium_challenges": "medium"}


@dataclass(frozen=True)
class DecisionReason:
    """One reason for the decision. ``question`` is where to go to change it (None: nowhere to go).

    ``source`` is the position of the core reason this entry explains in ``Overall.reasons``.
    """

    code: str
    question: str | None = None
    question_text: str = ""
    answer: str = ""
    challenge: str | None = None
    challenge_title: str = ""
    count: int = 0
    risk: float | None = None
    phase: int | None = None
    tier: str = ""
    approver: str = ""
    unowned: int = 0
    threshold: float | None = None
    source: int = 0
    #: the bank's finding for the answer given to ``question`` (what is wrong, in business words); ""
    #: when the answer or the bank has none: a view then names the question instead
    finding: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "question": self.question,
            "question_text": self.question_text,
            "answer": self.answer,
            "challenge": self.challenge,
            "count": self.count,
            "risk": None if self.risk is None else round(self.risk, 1),
            "phase": self.phase,
            "tier": self.tier,
            "approver": self.approver,
            "unowned": self.unowned,
        }


def decision_reasons(
    profile: RiskProfile, bank: QuestionBank | None = None, assessment: Assessment | None = None
) -> tuple[DecisionReason, ...]:
    """The reasons for ``profile.overall.decision``, most decisive first (the decision's own order).

    With ``bank`` and ``assessment``, a challenge not yet assessed points at its first unanswered question.
    """
    reasons: list[DecisionReason] = []
    for index, reason in enumerate(profile.overall.reasons):
        reasons += _from_core(reason, index, profile, bank, assessment)
    if not reasons:  # the core always gives a reason; an empty tuple would leave a view blank
        reasons.append(DecisionReason("nothing_assessed"))
    return tuple(reasons)


@dataclass(frozen=True)
class _Context:
    """What a core reason is explained against: the profile, the bank, the answers, its position."""

    profile: RiskProfile | None
    bank: QuestionBank | None
    assessment: Assessment | None
    index: int


def _from_core(
    reason: Reason,
    index: int,
    profile: RiskProfile | None,
    bank: QuestionBank | None,
    assessment: Assessment | None,
) -> list[DecisionReason]:
    """The view entries explaining one core reason (one per challenge for a level reason)."""
    ctx = _Context(profile, bank, assessment, index)
    handler = _HANDLERS.get(reason.code)
    if handler is None:
        return [DecisionReason(reason.code, source=index)]  # a code this version does not know: shown as itself
    return handler(reason.code, reason.params, ctx)


def _stop(code: str, p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    qid = str(p.get("question", ""))
    found = None
    if ctx.profile is not None:
        pool = ctx.profile.blockers if code == "blocker" else ctx.profile.open_blockers
        found = next((b for b in pool if b.question == qid), None)
    challenge = p.get("challenge")
    return DecisionReason(
        code,
        question=qid,
        question_text=found.text if found else _question_text(ctx.bank, qid),
        answer=found.answer if found else _answer(ctx.profile, qid),
        challenge=str(challenge) if challenge else (found.challenge if found else None),
        source=ctx.index,
        finding=_finding(ctx, qid, found.value if found else None) if code == "blocker" else "",
    )


def _control(code: str, p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    key = str(p.get("control", ""))
    linked = key if ctx.bank is not None and ctx.bank.has_question(key) else None
    return DecisionReason(
        code,
        question=linked,
        question_text=control_text(ctx.bank, key),
        phase=int(p.get("phase", 0)),
        tier=str(p.get("tier", "")),
        source=ctx.index,
        finding=_finding(ctx, key) if code == "control_missing" else "",
    )


def _weakest(code: str, p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    qid = str(p.get("question", ""))
    return DecisionReason(
        code,
        question=qid,
        question_text=_question_text(ctx.bank, qid),
        answer=_answer(ctx.profile, qid),
        challenge=p.get("challenge"),
        challenge_title=_challenge_title(ctx.profile, p.get("challenge")),
        source=ctx.index,
        finding=_finding(ctx, qid),
    )


def _overall(_code: str, p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    worst = _worst(ctx.profile)
    return DecisionReason(
        "overall_risk",
        question=_driver(worst) if worst else None,
        risk=_float(p.get("risk")),
        threshold=_float(p.get("threshold")),
        source=ctx.index,
    )


def _not_assessed(_code: str, p: Mapping[str, Any], ctx: _Context) -> list[DecisionReason]:
    out = []
    for cid in p.get("challenges", ()):
        challenge = _challenge(ctx.profile, cid)
        start = _first_open(challenge, ctx.bank, ctx.assessment) if challenge is not None else None
        title = _challenge_title(ctx.profile, cid)
        out.append(
            DecisionReason("not_assessed", question=start, challenge=cid, challenge_title=title, source=ctx.index)
        )
    return out


def _unknowns(code: str, p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    unknowns = [f for f in ctx.profile.follow_up if f.reason == "unknown"] if ctx.profile is not None else []
    first = unknowns[0] if unknowns else None
    return DecisionReason(
        code,
        question=first.question if first else None,
        question_text=first.text if first else "",
        count=int(p.get("count", len(unknowns)) or 0),
        source=ctx.index,
    )


def _conditions(code: str, p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    count, unowned = int(p.get("count", 0) or 0), int(p.get("unowned", 0) or 0)
    return DecisionReason(code, count=count, unowned=unowned, source=ctx.index)


def _all_clear(code: str, p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    return DecisionReason(code, tier=str(p.get("tier", "")), approver=str(p.get("approver", "")), source=ctx.index)


def _nothing(code: str, _p: Mapping[str, Any], ctx: _Context) -> DecisionReason:
    first = ctx.profile.challenges[0] if ctx.profile is not None and ctx.profile.challenges else None
    start = _first_open(first, ctx.bank, ctx.assessment) if first is not None else None
    return DecisionReason(code, question=start, source=ctx.index)


def _levels(code: str, p: Mapping[str, Any], ctx: _Context) -> list[DecisionReason]:
    return [_level(_LEVEL_CODES[code], cid, ctx) for cid in p.get("challenges", ())]


_Handler = Callable[[str, Mapping[str, Any], _Context], list[DecisionReason]]
_One = Callable[[str, Mapping[str, Any], _Context], DecisionReason]


def _single(fn: _One) -> _Handler:
    return lambda code, p, ctx: [fn(code, p, ctx)]


_HANDLERS: dict[str, _Handler] = {
    "blocker": _single(_stop),
    "open_stop_question": _single(_stop),
    "critical_challenges": _levels,
    "control_missing": _single(_control),
    "control_unknown": _single(_control),
    "high_challenges": _levels,
    "weakest_link": _single(_weakest),
    "overall_risk_high": _single(_overall),
    "medium_challenges": _levels,
    "not_assessed": _not_assessed,
    "unknown_answers": _single(_unknowns),
    "conditions": _single(_conditions),
    "conditions_missing": _single(_conditions),
    "all_clear": _single(_all_clear),
    "nothing_assessed": _single(_nothing),
}


def _level(code: str, cid: str, ctx: _Context) -> DecisionReason:
    challenge = _challenge(ctx.profile, cid)
    top = challenge.drivers[0] if challenge is not None and challenge.drivers else None
    return DecisionReason(
        code,
        question=top.question if top else None,
        question_text=top.text if top else "",
        answer=top.answer if top else "",
        challenge=cid,
        challenge_title=challenge.title if challenge is not None else cid,
        risk=challenge.risk if challenge is not None else None,
        source=ctx.index,
        finding=_finding(ctx, top.question, top.value) if top else "",
    )


def _challenge(profile: RiskProfile | None, cid: object) -> ChallengeScore | None:
    if profile is None:
        return None
    return next((c for c in profile.challenges if c.id == cid), None)


def _challenge_title(profile: RiskProfile | None, cid: object) -> str:
    challenge = _challenge(profile, cid)
    return challenge.title if challenge is not None else str(cid or "")


def _question_text(bank: QuestionBank | None, qid: str) -> str:
    return bank.question(qid).text if bank is not None and bank.has_question(qid) else ""


def _finding(ctx: _Context, qid: str, value: object = None) -> str:
    """The bank's finding for the answer to ``qid`` (``value``, else the scored or stored answer)."""
    if ctx.bank is None or not ctx.bank.has_question(qid):
        return ""
    if value is None:
        qs = ctx.profile.question_scores().get(qid) if ctx.profile is not None else None
        stored = ctx.assessment.answers.get(qid) if ctx.assessment is not None else None
        value = qs.value if qs is not None and qs.value is not None else (stored.value if stored else None)
    return ctx.bank.question(qid).finding_for(value) if value is not None else ""


def _answer(profile: RiskProfile | None, qid: str) -> str:
    qs = profile.question_scores().get(qid) if profile is not None else None
    return qs.answer if qs is not None else ""


def _float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _worst(profile: RiskProfile | None) -> ChallengeScore | None:
    assessed = [c for c in profile.challenges if c.risk is not None] if profile is not None else []
    return max(assessed, key=lambda c: c.risk or 0.0) if assessed else None


def _driver(challenge: ChallengeScore) -> str | None:
    return challenge.drivers[0].question if challenge.drivers else None


def _first_open(challenge: ChallengeScore, bank: QuestionBank | None, assessment: Assessment | None) -> str | None:
    if bank is None or assessment is None or challenge.id not in {c.id for c in bank.challenges}:
        return None
    values = assessment.values()
    questions = [q for q in bank.challenge(challenge.id).questions() if not q.computed and bank.is_visible(q, values)]
    target = next((q for q in questions if q.id not in assessment.answers), questions[0] if questions else None)
    return target.id if target else None
