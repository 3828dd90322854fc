"""Horizontal bars, one per sub-challenge, coloured by level; not-assessed rows are marked, not zero."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.gui.charts.base import NOT_ASSESSED_COLOUR, ChartWidget, level_colour
from desktop_app.gui.models.labels import level_label


@dataclass(frozen=True)
class Bar:
    key: str  # e.g. "data.collection"
    label: str  # e.g. "Data · Collection"
    value: float | None  # 0-100, None = not assessed
    level: str | None
    group: str = ""  # challenge id, for clicks


class LevelBarChart(ChartWidget):
    """Bars from top to bottom in the order given. ``bar_item.opts["width"]`` holds the drawn values
    (0 for not assessed) and :attr:`bars` the full data."""

    export_name = "subchallenge-bars"
    #: the challenge id of a clicked bar
    group_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, value_name: str = "") -> None:
        self.bars: list[Bar] = []
        self.value_name = value_name or QCoreApplication.translate("LevelBarChart", "Risk")
        self.bar_item: pg.BarGraphItem | None = None
        self.value_labels: list[pg.TextItem] = []
        super().__init__(parent)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(False, False)
        item.hideButtons()
        item.getAxis("bottom").setLabel(self.tr("{value} (0-100)").format(value=self.value_name))
        item.showGrid(x=True, y=False, alpha=0.25)
        item.getAxis("bottom").setTicks([[(float(v), str(v)) for v in range(0, 101, 20)], []])
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.setMinimumHeight(260)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.redraw()

    def values(self) -> list[float | None]:
        """The drawn bar lengths, read back from the bar item (None where a row is not assessed)."""
        if self.bar_item is None:
            return []
        widths = list(self.bar_item.opts["width"])
        return [None if b.value is None else float(w) for b, w in zip(self.bars, widths, strict=True)]

    def redraw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.value_labels = []
        self.bar_item = None
        n = len(self.bars)
        if not n:
            return
        ys = np.arange(n)[::-1].astype(float)  # first bar at the top
        widths = [0.0 if b.value is None else max(0.0, min(100.0, b.value)) for b in self.bars]
        brushes = [pg.mkBrush(level_colour(b.level)) for b in self.bars]
        pens = [pg.mkPen(QColor(level_colour(b.level)).darker(130), width=self.pen_width(1)) for b in self.bars]
        self.bar_item = pg.BarGraphItem(x0=np.zeros(n), y=ys, height=0.68, width=widths, brushes=brushes, pens=pens)
        item.addItem(self.bar_item)
        small = QFont()
        small.setPointSizeF(self.point_size(8.5))
        for b, y, w in zip(self.bars, ys, widths, strict=True):
            if b.value is None:
                text, colour = self.tr("not assessed"), QColor(NOT_ASSESSED_COLOUR)
            else:
                level = level_label(b.level) if b.level else ""
                text, colour = f"{b.value:.0f} · {level}", self.text_colour()
            label = pg.TextItem(text, color=colour, anchor=(0, 0.5))
            label.setFont(small)
            label.setPos(w + 1.5, y)
            item.addItem(label)
            self.value_labels.append(label)
        axis = item.getAxis("left")
        axis.setTicks([[(float(y), b.label) for b, y in zip(self.bars, ys, strict=True)]])
        item.setXRange(0, 118, padding=0)
        item.setYRange(-0.6, n - 0.4, padding=0)
        self.setMinimumHeight(max(260, 22 * n + 60))

    def _index_at(self, scene_pos: QPointF) -> int | None:
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(scene_pos) or not self.bars:
            return None
        p = vb.mapSceneToView(scene_pos)
        row = round(p.y())
        if 0 <= row < len(self.bars) and abs(p.y() - row) <= 0.4:
            return int(len(self.bars) - 1 - row)
        return None

    def _hover(self, scene_pos: QPointF) -> None:
        i = self._index_at(scene_pos)
        if i is None:
            self.plot.setToolTip("")
            return
        b = self.bars[i]
        if b.value is None:
            text = self.tr("{bar}: not assessed").format(bar=b.label)
        else:
            text = self.tr("{bar}\n{value_name} {value} / 100 · level {level}").format(
                bar=b.label,
                value_name=self.value_name,
                value=f"{b.value:.1f}",
                level=level_label(b.level) if b.level else "-",
            )
        self.plot.setToolTip(text)
        QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos)), text, self.plot)

    def _clicked(self, event: Any) -> None:
        i = self._index_at(event.scenePos())
        if i is not None and self.bars[i].group:
            self.group_clicked.emit(self.bars[i].group)
