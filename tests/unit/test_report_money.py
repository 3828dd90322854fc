"""The budget in the assessment's currency (issues 11 and 12): every band, phase and total converted at
the rate the consultant stated, rounded to three significant figures, and the rate said once in the
budget's assumptions and in the method appendix. A document without a rate prints exactly as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pypdf
import pytest

from desktop_app.core.currency import make_exchange_rate
from desktop_app.report import ReportOptions, write_report
from tests.unit.test_report_client import flat, sample

FIXED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
HEALTHCARE = "healthcare-synthetic-imaging.json"
RATE = make_exchange_rate("EUR", "USD", 1.0411, "2026-12-04", "set by Ana Consultant")


@pytest.fixture(scope="module")
def real_bank():
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


def text_of(path) -> str:
    # a word broken at a line end reads back as "ac- tion": compare without those breaks
    raw = flat(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages))
    return re.sub(r"(\w)- (\w)", r"\1\2", raw)


def budget_of(text: str) -> str:
    at = text.index("Budget Phase", text.index("4 Deployment plan", text.index("Contents") + 500))
    return text[at : text.index("4.1", at)]


def report(bank, assessment, tmp_path, name="r.pdf") -> str:
    path = tmp_path / name
    write_report(bank, assessment, path, ReportOptions(generated=FIXED))
    return text_of(path)


@pytest.fixture(scope="module")
def usd_report(real_bank, tmp_path_factory):
    assessment = replace(sample(real_bank, HEALTHCARE), currency="USD", exchange_rate=RATE)
    return report(real_bank, assessment, tmp_path_factory.mktemp("usd"))


def test_every_band_phase_and_total_is_in_the_assessments_currency(usd_report, real_bank):
    from desktop_app.core.budget import plan_budget
    from desktop_app.core.plan import build_plan
    from desktop_app.report.words import money

    budget = budget_of(usd_report)
    assert "Cost (USD)" in budget and "€" not in budget.split("A band covers")[0]
    # the bands, converted and rounded by hand: 10,000 x 1.0411 = 10,411 -> 10,400; 50,000 -> 52,055 -> 52,100
    assert "low = up to US$10,400; medium = US$10,400 – US$52,100; high = US$52,100 or more" in budget
    # phase 0 holds 3 low and 3 medium actions: 3 x 10,400 = 31,200 to 3 x 10,400 + 3 x 52,100 = 187,500
    assert "3 low, 3 medium US$31,200 – US$187,500" in budget
    assessment = replace(sample(real_bank, HEALTHCARE), currency="USD", exchange_rate=RATE)
    b = plan_budget(real_bank, assessment, build_plan(real_bank, assessment))
    lo, hi = b.total
    assert (f"{money(lo, 'USD')} or more" if hi is None else money(hi, "USD")) in budget.split("Total", 1)[1]
    assert b.converted and b.currency == "USD"


def test_the_rate_is_said_once_in_the_budget_and_in_the_method_appendix(usd_report):
    sentence = "converted from EUR at 1 EUR = 1.0411 USD (set by Ana Consultant, 4 December 2026)"
    budget = budget_of(usd_report)
    assert budget.count(sentence) == 1, budget
    assert "no exchange rate" not in budget
    method = usd_report[usd_report.rindex("How the scores were computed") :]  # the appendix, not the contents
    method = method[: method.index("Framework references")]
    assert method.count(sentence) == 1, method


def test_the_planning_day_rate_is_also_given_in_the_assessments_currency(usd_report, real_bank):
    """The bank's basis names its day rate in EUR; a converted budget gives it in dollars too, rounded like
    the bands (800 x 1.0411 = 832.88 -> 833), so the reader never converts a figure by hand."""
    assert real_bank.cost_bands.day_rate == 800
    budget = budget_of(usd_report)
    assert "planning rate of 800 EUR per person-day" in budget  # the bank's own words stay
    assert budget.count("The planning day rate of 800 EUR is US$833 at that rate.") == 1, budget


def test_a_rate_for_another_currency_converts_nothing_and_says_so(real_bank, tmp_path):
    assessment = replace(sample(real_bank, HEALTHCARE), currency="CHF", exchange_rate=RATE)
    budget = budget_of(report(real_bank, assessment, tmp_path))
    assert "Cost (EUR)" in budget and "US$" not in budget
    assert "1 EUR = 1.0411 USD" in budget and "CHF" in budget and "no exchange rate is applied" in budget


# What the budget printed before exchange rates existed (main = 6934c87), for a document in CHF without a
# rate and for one in the bank's currency: a document saved before this change prints exactly so.
BEFORE_CHF = (
    "Budget Phase Actions Person-days Cost bands Cost (EUR) 0 · Before any deployment 6 34.5 3 low, 3 medium "
    "€30,000 – €180,000 1 · Pilot 31 240 15 low, 15 medium, 1 high €200,000 or more 2 · Production 5 46.5 3 low, "
    "1 medium, 1 high €60,000 or more 3 · Scale and monitor 2 6.5 2 low up to €20,000 Total 44 327.5 €290,000 or "
    "more Effort: the action's own estimate where the library gives one (the middle of its range), else 3 "
    "person-days for a small action, 10 for a medium one and 30 for a large one. Cost: each action's cost band "
    "in money (low = up to €10,000; medium = €10,000 – €50,000; high = €50,000 or more), summed per phase as a "
    "range from the lowest to the highest end of each band. A band covers outside spend plus internal time "
    "valued at a planning rate of 800 EUR per person-day; put your own rate and spend in the action's cost "
    "assumptions where they differ. The question library prices its bands in EUR and this assessment is in "
    "CHF: no exchange rate is applied, so the costs are shown in EUR. Monthly run cost once deployed: CHF 5,100 "
    "against a budget of CHF 6,000. "
)


def test_a_document_without_a_rate_prints_its_budget_exactly_as_before(real_bank, tmp_path):
    from desktop_app.storage.document import ReadinessDocument

    # a document as saved before this change: its meta table has no exchange_rate key
    path = tmp_path / "old.readiness"
    base = sample(real_bank, HEALTHCARE)
    with ReadinessDocument.create(path, client=base.client, project=base.project, bank=real_bank, currency="CHF"):
        pass
    with ReadinessDocument.open(path) as doc:
        stored = doc.assessment()
        assert "exchange_rate" not in {r[0] for r in doc._conn.execute("SELECT key FROM meta")}
    assert stored.exchange_rate is None
    assessment = replace(base, currency=stored.currency, exchange_rate=stored.exchange_rate)
    assert budget_of(report(real_bank, assessment, tmp_path, "chf.pdf")) == BEFORE_CHF
    eur = budget_of(report(real_bank, replace(base, currency="EUR"), tmp_path, "eur.pdf"))
    assert eur == BEFORE_CHF.replace(
        " The question library prices its bands in EUR and this assessment is in CHF: no exchange rate is "
        "applied, so the costs are shown in EUR.",
        "",
    ).replace("CHF 5,100", "€5,100").replace("CHF 6,000", "€6,000")


def test_a_default_price_in_another_currency_is_asked_for_on_the_dashboard(real_bank, tmp_path):
    from desktop_app.core.assessment import Answer

    base = replace(sample(real_bank, HEALTHCARE), currency="EUR")  # self-hosted: 1,500 GPU-hours a month
    answers = dict(base.answers)
    answers["compute.cost.gpu_hour_price"] = Answer("compute.cost.gpu_hour_price", "unknown")
    text = report(real_bank, replace(base, answers=answers), tmp_path)
    dashboard = text[text.index("monthly run cost") - 120 : text.index("monthly run cost") + 160]
    # the built-in default (6.88 USD) is not counted as euros
    assert "not known" in dashboard and "GPU-hour price is in USD, not EUR: answer it in EUR" in dashboard
    assert "€10,320" not in text  # 1,500 x 6.88 would have been printed as euros before
    assert "could not be estimated: the default GPU-hour price is in USD, not EUR" in budget_of(text)
    usd = report(real_bank, replace(base, answers=answers, currency="USD"), tmp_path, "usd.pdf")
    assert "US$10,320" in usd  # in dollars the default is the dollar price it is


def test_a_default_price_in_the_banks_currency_is_converted_and_said(real_bank, tmp_path):
    from desktop_app.core.assessment import Answer

    # a firm's bank that states its GPU-hour default in EUR, the bank's own currency
    estimator = dict(real_bank.estimator)
    defaults = dict(estimator["defaults"])
    defaults["gpu_hour_price"] = {**defaults["gpu_hour_price"], "value": 4.0, "currency": "EUR"}
    bank = replace(real_bank, estimator={**estimator, "defaults": defaults})
    base = replace(sample(real_bank, HEALTHCARE), currency="USD", exchange_rate=RATE)
    answers = dict(base.answers)
    answers["compute.cost.gpu_hour_price"] = Answer("compute.cost.gpu_hour_price", "unknown")
    text = report(bank, replace(base, answers=answers), tmp_path)
    # 1,500 GPU-hours x 4.0 EUR x 1.0411 = 6,246.6 USD
    assert "US$6,247" in text
    budget = budget_of(text)
    assert "It counts the default GPU-hour price of €4.00, converted at the same rate." in budget
    assert budget.count("converted from EUR at 1 EUR = 1.0411 USD") == 1  # the rate said once


def test_without_a_currency_the_dashboard_figure_is_the_amount_and_its_label_says_so(real_bank, tmp_path):
    """ "2,335 (currency not stated)" in the dashboard's 12.5 pt figure wrapped onto three lines."""
    text = report(real_bank, replace(sample(real_bank, HEALTHCARE), currency=""), tmp_path)
    at = text.index("monthly run cost")
    assert "(currency not stated)" not in text[at - 120 : at]  # not beside the big figure
    assert text[at : at + 60].startswith("monthly run cost (currency not stated),")
