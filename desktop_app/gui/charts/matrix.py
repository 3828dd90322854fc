"""The likelihood x impact matrix (5 x 5, coloured by level) with the challenges placed in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QWidget

from desktop_app.core.scoring import level_for
from desktop_app.gui.charts.base import SERIES_COLOURS, ChartWidget, level_colour
from desktop_app.gui.models.labels import level_label


@dataclass(frozen=True)
class MatrixPoint:
    id: str
    label: str  # short name drawn next to the marker
    title: str  # full name, in the tooltip
    likelihood: int | None  # None = not assessed (listed under the chart)
    impact: int
    risk: float | None
    level: str | None


class RiskMatrixChart(ChartWidget):
    """Cells coloured by the level of likelihood x impact; each challenge a numbered marker.

    ``point_item.data`` gives each marker's ``(x, y)`` and ``point_positions()`` maps challenge id to
    its (likelihood, impact) as drawn. Several challenges in one cell are spread out inside it.
    """

    export_name = "risk-matrix"
    challenge_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.points: list[MatrixPoint] = []
        self.point_item: pg.ScatterPlotItem | None = None
        self.cell_items: list[QGraphicsRectItem] = []
        super().__init__(parent)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(False, False)
        item.setAspectLocked(True)
        item.getAxis("bottom").setLabel(self.tr("Likelihood (from the risk)"))
        item.getAxis("left").setLabel(self.tr("Impact (from the context)"))
        for name in ("bottom", "left"):
            item.getAxis(name).setTicks([[(float(v), str(v)) for v in range(1, 6)]])
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.caption)
        self.setMinimumSize(300, 300)
        self.redraw()

    def set_points(self, points: list[MatrixPoint]) -> None:
        self.points = list(points)
        self.redraw()

    def point_positions(self) -> dict[str, tuple[int, int]]:
        """Challenge id -> (likelihood, impact) cell of its marker, read back from the scatter item."""
        if self.point_item is None:
            return {}
        out = {}
        for spot in self.point_item.points():
            pos = spot.pos()
            out[spot.data()[0]] = (round(pos.x()), round(pos.y()))
        return out

    def redraw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.cell_items = []
        self.point_item = None
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                level = level_for(likelihood, impact)
                colour = QColor(level_colour(level))
                colour.setAlpha(95)
                rect = QGraphicsRectItem(QRectF(likelihood - 0.5, impact - 0.5, 1.0, 1.0))
                rect.setBrush(pg.mkBrush(colour))
                rect.setPen(pg.mkPen(self.background_colour(), width=2))
                rect.setToolTip(
                    self.tr("Likelihood {likelihood} x impact {impact} = {product}: {level}").format(
                        likelihood=likelihood, impact=impact, product=likelihood * impact, level=level_label(level)
                    )
                )
                item.addItem(rect)
                self.cell_items.append(rect)
        placed = [p for p in self.points if p.likelihood is not None]
        by_cell: dict[tuple[int, int], list[MatrixPoint]] = {}
        for p in placed:
            by_cell.setdefault((p.likelihood or 1, p.impact), []).append(p)
        xs, ys, data, brushes = [], [], [], []
        font = QFont()
        font.setPointSizeF(self.point_size(8.5))
        font.setBold(True)
        offsets: dict[int, list[tuple[float, float]]] = {
            1: [(0, 0)],
            2: [(-0.22, 0), (0.22, 0)],
            3: [(-0.25, 0.2), (0.25, 0.2), (0, -0.22)],
        }
        for (likelihood, impact), group in by_cell.items():
            spots = offsets.get(len(group)) or [(-0.22 + 0.44 * (i % 2), 0.3 - 0.3 * (i // 2)) for i in range(6)]
            for p, (dx, dy) in zip(group, spots, strict=False):
                x, y = likelihood + dx, impact + dy
                xs.append(x)
                ys.append(y)
                index = [q.id for q in self.points].index(p.id)
                brushes.append(pg.mkBrush(SERIES_COLOURS[0]))
                tip = self.tr("{title}\nrisk {risk} · likelihood {likelihood} x impact {impact} = {product}: {level}")
                data.append(
                    (
                        p.id,
                        tip.format(
                            title=p.title,
                            risk=f"{p.risk:.1f}",
                            likelihood=likelihood,
                            impact=impact,
                            product=likelihood * impact,
                            level=level_label(p.level) if p.level else "-",
                        ),
                    )
                )
                number = pg.TextItem(str(index + 1), color="#ffffff", anchor=(0.5, 0.5))
                number.setFont(font)
                number.setPos(x, y)
                number.setZValue(30)
                item.addItem(number)
        if xs:
            self.point_item = pg.ScatterPlotItem(
                x=xs,
                y=ys,
                data=data,
                size=20 if max((len(g) for g in by_cell.values()), default=1) <= 3 else 16,
                brush=brushes,
                pen=pg.mkPen("#ffffff", width=1.5),
                hoverable=True,
                hoverSize=24,
                tip=lambda x, y, data: data[1],
            )
            self.point_item.setZValue(20)
            self.point_item.sigClicked.connect(self._clicked)
            item.addItem(self.point_item)
        item.setXRange(0.5, 5.5, padding=0.02)
        item.setYRange(0.5, 5.5, padding=0.02)
        missing = [p.title for p in self.points if p.likelihood is None]
        legend = " · ".join(f"<b>{i + 1}</b> {p.label}" for i, p in enumerate(self.points) if p.likelihood is not None)
        caption = legend
        if missing:
            not_placed = self.tr("Not assessed (not placed): {challenges}").format(challenges=", ".join(missing))
            caption += ("<br>" if caption else "") + not_placed
        self.caption.setText(caption)

    def _clicked(self, _item: object, spots: Sequence[Any], _event: object = None) -> None:
        if spots:
            self.challenge_clicked.emit(spots[0].data()[0])
