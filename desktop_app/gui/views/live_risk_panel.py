"""The live risk panel: a small radar, the six challenge levels and the overall decision, updated on
every answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.charts.radar import RadarChart
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.navigator import answered_values
from desktop_app.gui.theme import (
    DECISION_COLOURS,
    PRESENTATION_SCALE,
    SERIES_COLOUR,
    badge_style,
    decision_label,
    level_colour,
    level_label,
    scaled_font,
)

SHORT_TITLES = {
    "data": "Data",
    "compute": "Compute",
    "interpretability": "Interpretability",
    "ethics_legal": "Ethics and legal",
    "integration": "Integration",
    "security_privacy": "Security and privacy",
}


class LiveRiskPanel(QWidget):
    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName("Live risk")
        self.presentation = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(8)
        self.title = QLabel("Live risk")
        lay.addWidget(self.title)
        self.decision = QLabel()
        self.decision.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.decision.setAccessibleName("Overall decision")
        self.decision.setWordWrap(True)
        lay.addWidget(self.decision)
        self.radar = RadarChart(self, compact=True)
        self.radar.setAccessibleName("Risk radar of the six challenges")
        self.radar.set_axes([SHORT_TITLES[c] for c in SHORT_TITLES])
        self.radar.setMaximumHeight(300)
        lay.addWidget(self.radar, 1)
        grid_box = QFrame()
        self.grid = QGridLayout(grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.rows: dict[str, tuple[QPushButton, QLabel]] = {}
        for i, (cid, title) in enumerate(SHORT_TITLES.items()):
            name = QPushButton(title)
            name.setFlat(True)
            name.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
            name.setAccessibleName(f"Go to {title}")
            name.setToolTip("Show this challenge's questions")
            name.clicked.connect(lambda _c=False, c=cid: self._go(c))
            badge = QLabel()
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setMinimumWidth(88)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(badge, i, 1)
            self.rows[cid] = (name, badge)
        self.grid.setColumnStretch(0, 1)
        lay.addWidget(grid_box)
        self.completion = QProgressBar()
        self.completion.setAccessibleName("Questions answered")
        self.completion.setTextVisible(True)
        lay.addWidget(self.completion)
        lay.addStretch(0)
        self._apply_fonts()
        state.changed.connect(self.refresh)
        self.refresh()

    def _go(self, challenge_id: str) -> None:
        bank, a = self.state.bank, self.state.assessment
        if bank is None or a is None:
            return
        values = answered_values(a)
        qs = [q for q in bank.challenge(challenge_id).questions() if bank.is_visible(q, values) and not q.computed]
        target = next((q for q in qs if q.id not in values), qs[0] if qs else None)
        if target is not None:
            self.state.request_navigate(target.id)

    def _apply_fonts(self) -> None:
        factor = PRESENTATION_SCALE if self.presentation else 1.0
        base = self.font()
        self.title.setFont(scaled_font(base, 1.1 * factor, bold=True))
        self.decision.setFont(scaled_font(base, 1.25 * factor, bold=True))
        for name, badge in self.rows.values():
            name.setFont(scaled_font(base, factor))
            badge.setFont(scaled_font(base, factor, bold=True))
            badge.setMinimumWidth(int(88 * factor))
        self.completion.setFont(scaled_font(base, factor))
        self.radar.set_label_scale(factor)
        self.radar.setMaximumHeight(int(300 * (1.4 if self.presentation else 1.0)))

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self._apply_fonts()

    def refresh(self) -> None:
        profile = self.state.profile
        if profile is None:
            self.decision.setText("")
            self.radar.set_series([])
            return
        d = profile.overall.decision
        assessed = any(c.assessed for c in profile.challenges)
        colour = DECISION_COLOURS.get(d, "#8a8a8a") if assessed else "#8a8a8a"
        self.decision.setText(decision_label(d) if assessed else "Not scored yet")
        self.decision.setStyleSheet(badge_style(colour, radius=6, padding="8px 10px"))
        self.decision.setToolTip("\n".join(profile.overall.reasons))
        for ch in profile.challenges:
            row = self.rows.get(ch.id)
            if row is None:
                continue
            _name, badge = row
            badge.setText(level_label(ch.level))
            badge.setStyleSheet(badge_style(level_colour(ch.level), padding="2px 6px"))
            badge.setAccessibleName(f"{ch.title}: {level_label(ch.level)}")
            badge.setToolTip(ch.explanation())
        values = [profile.challenge(c).risk for c in SHORT_TITLES]
        self.radar.set_series([("Risk today", values, SERIES_COLOUR)])
        c = profile.completion
        self.completion.setMaximum(max(1, c.total))
        self.completion.setValue(c.answered)
        self.completion.setFormat(f"{c.answered} of {c.total} answered")
