"""core/budget.py: the plan's money in the assessment's currency, or in the bank's with the reason."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core import budget as b
from desktop_app.core.currency import make_exchange_rate
from desktop_app.core.plan import build_plan
from tests.unit.test_report_client import sample

HEALTHCARE = "healthcare-synthetic-imaging.json"
USD = make_exchange_rate("EUR", "USD", 1.0411, "2026-12-04", "set by Ana Consultant")


@pytest.fixture(scope="module")
def real_bank():
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


def budget_for(bank, **changes):
    a = replace(sample(bank, HEALTHCARE), **changes)
    return b.plan_budget(bank, a, build_plan(bank, a))


@pytest.mark.parametrize(
    ("changes", "code", "currency"),
    [
        ({"currency": "EUR"}, b.NOT_NEEDED, "EUR"),
        ({"currency": ""}, b.NOT_NEEDED, "EUR"),
        ({"currency": "EUR", "exchange_rate": USD}, b.NOT_NEEDED, "EUR"),  # a rate left from before: not used
        ({"currency": "USD"}, b.NO_RATE, "EUR"),
        ({"currency": "USD", "exchange_rate": USD}, b.CONVERTED, "USD"),
        ({"currency": "GBP", "exchange_rate": USD}, b.OTHER_RATE, "EUR"),
    ],
)
def test_when_the_money_is_converted(real_bank, changes, code, currency):
    got = budget_for(real_bank, **changes)
    assert (got.conversion, got.currency) == (code, currency)
    assert got.converted == (code == b.CONVERTED)


def test_unconverted_amounts_are_the_banks_own_and_converted_ones_add_up(real_bank):
    plain = budget_for(real_bank, currency="USD")
    assert plain.bands == {"low": (0.0, 10_000.0), "medium": (10_000.0, 50_000.0), "high": (50_000.0, None)}
    usd = budget_for(real_bank, currency="USD", exchange_rate=USD)
    assert usd.bands == {"low": (0.0, 10_400.0), "medium": (10_400.0, 52_100.0), "high": (52_100.0, None)}
    assert usd.phases[0] == (31_200.0, 187_500.0)  # 3 low and 3 medium
    assert usd.total[0] == sum(lo for lo, _hi in usd.phases.values())
    assert plain.phases.keys() == usd.phases.keys() and plain.unpriced == usd.unpriced == 0


def test_the_json_names_the_rate_and_the_currency(real_bank):
    data = budget_for(real_bank, currency="USD", exchange_rate=USD).to_dict()
    assert data["currency"] == "USD" and data["bank_currency"] == "EUR" and data["conversion"] == "converted"
    assert data["exchange_rate"] == {
        "from": "EUR",
        "to": "USD",
        "rate": 1.0411,
        "as_of": "2026-12-04",
        "source": "set by Ana Consultant",
    }
    assert data["bands"]["high"] == {"min": 52_100.0, "max": None}
    assert data["phases"][0] == {"phase": 0, "min": 31_200.0, "max": 187_500.0}
    assert budget_for(real_bank, currency="USD").to_dict()["exchange_rate"] is None


def test_a_bank_without_amounts_has_no_money(real_bank):
    from desktop_app.core.bank.model import CostBands

    bare = replace(real_bank, cost_bands=CostBands())
    a = replace(sample(real_bank, HEALTHCARE), currency="USD", exchange_rate=USD)
    got = b.plan_budget(bare, a, build_plan(real_bank, a))
    assert got.conversion == b.NO_BANDS and got.bands == {} and got.total == (0.0, 0.0)
