"""How the report says things: labels for codes, and numbers, money and dates for a reader.

The core returns codes and raw numbers; this module is the report's one place that turns them into
English. Every number goes through :func:`number`, :func:`percent` or :func:`money` (never more
than two decimals, thousands separated), every date through :func:`long_date` (one style: "20
November 2026").
"""

from __future__ import annotations

import math
import re
from datetime import date

from desktop_app.core.assessment import Answer
from desktop_app.core.bank import NA, UNKNOWN, Question, QuestionBank
from desktop_app.core.currency import symbol

DECISION_WORDS = {
    "ready": "Ready to deploy",
    "ready_with_conditions": "Ready with conditions",
    "pilot_only": "Pilot only",
    "not_ready": "Not ready",
}
LEVEL_WORDS = {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"}
STATUS_WORDS = {"proposed": "Proposed", "accepted": "Accepted", "done": "Done", "rejected": "Rejected"}
CONFIDENCE_WORDS = {"low": "Low", "medium": "Medium", "high": "High"}
EFFORT_WORDS = {"S": "Small (days)", "M": "Medium (weeks)", "L": "Large (months)"}
#: Person-days a consultant budgets for an action of each effort size (S = days, M = weeks, L = months).
EFFORT_DAYS = {"S": 3, "M": 10, "L": 30}
COST_WORDS = {"low": "Low", "medium": "Medium", "high": "High"}
#: The plan's phases as the report names them (the core keeps codes; its English moved to core.messages)
PHASE_WORDS = {0: "Before any deployment", 1: "Pilot", 2: "Production", 3: "Scale and monitor"}


def phase_word(phase: int) -> str:
    return PHASE_WORDS.get(phase, f"Phase {phase}")


def level_word(level: str | None) -> str:
    return LEVEL_WORDS.get(level or "", "Not assessed")


def decision_word(decision: str) -> str:
    return DECISION_WORDS.get(decision, decision.replace("_", " ").capitalize())


def number(value: float | None, digits: int = 0) -> str:
    """``1234.5`` -> ``"1,235"``; at most two decimals; "–" for nothing or a non-finite value."""
    if value is None or not math.isfinite(value):
        return "–"
    digits = max(0, min(2, digits))
    text = f"{value:,.{digits}f}"
    return "0" if text in ("-0", "-0.0", "-0.00") else text


def smart_number(value: float | None) -> str:
    """A measured figure with as many decimals as it needs, never more than two."""
    if value is None or not math.isfinite(value):
        return "–"
    size = abs(value)
    if size >= 100 or value == int(value):
        return number(value)
    return number(value, 1 if size >= 10 else 2).rstrip("0").rstrip(".")


def percent(value: float | None) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{number(value)}%"


def amount(value: float) -> str:
    """An amount of money without its currency: whole units from 100 up, else cents (``12,401``, ``6.88``)."""
    return number(value, 0 if abs(value) >= 100 else 2)


def money(value: float | None, currency: str) -> str:
    """``12400.5, "EUR"`` -> ``"€12,401"``; without a currency the code is left out and said so."""
    if value is None or not math.isfinite(value):
        return "not known"
    amount_text = amount(value)
    if not currency:
        return f"{amount_text} (currency not stated)"
    sign = symbol(currency)
    return f"{sign}{amount_text}" if len(sign) <= 3 and not sign.isalpha() else f"{sign} {amount_text}"


def long_date(when: str | date | None) -> str:
    """An ISO date as "20 November 2026"; "not set" for nothing, the text itself if not a date."""
    if isinstance(when, date):
        day = when
    else:
        text = (when or "").strip()
        if re.fullmatch(r"\d{4}-\d{2}", text) and 1 <= int(text[5:]) <= 12:  # a month only: "March 2025"
            return f"{date(int(text[:4]), int(text[5:]), 1):%B %Y}"
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return when or "not set"
    return f"{day.day} {day:%B %Y}"


def answer_words(bank: QuestionBank, answer: Answer | None, currency: str = "") -> str:
    """The answer as the reader should see it (numbers formatted, money in the currency)."""
    if answer is None:
        return "Not answered"
    value = answer.value
    special = {NA: "Not applicable", UNKNOWN: "Don't know"}
    if not bank.has_question(answer.question) or (isinstance(value, str) and value in special):
        return special.get(value, str(value)) if isinstance(value, str) else str(value)
    q = bank.question(answer.question)
    if q.type in ("single", "yesno", "scale"):
        opt = q.option(str(value))
        return opt.label if opt else str(value)
    if q.type == "multi" and isinstance(value, list):
        return "; ".join((o.label if (o := q.option(v)) else v) for v in value)
    if q.type == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_with_unit(q, float(value), currency)
    return str(value)


def number_with_unit(q: Question, value: float, currency: str) -> str:
    unit = q.unit.strip()
    if q.in_currency:
        rest = unit[len("currency") :].strip()
        return money(value, currency) + (f" {rest}" if rest else "")
    if unit == "percent":
        return percent(value)
    if unit == "share":  # a fraction of one, such as the running cost against the budget
        return percent(value * 100)
    return smart_number(value) + (f" {unit}" if unit else "")
