"""The exchange rate an assessment stores: from the bank's currency to its own, with its date and source.

Issue 11 asks for each action's cost "as a band in the assessment's currency"; the bank prices its bands
in one currency (EUR for the built-in bank). The consultant states the rate they stand behind; a rate that
no one could defend (zero, negative, not a number, absurdly large, text) is refused with a sentence.
"""

from __future__ import annotations

import json
import math
import sqlite3

import pytest

from desktop_app.core.currency import (
    MAX_RATE,
    MIN_RATE,
    ExchangeRate,
    ExchangeRateProblem,
    make_exchange_rate,
    parse_exchange_rate,
    parse_rate,
    round_money,
)
from desktop_app.storage.document import DocumentError, ReadinessDocument


def usd(rate: float = 1.08) -> ExchangeRate:
    return make_exchange_rate("EUR", "USD", rate, "2026-12-04", "set by Ana Consultant")


@pytest.mark.parametrize(("raw", "value"), [("1.08", 1.08), (1.08, 1.08), (" 160.5 ", 160.5), (2, 2.0)])
def test_a_rate_is_a_positive_finite_number(raw, value):
    assert parse_rate(raw) == value


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (0, "more than 0"),
        ("0", "more than 0"),
        (-1.08, "more than 0"),
        (float("nan"), "a number"),
        ("nan", "a number"),
        (float("inf"), "a number"),
        ("1e308", "at most"),
        (1e308, "at most"),
        (MAX_RATE * 1.01, "at most"),
        (MIN_RATE / 2, "at least"),
        ("one point oh eight", "a number"),
        ("1,08", "decimal point"),
        ("", "a number"),
        (None, "a number"),
        (True, "a number"),
        ([1.08], "a number"),
    ],
)
def test_a_hostile_rate_is_refused_with_a_sentence(raw, why):
    with pytest.raises(ExchangeRateProblem, match=why) as caught:
        parse_rate(raw)
    message = str(caught.value)
    assert message[0].islower() and "exchange rate" in message, message  # a sentence about the rate


def test_a_rate_needs_a_real_date_a_source_and_two_different_codes():
    assert usd().as_of == "2026-12-04" and usd().source == "set by Ana Consultant"
    with pytest.raises(ExchangeRateProblem, match="date"):
        make_exchange_rate("EUR", "USD", 1.08, "04/12/2026", "set by A")
    with pytest.raises(ExchangeRateProblem, match="date"):
        make_exchange_rate("EUR", "USD", 1.08, "2026-02-30", "set by A")
    with pytest.raises(ExchangeRateProblem, match="source"):
        make_exchange_rate("EUR", "USD", 1.08, "2026-12-04", "  ")
    with pytest.raises(ExchangeRateProblem, match="source"):
        make_exchange_rate("EUR", "USD", 1.08, "2026-12-04", "x" * 201)
    with pytest.raises(ExchangeRateProblem, match="source"):
        make_exchange_rate("EUR", "USD", 1.08, "2026-12-04", "two\nlines")
    with pytest.raises(ExchangeRateProblem, match="ISO 4217"):
        make_exchange_rate("EURO", "USD", 1.08, "2026-12-04", "set by A")
    with pytest.raises(ExchangeRateProblem, match="same currency"):
        make_exchange_rate("EUR", "eur", 1.08, "2026-12-04", "set by A")


def test_a_rate_round_trips_through_its_stored_json():
    rate = usd(1.0411)
    assert parse_exchange_rate(rate.to_json()) == rate
    assert json.loads(rate.to_json()) == {
        "from": "EUR",
        "to": "USD",
        "rate": 1.0411,
        "as_of": "2026-12-04",
        "source": "set by Ana Consultant",
    }


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        "[]",
        '{"from": "EUR", "to": "USD", "rate": 0, "as_of": "2026-12-04", "source": "s"}',
        '{"from": "EUR", "to": "USD", "rate": 1e999, "as_of": "2026-12-04", "source": "s"}',
        '{"from": "EUR", "to": "USD", "rate": "NaN", "as_of": "2026-12-04", "source": "s"}',
        '{"from": "EUR", "to": "USD", "rate": 1.1, "as_of": "2026-12-04"}',
        '{"from": "EUR", "to": "USD", "rate": 1.1, "as_of": "2026-12-04", "source": "s", "extra": 1}',
        "x" * 5000,
    ],
)
def test_a_damaged_stored_rate_is_refused(stored):
    with pytest.raises(ExchangeRateProblem):
        parse_exchange_rate(stored)


def test_converting_and_rounding_to_three_significant_figures():
    assert usd(1.0411).convert(10_000) == pytest.approx(10_411)
    assert round_money(10_411.0) == 10_400
    assert round_money(52_055.0) == 52_100
    assert round_money(1_605_000.0) == 1_610_000
    assert round_money(0.0) == 0
    assert round_money(999.5) == 1_000
    assert all(math.isfinite(round_money(v)) for v in (1e-9, 123.456, 9.87e12))


# -- stored in the document ---------------------------------------------------------------------------------


def test_the_rate_is_stored_read_back_replaced_and_removed(mini_bank, tmp_path):
    path = tmp_path / "r.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, currency="USD") as doc:
        assert doc.assessment().exchange_rate is None  # a new document has none
        doc.set_details(exchange_rate=usd().to_json())
        assert doc.assessment().exchange_rate == usd()
    with ReadinessDocument.open(path) as doc:
        assert doc.assessment().exchange_rate == usd()
        doc.set_details(exchange_rate=usd(1.1).to_json())
        assert doc.assessment().exchange_rate == usd(1.1)
        entry = next(h for h in doc.history(5) if h.action == "exchange rate")  # the change is in the history
        assert entry.detail == "1 EUR = 1.1 USD (2026-12-04; set by Ana Consultant)"
        doc.set_details(exchange_rate="")
        assert doc.assessment().exchange_rate is None
        assert doc.verify_history().ok  # the hash chain holds the rate's entries


NEGATIVE = '{"from": "EUR", "to": "USD", "rate": -1, "as_of": "2026-12-04", "source": "s"}'


@pytest.mark.parametrize("bad", ["1.08", NEGATIVE])
def test_a_bad_rate_is_refused_by_the_document_and_nothing_changes(mini_bank, tmp_path, bad):
    path = tmp_path / "bad.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, currency="USD") as doc:
        doc.set_details(exchange_rate=usd().to_json())
        with pytest.raises(DocumentError, match="exchange rate"):
            doc.set_details(exchange_rate=bad, client="Other")
        assert doc.assessment().exchange_rate == usd() and doc.assessment().client == "C"


def test_a_hostile_stored_rate_is_read_as_none(mini_bank, tmp_path):
    path = tmp_path / "h.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, currency="USD"):
        pass
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('exchange_rate', ?)",
        ('{"from": "EUR", "to": "USD", "rate": 1e308, "as_of": "2026-12-04", "source": "<b>x</b>"}',),
    )
    conn.commit()
    conn.close()
    with ReadinessDocument.open(path) as doc:
        assert doc.assessment().exchange_rate is None


@pytest.mark.parametrize("fixture", ["format-v1.readiness", "format-v2.readiness", "format-v3.readiness"])
def test_every_released_format_opens_without_a_rate_and_converts_nothing(tmp_path, fixture):
    import shutil
    from pathlib import Path

    from desktop_app.core.budget import CONVERTED, plan_budget
    from desktop_app.core.plan import build_plan

    path = tmp_path / fixture
    shutil.copyfile(Path(__file__).parent.parent / "fixtures" / fixture, path)
    with ReadinessDocument.open(path) as doc:
        a = doc.assessment()
        assert a.exchange_rate is None
        assert plan_budget(doc.bank, a, build_plan(doc.bank, a)).conversion != CONVERTED
        doc.set_details(currency="USD", exchange_rate=usd().to_json())  # and takes one after migrating
        assert doc.assessment().exchange_rate == usd() and doc.check()["ok"]
