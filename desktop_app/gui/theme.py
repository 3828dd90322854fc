"""Colours and type that work on a light or a dark palette, on a laptop and on a projector.

Level badges are solid chips with a text colour picked for contrast, so they read the same on any
palette; everything else takes its colours from the system palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.scoring import DECISION_LABELS, LEVEL_LABELS
from desktop_app.gui.charts.base import LEVEL_COLOURS, NOT_ASSESSED_COLOUR, ChartWidget

DECISION_COLOURS = {
    "ready": LEVEL_COLOURS["low"],
    "ready_with_conditions": LEVEL_COLOURS["medium"],
    "pilot_only": LEVEL_COLOURS["high"],
    "not_ready": LEVEL_COLOURS["critical"],
}
#: the radar's "today" series colour
SERIES_COLOUR = "#1f6fd1"
#: how much larger everything is in presentation mode (on a 1080-line screen; see presentation_scale)
PRESENTATION_SCALE = 1.9
#: the smallest presentation factor, on a small screen
PRESENTATION_MIN_SCALE = 1.2
#: the screen height (logical pixels) at which presentation mode uses PRESENTATION_SCALE in full
FULL_HD_LINES = 1080


def presentation_scale(widget: QWidget | None = None) -> float:
    """The presentation factor for the screen ``widget`` is on: PRESENTATION_SCALE on a 1080-line
    screen, less on a smaller one (a 1280x720 projector, 150 % scaling), never below
    PRESENTATION_MIN_SCALE, so a view's parts still fit the screen."""
    screen = widget.screen() if widget is not None else QApplication.primaryScreen()
    lines = screen.geometry().height() if screen is not None else FULL_HD_LINES
    return max(PRESENTATION_MIN_SCALE, min(PRESENTATION_SCALE, PRESENTATION_SCALE * lines / FULL_HD_LINES))


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


# -- high contrast (View > High-contrast theme) ------------------------------------------------
#: the application property that says the high-contrast theme is on (charts read it for their pens)
HIGH_CONTRAST_PROPERTY = "readinessHighContrast"
#: white on black with a yellow selection: WCAG contrast 21:1 for text, 19.6:1 for the selection
HIGH_CONTRAST_COLOURS = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#d0d0d0",
    QPalette.ColorRole.BrightText: "#ffff00",
    QPalette.ColorRole.Link: "#00ffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#d0d0d0",
    QPalette.ColorRole.Mid: "#ffffff",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
}
#: chart pens are this much wider in high contrast (grid and outlines read from the back of a room)
HIGH_CONTRAST_PEN_FACTOR = 2.0

#: the palette the application had before high contrast was switched on
_saved_palette: dict[str, QPalette] = {}


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in HIGH_CONTRAST_COLOURS.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
        muted = "#a0a0a0" if role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text) else colour
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(muted))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#a0a0a0"))
    return palette


def is_high_contrast() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def apply_high_contrast(on: bool) -> None:
    """Switch the whole application (every window, the charts, the audience screen) to or from the
    high-contrast palette; the palette it had before comes back when switched off."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if on and not is_high_contrast():
        _saved_palette["normal"] = QPalette(app.palette())
    app.setProperty(HIGH_CONTRAST_PROPERTY, on)
    if on:
        app.setPalette(high_contrast_palette())
    elif "normal" in _saved_palette:
        app.setPalette(_saved_palette.pop("normal"))
    for widget in app.allWidgets():  # the pens change even where the palette did not (a chart's own)
        if isinstance(widget, ChartWidget):
            widget.set_theme_changed()
