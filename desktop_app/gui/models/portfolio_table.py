"""The portfolio: one row per assessment, the level per challenge as a coloured cell."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt

from desktop_app.analysis.portfolio import Failure, PortfolioRow
from desktop_app.core.bank import CHALLENGE_IDS, INDUSTRY_LABELS
from desktop_app.core.scoring import DECISION_LABELS, LEVEL_LABELS
from desktop_app.gui.charts.base import LEVEL_COLOURS
from desktop_app.gui.charts.radar import SHORT_CHALLENGE_LABELS
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


class PortfolioTableModel(RowTableModel[PortfolioRow]):
    HEADERS: ClassVar[tuple[str, ...]] = (
        "Client",
        "Project",
        "Date",
        "Industry",
        "Decision",
        "Risk",
        *[SHORT_CHALLENGE_LABELS[c] for c in CHALLENGE_IDS],
        "Answered",
        "File",
    )

    def display(self, row: PortfolioRow, col: int):
        if col == COL_CLIENT:
            return row.client
        if col == COL_PROJECT:
            return row.project
        if col == COL_DATE:
            return row.workshop_date
        if col == COL_INDUSTRY:
            return INDUSTRY_LABELS.get(row.industry, row.industry)
        if col == COL_DECISION:
            return DECISION_LABELS.get(row.decision, row.decision)
        if col == COL_RISK:
            return "–" if row.overall_risk is None else f"{row.overall_risk:.1f}"
        if COL_FIRST_LEVEL <= col < COL_COMPLETION:
            level = row.levels.get(CHALLENGE_IDS[col - COL_FIRST_LEVEL])
            return LEVEL_LABELS.get(level or "", "–")
        if col == COL_COMPLETION:
            return f"{row.completion:.0f}%"
        return row.file

    def sort_value(self, row: PortfolioRow, col: int):
        if col == COL_RISK:
            return row.overall_risk
        if COL_FIRST_LEVEL <= col < COL_COMPLETION:
            return row.risks.get(CHALLENGE_IDS[col - COL_FIRST_LEVEL])
        if col == COL_COMPLETION:
            return row.completion
        return self.display(row, col)

    def background(self, row: PortfolioRow, col: int) -> str | None:
        if col == COL_DECISION:
            return DECISION_COLOURS.get(row.decision)
        if COL_FIRST_LEVEL <= col < COL_COMPLETION:
            level = row.levels.get(CHALLENGE_IDS[col - COL_FIRST_LEVEL])
            return LEVEL_COLOURS.get(level or "")
        return None

    def tooltip(self, row: PortfolioRow, col: int) -> str | None:
        if COL_FIRST_LEVEL <= col < COL_COMPLETION:
            cid = CHALLENGE_IDS[col - COL_FIRST_LEVEL]
            risk = row.risks.get(cid)
            return f"{cid}: " + ("not assessed" if risk is None else f"risk {risk:.1f}")
        return row.file

    def alignment(self, col: int):
        if col in (COL_RISK, COL_COMPLETION):
            return Qt.AlignmentFlag.AlignRight
        if COL_FIRST_LEVEL <= col < COL_COMPLETION:
            return Qt.AlignmentFlag.AlignCenter
        return None


COL_FAILED_FILE = 0
COL_REASON = 1


class FailuresModel(RowTableModel[Failure]):
    HEADERS: ClassVar[tuple[str, ...]] = ("File", "Why it could not be read")

    def display(self, row: Failure, col: int):
        return row.file if col == COL_FAILED_FILE else row.reason

    def tooltip(self, row: Failure, col: int) -> str:
        return row.reason
