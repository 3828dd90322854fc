"""The follow-up list: "don't know" and low-confidence answers, with notes."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.core.scoring import FollowUp
from desktop_app.gui.models.labels import answer_label, follow_up_reason_label, headers
from desktop_app.gui.models.row_table import RowTableModel

COL_TOPIC = 0
COL_QUESTION = 1
COL_REASON = 2
COL_ANSWER = 3
COL_NOTE = 4
HEADERS = headers(
    QT_TRANSLATE_NOOP("FollowUpModel", "Topic"),
    QT_TRANSLATE_NOOP("FollowUpModel", "Question"),
    QT_TRANSLATE_NOOP("FollowUpModel", "Why"),
    QT_TRANSLATE_NOOP("FollowUpModel", "Answer so far"),
    QT_TRANSLATE_NOOP("FollowUpModel", "Note"),
)
ROLE_QUESTION_ID = Qt.ItemDataRole.UserRole + 1


class FollowUpModel(RowTableModel[FollowUp]):
    HEADERS: ClassVar[tuple[str, ...]] = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._topics: dict[str, str] = {}

    def set_topics(self, topics: dict[str, str]) -> None:
        """``topics`` maps a challenge id (or "context") to the title shown; set it before the rows."""
        self._topics = dict(topics)

    def item(self, row: int) -> FollowUp:
        return self._rows[row]

    def display(self, row: FollowUp, col: int) -> str:
        columns = {
            COL_TOPIC: lambda: self._topics.get(row.challenge, row.challenge),
            COL_QUESTION: lambda: row.text,
            COL_REASON: lambda: follow_up_reason_label(row.reason),
            COL_ANSWER: lambda: answer_label(row.value, row.answer),
            COL_NOTE: lambda: row.note,
        }
        shown = columns.get(col)
        return shown() if shown is not None else ""

    def tooltip(self, row: FollowUp, col: int) -> str:
        return self.display(row, col)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ROLE_QUESTION_ID and index.isValid() and index.row() < len(self._rows):
            return self._rows[index.row()].question
        return super().data(index, role)
