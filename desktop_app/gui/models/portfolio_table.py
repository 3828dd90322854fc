"""The portfolio: one row per assessment, the level per challenge as a coloured cell."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop_app.analysis.portfolio import Failure, PortfolioRow
from desktop_app.core.bank import CHALLENGE_IDS
from desktop_app.gui.charts.base import LEVEL_COLOURS
from desktop_app.gui.charts.radar import short_challenge_label
from desktop_app.gui.models.decision_reasons import reason_texts
from desktop_app.gui.models.labels import decision_label, headers, industry_label, level_label
from desktop_app.gui.models.row_table import RowTableModel

COL_CLIENT = 0
COL_PROJECT = 1
COL_DATE = 2
COL_INDUSTRY = 3
COL_DECISION = 4
COL_RISK = 5
COL_FIRST_LEVEL = 6  # one column per challenge, in CHALLENGE_IDS order
COL_COMPLETION = COL_FIRST_LEVEL + len(CHALLENGE_IDS)
COL_FILE = COL_COMPLETION + 1

DECISION_COLOURS = {
    "ready": LEVEL_COLOURS["low"],
    "ready_with_conditions": LEVEL_COLOURS["medium"],
    "pilot_only": LEVEL_COLOURS["high"],
    "not_ready": LEVEL_COLOURS["critical"],
}


def _challenge(col: int) -> str | None:
    return CHALLENGE_IDS[col - COL_FIRST_LEVEL] if COL_FIRST_LEVEL <= col < COL_COMPLETION else None


class PortfolioTableModel(RowTableModel[PortfolioRow]):
    HEADERS: ClassVar[tuple[str, ...]] = headers(
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Client"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Project"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Date"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Industry"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Decision"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Risk"),
        # the challenges in CHALLENGE_IDS order (the radar's compact names)
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Data"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Compute"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Interpretability"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Ethics & legal"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Integration"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Security"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "Answered"),
        QT_TRANSLATE_NOOP("PortfolioTableModel", "File"),
    )

    def display(self, row: PortfolioRow, col: int) -> str:
        cid = _challenge(col)
        if cid is not None:
            level = row.levels.get(cid)
            return level_label(level) if level else "–"
        texts = {
            COL_CLIENT: lambda: row.client,
            COL_PROJECT: lambda: row.project,
            COL_DATE: lambda: row.workshop_date,
            COL_INDUSTRY: lambda: industry_label(row.industry),
            COL_DECISION: lambda: decision_label(row.decision),
            COL_RISK: lambda: "–" if row.overall_risk is None else f"{row.overall_risk:.1f}",
            COL_COMPLETION: lambda: f"{row.completion:.0f}%",
        }
        text = texts.get(col)
        return text() if text is not None else row.file

    def sort_value(self, row: PortfolioRow, col: int) -> Any:
        cid = _challenge(col)
        if cid is not None:
            return row.risks.get(cid)
        if col == COL_RISK:
            return row.overall_risk
        if col == COL_COMPLETION:
            return row.completion
        return self.display(row, col)

    def background(self, row: PortfolioRow, col: int) -> str | None:
        if col == COL_DECISION:
            return DECISION_COLOURS.get(row.decision)
        cid = _challenge(col)
        if cid is not None:
            return LEVEL_COLOURS.get(row.levels.get(cid) or "")
        return None

    def tooltip(self, row: PortfolioRow, col: int) -> str | None:
        cid = _challenge(col)
        if cid is not None:
            risk = row.risks.get(cid)
            what = (
                QCoreApplication.translate("PortfolioTableModel", "not assessed")
                if risk is None
                else QCoreApplication.translate("PortfolioTableModel", "risk {risk:.1f}").format(risk=risk)
            )
            return f"{short_challenge_label(cid)}: {what}"
        if col == COL_DECISION and row.reasons:
            return "\n".join([decision_label(row.decision), *(f"• {line}" for line in reason_texts(row.reasons))])
        return row.file

    def alignment(self, col: int) -> Qt.AlignmentFlag | None:
        if col in (COL_RISK, COL_COMPLETION):
            return Qt.AlignmentFlag.AlignRight
        if _challenge(col) is not None:
            return Qt.AlignmentFlag.AlignCenter
        return None


COL_FAILED_FILE = 0
COL_REASON = 1


class FailuresModel(RowTableModel[Failure]):
    HEADERS: ClassVar[tuple[str, ...]] = headers(
        QT_TRANSLATE_NOOP("FailuresModel", "File"),
        QT_TRANSLATE_NOOP("FailuresModel", "Why it could not be read"),
    )

    def display(self, row: Failure, col: int) -> str:
        return row.file if col == COL_FAILED_FILE else row.reason

    def tooltip(self, row: Failure, col: int) -> str:
        return row.reason
