"""Cost and energy estimator for the computational-resources challenge.

Pure standard-library Python (no Qt, no pandas). The scoring code calls :func:`estimate` or
:func:`computed_values` with the bank's raw ``estimator:`` mapping and the assessment's answers; the
results feed the bank's ``computed`` number questions (for example ``compute.cost.budget_ratio``).

Inputs
------
Each input has a name; the bank's ``estimator.inputs`` maps the name to the question that supplies it,
and ``estimator.defaults`` gives a value (with source and date) used when that question is unanswered,
answered ``na``/``unknown``, or answered with a value that makes no sense (for example a negative
price). Built-in fallbacks (:data:`BUILTIN_DEFAULTS`) apply when the bank gives no default.

========================== ======================================================= ==================
name                       meaning                                                  default
========================== ======================================================= ==================
requests_per_day           model calls per day (prompts, generations, scorings)     none (must answer)
tokens_per_request         input + output tokens per call, on average               none (must answer)
price_per_million_tokens   blended price per 1,000,000 tokens (hosted model / API)  5.0 (placeholder)
gpu_hours_per_month        GPU-hours rented or run per month (self-hosting)         none (must answer)
gpu_hour_price             price of one GPU-hour                                    6.88 (3rd-party)
gpu_utilisation_pct        average busy share of those GPUs, 0..100                 50 (assumption)
gpu_power_watts            rated board power of one GPU                             700 (H100 TDP)
gpu_idle_power_share       share of rated power an idle GPU still draws, 0..1       0.25 (assumption)
pue                        data-centre power usage effectiveness, >= 1              1.2 (assumption)
grid_carbon_g_per_kwh      grid carbon intensity, gCO2e per kWh                     430 (derived)
energy_per_request_wh      energy per call when a hosted model serves it            0.24 (vendor)
monthly_budget             the monthly budget the client states, same currency      none (must answer)
days_per_month             calendar days per month                                  30.4 (365 / 12)
========================== ======================================================= ==================

Formulas
--------
Let ``D = days_per_month`` and call the set-up *self-hosted* when ``gpu_hours_per_month > 0``.

* token cost    = requests_per_day x D x tokens_per_request / 1,000,000 x price_per_million_tokens.
  Needs both volume inputs. When self-hosted, the token cost is added only if the price per million
  tokens was actually answered (a defaulted API price would double-count the GPUs).
* GPU cost      = gpu_hours_per_month x gpu_hour_price.
* monthly_cost  = sum of the parts that could be computed; ``None`` when neither could.
* monthly_kwh
    - self-hosted: gpu_hours_per_month x gpu_power_watts / 1000
      x (idle + (1 - idle) x utilisation) x pue, with idle = gpu_idle_power_share and
      utilisation = gpu_utilisation_pct / 100 (a GPU that is rented but idle still draws power);
    - otherwise, when requests_per_day is known: requests_per_day x D x energy_per_request_wh / 1000.
      The vendor figure already covers data-centre overhead, so PUE is not applied again;
    - gpu_hours_per_month answered as 0 and no requests: 0 kWh; otherwise ``None``.
* monthly_co2e_kg = monthly_kwh x grid_carbon_g_per_kwh / 1000.
* budget_ratio  = monthly_cost / monthly_budget; ``None`` when either is unknown or the budget is not
  positive.
* co2e_vs_size_reference = monthly_co2e_kg / the reference emissions for the organisation's size. The
  size comes from the context answer named in the bank's ``estimator.size_reference.question``
  (``context.organisation_size``); the references, in kg CO2e per month, are
  ``estimator.size_reference.kg_co2e_per_month`` (built-in: :data:`BUILTIN_SIZE_REFERENCE`). An
  unanswered or unknown size uses the ``fallback`` size (``large``) and says so in the notes. The same
  emissions weigh more for a small organisation than for a very large one.

Currency
--------
A default price is in a currency: the bank's ``estimator.defaults.<name>.currency`` (built-in:
:data:`BUILTIN_DEFAULT_CURRENCY`, USD for both prices). An answered price is in the assessment's own
currency. Given the assessment's :class:`MoneyTerms` (its currency and exchange rate), a default price
is used as it is when its currency is the assessment's (or either is not stated); converted when the
assessment's rate goes from the default's currency to its own (note ``default_converted``); and
otherwise not used at all, as if the bank had none (note ``default_other_currency``): the price is then
asked for, never counted in the wrong currency.

Robustness
----------
User numbers never raise: non-numeric, negative, NaN or infinite answers are ignored (the default is
used and a note says so); a utilisation above 100 % is capped at 100 %, a PUE below 1 is ignored;
a result that overflows to infinity is reported as ``None``. ``Estimate.inputs`` lists the values that
were actually used, ``Estimate.defaulted`` the names among them that came from defaults, and
``Estimate.notes`` the assumptions as codes with parameters (:class:`EstimateNote`);
``core.messages.estimate_note_text`` says them in English.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.currency import ExchangeRate

__all__ = [
    "BUILTIN_DEFAULTS",
    "BUILTIN_DEFAULT_CURRENCY",
    "BUILTIN_SIZE_REFERENCE",
    "DEFAULT_INPUTS",
    "DEFAULT_SIZE_QUESTION",
    "INPUT_NAMES",
    "Estimate",
    "EstimateNote",
    "MoneyTerms",
    "computed_values",
    "estimate",
]

#: Every input the estimator understands, in display order.
INPUT_NAMES: tuple[str, ...] = (
    "requests_per_day",
    "tokens_per_request",
    "price_per_million_tokens",
    "gpu_hours_per_month",
    "gpu_hour_price",
    "gpu_utilisation_pct",
    "gpu_power_watts",
    "gpu_idle_power_share",
    "pue",
    "grid_carbon_g_per_kwh",
    "energy_per_request_wh",
    "monthly_budget",
    "days_per_month",
)

#: Question ids of the built-in bank, used when a bank has no ``estimator.inputs`` mapping.
DEFAULT_INPUTS: dict[str, str] = {
    "requests_per_day": "compute.cost.requests_per_day",
    "tokens_per_request": "compute.cost.tokens_per_request",
    "price_per_million_tokens": "compute.cost.price_per_million_tokens",
    "gpu_hours_per_month": "compute.cost.gpu_hours_per_month",
    "gpu_hour_price": "compute.cost.gpu_hour_price",
    "gpu_utilisation_pct": "compute.cost.gpu_utilisation",
    "monthly_budget": "compute.cost.monthly_budget",
    "gpu_power_watts": "compute.energy.gpu_power_watts",
    "pue": "compute.energy.pue",
    "grid_carbon_g_per_kwh": "compute.energy.grid_carbon_factor",
    "energy_per_request_wh": "compute.energy.energy_per_request_wh",
}

#: Fallback defaults (value, source) used when the bank does not give one. The bank's
#: ``estimator.defaults`` carries the same values with their dates and wins when present.
BUILTIN_DEFAULTS: dict[str, tuple[float, str]] = {
    "price_per_million_tokens": (
        5.0,
        "planner placeholder for a blended hosted-model price, not a quoted price (2026-11)",
    ),
    "gpu_hour_price": (
        6.88,
        "AWS p5.48xlarge on-demand $55.04/h / 8 H100 GPUs; 3rd-party, volatile (2026-11)",
    ),
    "gpu_utilisation_pct": (50.0, "planner assumption (2026-11)"),
    "gpu_power_watts": (700.0, "H100-80GB rated power (TDP) per the Llama 3.1 model card"),
    "gpu_idle_power_share": (0.25, "planner assumption (2026-11)"),
    "pue": (1.2, "planner assumption for a large modern data centre (2026-11)"),
    "grid_carbon_g_per_kwh": (
        430.0,
        "derived from Patterson et al. 2021: GPT-3 training 552 tCO2e / 1,287 MWh",
    ),
    "energy_per_request_wh": (
        0.24,
        "Google, Aug 2025: median Gemini text prompt, vendor-reported",
    ),
    "days_per_month": (30.4, "365 days / 12 months"),
}

#: The currency of the built-in default prices (the bank's ``currency`` beside a default wins):
#: the GPU-hour price is AWS's on-demand price in dollars; the token price is a placeholder for a
#: hosted model's list price, which the large providers quote in dollars.
BUILTIN_DEFAULT_CURRENCY: dict[str, str] = {"gpu_hour_price": "USD", "price_per_million_tokens": "USD"}


@dataclass(frozen=True)
class MoneyTerms:
    """The assessment's currency ("" = not stated) and its exchange rate, for the default prices."""

    currency: str = ""
    rate: ExchangeRate | None = None


#: Reference emissions (kg CO2e per month) by organisation size, a planner assumption: the bands of
#: the emissions question are multiples of these, so that for a large organisation (250-4,999 staff)
#: they equal 250 / 2,500 / 25,000 / 100,000 kg a month, and scale with the size band otherwise.
BUILTIN_SIZE_REFERENCE: dict[str, float] = {"small": 250.0, "medium": 1000.0, "large": 2500.0, "very_large": 10000.0}
#: The context question that gives the organisation's size, and the size assumed when it is unanswered.
DEFAULT_SIZE_QUESTION = "context.organisation_size"
_FALLBACK_SIZE = "large"

_NA_ANSWERS = frozenset({"na", "unknown", ""})


@dataclass(frozen=True)
class EstimateNote:
    """An assumption or a correction the estimator made: a code with its figures."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


#: Inputs with a valid range: name -> (lowest allowed, highest allowed, note when outside). A
#: utilisation above 100 % is capped instead (see _check_range).
_RANGES: dict[str, tuple[float, float, str]] = {
    "gpu_idle_power_share": (0.0, 1.0, "idle_share_out_of_range"),
    "pue": (1.0, math.inf, "pue_below_one"),
    "days_per_month": (math.nextafter(0.0, 1.0), 31.0, "days_out_of_range"),
    "monthly_budget": (math.nextafter(0.0, 1.0), math.inf, "budget_not_positive"),
}


def _check_range(name: str, value: float) -> tuple[float | None, EstimateNote | None]:
    """Return (accepted value or None, note). Never raises."""
    if name == "gpu_utilisation_pct":
        if value < 0:
            return None, EstimateNote("utilisation_negative")
        if value > 100:
            return 100.0, EstimateNote("utilisation_capped")
        return value, None
    if name in _RANGES:
        low, high, code = _RANGES[name]
        return (value, None) if low <= value <= high else (None, EstimateNote(code))
    if value < 0:
        return None, EstimateNote("negative_value", {"input": name})
    return value, None


def _to_float(value: object) -> float | None:
    """A finite float from a user answer, or None. Never raises."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _NA_ANSWERS:
            return None
        value = text.replace(",", "")
    if not isinstance(value, (int, float, str)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(number):
        return None
    return number


def _default_value(raw: object) -> float | None:
    if isinstance(raw, Mapping):
        raw = raw.get("value")
    return _to_float(raw)


def _default_source(raw: object) -> dict[str, str]:
    """A bank default's source and date (``core.messages`` joins them)."""
    if isinstance(raw, Mapping):
        return {"source": str(raw.get("source") or ""), "as_of": str(raw.get("as_of") or "")}
    return {"source": "", "as_of": ""}


def _finite(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return value


@dataclass(frozen=True)
class Estimate:
    """Result of :func:`estimate`. Every number is ``None`` where it cannot be computed."""

    monthly_cost: float | None  # currency units per month
    monthly_kwh: float | None
    monthly_co2e_kg: float | None
    budget_ratio: float | None  # monthly_cost / monthly budget, None if either unknown
    inputs: dict[str, float]  # the values used (answers or defaults)
    defaulted: tuple[str, ...]  # input names taken from defaults
    notes: tuple[EstimateNote, ...]  # the assumptions, as codes (core.messages says them)
    co2e_vs_size_reference: float | None = None  # monthly_co2e_kg / size reference
    size_reference_kg: float | None = None  # the reference used, kg CO2e per month


def _size_reference(
    bank_estimator: Mapping[str, Any] | None, answers: Mapping[str, object]
) -> tuple[float | None, EstimateNote | None]:
    """(reference kg CO2e per month, note) for the organisation's size. Never raises."""
    est = bank_estimator if isinstance(bank_estimator, Mapping) else {}
    section = est.get("size_reference")
    section = section if isinstance(section, Mapping) else {}
    question = str(section.get("question") or DEFAULT_SIZE_QUESTION)
    table_raw = section.get("kg_co2e_per_month")
    table: dict[str, float] = {}
    if isinstance(table_raw, Mapping):
        for key, raw in table_raw.items():
            value = _to_float(raw)
            if value is not None and value > 0:
                table[str(key)] = value
    if not table:
        table = dict(BUILTIN_SIZE_REFERENCE)
    fallback = str(section.get("fallback") or _FALLBACK_SIZE)
    answer = answers.get(question) if isinstance(answers, Mapping) else None
    size = str(answer) if answer is not None else ""
    if size in table:
        return table[size], None
    reference = table.get(fallback)
    if reference is None:
        return None, None
    return reference, EstimateNote("size_not_given", {"size": fallback})


class _Resolver:
    """Looks up inputs (answer, else default) and records which ones were used."""

    def __init__(
        self, bank_estimator: Mapping[str, Any] | None, answers: Mapping[str, object], money: MoneyTerms | None = None
    ):
        est = bank_estimator if isinstance(bank_estimator, Mapping) else {}
        self.money = money or MoneyTerms()
        #: defaults not used because they are priced in another currency: name -> their note
        self.refused: dict[str, EstimateNote] = {}
        self._converted: dict[str, EstimateNote] = {}
        mapping = est.get("inputs")
        self.mapping: dict[str, str] = (
            {str(k): str(v) for k, v in mapping.items() if v is not None}
            if isinstance(mapping, Mapping)
            else dict(DEFAULT_INPUTS)
        )
        defaults = est.get("defaults")
        self.bank_defaults: Mapping[str, Any] = defaults if isinstance(defaults, Mapping) else {}
        self.answers = answers if isinstance(answers, Mapping) else {}
        self.used: dict[str, float] = {}
        self.defaulted: set[str] = set()
        self.notes: list[EstimateNote] = []
        self._cache: dict[str, tuple[float | None, bool]] = {}

    def _default(self, name: str) -> tuple[float | None, dict[str, str]]:
        value, source, currency = self._stated_default(name)
        return self._in_own_currency(name, value, source, currency)

    def _stated_default(self, name: str) -> tuple[float | None, dict[str, str], str]:
        """(value, source, its currency) as the bank (or the built-in fallback) states it."""
        raw = self.bank_defaults.get(name)
        if raw is not None:
            value = _default_value(raw)
            if value is not None:
                accepted, _ = _check_range(name, value)
                if accepted is not None:
                    stated = raw.get("currency") if isinstance(raw, Mapping) else None
                    currency = str(stated).strip().upper() if stated else BUILTIN_DEFAULT_CURRENCY.get(name, "")
                    return accepted, _default_source(raw), currency
        if name in BUILTIN_DEFAULTS:
            value, source = BUILTIN_DEFAULTS[name]
            return value, {"source": source, "as_of": ""}, BUILTIN_DEFAULT_CURRENCY.get(name, "")
        return None, {"source": "", "as_of": ""}, ""

    def _in_own_currency(
        self, name: str, value: float | None, source: dict[str, str], currency: str
    ) -> tuple[float | None, dict[str, str]]:
        """A default price in the assessment's currency: as it is, converted, or None (see module doc)."""
        own, rate = self.money.currency, self.money.rate
        if value is None or not currency or not own or currency == own:
            return value, source
        if rate is not None and rate.applies(currency, own):
            converted = _finite(rate.convert(value))
            self.refused.pop(name, None)
            self._converted[name] = EstimateNote(
                "default_converted",
                {
                    "input": name,
                    "stated": value,
                    "from": currency,
                    "to": own,
                    "rate": rate.rate,
                    "rate_as_of": rate.as_of,
                    "rate_source": rate.source,
                },
            )
            return converted, source
        self.refused[name] = EstimateNote(
            "default_other_currency", {"input": name, "value": value, "from": currency, "to": own}
        )
        return None, source

    def peek(self, name: str) -> tuple[float | None, bool]:
        """(value, from_default) without marking the input as used."""
        if name in self._cache:
            return self._cache[name]
        answered: float | None = None
        qid = self.mapping.get(name)
        if qid is not None and qid in self.answers:
            raw = self.answers[qid]
            number = _to_float(raw)
            if number is not None:
                answered, note = _check_range(name, number)
                if note:
                    self.notes.append(note)
            elif not (isinstance(raw, str) and raw.strip().lower() in _NA_ANSWERS) and raw is not None:
                self.notes.append(EstimateNote("not_a_number", {"input": name}))
        if answered is not None:
            result: tuple[float | None, bool] = (answered, False)
        else:
            value, _source = self._default(name)
            # a default refused for its currency still came from the defaults (the self-hosted rule)
            result = (value, value is not None or name in self.refused)
        self._cache[name] = result
        return result

    def get(self, name: str) -> float | None:
        """The value of an input, marking it as used."""
        value, from_default = self.peek(name)
        if value is not None and name not in self.used:
            self.used[name] = value
            if from_default:
                self.defaulted.add(name)
                _value, source = self._default(name)
                self.notes.append(EstimateNote("default_used", {"input": name, "value": value, **source}))
                if name in self._converted:
                    self.notes.append(self._converted[name])
        elif value is None and name in self.refused:
            self.notes.append(self.refused[name])  # asked for: the default is in another currency
        return value


class _Figures:
    """The figures of one estimate as they are worked out, in order."""

    def __init__(self, r: _Resolver) -> None:
        self.r = r
        self.requests, _ = r.peek("requests_per_day")
        self.tokens, _ = r.peek("tokens_per_request")
        self.gpu_hours, _ = r.peek("gpu_hours_per_month")
        self.self_hosted = self.gpu_hours is not None and self.gpu_hours > 0
        self.overflow = False

    def note(self, code: str) -> None:
        self.r.notes.append(EstimateNote(code))

    def finite(self, value: float) -> float | None:
        """``value`` if finite; otherwise None, remembering that a figure overflowed."""
        out = _finite(value)
        self.overflow = self.overflow or out is None
        return out

    def days(self) -> float:
        return self.r.get("days_per_month") or 30.4

    def token_cost(self) -> float | None:
        r, requests, tokens = self.r, self.requests, self.tokens
        if requests is None or tokens is None:
            if requests is not None and not self.self_hosted:
                self.note("tokens_needed")
            return None
        price, price_defaulted = r.peek("price_per_million_tokens")
        if self.self_hosted and price_defaulted:
            self.note("no_token_price_self_hosted")
            return None
        if price is None:
            r.get("price_per_million_tokens")  # notes a default refused for its currency
            return None
        r.get("requests_per_day")
        r.get("tokens_per_request")
        r.get("price_per_million_tokens")
        return self.finite(requests * self.days() * tokens / 1_000_000 * price)

    def gpu_cost(self) -> float | None:
        if self.gpu_hours is None:
            return None
        self.r.get("gpu_hours_per_month")
        price_h = self.r.get("gpu_hour_price")
        return None if price_h is None else self.finite(self.gpu_hours * price_h)

    def monthly_cost(self) -> float | None:
        token_cost, gpu_cost = self.token_cost(), self.gpu_cost()
        if self.overflow or (token_cost is None and gpu_cost is None):
            return None
        return self.finite((token_cost or 0.0) + (gpu_cost or 0.0))

    def monthly_kwh(self) -> float | None:
        r = self.r
        if self.self_hosted and self.gpu_hours is not None:
            power = r.get("gpu_power_watts")
            util_pct = r.get("gpu_utilisation_pct")
            idle = r.get("gpu_idle_power_share")
            pue = r.get("pue")
            if power is None or util_pct is None or idle is None or pue is None:
                return None
            load = idle + (1.0 - idle) * (util_pct / 100.0)
            kwh = self.finite(self.gpu_hours * power / 1000.0 * load * pue)
            self.note("self_hosted_energy")
            return kwh
        if self.requests is not None:
            r.get("requests_per_day")
            wh = r.get("energy_per_request_wh")
            if wh is None:
                return None
            kwh = self.finite(self.requests * self.days() * wh / 1000.0)
            self.note("hosted_energy")
            return kwh
        return 0.0 if self.gpu_hours == 0 else None

    def co2e(self, monthly_kwh: float | None) -> float | None:
        grid = self.r.get("grid_carbon_g_per_kwh") if monthly_kwh is not None else None
        return None if monthly_kwh is None or grid is None else self.finite(monthly_kwh * grid / 1000.0)

    def budget_ratio(self, monthly_cost: float | None) -> float | None:
        budget = self.r.peek("monthly_budget")[0] if monthly_cost is not None else None
        if monthly_cost is None or budget is None:
            return None
        self.r.get("monthly_budget")
        return self.finite(monthly_cost / budget)

    def size_ratio(
        self, bank_estimator: Mapping[str, Any] | None, answers: Mapping[str, object], co2e: float | None
    ) -> tuple[float | None, float | None]:
        """(emissions / the size reference, the reference)."""
        if co2e is None:
            return None, None
        reference, size_note = _size_reference(bank_estimator, answers)
        if reference is None:
            return None, None
        if size_note:
            self.r.notes.append(size_note)
        return self.finite(co2e / reference), reference

    def closing_notes(self, monthly_cost: float | None, budget_ratio: float | None) -> None:
        if self.overflow:
            self.note("overflow")
        if monthly_cost is None and not self.overflow:
            self.note("no_monthly_cost")
        elif monthly_cost is not None and budget_ratio is None:
            self.note("no_budget_ratio")


def estimate(
    bank_estimator: Mapping[str, Any] | None, answers: Mapping[str, object], money: MoneyTerms | None = None
) -> Estimate:
    """Monthly cost, energy and emissions from the answers, with defaults where unanswered (default
    prices in the assessment's currency per ``money``; see "Currency" above)."""
    r = _Resolver(bank_estimator, answers, money)
    f = _Figures(r)
    monthly_cost = f.monthly_cost()
    monthly_kwh = f.monthly_kwh()
    monthly_co2e = f.co2e(monthly_kwh)
    budget_ratio = f.budget_ratio(monthly_cost)
    co2e_ratio, size_reference = f.size_ratio(bank_estimator, answers, monthly_co2e)
    f.closing_notes(monthly_cost, budget_ratio)
    return Estimate(
        monthly_cost=monthly_cost,
        monthly_kwh=monthly_kwh,
        monthly_co2e_kg=monthly_co2e,
        budget_ratio=budget_ratio,
        inputs={n: r.used[n] for n in INPUT_NAMES if n in r.used},
        defaulted=tuple(n for n in INPUT_NAMES if n in r.defaulted),
        notes=tuple(dict.fromkeys(r.notes)),  # keep order, drop repeats
        co2e_vs_size_reference=co2e_ratio,
        size_reference_kg=size_reference,
    )


def computed_values(
    bank_estimator: Mapping[str, Any] | None, answers: Mapping[str, object], money: MoneyTerms | None = None
) -> dict[str, float]:
    """Computed names (``monthly_cost``, ``monthly_kwh``, ``monthly_co2e_kg``, ``budget_ratio``,
    ``co2e_vs_size_reference``) mapped to their values, omitting those that cannot be computed."""
    est = estimate(bank_estimator, answers, money)
    values = {
        "monthly_cost": est.monthly_cost,
        "monthly_kwh": est.monthly_kwh,
        "monthly_co2e_kg": est.monthly_co2e_kg,
        "budget_ratio": est.budget_ratio,
        "co2e_vs_size_reference": est.co2e_vs_size_reference,
    }
    return {k: v for k, v in values.items() if v is not None}
