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
