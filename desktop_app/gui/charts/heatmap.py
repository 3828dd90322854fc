"""Heat map: rows are assessments, columns challenges, colour the risk (grey = not assessed)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.gui.charts.base import LEVEL_COLOURS, NOT_ASSESSED_COLOUR, ChartWidget

#: rows with numbers written in the cells up to this many rows
MAX_ANNOTATED_ROWS = 30
#: row labels on the axis up to this many rows
MAX_LABELLED_ROWS = 60


def risk_colormap() -> pg.ColorMap:
    return pg.ColorMap(
        [0.0, 0.3, 0.55, 0.8, 1.0],
        [LEVEL_COLOURS["low"], "#9ccc65", LEVEL_COLOURS["medium"], LEVEL_COLOURS["high"], LEVEL_COLOURS["critical"]],
    )


class HeatMapChart(ChartWidget):
    """``image_item.image`` holds the risks as drawn (rows x columns, NaN = not assessed)."""

    export_name = "heat-map"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.values = np.zeros((0, 0))
        self.row_labels: list[str] = []
        self.column_labels: list[str] = []
        self.image_item: pg.ImageItem | None = None
        super().__init__(parent)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(False, True)
        item.invertY(True)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.setMinimumSize(360, 240)

    def set_data(self, values, row_labels: list[str], column_labels: list[str]) -> None:
        """``values``: rows x columns of risk 0-100 (NaN or None = not assessed)."""
        arr = np.array(values, dtype=float).reshape(len(row_labels), len(column_labels))
        self.values = arr
        self.row_labels = list(row_labels)
        self.column_labels = list(column_labels)
        self.redraw()

    def redraw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.image_item = None
        rows, cols = self.values.shape if self.values.ndim == 2 else (0, 0)
        if not rows or not cols:
            return
        background = pg.ImageItem(np.zeros((cols, rows)), levels=(0, 1))
        background.setLookupTable(np.array([QColor(NOT_ASSESSED_COLOUR).getRgb()[:3]] * 2, dtype=np.uint8))
        background.setRect(QRectF(0, 0, cols, rows))
        item.addItem(background)
        # ImageItem is indexed [x, y]: transpose rows x columns; NaN cells stay transparent (grey below)
        self.image_item = pg.ImageItem(self.values.T.copy(), levels=(0, 100))
        self.image_item.setColorMap(risk_colormap())
        self.image_item.setRect(QRectF(0, 0, cols, rows))
        item.addItem(self.image_item)
        if rows <= MAX_ANNOTATED_ROWS:
            font = QFont()
            font.setPointSizeF(8)
            for r in range(rows):
                for c in range(cols):
                    v = self.values[r, c]
                    t = pg.TextItem("–" if np.isnan(v) else f"{v:.0f}", color="#000000", anchor=(0.5, 0.5))
                    t.setFont(font)
                    t.setPos(c + 0.5, r + 0.5)
                    item.addItem(t)
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

    def _hover(self, scene_pos: QPointF) -> None:
        vb = self.plot.getPlotItem().vb
        if self.image_item is None or not vb.sceneBoundingRect().contains(scene_pos):
            return
        p = vb.mapSceneToView(scene_pos)
        r, c = int(p.y()), int(p.x())
        if 0 <= r < self.values.shape[0] and 0 <= c < self.values.shape[1]:
            v = self.values[r, c]
            text = f"{self.row_labels[r]}\n{self.column_labels[c]}: " + (
                "not assessed" if np.isnan(v) else f"risk {v:.1f}"
            )
            self.plot.setToolTip(text)
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos)), text, self.plot)


def _short(label: str, limit: int = 38) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
