"""Answers that differ between two assessments."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.analysis.compare import AnswerChange
from desktop_app.gui.charts.base import IMPROVED_COLOUR, WORSE_COLOUR
from desktop_app.gui.models.labels import headers
from desktop_app.gui.models.row_table import RowTableModel

COL_QUESTION = 0
COL_OLD = 1
COL_NEW = 2
COL_RISK = 3

ROLE_QUESTION_ID = Qt.ItemDataRole.UserRole + 1


def _risk(v: float | None) -> str:
    return "–" if v is None else f"{v:g}"


class AnswerChangesModel(RowTableModel[AnswerChange]):
    HEADERS: ClassVar[tuple[str, ...]] = headers(
        QT_TRANSLATE_NOOP("AnswerChangesModel", "Question"),
        QT_TRANSLATE_NOOP("AnswerChangesModel", "Old answer"),
        QT_TRANSLATE_NOOP("AnswerChangesModel", "New answer"),
        QT_TRANSLATE_NOOP("AnswerChangesModel", "Risk 0-4"),
    )

    def display(self, row: AnswerChange, col: int) -> str:
        none = QCoreApplication.translate("AnswerChangesModel", "(no answer)")
        if col == COL_QUESTION:
            return row.text
        if col == COL_OLD:
            return row.old_answer or none
        if col == COL_NEW:
            return row.new_answer or none
        return f"{_risk(row.old_risk)} → {_risk(row.new_risk)}"

    def tooltip(self, row: AnswerChange, col: int) -> str:
        return f"{row.question} ({row.challenge}): {row.text}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ROLE_QUESTION_ID and index.isValid():
            return self._rows[index.row()].question
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == COL_RISK:
            r = self._rows[index.row()]
            if r.old_risk is not None and r.new_risk is not None and r.old_risk != r.new_risk:
                return QBrush(QColor(IMPROVED_COLOUR if r.new_risk < r.old_risk else WORSE_COLOUR))
        return super().data(index, role)
