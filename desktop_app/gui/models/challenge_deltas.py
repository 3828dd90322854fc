"""Per-challenge before/after table (compare: old/new; what-if: today/projected)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.gui.charts.base import IMPROVED_COLOUR, LEVEL_COLOURS, WORSE_COLOUR
from desktop_app.gui.models.labels import headers, level_label
from desktop_app.gui.models.row_table import RowTableModel, fmt_delta, fmt_risk

COL_CHALLENGE = 0
COL_BEFORE_RISK = 1
COL_BEFORE_LEVEL = 2
COL_AFTER_RISK = 3
COL_AFTER_LEVEL = 4
COL_CHANGE = 5

IMPROVED = IMPROVED_COLOUR
WORSE = WORSE_COLOUR


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
    """``before`` and ``after`` name the two sides in the headers ("Old"/"New", "Today"/"Projected"),
    already translated by the view."""

    HEADERS: ClassVar[tuple[str, ...]] = headers(
        QT_TRANSLATE_NOOP("ChallengeDeltaModel", "Challenge"),
        QT_TRANSLATE_NOOP("ChallengeDeltaModel", "{side} risk"),
        QT_TRANSLATE_NOOP("ChallengeDeltaModel", "{side} level"),
        QT_TRANSLATE_NOOP("ChallengeDeltaModel", "{side} risk"),
        QT_TRANSLATE_NOOP("ChallengeDeltaModel", "{side} level"),
        QT_TRANSLATE_NOOP("ChallengeDeltaModel", "Change"),
    )

    def __init__(self, before: str = "", after: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        before = before or QCoreApplication.translate("ChallengeDeltaModel", "Old")
        after = after or QCoreApplication.translate("ChallengeDeltaModel", "New")
        self._sides = ("", before, before, after, after, "")

    def headers(self) -> tuple[str, ...]:
        return tuple(h.format(side=side) for h, side in zip(super().headers(), self._sides, strict=True))

    def display(self, row: ChallengeDeltaRow, col: int) -> str:
        if col == COL_CHALLENGE:
            return row.title
        if col == COL_BEFORE_RISK:
            return fmt_risk(row.before_risk)
        if col == COL_BEFORE_LEVEL:
            return level_label(row.before_level) if row.before_level else "–"
        if col == COL_AFTER_RISK:
            return fmt_risk(row.after_risk)
        if col == COL_AFTER_LEVEL:
            return level_label(row.after_level) if row.after_level else "–"
        return fmt_delta(row.delta)

    def sort_value(self, row: ChallengeDeltaRow, col: int) -> Any:
        return {COL_BEFORE_RISK: row.before_risk, COL_AFTER_RISK: row.after_risk, COL_CHANGE: row.delta}.get(
            col, self.display(row, col)
        )

    def background(self, row: ChallengeDeltaRow, col: int) -> str | None:
        if col == COL_BEFORE_LEVEL and row.before_level:
            return LEVEL_COLOURS[row.before_level]
        if col == COL_AFTER_LEVEL and row.after_level:
            return LEVEL_COLOURS[row.after_level]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == COL_CHANGE:
            delta = self._rows[index.row()].delta
            if delta is None or abs(delta) < 0.05:
                return None
            return QBrush(QColor(IMPROVED if delta < 0 else WORSE))
        return super().data(index, role)

    def alignment(self, col: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if col in (COL_BEFORE_RISK, COL_AFTER_RISK, COL_CHANGE) else None
