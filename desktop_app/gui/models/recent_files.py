"""Recent assessments on the start screen: client, project, workshop date, decision, file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.core.scoring import DECISION_LABELS
from desktop_app.gui.models.row_table import RowTableModel
from desktop_app.gui.settings import RecentFile

COL_CLIENT = 0
COL_PROJECT = 1
COL_DATE = 2
COL_DECISION = 3
COL_FILE = 4
HEADERS = ("Client", "Project", "Workshop", "Decision", "File")
ROLE_PATH = Qt.ItemDataRole.UserRole + 1


class RecentFilesModel(RowTableModel[RecentFile]):
    HEADERS = HEADERS

    def entry(self, row: int) -> RecentFile:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROLE_PATH:
            return r.path
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(r).get(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.path if r.exists else f"{r.path}\nThis file is no longer there."
        if role == Qt.ItemDataRole.ForegroundRole and not r.exists:
            return QColor("#8a8a8a")
        return None


def _display(r: RecentFile) -> dict[int, str]:
    """The text of each column of one recent file."""
    return {
        COL_CLIENT: r.client,
        COL_PROJECT: r.project,
        COL_DATE: r.workshop_date,
        COL_DECISION: DECISION_LABELS.get(r.decision, ""),
        COL_FILE: Path(r.path).name + ("" if r.exists else "  (missing)"),
    }
