"""The deployment plan as a table: phase, action, owner, due date, effort, status."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core.plan import PlanItem
from desktop_app.gui.models.labels import headers, phase_label, status_label
from desktop_app.gui.models.row_table import RowTableModel

COL_PHASE = 0
COL_ACTION = 1
COL_OWNER = 2
COL_DUE = 3
COL_EFFORT = 4
COL_STATUS = 5
HEADERS = headers(
    QT_TRANSLATE_NOOP("PlanTableModel", "Phase"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Action"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Owner"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Due date"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Effort"),
    QT_TRANSLATE_NOOP("PlanTableModel", "Status"),
)

ROLE_KEY = Qt.ItemDataRole.UserRole + 1
ROLE_ITEM = Qt.ItemDataRole.UserRole + 2

STATUS_COLOURS = {"accepted": "#2e8b57", "done": "#1f6fd1", "rejected": "#8a8a8a"}


def effort_label(effort: str) -> str:
    """An effort code (S, M, L) with what it means."""
    names = {
        "S": QCoreApplication.translate("PlanTableModel", "S - days"),
        "M": QCoreApplication.translate("PlanTableModel", "M - weeks"),
        "L": QCoreApplication.translate("PlanTableModel", "L - months"),
    }
    return names.get(effort, effort)


class PlanTableModel(RowTableModel[PlanItem]):
    HEADERS: ClassVar[tuple[str, ...]] = HEADERS

    def item(self, row: int) -> PlanItem:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        for i, it in enumerate(self._rows):
            if it.key == key:
                return i
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        it = self._rows[index.row()]
        col = index.column()
        roles: dict[int, Callable[[], Any]] = {
            ROLE_KEY: lambda: it.key,
            ROLE_ITEM: lambda: it,
            Qt.ItemDataRole.DisplayRole: lambda: self._display(it, col),
            Qt.ItemDataRole.ToolTipRole: lambda: (
                f"<b>{it.title}</b><br>{it.action}" if col == COL_ACTION else self._display(it, col)
            ),
            Qt.ItemDataRole.ForegroundRole: lambda: self._foreground(it, col),
            Qt.ItemDataRole.FontRole: lambda: self._font(it, col),
        }
        value = roles.get(role)
        return value() if value is not None else None

    @staticmethod
    def _foreground(it: PlanItem, col: int) -> QColor | None:
        if it.status == "rejected":
            return QColor(STATUS_COLOURS["rejected"])
        if col == COL_STATUS and it.status in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[it.status])
        return None

    @staticmethod
    def _font(it: PlanItem, col: int) -> QFont:
        font = QFont()
        if it.status == "rejected":
            font.setStrikeOut(col == COL_ACTION)
        if col == COL_STATUS and it.status in ("accepted", "done"):
            font.setBold(True)
        if col == COL_ACTION and it.addresses_blocker:
            font.setBold(True)
        return font

    @staticmethod
    def _action_text(it: PlanItem) -> str:
        if it.addresses_blocker:
            return QCoreApplication.translate("PlanTableModel", "Blocker: {title}").format(title=it.title)
        if it.custom:
            return QCoreApplication.translate("PlanTableModel", "Custom: {title}").format(title=it.title)
        return it.title

    @staticmethod
    def _display(it: PlanItem, col: int) -> str:
        columns = {
            COL_PHASE: lambda: f"{it.phase} · {phase_label(it.phase)}",
            COL_ACTION: lambda: PlanTableModel._action_text(it),
            COL_OWNER: lambda: it.owner or (f"({it.owner_role})" if it.owner_role else ""),
            COL_DUE: lambda: it.due_date,
            COL_EFFORT: lambda: it.effort,
            COL_STATUS: lambda: status_label(it.status),
        }
        shown = columns.get(col)
        return shown() if shown is not None else ""
