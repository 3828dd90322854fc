"""Per-challenge before/after table (compare: old/new; what-if: today/projected)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import Qt

from desktop_app.core.scoring import LEVEL_LABELS
from desktop_app.gui.charts.base import LEVEL_COLOURS
from desktop_app.gui.models.row_table import RowTableModel, fmt_delta, fmt_risk

COL_CHALLENGE = 0
COL_BEFORE_RISK = 1
COL_BEFORE_LEVEL = 2
COL_AFTER_RISK = 3
COL_AFTER_LEVEL = 4
COL_CHANGE = 5

IMPROVED = "#2e8b57"
WORSE = "#c0142c"


@dataclass(frozen=True)
class ChallengeDeltaRow:
    id: str
    title: str
    before_risk: float | None
    before_level: str | None
    after_risk: float | None
    after_level: str | None

    @property
    def delta(self) -> float | None:
        if self.before_risk is None or self.after_risk is None:
            return None
        return round(round(self.after_risk, 1) - round(self.before_risk, 1), 1)


class ChallengeDeltaModel(RowTableModel[ChallengeDeltaRow]):
    HEADERS: ClassVar[tuple[str, ...]] = ("Challenge", "Old risk", "Old level", "New risk", "New level", "Change")

    def __init__(self, before: str = "Old", after: str = "New", parent=None) -> None:
        super().__init__(parent)
        self.HEADERS = ("Challenge", f"{before} risk", f"{before} level", f"{after} risk", f"{after} level", "Change")

    def display(self, row: ChallengeDeltaRow, col: int):
        if col == COL_CHALLENGE:
            return row.title
        if col == COL_BEFORE_RISK:
            return fmt_risk(row.before_risk)
        if col == COL_BEFORE_LEVEL:
            return LEVEL_LABELS.get(row.before_level or "", "–")
        if col == COL_AFTER_RISK:
            return fmt_risk(row.after_risk)
        if col == COL_AFTER_LEVEL:
            return LEVEL_LABELS.get(row.after_level or "", "–")
        return fmt_delta(row.delta)

    def sort_value(self, row: ChallengeDeltaRow, col: int):
        return {COL_BEFORE_RISK: row.before_risk, COL_AFTER_RISK: row.after_risk, COL_CHANGE: row.delta}.get(
            col, self.display(row, col)
        )

    def background(self, row: ChallengeDeltaRow, col: int) -> str | None:
        if col == COL_BEFORE_LEVEL and row.before_level:
            return LEVEL_COLOURS[row.before_level]
        if col == COL_AFTER_LEVEL and row.after_level:
            return LEVEL_COLOURS[row.after_level]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == COL_CHANGE:
            delta = self._rows[index.row()].delta
            if delta is None or abs(delta) < 0.05:
                return None
            from PySide6.QtGui import QBrush, QColor

            return QBrush(QColor(IMPROVED if delta < 0 else WORSE))
        return super().data(index, role)

    def alignment(self, col: int):
        return Qt.AlignmentFlag.AlignRight if col in (COL_BEFORE_RISK, COL_AFTER_RISK, COL_CHANGE) else None
