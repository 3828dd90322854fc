"""The answers that drive one challenge's risk (question, answer, risk points, share)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.scoring import Driver
from desktop_app.gui.models.labels import answer_label, headers
from desktop_app.gui.models.row_table import RowTableModel

COL_QUESTION = 0
COL_ANSWER = 1
COL_RISK = 2
COL_SHARE = 3

#: the driver's question id
ROLE_QUESTION_ID = Qt.ItemDataRole.UserRole + 1


class DriversTableModel(RowTableModel[Driver]):
    HEADERS: ClassVar[tuple[str, ...]] = headers(
        QT_TRANSLATE_NOOP("DriversTableModel", "Question"),
        QT_TRANSLATE_NOOP("DriversTableModel", "Answer"),
        QT_TRANSLATE_NOOP("DriversTableModel", "Risk 0-4"),
        QT_TRANSLATE_NOOP("DriversTableModel", "Share"),
    )

    def display(self, row: Driver, col: int) -> str:
        if col == COL_QUESTION:
            return row.text
        if col == COL_ANSWER:
            blocker = QCoreApplication.translate("DriversTableModel", "Blocker · ") if row.blocker else ""
            return blocker + answer_label(row.value, row.answer)
        if col == COL_RISK:
            return f"{row.risk:g} × w{row.weight}"
        return f"{row.share:.0f}%"

    def sort_value(self, row: Driver, col: int) -> Any:
        return {COL_RISK: row.risk, COL_SHARE: row.share}.get(col, self.display(row, col))

    def tooltip(self, row: Driver, col: int) -> str:
        blocker = (
            "\n"
            + QCoreApplication.translate("DriversTableModel", "This answer is a blocker: deployment must not proceed.")
            if row.blocker
            else ""
        )
        detail = QCoreApplication.translate(
            "DriversTableModel",
            "Answer: {answer} (risk {risk:g} of 4, weight {weight}, {share:.0f}% of the challenge's risk points)",
        ).format(answer=answer_label(row.value, row.answer), risk=row.risk, weight=row.weight, share=row.share)
        click = QCoreApplication.translate("DriversTableModel", "Click to go to the question.")
        return f"{row.question}: {row.text}\n{detail}{blocker}\n{click}"

    def alignment(self, col: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if col in (COL_RISK, COL_SHARE) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ROLE_QUESTION_ID and index.isValid():
            return self._rows[index.row()].question
        return super().data(index, role)
