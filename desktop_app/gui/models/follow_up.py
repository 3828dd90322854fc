"""The follow-up list: "don't know" and low-confidence answers, with notes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.scoring import FollowUp
from desktop_app.gui.models.row_table import RowTableModel

COL_TOPIC = 0
COL_QUESTION = 1
COL_REASON = 2
COL_ANSWER = 3
COL_NOTE = 4
HEADERS = ("Topic", "Question", "Why", "Answer so far", "Note")
ROLE_QUESTION_ID = Qt.ItemDataRole.UserRole + 1

REASON_LABELS = {"unknown": "Don't know", "low confidence": "Low confidence", "parked": "Parked in the room"}


class FollowUpModel(RowTableModel[FollowUp]):
    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._topics: dict[str, str] = {}

    def set_rows(self, items: list[FollowUp] | tuple[FollowUp, ...], topics: dict[str, str] | None = None) -> None:
        """``topics`` maps a challenge id (or "context") to the title shown."""
        self._topics = dict(topics or {})
        super().set_rows(items)

    def item(self, row: int) -> FollowUp:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        f = self._rows[index.row()]
        if role == ROLE_QUESTION_ID:
            return f.question
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == COL_TOPIC:
                return self._topics.get(f.challenge, f.challenge)
            if col == COL_QUESTION:
                return f.text
            if col == COL_REASON:
                return REASON_LABELS.get(f.reason, f.reason)
            if col == COL_ANSWER:
                return f.answer
            if col == COL_NOTE:
                return f.note
        return None
