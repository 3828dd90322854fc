"""The risk profile at a glance: radar of the six challenges, sub-challenge bars, risk matrix, and the
answers that drive the selected challenge (click one to go to its question)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.scoring import ChallengeScore, RiskProfile
from desktop_app.gui.charts.bars import Bar, LevelBarChart
from desktop_app.gui.charts.base import SERIES_COLOURS
from desktop_app.gui.charts.matrix import MatrixPoint, RiskMatrixChart
from desktop_app.gui.charts.radar import SHORT_CHALLENGE_LABELS, RadarChart, challenge_axes
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.drivers import COL_QUESTION, ROLE_QUESTION_ID, DriversTableModel
from desktop_app.gui.views.analysis_common import ChartBox, decision_badge, level_badge
from desktop_app.gui.views.tables import read_only_table


class RiskProfileView(QWidget):
    """Reads ``state.profile``; refreshes on ``state.changed`` only."""

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._profile: RiskProfile | None = None
        self._selected: str | None = None

        # header: what we are looking at, the decision, and the risk/readiness switch
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.decision = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.risk_button = QPushButton("Risk")
        self.readiness_button = QPushButton("Readiness")
        self.mode_group = QButtonGroup(self)
        for b in (self.risk_button, self.readiness_button):
            b.setCheckable(True)
            self.mode_group.addButton(b)
        self.risk_button.setChecked(True)
        self.risk_button.setToolTip("Show risk: larger is worse (0 = well controlled, 100 = severe gaps)")
        self.readiness_button.setToolTip("Show readiness = 100 − risk: larger is better")
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.decision)
        head.addStretch(1)
        head.addWidget(QLabel("Show:"))
        head.addWidget(self.risk_button)
        head.addWidget(self.readiness_button)

        # charts
        self.radar = RadarChart(self)
        self.radar.setMinimumSize(380, 360)
        self.matrix = RiskMatrixChart(self)
        self.bars = LevelBarChart(self)
        self.radar.axis_clicked.connect(self._radar_clicked)
        self.matrix.challenge_clicked.connect(self.select_challenge)
        self.bars.group_clicked.connect(self.select_challenge)

        # drivers of the selected challenge
        self.challenge_box = QComboBox()
        self.challenge_box.setAccessibleName("Challenge")
        self.challenge_box.currentIndexChanged.connect(self._combo_changed)
        self.level = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drivers_model = DriversTableModel(self)
        self.drivers = read_only_table(
            self.drivers_model, "Answers that drive the score", stretch=(COL_QUESTION, 1), fit=(2, 3), wrap=True
        )
        self.drivers.setCursor(Qt.CursorShape.PointingHandCursor)
        self.drivers.clicked.connect(self._driver_activated)
        self.drivers.activated.connect(self._driver_activated)
        self.no_drivers = QLabel()
        self.no_drivers.setWordWrap(True)
        drivers_panel = QFrame()
        drivers_panel.setFrameShape(QFrame.Shape.StyledPanel)
        dl = QVBoxLayout(drivers_panel)
        dl.setContentsMargins(8, 6, 8, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>What drives</b>"))
        top.addWidget(self.challenge_box, 1)
        top.addWidget(self.level)
        dl.addLayout(top)
        dl.addWidget(self.explanation)
        dl.addWidget(self.drivers, 1)
        dl.addWidget(self.no_drivers)
        hint = QLabel("<small>Click a challenge in any chart to see its answers; click an answer to go to it.</small>")
        hint.setWordWrap(True)
        dl.addWidget(hint)

        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(ChartBox("The six challenges", self.radar, hint="Outer ring = 100."), 0, 0)
        grid.addWidget(
            ChartBox(
                "Likelihood × impact",
                self.matrix,
                hint="Likelihood comes from the risk, impact from the context; the cell colour is the level.",
            ),
            0,
            1,
        )
        grid.addWidget(ChartBox("Sub-challenges by level", self.bars), 1, 0)
        grid.addWidget(drivers_panel, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        cl = QVBoxLayout(content)
        cl.addLayout(head)
        cl.addWidget(self.summary)
        cl.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.empty = QLabel("Open or create an assessment to see its risk profile.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        state.changed.connect(self.refresh)
        self.refresh()

    # -- public ----------------------------------------------------------------------------
    @property
    def selected_challenge(self) -> str | None:
        return self._selected

    def set_mode(self, mode: str) -> None:
        (self.readiness_button if mode == "readiness" else self.risk_button).setChecked(True)

    def select_challenge(self, challenge_id: str) -> None:
        if self._profile is None:
            return
        ids = [c.id for c in self._profile.challenges]
        if challenge_id not in ids:
            return
        self._selected = challenge_id
        if self.challenge_box.currentIndex() != ids.index(challenge_id):
            self.challenge_box.setCurrentIndex(ids.index(challenge_id))
        self._show_drivers(self._profile.challenge(challenge_id))

    def refresh(self) -> None:
        profile = self.state.profile
        self._profile = profile
        if profile is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        a = self.state.assessment
        who = f"{a.client} / {a.project}" if a else ""
        self.title.setText(f"<span style='font-size:15pt; font-weight:600;'>Risk profile</span>&nbsp;&nbsp;{who}")
        decision_badge(self.decision, profile.overall.decision)
        o = profile.overall
        completion = profile.completion
        parts = []
        if o.risk is not None:
            parts.append(f"Overall risk {o.risk:.1f} / 100 (readiness {100 - o.risk:.1f}).")
        parts.append(f"{completion.answered} of {completion.total} questions answered.")
        if profile.blockers:
            parts.append(f"<b>{len(profile.blockers)} blocker(s)</b>: deployment must not proceed until resolved.")
        if completion.unknown:
            parts.append(f"{completion.unknown} “don't know” answer(s) to follow up.")
        self.summary.setText(" ".join(parts))
        self._draw_charts(profile)
        ids = [c.id for c in profile.challenges]
        self.challenge_box.blockSignals(True)
        self.challenge_box.clear()
        for c in profile.challenges:
            self.challenge_box.addItem(c.title, c.id)
        self.challenge_box.blockSignals(False)
        if self._selected not in ids:
            worst = max(profile.challenges, key=lambda c: -1 if c.risk is None else c.risk)
            self._selected = worst.id
        self.select_challenge(self._selected)

    # -- drawing ---------------------------------------------------------------------------
    def _draw_charts(self, profile: RiskProfile) -> None:
        labels, shorts = challenge_axes(profile.challenges)
        self.radar.set_axes(labels, shorts)
        self.radar.set_series([("Today", [c.risk for c in profile.challenges], SERIES_COLOURS[0])])
        readiness = self.radar.mode == "readiness"
        bars = []
        for c in profile.challenges:
            for s in c.subchallenges:
                value = s.risk if not readiness or s.risk is None else 100.0 - s.risk
                bars.append(
                    Bar(s.key, f"{SHORT_CHALLENGE_LABELS.get(c.id, c.title)} · {s.title}", value, s.level, c.id)
                )
        self.bars.value_name = "Readiness" if readiness else "Risk"
        self.bars.plot.getPlotItem().getAxis("bottom").setLabel(f"{self.bars.value_name} (0-100)")
        self.bars.set_bars(bars)
        self.matrix.set_points(
            [
                MatrixPoint(
                    c.id, SHORT_CHALLENGE_LABELS.get(c.id, c.title), c.title, c.likelihood, c.impact, c.risk, c.level
                )
                for c in profile.challenges
            ]
        )

    def _show_drivers(self, challenge: ChallengeScore) -> None:
        level_badge(self.level, challenge.level)
        self.explanation.setText(challenge.explanation())
        self.drivers_model.set_rows(challenge.drivers)
        self.drivers.resizeRowsToContents()
        if challenge.drivers:
            self.no_drivers.hide()
        else:
            self.no_drivers.setText(
                "No answer raises this challenge's risk." if challenge.assessed else "Nothing assessed here yet."
            )
            self.no_drivers.show()

    # -- slots -----------------------------------------------------------------------------
    def _mode_toggled(self, button, checked: bool) -> None:
        if not checked:
            return
        self.radar.mode = "readiness" if button is self.readiness_button else "risk"
        if self._profile is not None:
            self._draw_charts(self._profile)

    def _radar_clicked(self, axis: int) -> None:
        if self._profile is not None and 0 <= axis < len(self._profile.challenges):
            self.select_challenge(self._profile.challenges[axis].id)

    def _combo_changed(self, index: int) -> None:
        cid = self.challenge_box.itemData(index)
        if cid and cid != self._selected:
            self.select_challenge(cid)

    def _driver_activated(self, index: QModelIndex) -> None:
        qid = self.drivers_model.data(index, ROLE_QUESTION_ID)
        if qid:
            self.state.request_navigate(qid)
