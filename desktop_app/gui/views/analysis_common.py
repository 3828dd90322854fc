"""Small pieces the analysis views share: a titled chart box with an Export button, a level badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop_app.gui.charts.base import LEVEL_COLOURS, NOT_ASSESSED_COLOUR, ChartWidget
from desktop_app.gui.models.labels import decision_label, level_label
from desktop_app.gui.models.row_table import text_on

DECISION_COLOURS = {
    "ready": LEVEL_COLOURS["low"],
    "ready_with_conditions": LEVEL_COLOURS["medium"],
    "pilot_only": LEVEL_COLOURS["high"],
    "not_ready": LEVEL_COLOURS["critical"],
}


def badge_css(colour: str) -> str:
    return f"background:{colour}; color:{text_on(colour)}; border-radius:4px; padding:3px 10px; font-weight:600;"


def decision_badge(label: QLabel, decision: str | None) -> None:
    colour = DECISION_COLOURS.get(decision or "", NOT_ASSESSED_COLOUR)
    label.setText(decision_label(decision))
    label.setStyleSheet(badge_css(colour))


def level_badge(label: QLabel, level: str | None) -> None:
    colour = LEVEL_COLOURS.get(level or "", NOT_ASSESSED_COLOUR)
    label.setText(level_label(level))
    label.setStyleSheet(badge_css(colour))


class ChartBox(QFrame):
    """A heading, an Export button and a chart (or any widget) underneath."""

    def __init__(self, title: str, chart: QWidget, parent: QWidget | None = None, hint: str = "") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(f"<b>{title}</b>")
        head.addWidget(self.title)
        head.addStretch(1)
        if isinstance(chart, ChartWidget):
            head.addWidget(chart.export_button(self))
        layout.addLayout(head)
        if hint:
            self.hint = QLabel(f"<small>{hint}</small>")
            self.hint.setWordWrap(True)
            self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(self.hint)
        layout.addWidget(chart, 1)
        self.chart = chart


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a vertical scroll area: on a small screen (1280x720) a view scrolls instead of
    squeezing its charts below their minimum size (a radar cut off by its box)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
