"""The deployment plan: mitigations selected by the answers, phased and dated, plus what-if.

A library action enters the plan when an answer triggers it (an option's ``actions`` or a bank
``rule``) and its ``applies_if`` holds for the context (jurisdiction, industry, role); a "not
applicable" answer triggers nothing. An action triggered by a blocker answer goes to phase 0 whatever
its own phase, and an action another one depends on is brought forward to that one's phase, so no
action is due before the work it needs. The
consultant's decisions (accept, reject, edit, add a custom action) are stored in the document as
:class:`~desktop_app.core.assessment.PlanDecision` rows and merged in here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from desktop_app.core import messages
from desktop_app.core.assessment import Assessment, PlanDecision
from desktop_app.core.bank import CHALLENGE_IDS, NA, PHASES, UNKNOWN, QuestionBank, holds
from desktop_app.core.scoring import RiskProfile, answer_risk, effective_answers, is_blocker_answer, score

#: Default due date of each phase, in days after the workshop.
PHASE_DUE_DAYS = {0: 30, 1: 90, 2: 180, 3: 365}


@dataclass(frozen=True)
class PlanItem:
    key: str  # the mitigation id, or CUSTOM-n for a custom action
    title: str
    action: str
    challenge: str
    subchallenge: str
    phase: int
    effort: str
    cost: str
    owner_role: str
    references: tuple[str, ...] = ()
    risk_reduction: int = 0
    depends_on: tuple[str, ...] = ()
    evidence: str = ""
    effort_days: tuple[float, float] | None = None
    cost_assumptions: str = ""
    responsible: str = ""
    accountable: str = ""
    triggered_by: tuple[str, ...] = ()
    addresses_blocker: bool = False
    status: str = "proposed"
    owner: str = ""
    due_date: str = ""
    note: str = ""
    custom: bool = False

    @property
    def phase_name(self) -> str:
        """The phase in English (``core.messages``), for the CLI and JSON; the GUI and the report
        render ``phase`` in their own words."""
        return messages.phase_name(self.phase)

    @property
    def active(self) -> bool:
        return self.status != "rejected"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "title": self.title,
            "action": self.action,
            "challenge": self.challenge,
            "subchallenge": self.subchallenge,
            "phase": self.phase,
            "phase_name": self.phase_name,
            "effort": self.effort,
            "cost": self.cost,
            "owner_role": self.owner_role,
            "owner": self.owner,
            "due_date": self.due_date,
            "status": self.status,
            "note": self.note,
            "custom": self.custom,
            "references": list(self.references),
            "risk_reduction": self.risk_reduction,
            "depends_on": list(self.depends_on),
            "evidence": self.evidence,
            "effort_days": list(self.effort_days) if self.effort_days else None,
            "cost_assumptions": self.cost_assumptions,
            "raci": {"responsible": self.responsible, "accountable": self.accountable},
            "triggered_by": list(self.triggered_by),
            "addresses_blocker": self.addresses_blocker,
        }


@dataclass(frozen=True)
class DeploymentPlan:
    items: tuple[PlanItem, ...]

    def item(self, key: str) -> PlanItem:
        for it in self.items:
            if it.key == key:
                return it
        raise KeyError(key)

    def by_phase(self, include_rejected: bool = False) -> dict[int, list[PlanItem]]:
        phases: dict[int, list[PlanItem]] = {p: [] for p in PHASES}
        for it in self.items:
            if include_rejected or it.active:
                phases.setdefault(it.phase, []).append(it)
        return phases

    def to_dict(self) -> dict[str, Any]:
        return {
            "phases": [
                {"phase": p, "name": messages.phase_name(p), "actions": [it.to_dict() for it in items]}
                for p, items in self.by_phase(include_rejected=True).items()
            ],
            "count": len(self.items),
            "accepted": sum(1 for it in self.items if it.status in ("accepted", "done")),
            "rejected": sum(1 for it in self.items if it.status == "rejected"),
        }


def triggered(bank: QuestionBank, assessment: Assessment) -> dict[str, tuple[set[str], bool]]:
    """Mitigation id -> (question ids that trigger it, whether a blocker answer triggers it)."""
    answers, _ = effective_answers(bank, assessment)
    values = bank.live_values({qid: a.value for qid, a in answers.items()})
    found: dict[str, tuple[set[str], bool]] = {}

    def add(mid: str, qid: str, blocker: bool) -> None:
        qids, was_blocker = found.get(mid, (set(), False))
        qids.add(qid)
        found[mid] = (qids, was_blocker or blocker)

    for q in bank.all_questions():
        ans = answers.get(q.id)
        if ans is None or not bank.is_visible(q, values):
            continue
        values_given = ans.value if isinstance(ans.value, list) else [ans.value]
        for v in values_given:
            opt = q.option(str(v)) if v not in (NA, UNKNOWN) else None
            if opt is not None:
                for mid in opt.actions:
                    add(mid, q.id, opt.blocker)
    for rule in bank.rules:
        ans = answers.get(rule.question)
        if ans is None or not holds(rule.applies_if, values):
            continue
        q = bank.question(rule.question)
        if not bank.is_visible(q, values):
            continue
        given = {str(v) for v in (ans.value if isinstance(ans.value, list) else [ans.value])}
        hit = bool(rule.answers) and bool(given & set(rule.answers))
        if rule.min_risk is not None:
            risk = answer_risk(bank, q, ans.value)
            hit = hit or (risk is not None and risk >= rule.min_risk)
        if hit:
            for mid in rule.then:
                add(mid, q.id, is_blocker_answer(q, ans.value))
    return {
        mid: v for mid, v in found.items() if mid in bank.mitigations and bank.applies(bank.mitigations[mid], values)
    }


def due_date_for(workshop: date | None, phase: int) -> str:
    if workshop is None:
        return ""
    return (workshop + timedelta(days=PHASE_DUE_DAYS.get(phase, 365))).isoformat()


def build_plan(bank: QuestionBank, assessment: Assessment) -> DeploymentPlan:
    """The plan for the assessment: triggered actions merged with the consultant's decisions."""
    found = triggered(bank, assessment)
    values = bank.live_values(assessment.values())
    workshop = assessment.workshop_day
    order = {q.id: i for i, q in enumerate(bank.all_questions())}
    items: list[PlanItem] = []
    for mid, m in bank.mitigations.items():
        decision = assessment.plan.get(mid)
        qids, blocker = found.get(mid, (set(), False))
        if not qids and (decision is None or decision.status not in ("accepted", "done")):
            continue  # not triggered, and no accepted work to keep
        phase = 0 if blocker else m.phase
        if decision is not None and decision.phase is not None:
            phase = decision.phase
        items.append(
            PlanItem(
                key=mid,
                title=(decision.title if decision and decision.title else m.title),
                action=(decision.action if decision and decision.action else m.action),
                challenge=m.challenge,
                subchallenge=m.subchallenge,
                phase=phase,
                effort=(decision.effort if decision and decision.effort else m.effort),
                cost=(decision.cost if decision and decision.cost else m.cost),
                owner_role=(decision.owner_role if decision and decision.owner_role else m.owner_role),
                # cited like a question's references: only frameworks of a chosen jurisdiction
                references=bank.references_for(m.references, m.ref_conditions, values),
                risk_reduction=m.risk_reduction,
                depends_on=m.depends_on,
                evidence=m.evidence,
                effort_days=m.effort_days,
                cost_assumptions=m.cost_assumptions,
                responsible=m.raci.responsible,
                accountable=m.raci.accountable,
                triggered_by=tuple(sorted(qids, key=lambda q: order.get(q, 0))),
                addresses_blocker=blocker,
                status=decision.status if decision else "proposed",
                owner=decision.owner if decision else "",
                due_date=(decision.due_date if decision and decision.due_date else due_date_for(workshop, phase)),
                note=decision.note if decision else "",
            )
        )
    for decision in assessment.plan.values():
        if not decision.custom:
            continue
        phase = decision.phase if decision.phase is not None else 1
        items.append(
            PlanItem(
                key=decision.key,
                title=decision.title,
                action=decision.action,
                challenge=decision.challenge,
                subchallenge=decision.subchallenge,
                phase=phase,
                effort=decision.effort,
                cost=decision.cost,
                owner_role=decision.owner_role,
                status=decision.status,
                owner=decision.owner,
                due_date=decision.due_date or due_date_for(workshop, phase),
                note=decision.note,
                custom=True,
            )
        )
    items = _dependencies_first(items, assessment)
    challenge_rank = {c: i for i, c in enumerate(CHALLENGE_IDS)}
    items.sort(
        key=lambda it: (it.phase, not it.addresses_blocker, challenge_rank.get(it.challenge, 99), it.custom, it.key)
    )
    return DeploymentPlan(tuple(items))


def _dependencies_first(items: list[PlanItem], assessment: Assessment) -> list[PlanItem]:
    """Bring an action's dependencies forward to its phase (unless the consultant set their phase)."""
    by_key = {it.key: it for it in items}
    changed = True
    while changed:
        changed = False
        for it in list(by_key.values()):
            for dep in it.depends_on:
                d = by_key.get(dep)
                decided = assessment.plan.get(dep)
                if d is None or d.phase <= it.phase or (decided is not None and decided.phase is not None):
                    continue
                due = decided.due_date if decided is not None and decided.due_date else ""
                by_key[dep] = replace(
                    d, phase=it.phase, due_date=due or due_date_for(assessment.workshop_day, it.phase)
                )
                changed = True
    return [by_key[it.key] for it in items]


def what_if_reductions(bank: QuestionBank, plan: DeploymentPlan, done: Iterable[str]) -> dict[str, float]:
    """Question id -> risk points removed if the actions in ``done`` are carried out.

    Two actions on the same answer do not add up: the larger reduction counts.
    """
    reductions: dict[str, float] = {}
    done_keys = set(done)
    for it in plan.items:
        if it.key in done_keys and not it.custom:
            for qid in it.triggered_by:
                reductions[qid] = max(reductions.get(qid, 0.0), float(it.risk_reduction))
    return reductions


def projected_profile(bank: QuestionBank, assessment: Assessment, done: Iterable[str]) -> RiskProfile:
    """The risk profile once the actions in ``done`` are carried out (what-if)."""
    plan = build_plan(bank, assessment)
    return score(bank, assessment, reductions=what_if_reductions(bank, plan, done))


def decisions_by_key(decisions: Iterable[PlanDecision]) -> Mapping[str, PlanDecision]:
    return {d.key: d for d in decisions}
