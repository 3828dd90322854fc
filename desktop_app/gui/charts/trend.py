"""Risk over time for one client: one line per challenge plus the overall risk, dates on the x axis."""

from __future__ import annotations

from datetime import date, datetime, time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from desktop_app.gui.charts.base import ChartWidget

TrendSeries = tuple[str, list[float | None], str]
#: at most this many dates are written under the axis (evenly chosen, first and last always)
MAX_DATE_TICKS = 8


class TrendChart(ChartWidget):
    """``series_items[name].getData()`` gives (timestamps, risks) as drawn (NaN = not assessed)."""

    export_name = "trend"

    def __init__(self, parent: QWidget | None = None) -> None:
        self.dates: list[date] = []
        self.series: list[TrendSeries] = []
        self.series_items: dict[str, pg.PlotDataItem] = {}
        self.date_axis = pg.DateAxisItem(orientation="bottom")
        super().__init__(parent)
        item = self.plot.getPlotItem()
        item.setAxisItems({"bottom": self.date_axis})
        item.getAxis("left").setLabel(self.tr("Risk (0-100)"))
        item.showGrid(x=False, y=True, alpha=0.25)
        item.getAxis("left").setTicks([[(float(v), str(v)) for v in range(0, 101, 20)], []])
        item.setMouseEnabled(False, False)
        veil = self.background_colour()
        veil.setAlpha(215)
        self.legend = item.addLegend(offset=(10, 5), labelTextColor=self.text_colour(), brush=pg.mkBrush(veil))
        self._apply_palette()
        self.setMinimumSize(360, 260)

    def set_data(self, dates: list[date], series: list[TrendSeries]) -> None:
        self.dates = list(dates)
        self.series = [(n, list(v), c) for n, v, c in series]
        self.redraw()

    def redraw(self) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        if getattr(self, "legend", None) is not None:
            self.legend.clear()
        self.series_items = {}
        xs = np.array([datetime.combine(d, time(12)).timestamp() for d in self.dates], dtype=float)
        for name, values, colour in self.series:
            ys = np.array([np.nan if v is None else float(v) for v in values], dtype=float)
            wide = name == "Overall"
            line = pg.PlotDataItem(
                xs, ys, pen=pg.mkPen(colour, width=self.pen_width(3.2 if wide else 1.8)), name=name, connect="finite"
            )
            item.addItem(line)
            finite = ~np.isnan(ys)
            tips = [
                self.tr("{series}\n{date}: risk {risk}").format(series=name, date=d.isoformat(), risk=f"{v:.1f}")
                for d, v in zip(self.dates, values, strict=True)
                if v is not None
            ]
            points = pg.ScatterPlotItem(
                x=xs[finite],
                y=ys[finite],
                data=tips,
                size=9 if wide else 7,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(self.background_colour()),
                hoverable=True,
                tip=lambda x, y, data: data,
            )
            item.addItem(points)
            self.series_items[name] = line
        item.setYRange(0, 100, padding=0.05)
        self._date_ticks(xs)
        if len(xs):
            span = max(xs.max() - xs.min(), 86400 * 30)
            item.setXRange(xs.min() - span * 0.08, xs.max() + span * 0.08, padding=0)

    def _date_ticks(self, xs: np.ndarray) -> None:
        """Write each assessment's date (ISO) under its point: automatic date ticks showed none for a
        range of a few months, and a trend is read by the workshops' dates."""
        if not len(self.dates):
            self.date_axis.setTicks(None)
            return
        unique = sorted(set(zip(xs.tolist(), self.dates, strict=True)))
        if len(unique) > MAX_DATE_TICKS:
            step = (len(unique) - 1) / (MAX_DATE_TICKS - 1)
            unique = [unique[round(i * step)] for i in range(MAX_DATE_TICKS)]
        self.date_axis.setTicks([[(x, d.isoformat()) for x, d in unique], []])
