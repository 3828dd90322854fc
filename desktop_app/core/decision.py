"""Decision method v2: from what the scoring found to ``ready`` ... ``not_ready``, with reasons as codes.

Each part decides one thing (documented in ``docs/scoring.md``):

* :func:`control_status` - whether each control the impact tier requires is in place;
* :func:`stop_reasons` - ``not_ready``: a blocker, an open stop question, a critical challenge, or a
  required phase-0 control missing or unknown;
* :func:`pilot_reasons` - ``pilot_only``: a high challenge (weakest link included) or overall risk at or
  above the bank's ``pilot_only_risk``;
* :func:`condition_reasons` - what must be followed up before an unconditional ``ready``;
* :func:`plan_conditions` - the plan's open actions with an owner and a due date;
* :func:`decide` - puts them together.

Reasons are :class:`Reason` codes with parameters (ids and figures), never sentences:
``core/messages.py`` renders them, so a translation can never change a decision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import NA, UNKNOWN, Control, PilotBoundary, QuestionBank, holds
from desktop_app.core.context import TierResult

DECISIONS = ("ready", "ready_with_conditions", "pilot_only", "not_ready")
#: control states
IN_PLACE, MISSING, UNKNOWN_STATE, NOT_REQUIRED = "in_place", "missing", "unknown", "not_required"


@dataclass(frozen=True)
class Reason:
    """Why the decision is what it is: a code and its parameters (ids, counts, figures)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, **{k: (list(v) if isinstance(v, tuple) else v) for k, v in self.params.items()}}


@dataclass(frozen=True)
class ControlStatus:
    control: Control
    status: str  # in_place | missing | unknown | not_required

    def to_dict(self) -> dict[str, Any]:
        return {**self.control.to_dict(), "status": self.status}


@dataclass(frozen=True)
class PlanCondition:
    """An open plan action with an owner and a due date: a condition of ``ready_with_conditions``."""

    key: str
    title: str
    owner: str
    due_date: str
    phase: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "title": self.title,
            "owner": self.owner,
            "due_date": self.due_date,
            "phase": self.phase,
        }


@dataclass(frozen=True)
class Findings:
    """What the scoring found: the decision's only input besides the bank and the plan."""

    risk: float | None
    levels: Mapping[str, str | None]  # challenge id -> level, None when not assessed
    risks: Mapping[str, float | None]  # challenge id -> risk
    blockers: tuple[tuple[str, str], ...] = ()  # (question, challenge)
    open_blockers: tuple[tuple[str, str], ...] = ()
    unknowns: int = 0
    weakest_links: tuple[tuple[str, str], ...] = ()  # (question, challenge)


@dataclass(frozen=True)
class Decision:
    decision: str
    reasons: tuple[Reason, ...]
    tier: TierResult
    controls: tuple[ControlStatus, ...] = ()
    conditions: tuple[PlanCondition, ...] = ()
    pilot_boundary: tuple[PilotBoundary, ...] = ()

    @property
    def approver(self) -> str:
        return self.tier.tier.approver


def worse(current: str, candidate: str) -> str:
    return candidate if DECISIONS.index(candidate) > DECISIONS.index(current) else current


# --------------------------------------------------------------------------------------------
# The parts


def control_status(
    bank: QuestionBank, assessment: Assessment, values: Mapping[str, object], tier: TierResult
) -> tuple[ControlStatus, ...]:
    out = []
    for control in tier.tier.required_controls:
        out.append(ControlStatus(control, _one_control(bank, assessment, values, control)))
    return tuple(out)


def _one_control(bank: QuestionBank, assessment: Assessment, values: Mapping[str, object], control: Control) -> str:
    if not holds(control.applies_if, values):
        return NOT_REQUIRED
    if control.question is not None:
        return _question_control(bank, values, control)
    mitigation = bank.mitigations.get(control.mitigation or "")
    if mitigation is not None and not bank.applies(mitigation, values):
        return NOT_REQUIRED
    decision = assessment.plan.get(control.mitigation or "")
    return IN_PLACE if decision is not None and decision.status == "done" else MISSING


def _question_control(bank: QuestionBank, values: Mapping[str, object], control: Control) -> str:
    """In place when every chosen answer is acceptable; N/A or a hidden question: not required."""
    q = bank.question(control.question or "")
    value = values.get(q.id)
    if not bank.is_visible(q, values) or value == NA:
        return NOT_REQUIRED
    if value is None or value == UNKNOWN:
        return UNKNOWN_STATE
    given = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return IN_PLACE if given and all(v in control.accept for v in given) else MISSING


def stop_reasons(findings: Findings, controls: Sequence[ControlStatus], tier: TierResult) -> list[Reason]:
    reasons = [Reason("blocker", {"question": q, "challenge": c}) for q, c in findings.blockers]
    reasons += [Reason("open_stop_question", {"question": q, "challenge": c}) for q, c in findings.open_blockers]
    critical = tuple(cid for cid, lv in findings.levels.items() if lv == "critical")
    if critical:
        reasons.append(Reason("critical_challenges", {"challenges": critical}))
    for cs in controls:
        if cs.control.phase == 0 and cs.status in (MISSING, UNKNOWN_STATE):
            code = "control_missing" if cs.status == MISSING else "control_unknown"
            reasons.append(Reason(code, {"control": cs.control.key, "phase": 0, "tier": tier.tier.id}))
    return reasons


def pilot_reasons(findings: Findings, threshold: float) -> list[Reason]:
    reasons = []
    high = tuple(cid for cid, lv in findings.levels.items() if lv == "high")
    if high:
        reasons.append(Reason("high_challenges", {"challenges": high}))
    for q, c in findings.weakest_links:
        if findings.levels.get(c) == "high":
            reasons.append(Reason("weakest_link", {"question": q, "challenge": c}))
    if findings.risk is not None and findings.risk >= threshold:
        reasons.append(Reason("overall_risk_high", {"risk": round(findings.risk, 1), "threshold": threshold}))
    return reasons


def condition_reasons(findings: Findings, controls: Sequence[ControlStatus], tier: TierResult) -> list[Reason]:
    reasons = []
    # a medium level with no risk points at all (a high-impact sector, every answer well controlled)
    # leaves nothing to act on, so it sets no condition
    medium = tuple(
        cid for cid, lv in findings.levels.items() if lv == "medium" and (findings.risks.get(cid) or 0.0) > 0
    )
    if medium:
        reasons.append(Reason("medium_challenges", {"challenges": medium}))
    not_assessed = tuple(cid for cid, lv in findings.levels.items() if lv is None)
    if not_assessed:
        reasons.append(Reason("not_assessed", {"challenges": not_assessed}))
    if findings.unknowns:
        reasons.append(Reason("unknown_answers", {"count": findings.unknowns}))
    for cs in controls:
        if cs.control.phase > 0 and cs.status in (MISSING, UNKNOWN_STATE):
            code = "control_missing" if cs.status == MISSING else "control_unknown"
            reasons.append(Reason(code, {"control": cs.control.key, "phase": cs.control.phase, "tier": tier.tier.id}))
    return reasons


def plan_conditions(bank: QuestionBank, assessment: Assessment) -> tuple[tuple[PlanCondition, ...], int]:
    """The plan's open actions that have an owner and a due date; and how many open actions lack one."""
    from desktop_app.core.plan import build_plan  # the plan scores answers itself: import when needed

    owned: list[PlanCondition] = []
    unowned = 0
    for it in build_plan(bank, assessment).items:
        if not it.active or it.status == "done":
            continue
        if it.owner.strip() and it.due_date.strip():
            owned.append(PlanCondition(it.key, it.title, it.owner.strip(), it.due_date, it.phase))
        else:
            unowned += 1
    return tuple(owned), unowned


def boundary_for(bank: QuestionBank, values: Mapping[str, object], tier: TierResult) -> tuple[PilotBoundary, ...]:
    ids = tier.tier.pilot_boundary or tuple(bank.pilot_boundaries)
    return tuple(b for bid in ids if (b := bank.pilot_boundaries.get(bid)) is not None and holds(b.applies_if, values))


# --------------------------------------------------------------------------------------------
# Together


def decide(
    bank: QuestionBank,
    assessment: Assessment,
    values: Mapping[str, object],
    findings: Findings,
    tier: TierResult,
) -> Decision:
    """The deployment decision and its reasons."""
    if findings.risk is None:
        return Decision("not_ready", (Reason("nothing_assessed"),), tier)
    controls = control_status(bank, assessment, values, tier)
    stops = stop_reasons(findings, controls, tier)
    pilots = pilot_reasons(findings, bank.decision.pilot_only_risk)
    needs = condition_reasons(findings, controls, tier)
    reasons = [*stops, *pilots, *needs]
    conditions: tuple[PlanCondition, ...] = ()
    if stops:
        decision = "not_ready"
    elif pilots:
        decision = "pilot_only"
    elif needs:
        conditions, unowned = plan_conditions(bank, assessment)
        if conditions:
            decision = "ready_with_conditions"
            reasons.append(Reason("conditions", {"count": len(conditions), "unowned": unowned}))
        else:
            decision = "pilot_only"
            reasons.append(Reason("conditions_missing", {"unowned": unowned}))
    else:
        decision = "ready"
        reasons.append(Reason("all_clear", {"tier": tier.tier.id, "approver": tier.tier.approver}))
    boundary = boundary_for(bank, values, tier) if decision == "pilot_only" else ()
    return Decision(decision, tuple(reasons), tier, controls, conditions, boundary)
