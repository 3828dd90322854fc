"""Level and decision names as the user reads them, translated (context ``Labels``).

The core keeps the codes (``low`` ... ``critical``, ``ready`` ... ``not_ready``); the GUI names them here
only, so a translation never touches a decision.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def level_label(level: str | None) -> str:
    """ "Low", "Medium", "High", "Critical", or "Not assessed" for None or an unknown code."""
    names = {
        "low": translate("Labels", "Low"),
        "medium": translate("Labels", "Medium"),
        "high": translate("Labels", "High"),
        "critical": translate("Labels", "Critical"),
    }
    return names.get(level or "", translate("Labels", "Not assessed"))


def decision_label(decision: str | None) -> str:
    """The decision's name, or "Not scored yet" for None or an unknown code."""
    names = {
        "ready": translate("Labels", "Ready to deploy"),
        "ready_with_conditions": translate("Labels", "Ready with conditions"),
        "pilot_only": translate("Labels", "Pilot only"),
        "not_ready": translate("Labels", "Not ready"),
    }
    return names.get(decision or "", translate("Labels", "Not scored yet"))


def headers(*texts: object) -> tuple[str, ...]:
    """Column headers marked with ``QT_TRANSLATE_NOOP`` (typed ``object`` by PySide6) as strings."""
    return tuple(str(t) for t in texts)


def phase_label(phase: int) -> str:
    """A plan phase's name (``PlanItem.phase`` is the code)."""
    names = {
        0: translate("Labels", "Before any deployment"),
        1: translate("Labels", "Pilot"),
        2: translate("Labels", "Production"),
        3: translate("Labels", "Scale and monitor"),
    }
    return names.get(phase, str(phase))


def phase_short(phase: int) -> str:
    """The phase in a narrow column: "0 · Before", "1 · Pilot"…"""
    names = {
        0: translate("Labels", "0 · Before"),
        1: translate("Labels", "1 · Pilot"),
        2: translate("Labels", "2 · Production"),
        3: translate("Labels", "3 · Scale"),
    }
    return names.get(phase, str(phase))


def status_label(status: str) -> str:
    """A plan action's status."""
    names = {
        "proposed": translate("Labels", "Proposed"),
        "accepted": translate("Labels", "Accepted"),
        "rejected": translate("Labels", "Rejected"),
        "done": translate("Labels", "Done"),
    }
    return names.get(status, status)


def confidence_label(confidence: str) -> str:
    names = {
        "low": translate("Labels", "Low"),
        "medium": translate("Labels", "Medium"),
        "high": translate("Labels", "High"),
    }
    return names.get(confidence, confidence)


def follow_up_reason_label(reason: str) -> str:
    """Why a question is on the follow-up list (``FollowUp.reason``)."""
    names = {
        "unknown": translate("Labels", "Don't know"),
        "low confidence": translate("Labels", "Low confidence"),
        "parked": translate("Labels", "Parked in the room"),
    }
    return names.get(reason, reason)


def special_answer_label(value: object) -> str | None:
    """ "Not applicable", "Don't know" or "Not answered" for those values; None for a real answer."""
    if value is None:
        return translate("Labels", "Not answered")
    if value == "na":
        return translate("Labels", "Not applicable")
    if value == "unknown":
        return translate("Labels", "Don't know")
    return None


def answer_label(value: object, english: str) -> str:
    """An answer as shown: the special values translated here, any other answer in the bank's words
    (``english`` is the core's wording, e.g. ``Driver.answer``, which holds the bank's option labels)."""
    special = special_answer_label(value)
    return english if special is None else special


def industry_label(industry: str) -> str:
    """A built-in industry's name (a bank's own industries show the bank's option label)."""
    names = {
        "healthcare": translate("Labels", "Healthcare"),
        "financial_services": translate("Labels", "Financial services"),
        "creative": translate("Labels", "Creative industry"),
        "manufacturing": translate("Labels", "Manufacturing"),
        "public_sector": translate("Labels", "Public sector"),
        "general": translate("Labels", "General"),
        "hr_employment": translate("Labels", "HR and employment"),
        "insurance": translate("Labels", "Insurance"),
        "education": translate("Labels", "Education"),
        "critical_infrastructure": translate("Labels", "Critical infrastructure and energy"),
    }
    return names.get(industry, industry)
