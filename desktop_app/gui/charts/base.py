"""What every chart shares: a pyqtgraph plot that follows the widget palette and exports itself."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QFont, QImage, QImageWriter, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QToolButton, QVBoxLayout, QWidget

#: the one colour scale of the app: a level's colour, in every chart, table and badge. Four colours of the
#: Okabe-Ito palette (M. Okabe and K. Ito, "Color Universal Design", 2008, jfly.uni-koeln.de/color/),
#: chosen to stay distinct with protanopia, deuteranopia and tritanopia; ordered from bluish green to
#: vermillion so they also read as an order, and always shown with the level's name beside them.
LEVEL_COLOURS = {
    "low": "#009e73",
    "medium": "#f0e442",
    "high": "#e69f00",
    "critical": "#d55e00",
}
#: better / worse in deltas: the ends of the same scale
IMPROVED_COLOUR = LEVEL_COLOURS["low"]
WORSE_COLOUR = LEVEL_COLOURS["critical"]
NOT_ASSESSED_COLOUR = "#8a8a8a"
#: series colours: today / first, then comparison / projection
SERIES_COLOURS = ("#1f6fd1", "#d1495b", "#2a9d8f", "#8e44ad", "#e9a23b")


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level or "", NOT_ASSESSED_COLOUR)


class ChartWidget(QWidget):
    """A QWidget holding one :class:`pyqtgraph.PlotWidget`, with "Export as PNG/SVG" in its menu."""

    #: used in the export dialog's file name
    export_name = "chart"

    def __init__(self, parent: QWidget | None = None) -> None:
        #: text size factor (presentation mode on a projector: larger)
        self.font_scale = 1.0
        super().__init__(parent)
        # no pyqtgraph context menu (the chart has its own, below): made without it, not made and then
        # dropped (2 ms per chart; six charts are built at start)
        self.plot = pg.PlotWidget(parent=self, enableMenu=False)
        self.plot.hideButtons()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.plot, 1)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.plot.customContextMenuRequested.connect(self._show_menu)
        self.export_png_action = QAction(self.tr("Export chart as PNG…"), self)
        self.export_svg_action = QAction(self.tr("Export chart as SVG…"), self)
        self.export_png_action.triggered.connect(lambda: self._ask_export("png"))
        self.export_svg_action.triggered.connect(lambda: self._ask_export("svg"))
        self._apply_palette()

    # -- palette ---------------------------------------------------------------------------
    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def grid_colour(self) -> QColor:
        c = QColor(self.text_colour())
        c.setAlpha(255 if self.high_contrast() else 70)  # high contrast: solid grid lines
        return c

    def high_contrast(self) -> bool:
        """The high-contrast theme is on (set by ``gui/theme.py`` as an application property)."""
        app = QApplication.instance()
        return bool(app is not None and app.property("readinessHighContrast"))

    def pen_width(self, width: float) -> float:
        """A pen's width, doubled in the high-contrast theme."""
        return width * 2.0 if self.high_contrast() else width

    def background_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Base)

    def _apply_palette(self) -> None:
        self.plot.setBackground(self.background_colour())
        tick_font = QFont()
        tick_font.setPointSizeF(self.point_size(9.0))
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(self.grid_colour()))
            axis.setTextPen(pg.mkPen(self.text_colour()))
            axis.setTickFont(tick_font)
            axis.label.setFont(tick_font)

    # -- type size -------------------------------------------------------------------------
    def point_size(self, points: float) -> float:
        """``points`` scaled for the current mode (what every text item in a chart is drawn at)."""
        return points * self.font_scale

    def set_font_scale(self, factor: float) -> None:
        """Scale every text in the chart (axis ticks, labels, values): 1.0 normal, larger on a projector."""
        if factor != self.font_scale:
            self.font_scale = factor
            self._apply_palette()
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            self.redraw()
        super().changeEvent(event)

    def redraw(self) -> None:
        """Draw again from the current data (after a palette or mode change)."""

    def set_theme_changed(self) -> None:
        """The theme (high contrast on or off) changed: new colours and pens."""
        self._apply_palette()
        self.redraw()

    # -- export ----------------------------------------------------------------------------
    def export_image(self, path: str | Path) -> Path:
        """Write the chart (with its legend) to ``path``: SVG if it ends in ``.svg``, else PNG at 2x.

        pyqtgraph 0.14's SVGExporter cannot parse the path data Qt 6.11 writes (it raises
        ``ValueError`` on every plot), so the widget is painted straight onto a QSvgGenerator instead.
        """
        path = Path(path)
        size = self.size()
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(self.export_name)
            painter = QPainter(generator)
            self.render(painter, QPoint(0, 0))
            painter.end()
        else:
            scale = 2
            image = QImage(size * scale, QImage.Format.Format_ARGB32)
            image.fill(self.background_colour())
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(scale, scale)
            self.render(painter, QPoint(0, 0))
            painter.end()
            writer = QImageWriter(str(path), QByteArray(b"PNG"))
            if not writer.write(image):
                raise OSError(self.tr("Could not write the image {path}.").format(path=path))
        return path

    def _ask_export(self, kind: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{self.export_name}.{kind}", filters[kind]
        )
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.export_image(path)

    def export_button(self, parent: QWidget | None = None) -> QToolButton:
        """A small "Export" button with the PNG and SVG actions, for a view to place near the chart."""
        button = QToolButton(parent or self)
        button.setText(self.tr("Export"))
        button.setToolTip(self.tr("Save this chart as a PNG image or an SVG drawing"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction(self.export_png_action)
        menu.addAction(self.export_svg_action)
        button.setMenu(menu)
        button.setAutoRaise(True)
        return button

    def _show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.export_png_action)
        menu.addAction(self.export_svg_action)
        sender = self.sender()
        widget = sender if isinstance(sender, QWidget) else self
        menu.exec(widget.mapToGlobal(pos))
