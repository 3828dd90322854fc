"""A radar (spider) chart of the six challenges, drawn with plain pyqtgraph items.

pyqtgraph has no polar plot, so the chart draws rings, spokes and labels itself on a locked-aspect
plot with hidden axes. Values are **risk** 0-100 per axis (``None`` = not assessed). In ``"risk"``
mode they are drawn as given; in ``"readiness"`` mode the chart draws ``100 - risk``, so a view can
toggle the mode without feeding the data again.

Tests read the drawn values back from the items: ``chart.series_items[name].getData()`` gives the
polygon's x/y (closed, NaN where an axis is not assessed) and :meth:`RadarChart.drawn_values` turns
them back into 0-100 values per axis.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.gui.charts.base import NOT_ASSESSED_COLOUR, ChartWidget

MODES = ("risk", "readiness")
RINGS = (20, 40, 60, 80, 100)
Series = tuple[str, list[float | None], str]


class RadarChart(ChartWidget):
    """Radar of per-challenge values; several series overlay (today vs projected, old vs new)."""

    export_name = "radar"
    #: the index of the axis whose point was clicked
    axis_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        self.compact = compact
        self._labels: list[str] = []
        self._short_labels: list[str] = []
        self._series: list[Series] = []
        self._mode = "risk"
        self._label_scale = 1.0
        #: name -> outline item (closed polygon, NaN gaps); the values the chart shows
        self.series_items: dict[str, pg.PlotDataItem] = {}
        #: name -> filled polygon over the assessed axes only
        self.fill_items: dict[str, pg.PlotDataItem] = {}
        #: name -> hoverable points with tooltips
        self.point_items: dict[str, pg.ScatterPlotItem] = {}
        #: name -> the axes that series has not assessed (drawn as a dashed grey spoke, no marker)
        self.missing_axes: dict[str, list[int]] = {}
        self.label_items: list[pg.TextItem] = []
        #: the rings and solid spokes, then (when an axis is not assessed) the dashed spokes
        self.grid_items: list[pg.PlotDataItem] = []
        #: the key of the rings, spokes and labels on the plot (see ``_frame_key``)
        self._drawn_frame: tuple[object, ...] | None = None
        super().__init__(parent)
        plot_item = self.plot.getPlotItem()
        plot_item.hideAxis("left")
        plot_item.hideAxis("bottom")
        plot_item.setAspectLocked(True)
        plot_item.setMouseEnabled(False, False)
        plot_item.vb.disableAutoRange()
        plot_item.vb.sigResized.connect(self._fit_range)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.legend)
        self.legend.setVisible(not compact)
        if compact:
            self.setMinimumSize(180, 170)
        else:
            self.setMinimumSize(320, 300)
        self.redraw()

    # -- public API ------------------------------------------------------------------------
    def set_axes(self, labels: list[str], short_labels: list[str] | None = None) -> None:
        """Axis names, clockwise from the top. ``short_labels`` are used in compact mode (default: the
        first word of each label); the full name is always in the hover tooltip."""
        self._labels = list(labels)
        self._short_labels = list(short_labels) if short_labels else [_first_word(label) for label in labels]
        self.redraw()

    def set_series(self, series: list[Series]) -> None:
        """``[(name, risk values 0-100 or None per axis, "#rrggbb"), ...]``; the first is drawn on top."""
        new = [(name, list(values), colour) for name, values, colour in series]
        if new == self._series:
            return  # a note or confidence edit leaves the scores as they were: nothing to redraw
        same_shape = self._same_shape(new)
        self._series = new
        if same_shape:
            self._update_series()  # after an answer: move the polygons, keep rings, spokes and labels
        else:
            self.redraw()

    def _layout_of(self, series: list[Series]) -> tuple[object, ...]:
        """What the grid, labels and item set depend on: names, colours, the axes not assessed, the fills."""
        n = len(self._labels)
        out: list[object] = []
        for name, values, colour in series:
            missing = tuple(i for i in range(n) if self._value(values, i) is None)
            out.append((name, colour, missing, n - len(missing) >= 3))
        return tuple(out)

    def _same_shape(self, new: list[Series]) -> bool:
        return (
            len(self._labels) >= 3
            and bool(self._series)
            and set(self.series_items) == {name for name, _v, _c in self._series}
            and self._layout_of(new) == self._layout_of(self._series)
        )

    def _update_series(self) -> None:
        """Give the existing items the new values (a full redraw rebuilds some 25 items: about 30 ms)."""
        n = len(self._labels)
        angles = [self._angle(i, n) for i in range(n)]
        for name, values, colour in self._series:
            shown, xs, ys = self._points(values, angles)
            finite = ~np.isnan(xs)
            self.series_items[name].setData(np.append(xs, xs[0]), np.append(ys, ys[0]), connect="finite")
            fill = self.fill_items.get(name)
            if fill is not None:
                fx, fy = xs[finite], ys[finite]
                fill.setData(np.append(fx, fx[0]), np.append(fy, fy[0]))
            self.point_items[name].setData(
                x=xs[finite], y=ys[finite], data=self._tips(name, shown), **self._point_style(QColor(colour))
            )

    def set_label_scale(self, factor: float) -> None:
        """Scale the axis labels (presentation mode on a projector)."""
        if factor != self._label_scale:
            self._label_scale = factor
            self.redraw()

    def set_font_scale(self, factor: float) -> None:
        """Scale every text of the radar, its axis labels and legend included."""
        self._label_scale = factor
        super().set_font_scale(factor)
        font = self.legend.font()
        font.setPointSizeF(9.0 * factor)
        self.legend.setFont(font)

    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
        if mode != self._mode:
            self._mode = mode
            self.redraw()

    def set_mode(self, mode: str) -> None:
        self.mode = mode

    def drawn_values(self, name: str) -> list[float | None]:
        """The 0-100 value drawn on each axis for series ``name``, read back from its plot item."""
        x, y = self.series_items[name].getData()
        n = len(self._labels)
        out: list[float | None] = []
        for i in range(n):
            if x is None or math.isnan(x[i]):
                out.append(None)
            else:
                out.append(round(math.hypot(x[i], y[i]) * 100.0, 6))
        return out

    # -- drawing ---------------------------------------------------------------------------
    def _angle(self, i: int, n: int) -> float:
        # first axis at the top, clockwise
        return math.pi / 2 - 2 * math.pi * i / n

    def _shown(self, value: float | None) -> float | None:
        if value is None:
            return None
        value = max(0.0, min(100.0, float(value)))
        return 100.0 - value if self._mode == "readiness" else value

    def _frame_key(self, missing_first: set[int], missing_any: set[int]) -> tuple[object, ...]:
        """What the rings, spokes and labels depend on; the series do not change them otherwise."""
        return (
            tuple(self._labels), tuple(self._short_labels), self.compact, self._label_scale,
            tuple(sorted(missing_first)), tuple(sorted(missing_any)),
            self.grid_colour().rgba(), self.text_colour().rgba(), self.point_size(8), self.tr("(not assessed)"),
        )  # fmt: skip

    def _clear_series(self, plot_item: pg.PlotItem) -> None:
        for items in (self.series_items, self.fill_items, self.point_items):
            for item in items.values():
                plot_item.removeItem(item)
            items.clear()

    def redraw(self) -> None:
        plot_item = self.plot.getPlotItem()
        self.missing_axes.clear()
        n = len(self._labels)
        if n < 3:
            plot_item.clear()
            self.series_items.clear()
            self.fill_items.clear()
            self.point_items.clear()
            self.label_items = []
            self._drawn_frame = None
            self._update_legend()
            return
        angles = [self._angle(i, n) for i in range(n)]
        missing_first = {i for i in range(n) if self._series and self._value(self._series[0][1], i) is None}
        missing_any = {i for i in range(n) for _name, values, _c in self._series if self._value(values, i) is None}
        key = self._frame_key(missing_first, missing_any)
        if key == self._drawn_frame:
            self._clear_series(plot_item)  # the rings, spokes and labels drawn already fit (first answers, a file)
        else:
            plot_item.clear()
            self.series_items.clear()
            self.fill_items.clear()
            self.point_items.clear()
            self.label_items = []
            self._draw_grid(plot_item, angles, missing_any)
            self._label_margins = self._draw_labels(plot_item, angles, missing_first)
            self._drawn_frame = key
            self._fit_range()
        # series (the first on top)
        for z, series in enumerate(reversed(self._series)):
            self._draw_series(plot_item, series, angles, z)
        self._update_legend()

    @staticmethod
    def _value(values: list[float | None], i: int) -> float | None:
        return values[i] if i < len(values) else None

    def _draw_grid(self, plot_item: pg.PlotItem, angles: list[float], missing: set[int]) -> None:
        """The rings and the spokes: one item per pen, the lines apart where NaN breaks them (eleven
        items cost a start-up some 20 ms per radar; see docs/performance.md)."""
        grid = pg.mkPen(self.grid_colour(), width=self.pen_width(1))
        xs: list[float] = []
        ys: list[float] = []
        for ring in RINGS:
            r = ring / 100.0
            xs += [r * math.cos(a) for a in [*angles, angles[0]]] + [math.nan]
            ys += [r * math.sin(a) for a in [*angles, angles[0]]] + [math.nan]
        # a spoke not assessed (in any series) is dashed and neutral: no value is claimed on it
        dashed_xs: list[float] = []
        dashed_ys: list[float] = []
        for i, a in enumerate(angles):
            into_x, into_y = (dashed_xs, dashed_ys) if i in missing else (xs, ys)
            into_x += [0.0, math.cos(a), math.nan]
            into_y += [0.0, math.sin(a), math.nan]
        self.grid_items = [pg.PlotDataItem(xs, ys, pen=grid, connect="finite")]
        if dashed_xs:
            dashed = pg.mkPen(NOT_ASSESSED_COLOUR, width=self.pen_width(1.2), style=Qt.PenStyle.DashLine)
            self.grid_items.append(pg.PlotDataItem(dashed_xs, dashed_ys, pen=dashed, connect="finite"))
        for item in self.grid_items:
            plot_item.addItem(item)
        if not self.compact:  # ring values along the first spoke
            small = QFont()
            small.setPointSizeF(self.point_size(8))
            for ring in RINGS:
                t = pg.TextItem(str(ring), color=QColor(self.grid_colour().rgb()), anchor=(1.1, 0.5))
                t.setFont(small)
                t.setPos(0, ring / 100.0)
                plot_item.addItem(t)

    def _draw_labels(
        self, plot_item: pg.PlotItem, angles: list[float], missing: set[int]
    ) -> tuple[float, float, float, float]:
        """Axis labels around the ring; returns how far they reach beyond it (left, right, top, bottom px)."""
        label_font = QFont()
        label_font.setPointSizeF((7.5 if self.compact else 9.5) * self._label_scale)
        names = self._short_labels if self.compact else self._labels
        width = 12 if self.compact else 18
        metrics = QFontMetrics(label_font)
        reach = {"left": 0.0, "right": 0.0, "top": 0.0, "bottom": 0.0}
        for i, (name, a) in enumerate(zip(names, angles, strict=True)):
            c, s = math.cos(a), math.sin(a)
            anchor = (0.5 - 0.5 * _sign(c), 0.5 + 0.5 * _sign(s))
            wrapped = "\n".join(textwrap.wrap(name, width, break_long_words=False)) or name
            colour: QColor | str = self.text_colour()
            if i in missing:
                wrapped += "\n" + self.tr("(not assessed)")
                colour = NOT_ASSESSED_COLOUR
            item = pg.TextItem(wrapped, color=colour, anchor=anchor)
            item.setFont(label_font)
            item.setPos(1.06 * c, 1.06 * s)
            plot_item.addItem(item)
            self.label_items.append(item)
            lines = wrapped.split("\n")
            w = max(metrics.horizontalAdvance(line) for line in lines) + 10.0
            h = metrics.lineSpacing() * len(lines) + 8.0
            _reach(reach, ("right", "left"), _sign(c), w)
            _reach(reach, ("top", "bottom"), _sign(s), h)
        # diagonal labels sit beside the ring rather than above it: they need little vertical room
        return (reach["left"], reach["right"], reach["top"] * 0.9, reach["bottom"] * 0.9)

    def _fit_range(self) -> None:
        """Scale so the labels (fixed pixel size) fit around the ring at any widget size."""
        vb = self.plot.getPlotItem().vb
        rect = vb.boundingRect()
        width, height = max(rect.width(), 60.0), max(rect.height(), 60.0)
        left, right, top, bottom = getattr(self, "_label_margins", (0.0, 0.0, 0.0, 0.0))
        reach = 1.06
        radius = max(15.0, min((width - left - right) / (2 * reach), (height - top - bottom) / (2 * reach)))
        slack_x = width - (2 * reach * radius + left + right)
        slack_y = height - (2 * reach * radius + top + bottom)
        x0 = -(reach * radius + left + slack_x / 2) / radius
        y0 = -(reach * radius + bottom + slack_y / 2) / radius
        vb.setRange(xRange=(x0, x0 + width / radius), yRange=(y0, y0 + height / radius), padding=0)

    def _draw_series(self, plot_item: pg.PlotItem, series: Series, angles: list[float], z: int) -> None:
        name, values, colour = series
        shown, xs, ys = self._points(values, angles)
        closed_x = np.append(xs, xs[0])
        closed_y = np.append(ys, ys[0])
        base = QColor(colour)
        fill = QColor(base)
        fill.setAlpha(60)
        finite = ~np.isnan(xs)
        if finite.sum() >= 3:
            fx, fy = xs[finite], ys[finite]
            fill_item = pg.PlotDataItem(
                np.append(fx, fx[0]), np.append(fy, fy[0]), pen=None, fillLevel="enclosed", brush=pg.mkBrush(fill)
            )
            fill_item.setZValue(10 + z)
            plot_item.addItem(fill_item)
            self.fill_items[name] = fill_item
        outline = pg.PlotDataItem(
            closed_x, closed_y, pen=pg.mkPen(base, width=self.pen_width(1.5 if self.compact else 2.2))
        )
        outline.setData(closed_x, closed_y, connect="finite")
        outline.setZValue(20 + z)
        plot_item.addItem(outline)
        self.series_items[name] = outline
        points = pg.ScatterPlotItem(
            x=xs[finite],
            y=ys[finite],
            data=self._tips(name, shown),
            **self._point_style(base),
            hoverable=True,
            hoverSize=12,
            tip=lambda x, y, data: data[1],
        )
        points.sigClicked.connect(self._point_clicked)
        points.setZValue(30 + z)
        plot_item.addItem(points)
        self.point_items[name] = points
        missing = [i for i, v in enumerate(shown) if v is None]
        if missing:
            self.missing_axes[name] = missing

    def _points(self, values: list[float | None], angles: list[float]) -> tuple[list[float | None], Any, Any]:
        """The values as drawn (mode applied) and their x, y (NaN where an axis is not assessed)."""
        n = len(angles)
        shown = [self._shown(values[i] if i < len(values) else None) for i in range(n)]
        xs = np.array([np.nan if v is None else v / 100.0 * math.cos(a) for v, a in zip(shown, angles, strict=True)])
        ys = np.array([np.nan if v is None else v / 100.0 * math.sin(a) for v, a in zip(shown, angles, strict=True)])
        return shown, xs, ys

    def _point_style(self, colour: QColor) -> dict[str, Any]:
        return {
            "size": 5 if self.compact else 8,
            "brush": pg.mkBrush(colour),
            "pen": pg.mkPen(self.background_colour(), width=1),
        }

    def _tips(self, name: str, shown: list[float | None]) -> list[tuple[int, str]]:
        if self._mode == "readiness":
            tip = self.tr("{series}\n{axis}: Readiness {value} / 100")
        else:
            tip = self.tr("{series}\n{axis}: Risk {value} / 100")
        return [
            (i, tip.format(series=name, axis=label, value=f"{v:.0f}"))
            for i, (label, v) in enumerate(zip(self._labels, shown, strict=True))
            if v is not None
        ]

    def _point_clicked(self, _item: object, spots: Sequence[Any], _event: object = None) -> None:
        if len(spots):
            self.axis_clicked.emit(int(spots[0].data()[0]))

    def _update_legend(self) -> None:
        if self.compact:
            return
        parts = [
            f'<span style="color:{colour}; font-size:14pt;">■</span>&nbsp;{_escape(name)}'
            for name, _values, colour in self._series
        ]
        hint = self.tr("outer ring = readiness 100") if self._mode == "readiness" else self.tr("outer ring = risk 100")
        if any(None in values for _n, values, _c in self._series):
            hint += f'; <span style="color:{NOT_ASSESSED_COLOUR};">- - -</span> ' + self.tr("not assessed")
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts) + f"<br><small>{hint}</small>")


def _reach(reach: dict[str, float], sides: tuple[str, str], sign: int, size: float) -> None:
    """Widen ``reach`` on the side a label sticks out (both halves when it is centred on the axis)."""
    if sign > 0:
        reach[sides[0]] = max(reach[sides[0]], size)
    elif sign < 0:
        reach[sides[1]] = max(reach[sides[1]], size)
    else:
        reach[sides[0]] = max(reach[sides[0]], size / 2)
        reach[sides[1]] = max(reach[sides[1]], size / 2)


def _sign(v: float, eps: float = 1e-6) -> int:
    return 0 if abs(v) < eps else (1 if v > 0 else -1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _first_word(label: str) -> str:
    return label.split(maxsplit=1)[0] if label.split() else label


#: compact axis names per challenge id, for small charts (the full title stays in the tooltip)
#: (marked for the catalogue in context "Labels"; show them through short_challenge_label)
SHORT_CHALLENGE_LABELS: dict[str, str] = {
    "data": str(QT_TRANSLATE_NOOP("Labels", "Data")),
    "compute": str(QT_TRANSLATE_NOOP("Labels", "Compute")),
    "interpretability": str(QT_TRANSLATE_NOOP("Labels", "Interpretability")),
    "ethics_legal": str(QT_TRANSLATE_NOOP("Labels", "Ethics & legal")),
    "integration": str(QT_TRANSLATE_NOOP("Labels", "Integration")),
    "security_privacy": str(QT_TRANSLATE_NOOP("Labels", "Security")),
}


def short_challenge_label(challenge_id: str, fallback: str = "") -> str:
    """A challenge's compact name in the user's language (``fallback``, else the id, when unknown)."""
    short = SHORT_CHALLENGE_LABELS.get(challenge_id)
    return QCoreApplication.translate("Labels", short) if short else (fallback or challenge_id)


class _Titled(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def title(self) -> str: ...


def challenge_axes(challenges: Iterable[_Titled]) -> tuple[list[str], list[str]]:
    """(titles, short titles) for objects with ``id`` and ``title`` (bank or profile challenges)."""
    challenges = list(challenges)
    titles = [c.title for c in challenges]
    shorts = [short_challenge_label(c.id, _first_word(c.title)) for c in challenges]
    return titles, shorts
