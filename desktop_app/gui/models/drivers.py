"""The answers that drive one challenge's risk (question, answer, risk points, share)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt

from desktop_app.core.scoring import Driver
from desktop_app.gui.models.row_table import RowTableModel

COL_QUESTION = 0
COL_ANSWER = 1
COL_RISK = 2
COL_SHARE = 3

#: the driver's question id
ROLE_QUESTION_ID = Qt.ItemDataRole.UserRole + 1


class DriversTableModel(RowTableModel[Driver]):
    HEADERS: ClassVar[tuple[str, ...]] = ("Question", "Answer", "Risk 0-4", "Share")

    def display(self, row: Driver, col: int):
        if col == COL_QUESTION:
            return row.text
        if col == COL_ANSWER:
            return ("Blocker · " if row.blocker else "") + row.answer
        if col == COL_RISK:
            return f"{row.risk:g} × w{row.weight}"
        return f"{row.share:.0f}%"

    def sort_value(self, row: Driver, col: int):
        return {COL_RISK: row.risk, COL_SHARE: row.share}.get(col, self.display(row, col))

    def tooltip(self, row: Driver, col: int) -> str:
        blocker = "\nThis answer is a blocker: deployment must not proceed." if row.blocker else ""
        return (
            f"{row.question}: {row.text}\nAnswer: {row.answer} (risk {row.risk:g} of 4, weight {row.weight}, "
            f"{row.share:.0f}% of the challenge's risk points){blocker}\nClick to go to the question."
        )

    def alignment(self, col: int):
        return Qt.AlignmentFlag.AlignRight if col in (COL_RISK, COL_SHARE) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == ROLE_QUESTION_ID and index.isValid():
            return self._rows[index.row()].question
        return super().data(index, role)
