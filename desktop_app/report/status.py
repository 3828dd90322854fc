"""Facts the front of the report rests on: is the plan final, and what the system costs a month."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.plan import DeploymentPlan, PlanItem


@dataclass(frozen=True)
class PlanStatus:
    """Whether the plan is final; a draft says why.

    A plan is final when no active action is still proposed, every open action has an owner, and
    every phase-0 action is owned and dated. Anything else is a draft (DRAFT on every page).
    """

    proposed: tuple[PlanItem, ...]
    unassigned: tuple[PlanItem, ...]
    phase0_open: tuple[PlanItem, ...]

    @property
    def draft(self) -> bool:
        return bool(self.proposed or self.unassigned or self.phase0_open)


def plan_status(plan: DeploymentPlan) -> PlanStatus:
    active = [it for it in plan.items if it.active]
    open_items = [it for it in active if it.status != "done"]
    return PlanStatus(
        proposed=tuple(it for it in active if it.status == "proposed"),
        unassigned=tuple(it for it in open_items if not it.owner.strip()),
        phase0_open=tuple(it for it in open_items if it.phase == 0 and not (it.owner.strip() and it.due_date)),
    )


@dataclass(frozen=True)
class MoneyFigures:
    """Monthly run cost (the estimator) against the stated monthly budget, in the assessment's currency."""

    monthly_cost: float | None
    monthly_budget: float | None
    currency: str
    cost_from_defaults: bool  # some estimator inputs were not answered and took a default
    #: kb: default prices not used because they are in another currency: (input, its currency)
    unpriced_defaults: tuple[tuple[str, str], ...] = ()
    #: kb: default prices converted at the assessment's exchange rate: (input, price as stated, its currency)
    converted_defaults: tuple[tuple[str, float, str], ...] = ()

    @property
    def ratio(self) -> float | None:
        if self.monthly_cost is None or not self.monthly_budget:
            return None
        return self.monthly_cost / self.monthly_budget


def money_figures(bank: QuestionBank, assessment: Assessment) -> MoneyFigures:
    if not bank.estimator:
        return MoneyFigures(None, None, assessment.currency, False)
    from desktop_app.core.estimator import MoneyTerms, estimate

    values = {qid: a.value for qid, a in assessment.answers.items()}
    est = estimate(bank.estimator, values, MoneyTerms(assessment.currency, assessment.exchange_rate))
    refused = tuple(
        (str(n.params.get("input", "")), str(n.params.get("from", "")))
        for n in est.notes
        if n.code == "default_other_currency"
    )
    inputs = bank.estimator.get("inputs") if isinstance(bank.estimator, Mapping) else None
    budget_q = str(inputs.get("monthly_budget", "")) if isinstance(inputs, Mapping) else ""
    budget_value = values.get(budget_q)
    budget = (
        float(budget_value)
        if isinstance(budget_value, (int, float)) and not isinstance(budget_value, bool) and budget_value > 0
        else None
    )
    converted = tuple(
        (str(n.params.get("input", "")), float(n.params.get("stated", 0.0)), str(n.params.get("from", "")))
        for n in est.notes
        if n.code == "default_converted"
    )
    return MoneyFigures(est.monthly_cost, budget, assessment.currency, bool(est.defaulted), refused, converted)
