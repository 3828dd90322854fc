"""Scoring's computed answers use the assessment's exchange rate: a default price in the bank's
currency is converted at that rate, not refused (two mutants of ``effective_answers`` that dropped
the rate survived every test until this one, 8 December 2026)."""

from __future__ import annotations

import pytest

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import builtin_bank_path, load_bank
from desktop_app.core.currency import make_exchange_rate
from desktop_app.core.estimator import DEFAULT_INPUTS
from desktop_app.core.scoring import effective_answers, score

Q = DEFAULT_INPUTS


def test_a_default_price_is_converted_at_the_assessments_rate_when_scoring():
    bank = load_bank(builtin_bank_path())
    hours = Q["gpu_hours_per_month"]
    rate = make_exchange_rate("USD", "EUR", 0.9, "2026-12-04", "set by the consultant")
    eur = Assessment(client="C", project="P", answers={hours: Answer(hours, 100)}, currency="EUR", exchange_rate=rate)
    # 100 GPU-hours x the built-in 6.88 USD, converted at 0.9: 619.2 EUR
    assert effective_answers(bank, eur)[1]["monthly_cost"] == pytest.approx(619.2)
    assert score(bank, eur).computed["monthly_cost"] == pytest.approx(619.2)
