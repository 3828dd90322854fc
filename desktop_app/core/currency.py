"""The currency of an assessment: an ISO 4217 code, stored in the document's ``meta`` table.

Every money figure an assessment holds (monthly budget, prices, the estimator's monthly cost) is in
this one currency. The code is checked for its shape (three capital letters); :data:`COMMON` lists
the codes offered first in the wizard and the details dialog, and their usual symbols for the report.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

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


# --------------------------------------------------------------------------------------------
# The exchange rate from the bank's currency to the assessment's (docs/report.md, "Money")

#: The smallest and largest rate accepted: one unit of the bank's currency is worth between a
#: millionth and a million units of the assessment's (real rates against the euro run from about
#: 0.3 to about 100,000); anything outside is a typing error, never a rate.
MIN_RATE = 1e-6
MAX_RATE = 1e6
#: the longest source text ("set by <who>", "ECB euro reference rate")
SOURCE_LIMIT = 200
#: the longest stored JSON read back (a hostile file can hold anything in meta)
_STORED_LIMIT = 1000
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_KEYS = ("from", "to", "rate", "as_of", "source")


class ExchangeRateProblem(ValueError):
    """An exchange rate, its date or its source that cannot be used; the message says why."""


@dataclass(frozen=True)
class ExchangeRate:
    """``1 base = rate quote`` on the day ``as_of``, as stated by ``source``.

    ``base`` is the bank's currency (its cost bands and prices), ``quote`` the assessment's. Made by
    :func:`make_exchange_rate` or :func:`parse_exchange_rate`, which check every part.
    """

    base: str
    quote: str
    rate: float
    as_of: str  # YYYY-MM-DD
    source: str

    def convert(self, amount: float) -> float:
        """``amount`` in the base currency, in the quote currency (not rounded)."""
        return amount * self.rate

    def applies(self, base: str, quote: str) -> bool:
        """Does this rate convert ``base`` into ``quote``?"""
        return self.base == base and self.quote == quote

    def to_json(self) -> str:
        """The stored form (``meta`` key ``exchange_rate``)."""
        return json.dumps(
            {"from": self.base, "to": self.quote, "rate": self.rate, "as_of": self.as_of, "source": self.source},
            ensure_ascii=False,
        )


def parse_rate(raw: object) -> float:
    """A rate typed or stored (``"1.08"``, ``1.08``) as a float; anything else refused with a reason."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise ExchangeRateProblem(f"an exchange rate is a number such as 1.08, not {raw!r}")
    if isinstance(raw, str):
        text = raw.strip()
        if "," in text:
            raise ExchangeRateProblem(
                f"write the exchange rate with a decimal point and no thousands separator (1.08), not {text!r}"
            )
        try:
            value = float(text)
        except ValueError:
            raise ExchangeRateProblem(f"an exchange rate is a number such as 1.08, not {text[:40]!r}") from None
    else:
        value = float(raw)
    if not math.isfinite(value):
        raise ExchangeRateProblem(f"an exchange rate is a number such as 1.08, not {value!r}")
    if value <= 0:
        raise ExchangeRateProblem(f"an exchange rate must be more than 0, not {value:g}")
    if value < MIN_RATE:
        raise ExchangeRateProblem(f"an exchange rate must be at least {MIN_RATE:g}, not {value:g}")
    if value > MAX_RATE:
        raise ExchangeRateProblem(f"an exchange rate must be at most {MAX_RATE:,.0f}, not {value:g}")
    return value


def _checked_date(raw: object) -> str:
    text = raw.strip() if isinstance(raw, str) else ""
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        date.fromisoformat(text)
    except ValueError:
        raise ExchangeRateProblem(
            f"the exchange rate needs the date it is from as YYYY-MM-DD, not {str(raw)[:40]!r}"
        ) from None
    return text


def _checked_source(raw: object) -> str:
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        raise ExchangeRateProblem("the exchange rate needs a source: who set it, or the published rate it is")
    if len(text) > SOURCE_LIMIT or any(ch in text for ch in "\r\n\t\x00"):
        raise ExchangeRateProblem(f"the exchange rate's source must be one line of at most {SOURCE_LIMIT} characters")
    return text


def make_exchange_rate(base: object, quote: object, rate: object, as_of: object, source: object) -> ExchangeRate:
    """A checked :class:`ExchangeRate`; :class:`ExchangeRateProblem` says what is wrong."""
    try:
        frm, to = normalize_currency(base), normalize_currency(quote)
    except CurrencyProblem as exc:
        raise ExchangeRateProblem(f"the exchange rate's currencies: {exc}") from None
    if not frm or not to:
        raise ExchangeRateProblem("an exchange rate converts one ISO 4217 currency into another: both are needed")
    if frm == to:
        raise ExchangeRateProblem(f"an exchange rate from {frm} to the same currency is not needed")
    return ExchangeRate(frm, to, parse_rate(rate), _checked_date(as_of), _checked_source(source))


def parse_exchange_rate(text: object) -> ExchangeRate:
    """The stored JSON of a rate, checked as strictly as one typed (a file from elsewhere is hostile)."""
    if not isinstance(text, str) or len(text) > _STORED_LIMIT:
        raise ExchangeRateProblem("the stored exchange rate cannot be read")
    try:
        data = json.loads(text)
    except ValueError:
        raise ExchangeRateProblem("the stored exchange rate cannot be read") from None
    if not isinstance(data, dict) or set(data) != set(_KEYS):
        raise ExchangeRateProblem(f"the stored exchange rate must have exactly the keys {', '.join(_KEYS)}")
    return make_exchange_rate(data["from"], data["to"], data["rate"], data["as_of"], data["source"])


def round_money(amount: float, figures: int = 3) -> float:
    """``amount`` to ``figures`` significant figures (10,411 -> 10,400): a converted amount claims no
    more precision than the rate and the band it comes from."""
    if amount == 0 or not math.isfinite(amount):
        return amount
    exact = Decimal(repr(amount))  # the float as written, so 1,605,000 rounds up as a person would
    step = Decimal(1).scaleb(exact.adjusted() - figures + 1)
    return float(exact.quantize(step, rounding=ROUND_HALF_UP))
