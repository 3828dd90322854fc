"""A read-only table model over a list of rows: subclasses say what each column shows.

Like Vorta's table models: ``COL_*`` constants, named roles, ``set_rows()`` with a model reset.
Headers are English source strings marked with ``QT_TRANSLATE_NOOP(context, text)`` and translated
when shown, in the model's ``TR_CONTEXT`` (its class name unless it says otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

#: the raw value of a cell, for sorting (numbers sort as numbers, None last)
ROLE_SORT = Qt.ItemDataRole.UserRole + 10
#: the row object itself
ROLE_ROW = Qt.ItemDataRole.UserRole + 11

T = TypeVar("T")


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    c = QColor(background)
    luminance = (0.2126 * c.redF() ** 2.2) + (0.7152 * c.greenF() ** 2.2) + (0.0722 * c.blueF() ** 2.2)
    return "#000000" if luminance > 0.18 else "#ffffff"


class RowTableModel(QAbstractTableModel, Generic[T]):
    HEADERS: ClassVar[tuple[str, ...]] = ()
    #: the translation context of the headers (default: the class name)
    TR_CONTEXT: ClassVar[str] = ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def headers(self) -> tuple[str, ...]:
        """The column headers as shown (translated)."""
        context = self.TR_CONTEXT or type(self).__name__
        return tuple(QCoreApplication.translate(context, h) for h in self.HEADERS)

    # -- rows ------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> T:
        return self._rows[index]

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    # -- what subclasses fill in -------------------------------------------------------------
    def display(self, row: T, col: int) -> Any:
        raise NotImplementedError

    def sort_value(self, row: T, col: int) -> Any:
        return self.display(row, col)

    def background(self, row: T, col: int) -> str | None:
        return None

    def tooltip(self, row: T, col: int) -> str | None:
        return None

    def alignment(self, col: int) -> Qt.AlignmentFlag | None:
        return None

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks for every role of every cell it sizes or paints (a column fit of the portfolio:
        # thousands of calls): one look-up in a table made once, not a dict of closures made per call
        answer = _ROLE_ANSWERS.get(role)
        if answer is None or not index.isValid():
            return None
        r = index.row()
        if r >= len(self._rows):
            return None
        return answer(self, self._rows[r], index.column())

    # the three below are what ``data`` answers for a role (public: the role table calls them)
    def display_text(self, row: T, col: int) -> Any:
        value = self.display(row, col)
        return "" if value is None else value

    def role_brush(self, row: T, col: int, *, foreground: bool) -> QBrush | None:
        colour = self.background(row, col)
        if colour is None:
            return None
        return QBrush(QColor(text_on(colour) if foreground else colour))

    def role_alignment(self, col: int) -> int | None:
        align = self.alignment(col)
        return None if align is None else int(align | Qt.AlignmentFlag.AlignVCenter)


#: what ``RowTableModel.data`` answers for each role it knows (methods looked up on the model, so a
#: subclass's own ``display``, ``tooltip``... are the ones called); any other role is None
_ROLE_ANSWERS: dict[int, Callable[[RowTableModel[Any], Any, int], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda m, row, col: m.display_text(row, col),
    ROLE_SORT: lambda m, row, col: m.sort_value(row, col),
    ROLE_ROW: lambda _m, row, _col: row,
    Qt.ItemDataRole.ToolTipRole: lambda m, row, col: m.tooltip(row, col),
    Qt.ItemDataRole.BackgroundRole: lambda m, row, col: m.role_brush(row, col, foreground=False),
    Qt.ItemDataRole.ForegroundRole: lambda m, row, col: m.role_brush(row, col, foreground=True),
    Qt.ItemDataRole.TextAlignmentRole: lambda m, _row, col: m.role_alignment(col),
}


def fmt_risk(value: float | None) -> str:
    return QCoreApplication.translate("RowTableModel", "not assessed") if value is None else f"{value:.1f}"


def fmt_delta(value: float | None) -> str:
    if value is None:
        return "–"
    if abs(value) < 0.05:
        return "±0.0"
    return f"{value:+.1f}"
