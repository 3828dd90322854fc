"""The deployment plan as a table: phase, action, owner, due date, effort, status."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.core.plan import PlanItem
from desktop_app.gui.models.row_table import RowTableModel

COL_PHASE = 0
COL_ACTION = 1
COL_OWNER = 2
COL_DUE = 3
COL_EFFORT = 4
COL_STATUS = 5
HEADERS = ("Phase", "Action", "Owner", "Due date", "Effort", "Status")

ROLE_KEY = Qt.ItemDataRole.UserRole + 1
ROLE_ITEM = Qt.ItemDataRole.UserRole + 2

STATUS_LABELS = {"proposed": "Proposed", "accepted": "Accepted", "rejected": "Rejected", "done": "Done"}
EFFORT_LABELS = {"S": "S - days", "M": "M - weeks", "L": "L - months"}
STATUS_COLOURS = {"accepted": "#2e8b57", "done": "#1f6fd1", "rejected": "#8a8a8a"}


class PlanTableModel(RowTableModel[PlanItem]):
    HEADERS = HEADERS

    def item(self, row: int) -> PlanItem:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        for i, it in enumerate(self._rows):
            if it.key == key:
                return i
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        it = self._rows[index.row()]
        col = index.column()
        if role == ROLE_KEY:
            return it.key
        if role == ROLE_ITEM:
            return it
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(it, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_ACTION:
                return f"<b>{it.title}</b><br>{it.action}"
            return self._display(it, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if it.status == "rejected":
                return QColor(STATUS_COLOURS["rejected"])
            if col == COL_STATUS and it.status in STATUS_COLOURS:
                return QColor(STATUS_COLOURS[it.status])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if it.status == "rejected":
                font.setStrikeOut(col == COL_ACTION)
            if col == COL_STATUS and it.status in ("accepted", "done"):
                font.setBold(True)
            if col == COL_ACTION and it.addresses_blocker:
                font.setBold(True)
            return font
        return None

    @staticmethod
    def _display(it: PlanItem, col: int) -> str:
        if col == COL_PHASE:
            return f"{it.phase} · {it.phase_name}"
        if col == COL_ACTION:
            prefix = "Blocker: " if it.addresses_blocker else ("Custom: " if it.custom else "")
            return prefix + it.title
        if col == COL_OWNER:
            return it.owner or (f"({it.owner_role})" if it.owner_role else "")
        if col == COL_DUE:
            return it.due_date
        if col == COL_EFFORT:
            return it.effort
        if col == COL_STATUS:
            return STATUS_LABELS.get(it.status, it.status)
        return ""
