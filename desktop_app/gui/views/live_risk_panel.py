"""The live risk panel: a small radar, the six challenge levels and the overall decision, updated on
every answer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.reasons import decision_reasons
from desktop_app.core import messages
from desktop_app.gui.charts.radar import RadarChart
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.navigator import answered_values
from desktop_app.gui.repaint import set_progress, set_style_sheet
from desktop_app.gui.theme import (
    PRESENTATION_SCALE,
    SERIES_COLOUR,
    badge_style,
    decision_label,
    level_colour,
    level_label,
    scaled_font,
)
from desktop_app.gui.verdict import ScoreCurtain, verdict
from desktop_app.gui.views.reasons_label import ReasonsLabel

SHORT_TITLES = {
    "data": "Data",
    "compute": "Compute",
    "interpretability": "Interpretability",
    "ethics_legal": "Ethics and legal",
    "integration": "Integration",
    "security_privacy": "Security and privacy",
}


#: at most this many reasons in the panel (fewer when they do not fit; the risk profile lists all)
MAX_REASONS = 4
MAX_REASONS_PRESENTATION = 3
#: the reasons' type in presentation mode (the rest of the panel grows by PRESENTATION_SCALE)
REASONS_PRESENTATION_SCALE = 1.3
#: the levels a badge can show (None: not assessed), and the room around its word (padding, border)
BADGE_LEVELS = (None, "low", "medium", "high", "critical")
BADGE_PADDING = 20
#: the radar keeps at least this height (times the font factor) when the reasons need room
RADAR_MIN_HEIGHT = 110


class LiveRiskPanel(QWidget):
    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Live risk"))
        self.presentation = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(8)
        self.title = QLabel(self.tr("Live risk"))
        lay.addWidget(self.title)
        self.decision = QLabel()
        self.decision.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.decision.setAccessibleName(self.tr("Overall decision"))
        self.decision.setWordWrap(True)
        lay.addWidget(self.decision)
        # why: blockers and stop questions first, each a link to its question
        self.reasons = ReasonsLabel(self, max_shown=MAX_REASONS)
        self.reasons.more_text = self.tr("and {n} more on the Risk profile (Ctrl+2)")
        self.reasons.question_requested.connect(self.state.request_navigate)
        lay.addWidget(self.reasons)
        self.radar = RadarChart(self, compact=True)
        self.radar.setAccessibleName(self.tr("Risk radar of the six challenges"))
        self.radar.set_axes([SHORT_TITLES[c] for c in SHORT_TITLES])
        self.radar.setMaximumHeight(300)
        lay.addWidget(self.radar, 1)
        grid_box = self._build_levels()
        lay.addWidget(grid_box)
        self.completion = QProgressBar()
        self.completion.setAccessibleName(self.tr("Questions answered"))
        self.completion.setTextVisible(True)
        lay.addWidget(self.completion)
        self._build_hidden_box(lay)
        self._score_widgets: tuple[QWidget, ...] = (self.decision, self.reasons, self.radar, grid_box)
        self.curtain: ScoreCurtain | None = None
        lay.addStretch(0)
        self._apply_fonts()
        state.changed.connect(self.refresh)
        self.refresh()

    def _build_levels(self) -> QFrame:
        """The six challenges, each a button to its questions, with a level badge."""
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
            name.setAccessibleName(self.tr("Go to {title}").format(title=title))
            name.setToolTip(self.tr("Show this challenge's questions"))
            name.clicked.connect(lambda _c=False, c=cid: self._go(c))
            badge = QLabel()
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setMinimumWidth(88)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(badge, i, 1)
            self.rows[cid] = (name, badge)
        self.grid.setColumnStretch(0, 1)
        return grid_box

    def _build_hidden_box(self, lay: QVBoxLayout) -> None:
        """While the score is hidden (discussion), this stands in for the decision, reasons, radar and levels."""
        self.hidden_box = QFrame()
        hb = QVBoxLayout(self.hidden_box)
        hb.setContentsMargins(0, 0, 0, 0)
        self.hidden_label = QLabel(
            self.tr("Score hidden while the room discusses; it is shown at the end of the challenge.")
        )
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reveal_button = QPushButton(self.tr("Reveal now"))
        self.reveal_button.setAccessibleName(self.tr("Reveal the score now"))
        hb.addWidget(self.hidden_label)
        hb.addWidget(self.reveal_button)
        self.hidden_box.setVisible(False)
        lay.insertWidget(1, self.hidden_box)

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
        # the reasons grow less than the rest: whole sentences must fit beside the radar and levels
        self.reasons.setFont(scaled_font(base, 0.95 * (REASONS_PRESENTATION_SCALE if self.presentation else 1.0)))
        badge_font = scaled_font(base, factor, bold=True)
        widest = max(QFontMetrics(badge_font).horizontalAdvance(level_label(lv)) for lv in BADGE_LEVELS)
        for name, badge in self.rows.values():
            name.setFont(scaled_font(base, factor))
            badge.setFont(badge_font)
            # every level's word fits ("Not assessed" is the longest in English), at any type size
            badge.setMinimumWidth(max(int(88 * factor), widest + BADGE_PADDING))
        self.completion.setFont(scaled_font(base, factor))
        self.radar.set_label_scale(factor)
        self.radar.setMaximumHeight(int(300 * (1.4 if self.presentation else 1.0)))
        self.radar.setMinimumHeight(int(RADAR_MIN_HEIGHT * (1.4 if self.presentation else 1.0)))
        self._fit_reasons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_reasons()

    def _fit_reasons(self) -> None:
        """As many reasons as the panel has room for beside its other parts at their minimum
        (a 1280x720 projector, 150 % scaling, presentation mode): none is ever cut off."""
        lay = self.layout()
        if lay is None or not hasattr(self, "completion"):
            return
        margins = lay.contentsMargins()
        others, shown = 0, 0
        for i in range(lay.count()):
            item = lay.itemAt(i)
            w = item.widget() if item is not None else None
            if w is None or w is self.reasons or w.isHidden():
                continue
            shown += 1
            need = w.heightForWidth(w.width()) if w.hasHeightForWidth() else w.minimumSizeHint().height()
            others += max(w.minimumHeight(), need)
        budget = self.height() - margins.top() - margins.bottom() - lay.spacing() * shown - others
        self.reasons.fit(budget, MAX_REASONS_PRESENTATION if self.presentation else MAX_REASONS)

    def set_presentation(self, on: bool) -> None:
        self.presentation = on
        self._apply_fonts()

    def set_curtain(self, curtain: ScoreCurtain) -> None:
        """Follow ``curtain``: while the score is hidden, only the progress shows."""
        self.curtain = curtain
        curtain.visibility_changed.connect(lambda _v: self._apply_curtain())
        self.reveal_button.clicked.connect(curtain.reveal)
        self._apply_curtain()

    def _apply_curtain(self) -> None:
        shown = self.curtain is None or self.curtain.visible
        for w in self._score_widgets:
            w.setVisible(shown and (w is not self.reasons or bool(self.reasons.reasons)))
        self.hidden_box.setVisible(not shown)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "completion"):
            self._apply_fonts()  # the window was zoomed

    def refresh(self) -> None:
        profile = self.state.profile
        if profile is None:
            self.decision.setText("")
            self.radar.set_series([])
            return
        v = verdict(profile, self.state.bank)
        self.decision.setText(v.text())
        set_style_sheet(self.decision, badge_style(v.colour(), radius=6, padding="8px 10px"))
        reasons = decision_reasons(profile, self.state.bank, self.state.answered_assessment()) if v.assessed else ()
        heading = self.tr("So far, because:") if v.provisional else self.tr("Why:")
        self.reasons.set_reasons(reasons, heading)
        self.reasons.setVisible(bool(reasons) and (self.curtain is None or self.curtain.visible))
        self._fit_reasons()
        self.decision.setToolTip(
            self.tr("If the assessment ended now: {decision}").format(decision=decision_label(v.decision))
            if v.provisional
            else ""
        )
        for ch in profile.challenges:
            row = self.rows.get(ch.id)
            if row is None:
                continue
            _name, badge = row
            badge.setText(level_label(ch.level))
            set_style_sheet(badge, badge_style(level_colour(ch.level), padding="2px 6px"))
            badge.setAccessibleName(f"{ch.title}: {level_label(ch.level)}")
            badge.setToolTip(messages.challenge_explanation(ch, self.state.bank))
        values = [profile.challenge(c).risk for c in SHORT_TITLES]
        self.radar.set_series([("Risk today", values, SERIES_COLOUR)])
        c = profile.completion
        self.completion.setMaximum(max(1, c.total))
        set_progress(self.completion, c.answered)
        self.completion.setFormat(f"{c.answered} of {c.total} answered")
