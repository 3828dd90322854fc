"""Plan actions with a tick box each: "suppose this were done"."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal

from desktop_app.core.plan import PlanItem
from desktop_app.gui.charts.radar import SHORT_CHALLENGE_LABELS
from desktop_app.gui.models.row_table import RowTableModel

COL_ACTION = 0
COL_CHALLENGE = 1
COL_PHASE = 2
COL_REDUCTION = 3
COL_STATUS = 4

ROLE_KEY = Qt.ItemDataRole.UserRole + 1
PHASE_SHORT = {0: "0 · Before", 1: "1 · Pilot", 2: "2 · Production", 3: "3 · Scale"}
STATUS_LABELS = {"proposed": "Proposed", "accepted": "Accepted", "rejected": "Rejected", "done": "Done"}


class WhatIfActionsModel(RowTableModel[PlanItem]):
    HEADERS: ClassVar[tuple[str, ...]] = ("Action", "Challenge", "Phase", "Reduces", "Status")
    #: the set of ticked keys changed
    ticked_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ticked: set[str] = set()

    def set_rows(self, rows) -> None:
        super().set_rows(rows)
        keys = {r.key for r in self._rows}
        self._ticked &= keys

    @property
    def ticked(self) -> set[str]:
        return set(self._ticked)

    def set_ticked(self, keys) -> None:
        self._ticked = {k for k in keys if any(r.key == k and not r.custom for r in self._rows)}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.ticked_changed.emit()

    def display(self, row: PlanItem, col: int):
        if col == COL_ACTION:
            return ("Blocker · " if row.addresses_blocker else "") + row.title
        if col == COL_CHALLENGE:
            return SHORT_CHALLENGE_LABELS.get(row.challenge, row.challenge)
        if col == COL_PHASE:
            return PHASE_SHORT.get(row.phase, str(row.phase))
        if col == COL_REDUCTION:
            return "–" if row.custom else f"−{row.risk_reduction} pt"
        return STATUS_LABELS.get(row.status, row.status)

    def tooltip(self, row: PlanItem, col: int) -> str:
        if col == COL_PHASE:
            return f"Phase {row.phase}: {row.phase_name}"
        if row.custom:
            return "A custom action has no expected risk reduction, so it does not change the projection."
        return (
            f"{row.title}\n\n{row.action}\n"
            f"Expected reduction: {row.risk_reduction} risk points on each triggering answer "
            f"({', '.join(row.triggered_by) or 'none'})."
        )

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == COL_ACTION and not self._rows[index.row()].custom:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if self._rows[index.row()].custom:
            return base & ~Qt.ItemFlag.ItemIsEnabled
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_ACTION and not row.custom:
            return Qt.CheckState.Checked if row.key in self._ticked else Qt.CheckState.Unchecked
        if role == ROLE_KEY:
            return row.key
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != COL_ACTION:
            return False
        row = self._rows[index.row()]
        if row.custom:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self._ticked.add(row.key)
        else:
            self._ticked.discard(row.key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True
