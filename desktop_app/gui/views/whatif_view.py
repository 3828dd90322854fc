"""What-if: tick plan actions and see the projected radar, levels and decision next to today's.

Ticks are a thought experiment: they are not saved and do not change the plan. The projection is
``core.plan.projected_profile`` (each ticked action removes its expected risk points from the
answers that triggered it).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.reasons import decision_reasons
from desktop_app.core.plan import projected_profile
from desktop_app.core.scoring import RiskProfile
from desktop_app.gui.charts.base import SERIES_COLOURS
from desktop_app.gui.charts.radar import RadarChart, challenge_axes
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.challenge_deltas import ChallengeDeltaModel, ChallengeDeltaRow
from desktop_app.gui.models.whatif_actions import COL_ACTION, WhatIfActionsModel
from desktop_app.gui.theme import PRESENTATION_SCALE, scaled_font
from desktop_app.gui.views.analysis_common import ChartBox, decision_badge
from desktop_app.gui.views.reasons_label import ReasonsLabel
from desktop_app.gui.views.tables import read_only_table

TODAY_COLOUR = SERIES_COLOURS[0]
PROJECTED_COLOUR = SERIES_COLOURS[2]


#: reasons listed under the projected decision (a 1280x720 screen keeps the radar readable)
WHATIF_REASONS = 3


class WhatIfView(QWidget):
    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.projected: RiskProfile | None = None
        self.presentation = False

        self.empty = QLabel(self.tr("Open or create an assessment to try what-if scenarios on its plan."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_actions_panel())
        splitter.addWidget(self._build_projection_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 700])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        self.title = QLabel("<span style='font-size:15pt; font-weight:600;'>" + self.tr("What if…") + "</span>")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

        state.changed.connect(self.refresh)
        self.refresh()

    def _build_actions_panel(self) -> QFrame:
        # "actions_table", not "actions": QWidget.actions() is Qt's list of the widget's QActions
        self.actions_model = WhatIfActionsModel(self)
        self.actions_model.ticked_changed.connect(self._recompute)
        self.actions_table = read_only_table(
            self.actions_model, self.tr("Actions to suppose done"), stretch=(COL_ACTION,), fit=range(1, 5), wrap=True
        )
        self.tick_all_button = QPushButton(self.tr("Tick all"))
        self.tick_accepted_button = QPushButton(self.tr("Tick accepted and done"))
        self.clear_button = QPushButton(self.tr("Clear ticks"))
        self.tick_all_button.clicked.connect(self.tick_all)
        self.tick_accepted_button.clicked.connect(self.tick_accepted)
        self.clear_button.clicked.connect(lambda: self.tick([]))
        buttons = QHBoxLayout()
        for b in (self.tick_all_button, self.tick_accepted_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QFrame()
        left.setFrameShape(QFrame.Shape.StyledPanel)
        ll = QVBoxLayout(left)
        ll.addWidget(QLabel("<b>" + self.tr("Suppose these actions were done") + "</b>"))
        intro = QLabel(
            "<small>"
            + self.tr(
                "Ticks are a what-if only: nothing is saved. Each action removes its expected risk points "
                "from the answers that triggered it."
            )
            + "</small>"
        )
        intro.setWordWrap(True)
        ll.addWidget(intro)
        ll.addWidget(self.actions_table, 1)
        ll.addLayout(buttons)
        return left

    def _build_projection_panel(self) -> QWidget:
        self.today_decision = QLabel()
        self.projected_decision = QLabel()
        self.overall = QLabel()
        self.overall.setWordWrap(True)
        self.reasons = ReasonsLabel(self, max_shown=WHATIF_REASONS)  # the rest counted: the radar keeps its room
        self.reasons.question_requested.connect(self.state.request_navigate)
        self.radar = RadarChart(self)
        self.deltas_model = ChallengeDeltaModel(self.tr("Today"), self.tr("Projected"), self)
        self.deltas = read_only_table(
            self.deltas_model, self.tr("Today and projected by challenge"), stretch=(0,), fit=range(1, 6)
        )
        self.deltas.setMinimumHeight(230)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        decisions = QHBoxLayout()
        decisions.addWidget(QLabel("<b>" + self.tr("Decision") + "</b> " + self.tr("today")))
        decisions.addWidget(self.today_decision)
        decisions.addWidget(QLabel("→ " + self.tr("projected")))
        decisions.addWidget(self.projected_decision)
        decisions.addStretch(1)
        rl.addLayout(decisions)
        rl.addWidget(self.overall)
        rl.addWidget(self.reasons)
        self.radar_box = ChartBox(self.tr("Today and projected"), self.radar)
        rl.addWidget(self.radar_box, 3)
        rl.addWidget(self.deltas, 2)
        return right

    # -- public ----------------------------------------------------------------------------
    def tick(self, keys: Iterable[str]) -> None:
        self.actions_model.set_ticked(keys)

    def tick_all(self) -> None:
        self.tick(r.key for r in self.actions_model.rows)

    def tick_accepted(self) -> None:
        self.tick(r.key for r in self.actions_model.rows if r.status in ("accepted", "done"))

    @property
    def ticked(self) -> set[str]:
        return self.actions_model.ticked

    def set_presentation(self, on: bool) -> None:
        """Large type for a projector: decisions, reasons, tables and the radar."""
        self.presentation = on
        factor = PRESENTATION_SCALE if on else 1.0
        base = QApplication.font()
        for w in (self.overall, self.reasons, self.actions_table, self.deltas):
            w.setFont(scaled_font(base, factor))
        for badge in (self.today_decision, self.projected_decision):
            badge.setFont(scaled_font(base, 1.15 * factor, bold=True))
        self.radar_box.title.setFont(scaled_font(base, factor, bold=True))
        self.title.setFont(scaled_font(base, factor))
        self.radar.set_font_scale(factor)
        self.actions_table.resizeRowsToContents()

    def refresh(self) -> None:
        plan = self.state.plan
        if plan is None or self.state.profile is None:
            self.stack.setCurrentIndex(0)
            self.actions_model.set_rows([])
            return
        self.stack.setCurrentIndex(1)
        ticked = self.actions_model.ticked
        self.actions_model.set_rows([it for it in plan.items if it.active])
        self.actions_model.set_ticked(ticked)  # keeps the ticks that still exist, and recomputes
        self.actions_table.resizeRowsToContents()

    # -- projection ------------------------------------------------------------------------
    def _recompute(self) -> None:
        bank, assessment, today = self.state.bank, self.state.assessment, self.state.profile
        if bank is None or assessment is None or today is None:
            return
        self.projected = projected_profile(bank, assessment, self.actions_model.ticked)
        p = self.projected
        labels, shorts = challenge_axes(today.challenges)
        self.radar.set_axes(labels, shorts)
        self.radar.set_series(
            [
                (self.tr("Projected"), [c.risk for c in p.challenges], PROJECTED_COLOUR),
                (self.tr("Today"), [c.risk for c in today.challenges], TODAY_COLOUR),
            ]
        )
        self.deltas_model.set_rows(
            [
                ChallengeDeltaRow(t.id, t.title, t.risk, t.level, n.risk, n.level)
                for t, n in zip(today.challenges, p.challenges, strict=True)
            ]
        )
        decision_badge(self.today_decision, today.overall.decision)
        decision_badge(self.projected_decision, p.overall.decision)
        n = len(self.actions_model.ticked)
        text = self.tr("{n} action(s) ticked.").format(n=n)
        if today.overall.risk is not None and p.overall.risk is not None:
            text += " " + self.tr("Overall risk {today:.1f} → {projected:.1f} ({delta:+.1f}).").format(
                today=today.overall.risk, projected=p.overall.risk, delta=p.overall.risk - today.overall.risk
            )
        self.overall.setText(text)
        self.reasons.set_reasons(decision_reasons(p, bank, assessment), self.tr("Still holding the decision back:"))
