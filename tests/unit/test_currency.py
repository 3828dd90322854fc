"""The assessment's currency: an ISO 4217 code kept in the document's meta table."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.core.currency import CurrencyProblem, normalize_currency
from desktop_app.storage.document import DocumentError, ReadinessDocument


@pytest.mark.parametrize(("raw", "code"), [("EUR", "EUR"), (" usd ", "USD"), ("", ""), (None, "")])
def test_codes_are_normalised(raw, code):
    assert normalize_currency(raw) == code


@pytest.mark.parametrize("raw", ["EURO", "€", "E1R", 12, "US"])
def test_a_non_code_is_refused_with_a_reason(raw):
    with pytest.raises(CurrencyProblem, match="ISO 4217"):
        normalize_currency(raw)


def test_currency_is_stored_read_back_and_edited(mini_bank, tmp_path):
    path = tmp_path / "a.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank, currency="chf") as doc:
        assert doc.assessment().currency == "CHF"
        doc.set_details(currency="eur")
    with ReadinessDocument.open(path) as doc:
        assert doc.assessment().currency == "EUR"
        with pytest.raises(DocumentError, match="currency"):
            doc.set_details(currency="euros")
        assert doc.assessment().currency == "EUR"


def test_no_currency_means_not_stated_and_a_bad_stored_value_is_ignored(mini_bank, tmp_path):
    path = tmp_path / "b.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        assert doc.assessment().currency == ""
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO meta (key, value) VALUES ('currency', '<a href=x>')")
    conn.commit()
    conn.close()
    with ReadinessDocument.open(path) as doc:
        assert doc.assessment().currency == ""
