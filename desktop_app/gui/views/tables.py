"""The read-only tables of the views, set up one way: whole rows, no editing, an accessible name.

``read_only_table`` shows a model (the live views); ``text_table`` shows fixed rows of text with a tip
per cell (the previews and reports of a dialog: import answers, the self-assessment's validation).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

#: one cell of a ``text_table``: the text shown and its tip (the whole text when the cell cuts it)
Cell = tuple[str, str]


def read_only_table(
    model: QAbstractItemModel,
    name: str,
    *,
    stretch: Iterable[int] = (),
    fit: Iterable[int] = (),
    wrap: bool = False,
) -> QTableView:
    """A table that selects one whole row at a time and is never edited in place.

    ``stretch`` columns share the free width, ``fit`` columns fit their contents; with ``wrap`` the rows
    grow to their wrapped text whenever a column changes width.
    """
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(wrap)
    header = table.horizontalHeader()
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    for col in fit:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    if wrap:
        # wrapped rows need their height again once the columns have their final widths
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def text_table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], name: str) -> QTableWidget:
    """A table of fixed text cells, each ``(text, tip)``: whole rows selected, never edited, no row numbers."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    for r, row in enumerate(rows):
        for c, (text, tip) in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            table.setItem(r, c, item)
    return table
