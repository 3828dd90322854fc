"""The read-only tables of the views, set up one way: whole rows, no editing, an accessible name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
