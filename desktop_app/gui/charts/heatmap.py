"""Heat map: rows are assessments, columns challenges; each cell takes its **level's** colour, the same
colour the tables and the other charts give that level (grey = not assessed). The risk is written in
the cell and given in the tooltip; without levels (risks only), cells are coloured by the level band
the risk alone would reach at a middle impact, never by a separate scale."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.gui.charts.base import NOT_ASSESSED_COLOUR, ChartWidget, level_colour
from desktop_app.gui.models.labels import level_label

#: rows with numbers written in the cells up to this many rows
MAX_ANNOTATED_ROWS = 30
#: row labels on the axis up to this many rows
MAX_LABELLED_ROWS = 60


class HeatMapChart(ChartWidget):
    """``values`` holds the risks (rows x columns, NaN = not assessed), ``levels`` the level codes
    (None = not assessed) and :meth:`cell_colour` the colour each cell is drawn in."""

    export_name = "heat-map"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.values = np.zeros((0, 0))
        self.levels: list[list[str | None]] = []
        self.row_labels: list[str] = []
        self.column_labels: list[str] = []
        self.image_item: pg.ImageItem | None = None
        super().__init__(parent)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(False, True)
        item.invertY(True)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.setMinimumSize(360, 240)

    def set_data(
        self,
        values: Sequence[Sequence[float | None]] | np.ndarray,
        row_labels: list[str],
        column_labels: list[str],
        levels: Sequence[Sequence[str | None]] | None = None,
    ) -> None:
        """``values``: rows x columns of risk 0-100 (NaN or None = not assessed); ``levels`` the level of
        each cell, which gives its colour."""
        arr = np.array(values, dtype=float).reshape(len(row_labels), len(column_labels))
        self.values = arr
        self.row_labels = list(row_labels)
        self.column_labels = list(column_labels)
        if levels is None:
            self.levels = [[_band(v) for v in row] for row in arr]
        else:
            self.levels = [[lv if isinstance(lv, str) and lv else None for lv in row] for row in levels]
        self.redraw()

    def cell_colour(self, row: int, col: int) -> str | None:
        """The ``#rrggbb`` colour of a cell as drawn; None for a cell not assessed (the grey background)."""
        if np.isnan(self.values[row, col]):
            return None
        level = self.levels[row][col]
        return QColor(level_colour(level)).name() if level else None

    def redraw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.image_item = None
        rows, cols = (int(self.values.shape[0]), int(self.values.shape[1])) if self.values.ndim == 2 else (0, 0)
        if not rows or not cols:
            return
        background = pg.ImageItem(np.zeros((cols, rows)), levels=(0, 1))
        grey = QColor(NOT_ASSESSED_COLOUR)
        background.setLookupTable(np.array([(grey.red(), grey.green(), grey.blue())] * 2, dtype=np.uint8))
        background.setRect(QRectF(0, 0, cols, rows))
        item.addItem(background)
        # ImageItem is indexed [x, y]: an RGBA image columns x rows; cells not assessed stay transparent
        rgba = np.zeros((cols, rows, 4), dtype=np.uint8)
        for r in range(rows):
            for c in range(cols):
                colour = self.cell_colour(r, c)
                if colour is not None:
                    q = QColor(colour)
                    rgba[c, r] = (q.red(), q.green(), q.blue(), 255)
        self.image_item = pg.ImageItem(rgba)
        self.image_item.setRect(QRectF(0, 0, cols, rows))
        item.addItem(self.image_item)
        if rows <= MAX_ANNOTATED_ROWS:
            self._annotate(item, rows, cols)
        bottom = item.getAxis("bottom")
        bottom.setTicks([[(c + 0.5, label) for c, label in enumerate(self.column_labels)]])
        left = item.getAxis("left")
        if rows <= MAX_LABELLED_ROWS:
            left.setTicks([[(r + 0.5, _short(label)) for r, label in enumerate(self.row_labels)]])
        else:
            left.setTicks(None)
        item.setXRange(0, cols, padding=0)
        item.setYRange(0, min(rows, MAX_LABELLED_ROWS), padding=0)
        item.vb.setLimits(xMin=0, xMax=cols, yMin=0, yMax=rows)

    def _annotate(self, item: pg.PlotItem, rows: int, cols: int) -> None:
        font = QFont()
        font.setPointSizeF(self.point_size(8))
        for r in range(rows):
            for c in range(cols):
                v = self.values[r, c]
                colour = self.cell_colour(r, c) or NOT_ASSESSED_COLOUR
                text = "–" if np.isnan(v) else f"{v:.0f}"
                t = pg.TextItem(text, color=_text_on(colour), anchor=(0.5, 0.5))
                t.setFont(font)
                t.setPos(c + 0.5, r + 0.5)
                item.addItem(t)

    def _hover(self, scene_pos: QPointF) -> None:
        vb = self.plot.getPlotItem().vb
        if self.image_item is None or not vb.sceneBoundingRect().contains(scene_pos):
            return
        p = vb.mapSceneToView(scene_pos)
        r, c = int(p.y()), int(p.x())
        if 0 <= r < self.values.shape[0] and 0 <= c < self.values.shape[1]:
            v = self.values[r, c]
            if np.isnan(v):
                what = self.tr("not assessed")
            else:
                what = self.tr("risk {risk:.1f}, level {level}").format(risk=v, level=level_label(self.levels[r][c]))
            text = f"{self.row_labels[r]}\n{self.column_labels[c]}: {what}"
            self.plot.setToolTip(text)
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos)), text, self.plot)


def _band(value: float) -> str | None:
    """The level a risk alone reaches at impact 3 (likelihood bands of 20), for data without levels."""
    if np.isnan(value):
        return None
    from desktop_app.core.scoring import level_for, likelihood_for

    return level_for(likelihood_for(float(value)), 3)


def _text_on(colour: str) -> str:
    from desktop_app.gui.models.row_table import text_on

    return text_on(colour)


def _short(label: str, limit: int = 38) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
