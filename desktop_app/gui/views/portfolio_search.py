"""Search the notes of every assessment in a portfolio folder (the index's full-text search).

A search box and a table of matches: client, project, question, and the note with the words found
in brackets. The search runs against the portfolio index the last load brought up to date, so it
answers in milliseconds and reads no assessment file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.analysis.index import SearchHit
from desktop_app.core.errors import ReadinessError
from desktop_app.gui.models.labels import headers
from desktop_app.gui.models.row_table import RowTableModel
from desktop_app.gui.views.tables import read_only_table

COL_CLIENT, COL_PROJECT, COL_QUESTION, COL_NOTE, COL_FILE = range(5)


class SearchHitsModel(RowTableModel[SearchHit]):
    HEADERS: ClassVar[tuple[str, ...]] = headers(
        QT_TRANSLATE_NOOP("SearchHitsModel", "Client"),
        QT_TRANSLATE_NOOP("SearchHitsModel", "Project"),
        QT_TRANSLATE_NOOP("SearchHitsModel", "Question"),
        QT_TRANSLATE_NOOP("SearchHitsModel", "Note (words found in [brackets])"),
        QT_TRANSLATE_NOOP("SearchHitsModel", "File"),
    )

    def display(self, row: SearchHit, col: int) -> Any:
        return (row.client, row.project, row.question, row.snippet, row.file)[col]

    def tooltip(self, row: SearchHit, col: int) -> str | None:
        if col == COL_NOTE:
            return row.note or row.answer
        if col == COL_QUESTION:
            return f"{row.question_id}: {row.question}"
        return None


class NoteSearchPanel(QWidget):
    """The search box over one folder's index; :meth:`set_folder` after each load."""

    #: a search ran (its number of matches); for tests and the status line
    searched = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search the notes of every assessment, e.g. prompt injection"))
        self.box.setAccessibleName(self.tr("Search notes"))
        self.box.setClearButtonEnabled(True)
        self.box.returnPressed.connect(self.search)
        self.button = QPushButton(self.tr("Search"))
        self.button.clicked.connect(self.search)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = SearchHitsModel(self)
        self.table = read_only_table(
            self.model,
            self.tr("Matching notes"),
            stretch=(COL_QUESTION, COL_NOTE),
            fit=(COL_CLIENT, COL_PROJECT),
            wrap=True,
        )
        row = QHBoxLayout()
        row.addWidget(self.box, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.set_folder(None)

    def set_folder(self, folder: Path | None) -> None:
        self.folder = folder
        self.box.setEnabled(folder is not None)
        self.button.setEnabled(folder is not None)
        self.model.set_rows([])
        self.status.setText(
            self.tr("Load a folder to search its notes.") if folder is None else self.tr("Type words and press Enter.")
        )

    def search(self) -> None:
        if self.folder is None:
            return
        from desktop_app.analysis.index import open_index

        text = self.box.text()
        try:
            with open_index(self.folder) as index:
                hits = index.search(text)
        except ReadinessError as exc:  # e.g. no word to look for: said plainly, nothing else changes
            self.status.setText(str(exc).removeprefix("search: ").capitalize())
            return
        self.model.set_rows(hits)
        self.table.resizeRowsToContents()
        if hits:
            self.status.setText(self.tr("%n note(s) match.", "", len(hits)))
        else:
            self.status.setText(self.tr("No note contains every one of these words."))
        self.searched.emit(len(hits))
