"""The history: a timeline of one question, or of the whole assessment, and restoring an earlier answer.

Every change in the file's history says when, who and what. For an answer, any earlier version can
be restored; the restore is an ordinary undoable change (Ctrl+Z takes it back) and is itself
recorded in the history.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Answer
from desktop_app.core.errors import ReadinessError
from desktop_app.gui.document_state import DocumentState
from desktop_app.storage.connection import DB_ERRORS
from desktop_app.storage.document import HistoryEntry
from desktop_app.storage.items import answer_key

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryView", "When"),
    QT_TRANSLATE_NOOP("HistoryView", "Who"),
    QT_TRANSLATE_NOOP("HistoryView", "What"),
    QT_TRANSLATE_NOOP("HistoryView", "Item"),
    QT_TRANSLATE_NOOP("HistoryView", "Detail"),
)
MAX_ROWS = 500

log = logging.getLogger(__name__)

#: what reading the history may raise (a damaged page, a read stopped by its time budget)
_READ_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, ReadinessError)


def restorable(entry: HistoryEntry) -> Answer | None:
    """The answer an answer entry recorded (its state after the change), or None."""
    if not entry.target.startswith("answer:") or not entry.state:
        return None
    try:
        state = json.loads(entry.state)
    except ValueError:
        return None
    if not isinstance(state, dict) or state.get("deleted"):
        return None
    value = state.get("value")
    return Answer(
        entry.target.split(":", 1)[1],
        value,
        str(state.get("note", "")),
        str(state.get("confidence", "medium")),
        rationale=str(state.get("rationale", "")),
        keep_confidence=bool(state.get("keep_confidence", False)),
        note_by=str(state.get("note_by", "")),
        parked=bool(state.get("parked", False)),
        park_note=str(state.get("park_note", "")),
    )


def entry_detail(entry: HistoryEntry) -> str:
    """The entry's detail, with who said the note and a park (format 3) when its state holds them."""
    try:
        state = json.loads(entry.state) if entry.state and entry.target.startswith("answer:") else None
    except ValueError:
        state = None
    if not isinstance(state, dict):
        return entry.detail
    parts = [entry.detail] if entry.detail else []
    if state.get("note_by"):
        parts.append(
            QCoreApplication.translate("HistoryView", "note said by {name}").replace("{name}", str(state["note_by"]))
        )
    if state.get("parked"):
        why = str(state.get("park_note", ""))
        parts.append(
            QCoreApplication.translate("HistoryView", "parked: {why}").replace("{why}", why)
            if why
            else QCoreApplication.translate("HistoryView", "parked")
        )
    return " · ".join(parts)


def item_label(target: str, names: dict[str, str]) -> str:
    """An item key in words: the question, the participant's name, the action or detail."""
    kind, _, rest = target.partition(":")
    if kind == "voice":
        pid, _, qid = rest.partition(":")
        return f"{qid} ({names.get(pid, QCoreApplication.translate('HistoryView', 'a participant'))})"
    if kind == "participant":
        return names.get(rest, QCoreApplication.translate("HistoryView", "a participant"))
    return rest


class HistoryView(QWidget):
    """A table of changes, newest first; "Restore" brings back the selected earlier answer."""

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.question_id = ""
        self.entries: list[HistoryEntry] = []
        layout = QVBoxLayout(self)
        scope = QHBoxLayout()
        self.one = QRadioButton(QCoreApplication.translate("HistoryView", "This question"))
        self.all = QRadioButton(QCoreApplication.translate("HistoryView", "The whole assessment"))
        self.one.setChecked(True)
        for button in (self.one, self.all):
            button.toggled.connect(self.refresh)
            scope.addWidget(button)
        scope.addStretch(1)
        layout.addLayout(scope)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("HistoryView", str(c)) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(QCoreApplication.translate("HistoryView", "History of changes"))
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.status = QLabel()
        row.addWidget(self.status, 1)
        self.restore_button = QPushButton(QCoreApplication.translate("HistoryView", "Restore this answer"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        state.changed.connect(self.refresh)

    def show_question(self, question_id: str) -> None:
        self.set_question(question_id)
        self.refresh()

    def set_question(self, question_id: str) -> None:
        """Take ``question_id`` as the question whose timeline is shown, without reading it (out of
        sight: read when the view comes into sight, gui/deferred.py ``FollowsQuestion``)."""
        self.question_id = question_id

    def refresh(self) -> None:
        doc = self.state.document
        problem = ""
        try:
            if doc is None:
                self.entries = []
            elif self.one.isChecked() and self.question_id:
                self.entries = doc.history(MAX_ROWS, target=answer_key(self.question_id))
            else:
                self.entries = doc.history(MAX_ROWS)
        except _READ_ERRORS as exc:  # a damaged page or a stalled read: said here, the rest of the app goes on
            log.warning("The history could not be read: %s", exc)
            self.entries = []
            problem = QCoreApplication.translate("HistoryView", "The history could not be read ({reason}).").replace(
                "{reason}", str(exc)
            )
        self.table.setRowCount(len(self.entries))
        names = {e.target.split(":", 1)[1]: e.detail for e in self.entries if e.target.startswith("participant:")}
        a = self.state.assessment
        names.update({p.id: p.name for p in (a.participants if a is not None else ())})
        for r, e in enumerate(self.entries):
            item = item_label(e.target, names)
            for c, text in enumerate((e.at.replace("T", " ")[:16], e.actor, e.action, item, entry_detail(e))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(
            problem or QCoreApplication.translate("HistoryView", "{n} changes").replace("{n}", str(len(self.entries)))
        )
        self._selection_changed()

    def selected(self) -> HistoryEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and restorable(entry) is not None and not self.state.readonly)

    def restore_selected(self) -> bool:
        """Restore the selected earlier answer as an undoable change; False when there is none."""
        entry = self.selected()
        answer = restorable(entry) if entry is not None else None
        if answer is None or self.state.readonly:
            return False
        self.state.set_answer(
            answer,
            QCoreApplication.translate("HistoryView", "Restore answer of {at}").replace(
                "{at}", entry.at if entry else ""
            ),
        )
        return True
