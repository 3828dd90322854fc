"""Plan actions with a tick box each: "suppose this were done"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from desktop_app.core.plan import PlanItem
from desktop_app.gui.charts.radar import short_challenge_label
from desktop_app.gui.models.labels import headers, phase_label, phase_short, status_label
from desktop_app.gui.models.row_table import RowTableModel

COL_ACTION = 0
COL_CHALLENGE = 1
COL_PHASE = 2
COL_REDUCTION = 3
COL_STATUS = 4

ROLE_KEY = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate


class WhatIfActionsModel(RowTableModel[PlanItem]):
    HEADERS: ClassVar[tuple[str, ...]] = headers(
        QT_TRANSLATE_NOOP("WhatIfActionsModel", "Action"),
        QT_TRANSLATE_NOOP("WhatIfActionsModel", "Challenge"),
        QT_TRANSLATE_NOOP("WhatIfActionsModel", "Phase"),
        QT_TRANSLATE_NOOP("WhatIfActionsModel", "Reduces"),
        QT_TRANSLATE_NOOP("WhatIfActionsModel", "Status"),
    )
    #: the set of ticked keys changed
    ticked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticked: set[str] = set()

    def set_rows(self, rows: Iterable[PlanItem]) -> None:
        super().set_rows(rows)
        keys = {r.key for r in self._rows}
        self._ticked &= keys

    @property
    def ticked(self) -> set[str]:
        return set(self._ticked)

    def set_ticked(self, keys: Iterable[str]) -> None:
        self._ticked = {k for k in keys if any(r.key == k and not r.custom for r in self._rows)}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))
        self.ticked_changed.emit()

    def display(self, row: PlanItem, col: int) -> str:
        if col == COL_ACTION:
            return (
                translate("WhatIfActionsModel", "Blocker · {title}").format(title=row.title)
                if row.addresses_blocker
                else row.title
            )
        if col == COL_CHALLENGE:
            return short_challenge_label(row.challenge)
        if col == COL_PHASE:
            return phase_short(row.phase)
        if col == COL_REDUCTION:
            return (
                "–" if row.custom else translate("WhatIfActionsModel", "−{points} pt").format(points=row.risk_reduction)
            )
        return status_label(row.status)

    def tooltip(self, row: PlanItem, col: int) -> str:
        if col == COL_PHASE:
            return translate("WhatIfActionsModel", "Phase {phase}: {name}").format(
                phase=row.phase, name=phase_label(row.phase)
            )
        if row.custom:
            return translate(
                "WhatIfActionsModel",
                "A custom action has no expected risk reduction, so it does not change the projection.",
            )
        expected = translate(
            "WhatIfActionsModel", "Expected reduction: {points} risk points on each triggering answer ({answers})."
        ).format(
            points=row.risk_reduction, answers=", ".join(row.triggered_by) or translate("WhatIfActionsModel", "none")
        )
        return f"{row.title}\n\n{row.action}\n{expected}"

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == COL_ACTION and not self._rows[index.row()].custom:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if self._rows[index.row()].custom:
            return base & ~Qt.ItemFlag.ItemIsEnabled
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_ACTION and not row.custom:
            return Qt.CheckState.Checked if row.key in self._ticked else Qt.CheckState.Unchecked
        if role == ROLE_KEY:
            return row.key
        return super().data(index, role)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
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
