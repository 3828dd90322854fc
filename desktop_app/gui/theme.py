"""Colours and type that work on a light or a dark palette, on a laptop and on a projector.

Level badges are solid chips with a text colour picked for contrast, so they read the same on any
palette; everything else takes its colours from the system palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.scoring import DECISION_LABELS, LEVEL_LABELS
from desktop_app.gui.charts.base import LEVEL_COLOURS, NOT_ASSESSED_COLOUR

DECISION_COLOURS = {
    "ready": LEVEL_COLOURS["low"],
    "ready_with_conditions": LEVEL_COLOURS["medium"],
    "pilot_only": LEVEL_COLOURS["high"],
    "not_ready": LEVEL_COLOURS["critical"],
}
#: the radar's "today" series colour
SERIES_COLOUR = "#1f6fd1"
#: how much larger everything is in presentation mode
PRESENTATION_SCALE = 1.9


def level_colour(level: str | None) -> str:
    return LEVEL_COLOURS.get(level or "", NOT_ASSESSED_COLOUR)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""
    c = QColor(background)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    return "#000000" if (lum + 0.05) / 0.05 > 1.05 / (lum + 0.05) else "#ffffff"


def level_label(level: str | None) -> str:
    return LEVEL_LABELS.get(level or "", "Not assessed")


def decision_label(decision: str | None) -> str:
    return DECISION_LABELS.get(decision or "", "Not scored yet")


def badge_style(colour: str, radius: int = 4, padding: str = "2px 8px") -> str:
    return f"background-color: {colour}; color: {text_on(colour)}; border-radius: {radius}px; padding: {padding};"


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def scaled_font(base: QFont, factor: float, bold: bool | None = None) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    if bold is not None:
        font.setBold(bold)
    return font
