"""Recent assessments on the start screen: client, project, workshop date, decision, file."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.gui.models.labels import decision_label, headers
from desktop_app.gui.models.row_table import RowTableModel
from desktop_app.gui.settings import RecentFile

COL_CLIENT = 0
COL_PROJECT = 1
COL_DATE = 2
COL_DECISION = 3
COL_FILE = 4
HEADERS = headers(
    QT_TRANSLATE_NOOP("RecentFilesModel", "Client"),
    QT_TRANSLATE_NOOP("RecentFilesModel", "Project"),
    QT_TRANSLATE_NOOP("RecentFilesModel", "Workshop"),
    QT_TRANSLATE_NOOP("RecentFilesModel", "Decision"),
    QT_TRANSLATE_NOOP("RecentFilesModel", "File"),
)
ROLE_PATH = Qt.ItemDataRole.UserRole + 1


class RecentFilesModel(RowTableModel[RecentFile]):
    HEADERS: ClassVar[tuple[str, ...]] = HEADERS

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
            gone = QCoreApplication.translate("RecentFilesModel", "This file is no longer there.")
            return r.path if r.exists else f"{r.path}\n{gone}"
        if role == Qt.ItemDataRole.ForegroundRole and not r.exists:
            return QColor("#8a8a8a")
        return None


def _display(r: RecentFile) -> dict[int, str]:
    """The text of each column of one recent file."""
    return {
        COL_CLIENT: r.client,
        COL_PROJECT: r.project,
        COL_DATE: r.workshop_date,
        COL_DECISION: decision_label(r.decision) if r.decision else "",
        COL_FILE: Path(r.path).name
        + ("" if r.exists else "  " + QCoreApplication.translate("RecentFilesModel", "(missing)")),
    }
