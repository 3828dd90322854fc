"""The plan's budget in money: each action's cost band priced, per phase and in total, in the
assessment's currency where the consultant stated an exchange rate (docs/report.md, "Money").

The bank prices its bands in one currency (``cost_bands.currency``, EUR for the built-in bank). When
the assessment is in another currency and holds a rate from the bank's currency to its own
(:class:`~desktop_app.core.currency.ExchangeRate`), each band's ends are converted and rounded to three
significant figures, and the phases and the total are sums of those rounded ends (so they add up and
can be recomputed by hand). Without such a rate nothing is converted: the amounts stay in the bank's
currency and :attr:`Budget.conversion` says why. The report, the CLI's ``plan --json`` and the GUI
read this one reckoning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.currency import ExchangeRate, round_money
from desktop_app.core.plan import DeploymentPlan, PlanItem

#: (from, to or None when a band has no upper end)
Range = tuple[float, float | None]

#: :attr:`Budget.conversion` codes
NO_BANDS = "no_bands"  # the bank gives its bands no amounts
NOT_NEEDED = "not_needed"  # the assessment is in the bank's currency, or states none
CONVERTED = "converted"  # converted at the assessment's rate
NO_RATE = "no_rate"  # another currency and no rate: shown in the bank's currency
OTHER_RATE = "rate_for_other_currency"  # the stored rate is for another pair (the currency changed since)


@dataclass(frozen=True)
class Budget:
    """The money of the plan: the bands, each phase and the total, all in :attr:`currency`."""

    bank_currency: str  # the currency the bank prices its bands in ("" when it states none)
    assessment_currency: str  # "" when not stated
    currency: str  # the currency of every amount here
    conversion: str  # one of the codes above
    rate: ExchangeRate | None  # the rate applied (CONVERTED), or the one stored that did not apply
    bands: Mapping[str, Range]
    phases: Mapping[int, Range]  # only the active actions of each phase
    total: Range
    unpriced: int  # active actions whose cost band has no amount

    @property
    def converted(self) -> bool:
        return self.conversion == CONVERTED

    def to_dict(self) -> dict[str, Any]:
        """For ``plan --json`` (keys documented in docs/report.md; they only grow)."""

        def rng(r: Range) -> dict[str, float | None]:
            return {"min": r[0], "max": r[1]}

        rate = self.rate
        return {
            "currency": self.currency,
            "bank_currency": self.bank_currency,
            "assessment_currency": self.assessment_currency,
            "conversion": self.conversion,
            "exchange_rate": None
            if rate is None
            else {"from": rate.base, "to": rate.quote, "rate": rate.rate, "as_of": rate.as_of, "source": rate.source},
            "bands": {band: rng(r) for band, r in self.bands.items()},
            "phases": [{"phase": p, **rng(r)} for p, r in self.phases.items()],
            "total": rng(self.total),
            "unpriced": self.unpriced,
        }


def _conversion(bank_currency: str, assessment: Assessment, has_bands: bool) -> tuple[str, ExchangeRate | None]:
    rate, own = assessment.exchange_rate, assessment.currency
    if not has_bands:
        return NO_BANDS, None
    if not own or not bank_currency or own == bank_currency:
        return NOT_NEEDED, None
    if rate is None:
        return NO_RATE, None
    if rate.applies(bank_currency, own):
        return CONVERTED, rate
    return OTHER_RATE, rate


def band_ranges(bank: QuestionBank, rate: ExchangeRate | None = None) -> dict[str, Range]:
    """The bank's bands as (from, to or None); converted and rounded when ``rate`` is given."""
    out: dict[str, Range] = {}
    for band, (lo, hi) in bank.cost_bands.ranges.items():
        low, high = float(lo or 0.0), None if hi is None else float(hi)
        if rate is not None:
            low = round_money(rate.convert(low))
            high = None if high is None else round_money(rate.convert(high))
        out[band] = (low, high)
    return out


def phase_cost(items: Sequence[PlanItem], bands: Mapping[str, Range]) -> Range:
    """The cost range of ``items`` from their bands (None as upper end when any band is open-ended)."""
    priced = [bands[it.cost] for it in items if it.cost in bands]
    lo = sum(b[0] for b in priced)
    his = [b[1] for b in priced]
    return float(lo), (None if any(h is None for h in his) else float(sum(h for h in his if h is not None)))


def plan_budget(bank: QuestionBank, assessment: Assessment, plan: DeploymentPlan) -> Budget:
    """The budget of ``plan`` (its active actions) in the assessment's currency where a rate allows."""
    bank_currency = bank.cost_bands.currency
    conversion, rate = _conversion(bank_currency, assessment, bool(bank.cost_bands.ranges))
    bands = band_ranges(bank, rate if conversion == CONVERTED else None)
    phases = {p: phase_cost(items, bands) for p, items in plan.by_phase().items()}
    total_lo = sum(r[0] for r in phases.values())
    total_hi = None if any(r[1] is None for r in phases.values()) else sum(r[1] or 0.0 for r in phases.values())
    unpriced = sum(1 for items in plan.by_phase().values() for it in items if it.cost not in bands) if bands else 0
    currency = assessment.currency if conversion == CONVERTED else (bank_currency or assessment.currency)
    return Budget(
        bank_currency=bank_currency,
        assessment_currency=assessment.currency,
        currency=currency,
        conversion=conversion,
        rate=rate,
        bands=bands,
        phases=phases,
        total=(float(total_lo), None if total_hi is None else float(total_hi)),
        unpriced=unpriced,
    )
