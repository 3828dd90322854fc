"""The estimator's default prices carry their currency (issues 11/12): the built-in GPU-hour price is
6.88 USD whatever the assessment's currency, so it is used as it is only in USD, converted where the
assessment's exchange rate goes from that currency to its own, and otherwise not used (the price is
asked for), with a note that says which."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desktop_app.core.currency import make_exchange_rate
from desktop_app.core.estimator import BUILTIN_DEFAULT_CURRENCY, DEFAULT_INPUTS, MoneyTerms, estimate
from desktop_app.core.messages import estimate_notes_text

BANK_PATH = Path(__file__).resolve().parents[2] / "resources" / "question_banks" / "genai-readiness.yaml"
Q = DEFAULT_INPUTS
SECTION = {
    "inputs": dict(DEFAULT_INPUTS),
    "defaults": {
        "gpu_hour_price": {"value": 4.0, "source": "test", "as_of": "2026-11", "currency": "USD"},
        "price_per_million_tokens": {"value": 10.0, "source": "test", "as_of": "2026-11", "currency": "EUR"},
        "days_per_month": {"value": 30, "source": "test"},
    },
}
GPU = {Q["gpu_hours_per_month"]: 100}  # 100 GPU-hours, price not answered
API = {Q["requests_per_day"]: 1000, Q["tokens_per_request"]: 1000}  # 30 million tokens a month


def test_a_default_in_the_assessments_currency_is_used_as_it_is():
    e = estimate(SECTION, GPU, MoneyTerms("USD"))
    assert e.monthly_cost == pytest.approx(400.0)  # 100 x 4.0
    assert "gpu_hour_price" in e.defaulted


def test_without_a_stated_currency_the_estimate_is_as_before():
    assert estimate(SECTION, GPU).monthly_cost == pytest.approx(400.0)
    assert estimate(SECTION, GPU, MoneyTerms("")).monthly_cost == pytest.approx(400.0)


def test_a_default_in_another_currency_is_asked_for_not_used():
    e = estimate(SECTION, GPU, MoneyTerms("GBP"))
    assert e.monthly_cost is None and "gpu_hour_price" not in e.inputs
    notes = estimate_notes_text(e)
    assert any("GPU-hour" in n and "USD" in n and "GBP" in n for n in notes), notes
    # an answered price is the assessment's own: used whatever the default's currency
    answered = estimate(SECTION, {**GPU, Q["gpu_hour_price"]: 3.5}, MoneyTerms("GBP"))
    assert answered.monthly_cost == pytest.approx(350.0)


def test_a_default_is_converted_at_the_assessments_rate():
    rate = make_exchange_rate("EUR", "USD", 1.1, "2026-12-04", "set by Ana")
    # 30 million tokens x (10.0 EUR x 1.1 = 11.0 USD) = 330 USD
    e = estimate(SECTION, API, MoneyTerms("USD", rate))
    assert e.monthly_cost == pytest.approx(330.0)
    assert e.inputs["price_per_million_tokens"] == pytest.approx(11.0)
    notes = estimate_notes_text(e)
    assert any("10 EUR" in n and "1 EUR = 1.1 USD" in n for n in notes), notes
    # a rate for another pair converts nothing: the USD default is not usable in GBP
    gbp = make_exchange_rate("EUR", "GBP", 0.86, "2026-12-04", "set by Ana")
    assert estimate(SECTION, GPU, MoneyTerms("GBP", gbp)).monthly_cost is None


def test_the_built_in_prices_say_they_are_usd():
    section = yaml.safe_load(BANK_PATH.read_text(encoding="utf-8"))["estimator"]
    assert section["defaults"]["gpu_hour_price"]["currency"] == "USD"  # AWS's on-demand price in dollars
    assert section["defaults"]["price_per_million_tokens"]["currency"] == "USD"
    assert BUILTIN_DEFAULT_CURRENCY == {"gpu_hour_price": "USD", "price_per_million_tokens": "USD"}
    # the built-in fallback follows the same rule when a bank gives no defaults
    assert estimate({"inputs": dict(DEFAULT_INPUTS)}, GPU, MoneyTerms("EUR")).monthly_cost is None
    assert estimate({"inputs": dict(DEFAULT_INPUTS)}, GPU, MoneyTerms("USD")).monthly_cost == pytest.approx(688.0)


def test_scoring_and_the_report_money_follow_the_assessments_currency():
    from dataclasses import replace

    from desktop_app.core.assessment import Answer, Assessment
    from desktop_app.core.bank import builtin_bank_path, load_bank
    from desktop_app.core.scoring import effective_answers
    from desktop_app.report.status import money_figures

    bank = load_bank(builtin_bank_path())
    answers = {
        Q["gpu_hours_per_month"]: Answer(Q["gpu_hours_per_month"], 100),
        Q["monthly_budget"]: Answer(Q["monthly_budget"], 1000),
    }
    usd = Assessment(client="C", project="P", answers=answers, currency="USD")
    assert effective_answers(bank, usd)[1]["monthly_cost"] == pytest.approx(688.0)
    assert money_figures(bank, usd).monthly_cost == pytest.approx(688.0)
    eur = replace(usd, currency="EUR")
    assert "monthly_cost" not in effective_answers(bank, eur)[1]  # the USD default is not a euro price
    figures = money_figures(bank, eur)
    assert figures.monthly_cost is None and figures.unpriced_defaults == (("gpu_hour_price", "USD"),)


def test_a_default_price_with_a_currency_that_does_not_exist_is_refused_with_its_line():
    from desktop_app.core.bank import load_bank_text
    from desktop_app.core.errors import BankError

    text = BANK_PATH.read_text(encoding="utf-8")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if ln.strip() == "currency: USD")
    bad = text.replace("      currency: USD\n", "      currency: dollars\n", 1)
    with pytest.raises(BankError) as caught:
        load_bank_text(bad, "bank.yaml")
    message = str(caught.value)
    assert f"bank.yaml:{line}" in message and "ISO 4217" in message and "price_per_million_tokens" in message
