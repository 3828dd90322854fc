"""The currency of an assessment: an ISO 4217 code, stored in the document's ``meta`` table.

Every money figure an assessment holds (monthly budget, prices, the estimator's monthly cost) is in
this one currency. The code is checked for its shape (three capital letters); :data:`COMMON` lists
the codes offered first in the wizard and the details dialog, and their usual symbols for the report.
"""

from __future__ import annotations

import re

#: Codes a consultant meets most, in the order a picker offers them, with the symbol the report prints.
COMMON: dict[str, str] = {
    "EUR": "€",
    "USD": "US$",
    "GBP": "£",
    "CHF": "CHF",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "PLN": "PLN",
    "CAD": "CA$",
    "AUD": "A$",
    "JPY": "¥",
    "CNY": "CN¥",
    "INR": "₹",
    "BRL": "R$",
    "ZAR": "ZAR",
    "AED": "AED",
    "ILS": "₪",
    "THB": "THB",
    "SGD": "S$",
}

_CODE = re.compile(r"[A-Z]{3}")


class CurrencyProblem(ValueError):
    """A currency that is not an ISO 4217 code; the message says why."""


def normalize_currency(raw: object) -> str:
    """``raw`` as an ISO 4217 code ("eur " -> "EUR"); "" stays "" (not stated)."""
    if raw is None:
        return ""
    if not isinstance(raw, str):
        raise CurrencyProblem(f"a currency is a three-letter ISO 4217 code such as EUR, not {raw!r}")
    code = raw.strip().upper()
    if code and not _CODE.fullmatch(code):
        raise CurrencyProblem(f"a currency is a three-letter ISO 4217 code such as EUR, not {raw.strip()!r}")
    return code


def symbol(code: str) -> str:
    """The symbol the report prints before an amount; the code itself for a code without one."""
    return COMMON.get(code, code)
