"""What ``RowTableModel.data`` answers for each role, through a subclass's own methods (the look-up
table that replaced a dict of closures made per call: issue 15, docs/performance.md "eighth session")."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.gui.models.row_table import ROLE_ROW, ROLE_SORT, RowTableModel, text_on


class Fruit(RowTableModel[tuple[str, float | None]]):
    HEADERS: ClassVar[tuple[str, ...]] = ("Name", "Weight")

    def display(self, row: tuple[str, float | None], col: int) -> Any:
        name, weight = row
        return name if col == 0 else (None if weight is None else f"{weight:.1f} kg")

    def sort_value(self, row: tuple[str, float | None], col: int) -> Any:
        return row[col]

    def background(self, row: tuple[str, float | None], col: int) -> str | None:
        return "#1f3a93" if col == 1 and row[1] is not None and row[1] > 1 else None

    def tooltip(self, row: tuple[str, float | None], col: int) -> str | None:
        return f"{row[0]} ({col})"

    def alignment(self, col: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if col == 1 else None


def test_each_role_is_answered_by_the_subclass_and_the_rest_are_none(qapp):
    model = Fruit()
    model.set_rows([("Melon", 2.5), ("Fig", None)])
    melon_weight, fig_weight = model.index(0, 1), model.index(1, 1)
    assert model.data(model.index(0, 0)) == "Melon"
    assert melon_weight.data(Qt.ItemDataRole.DisplayRole) == "2.5 kg"
    assert fig_weight.data() == "", "None is shown as an empty cell"
    assert melon_weight.data(ROLE_SORT) == 2.5 and fig_weight.data(ROLE_SORT) is None
    assert model.data(fig_weight, ROLE_ROW) == ("Fig", None)
    assert melon_weight.data(Qt.ItemDataRole.ToolTipRole) == "Melon (1)"
    background = model.data(melon_weight, Qt.ItemDataRole.BackgroundRole)
    foreground = model.data(melon_weight, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(background, QBrush) and background.color() == QColor("#1f3a93")
    assert isinstance(foreground, QBrush) and foreground.color() == QColor(text_on("#1f3a93"))
    assert model.data(fig_weight, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(fig_weight, Qt.ItemDataRole.ForegroundRole) is None
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.data(melon_weight, Qt.ItemDataRole.TextAlignmentRole) == int(align)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole + 99):
        assert model.data(melon_weight, role) is None


def test_no_cell_outside_the_rows(qapp):
    model = Fruit()
    model.set_rows([("Melon", 2.5)])
    assert model.data(QModelIndex()) is None
    stale = model.index(0, 0)
    model.set_rows([])  # the index outlives its row
    assert model.data(stale) is None and model.data(stale, ROLE_ROW) is None
