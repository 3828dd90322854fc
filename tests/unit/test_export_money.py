"""An export carries the assessment's money context: its currency and exchange rate.

Without them, an exported copy (and every sample built from its JSON) read its amounts in no stated
currency, and a budget converted in one copy printed unconverted in the other.
"""

from __future__ import annotations

import json

import pytest

from desktop_app.core.currency import make_exchange_rate
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import export_json_text, parse_answers_json
from desktop_app.core.importing import plan_import
from desktop_app.storage.document import ReadinessDocument, create_from_export
from desktop_app.storage.merging import import_answers
from tests.samples import export_in


def _rate(rate: float = 1.05):
    return make_exchange_rate("EUR", "USD", rate, "2026-11-26", "set by Jonas Lindqvist")


def test_an_export_round_trips_its_currency_and_exchange_rate(builtin_bank, tmp_path):
    src = tmp_path / "a.readiness"
    with ReadinessDocument.create(src, client="C", project="P", bank=builtin_bank, currency="USD") as doc:
        doc.set_details(exchange_rate=_rate().to_json())
        text = export_json_text(builtin_bank, doc.assessment())
    data = json.loads(text)
    assert data["assessment"]["currency"] == "USD"
    assert data["assessment"]["exchange_rate"]["rate"] == 1.05
    export = tmp_path / "a.json"
    export.write_text(text, encoding="utf-8")
    with create_from_export(export, tmp_path / "b.readiness") as copy:
        got = copy.assessment()
    assert got.currency == "USD" and got.exchange_rate == _rate()


def test_an_export_without_money_context_says_nothing_of_it(mini_bank, tmp_path):
    with ReadinessDocument.create(tmp_path / "a.readiness", client="C", project="P", bank=mini_bank) as doc:
        data = json.loads(export_json_text(mini_bank, doc.assessment()))
    assert "currency" not in data["assessment"] and "exchange_rate" not in data["assessment"]


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("currency", "dollars", "assessment.currency"),
        ("currency", 12, "assessment.currency"),
        ("exchange_rate", {"from": "EUR", "to": "USD", "rate": -1, "as_of": "2026-11-26", "source": "s"}, "rate"),
        ("exchange_rate", "1.05", "assessment.exchange_rate"),
    ],
)
def test_a_hostile_currency_or_rate_in_a_file_is_refused_with_where(mini_bank, field, value, said):
    raw = {"format": "readiness-export", "assessment": {"client": "C", field: value}, "answers": []}
    with pytest.raises(InputError, match=said) as caught:
        parse_answers_json(json.dumps(raw), mini_bank, "their.json")
    assert "their.json" in str(caught.value)


def test_importing_fills_the_currency_and_rate_only_where_the_assessment_has_none(mini_bank, tmp_path):
    raw = {
        "format": "readiness-export",
        "assessment": {"currency": "USD", "exchange_rate": json.loads(_rate().to_json())},
        "answers": [],
    }
    imported = parse_answers_json(json.dumps(raw), mini_bank, "in.json")
    with ReadinessDocument.create(tmp_path / "none.readiness", client="C", project="P", bank=mini_bank) as doc:
        import_answers(doc, plan_import(doc.assessment(), imported))
        assert doc.assessment().currency == "USD" and doc.assessment().exchange_rate == _rate()
    with ReadinessDocument.create(
        tmp_path / "gbp.readiness", client="C", project="P", bank=mini_bank, currency="GBP"
    ) as doc:
        planned = plan_import(doc.assessment(), imported)
        import_answers(doc, planned)
        assert doc.assessment().currency == "GBP"  # the assessment's own currency is kept


def test_a_bad_rate_handed_to_the_document_is_refused_before_anything_is_written(mini_bank, tmp_path):
    from desktop_app.core.assessment import Answer
    from desktop_app.storage.document import DocumentError

    qid = next(mini_bank.all_questions()).id
    bad = '{"from": "EUR", "to": "USD", "rate": -1, "as_of": "2026-11-26", "source": "s"}'
    with ReadinessDocument.create(tmp_path / "x.readiness", client="C", project="P", bank=mini_bank) as doc:
        with pytest.raises(DocumentError, match="exchange rate"):
            doc.import_all([Answer(qid, "unknown")], details={"currency": "USD", "exchange_rate": bad})
        after = doc.assessment()
        assert after.answers == {} and after.currency == "" and after.exchange_rate is None


#: two amounts and one answer that is no amount
MONEY_ANSWERS = {
    "compute.cost.monthly_budget": 6000,
    "compute.cost.gpu_hour_price": 2.5,
    "compute.cost.requests_per_day": 900,
}


def test_amounts_in_another_stated_currency_are_refused_naming_each_one(builtin_bank, tmp_path):
    """A file's amounts in GBP imported into a EUR assessment were taken as euros, silently."""
    imported = parse_answers_json(export_in("GBP", MONEY_ANSWERS), builtin_bank, "gbp.json")
    with ReadinessDocument.create(
        tmp_path / "e.readiness", client="C", project="P", bank=builtin_bank, currency="EUR"
    ) as doc:
        with pytest.raises(InputError) as caught:
            plan_import(doc.assessment(), imported, builtin_bank)
        text = str(caught.value.problems)
        assert "GBP" in text and "EUR" in text
        assert "compute.cost.monthly_budget" in text and "compute.cost.gpu_hour_price" in text
        assert "requests_per_day" not in text  # a count of requests is no amount of money
        assert doc.assessment().answers == {}  # nothing written


@pytest.mark.parametrize("assessment_currency", ["GBP", ""])
def test_amounts_in_the_same_or_an_unstated_currency_are_taken(builtin_bank, tmp_path, assessment_currency):
    imported = parse_answers_json(export_in("GBP", MONEY_ANSWERS), builtin_bank, "gbp.json")
    with ReadinessDocument.create(
        tmp_path / "g.readiness", client="C", project="P", bank=builtin_bank, currency=assessment_currency
    ) as doc:
        import_answers(doc, plan_import(doc.assessment(), imported, builtin_bank))
        got = doc.assessment()
    assert got.answers["compute.cost.monthly_budget"].value == 6000 and got.currency == "GBP"


def test_a_file_in_another_currency_without_amounts_is_taken(builtin_bank, tmp_path):
    no_amount = {"compute.cost.requests_per_day": MONEY_ANSWERS["compute.cost.requests_per_day"]}
    imported = parse_answers_json(export_in("GBP", no_amount), builtin_bank, "gbp.json")
    with ReadinessDocument.create(
        tmp_path / "e.readiness", client="C", project="P", bank=builtin_bank, currency="EUR"
    ) as doc:
        import_answers(doc, plan_import(doc.assessment(), imported, builtin_bank))
        assert doc.assessment().answers["compute.cost.requests_per_day"].value == 900
