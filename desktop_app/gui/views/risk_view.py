"""The risk profile at a glance: radar of the six challenges, sub-challenge bars, risk matrix, and the
answers that drive the selected challenge (click one to go to its question). The header gives the
decision with its reasons, each a link to the question behind it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
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

from desktop_app.analysis.reasons import decision_reasons
from desktop_app.core import messages
from desktop_app.core.scoring import ChallengeScore, RiskProfile
from desktop_app.gui.charts.bars import Bar, LevelBarChart
from desktop_app.gui.charts.base import SERIES_COLOURS
from desktop_app.gui.charts.matrix import MatrixPoint, RiskMatrixChart
from desktop_app.gui.charts.radar import RadarChart, challenge_axes, short_challenge_label
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.drivers import COL_QUESTION, ROLE_QUESTION_ID, DriversTableModel
from desktop_app.gui.theme import presentation_scale, scaled_font
from desktop_app.gui.views.analysis_common import ChartBox, decision_badge, level_badge
from desktop_app.gui.views.reasons_label import ReasonsLabel
from desktop_app.gui.views.tables import read_only_table


class RiskProfileView(QWidget):
    """Reads ``state.profile``; refreshes on ``state.changed`` only."""

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._profile: RiskProfile | None = None
        self._selected: str | None = None
        self.presentation = False

        # header: what we are looking at, the decision and its reasons, and the risk/readiness switch
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.decision = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reasons = ReasonsLabel(self)
        self.reasons.question_requested.connect(self.state.request_navigate)
        self.risk_button = QPushButton(self.tr("Risk"))
        self.readiness_button = QPushButton(self.tr("Readiness"))
        self.mode_group = QButtonGroup(self)
        for b in (self.risk_button, self.readiness_button):
            b.setCheckable(True)
            self.mode_group.addButton(b)
        self.risk_button.setChecked(True)
        self.risk_button.setToolTip(self.tr("Show risk: larger is worse (0 = well controlled, 100 = severe gaps)"))
        self.readiness_button.setToolTip(self.tr("Show readiness = 100 − risk: larger is better"))
        self.mode_group.buttonToggled.connect(self._mode_toggled)

        # charts
        self.radar = RadarChart(self)
        self.radar.setMinimumSize(380, 360)
        self.matrix = RiskMatrixChart(self)
        self.bars = LevelBarChart(self)
        self.radar.axis_clicked.connect(self._radar_clicked)
        self.matrix.challenge_clicked.connect(self.select_challenge)
        self.bars.group_clicked.connect(self.select_challenge)

        self.empty = QLabel(self.tr("Open or create an assessment to see its risk profile."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        state.changed.connect(self.refresh)
        self.refresh()

    def _build_head(self) -> QHBoxLayout:
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.decision)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Show:")))
        head.addWidget(self.risk_button)
        head.addWidget(self.readiness_button)
        return head

    def _build_drivers_panel(self) -> QFrame:
        # the answers that drive the selected challenge
        self.challenge_box = QComboBox()
        self.challenge_box.setAccessibleName(self.tr("Challenge"))
        self.challenge_box.currentIndexChanged.connect(self._combo_changed)
        self.level = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drivers_model = DriversTableModel(self)
        self.drivers = read_only_table(
            self.drivers_model,
            self.tr("Answers that drive the score"),
            stretch=(COL_QUESTION, 1),
            fit=(2, 3),
            wrap=True,
        )
        self.drivers.setCursor(Qt.CursorShape.PointingHandCursor)
        self.drivers.clicked.connect(self._driver_activated)
        self.drivers.activated.connect(self._driver_activated)
        self.no_drivers = QLabel()
        self.no_drivers.setWordWrap(True)

        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        dl = QVBoxLayout(panel)
        dl.setContentsMargins(8, 6, 8, 8)
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>" + self.tr("What drives") + "</b>"))
        top.addWidget(self.challenge_box, 1)
        top.addWidget(self.level)
        dl.addLayout(top)
        dl.addWidget(self.explanation)
        dl.addWidget(self.drivers, 1)
        dl.addWidget(self.no_drivers)
        hint = QLabel(
            "<small>" + self.tr("Click a challenge in any chart to see its answers; click an answer to go to it.")
            + "</small>"
        )  # fmt: skip
        hint.setWordWrap(True)
        dl.addWidget(hint)
        return panel

    def _build_content(self) -> QScrollArea:
        self.boxes = [
            ChartBox(self.tr("The six challenges"), self.radar, hint=self.tr("Outer ring = 100.")),
            ChartBox(
                self.tr("Likelihood × impact"),
                self.matrix,
                hint=self.tr("Likelihood comes from the risk, impact from the context; the cell colour is the level."),
            ),
            ChartBox(self.tr("Sub-challenges by level"), self.bars),
        ]
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.boxes[0], 0, 0)
        grid.addWidget(self.boxes[1], 0, 1)
        grid.addWidget(self.boxes[2], 1, 0)
        grid.addWidget(self._build_drivers_panel(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        cl = QVBoxLayout(content)
        cl.addLayout(self._build_head())
        cl.addWidget(self.summary)
        cl.addWidget(self.reasons)
        cl.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    # -- public ----------------------------------------------------------------------------
    @property
    def selected_challenge(self) -> str | None:
        return self._selected

    def set_mode(self, mode: str) -> None:
        (self.readiness_button if mode == "readiness" else self.risk_button).setChecked(True)

    def set_presentation(self, on: bool) -> None:
        """Large type for a projector: header, reasons, tables and every chart's text."""
        self.presentation = on
        factor = presentation_scale(self) if on else 1.0  # sized to the screen
        base = QApplication.font()
        for label in (self.summary, self.reasons, self.explanation, self.drivers):
            label.setFont(scaled_font(base, factor))
        self.decision.setFont(scaled_font(base, 1.15 * factor, bold=True))
        for chart in (self.radar, self.matrix, self.bars):
            chart.set_font_scale(factor)
        for box in self.boxes:
            box.title.setFont(scaled_font(base, factor, bold=True))
        if self._profile is not None:
            self.refresh()

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
        who = escape(f"{a.client} / {a.project}") if a else ""
        size = 15 * (presentation_scale(self) if self.presentation else 1.0)
        self.title.setText(
            f"<span style='font-size:{size:.0f}pt; font-weight:600;'>"
            + self.tr("Risk profile")
            + f"</span>&nbsp;&nbsp;{who}"
        )
        decision_badge(self.decision, profile.overall.decision)
        self.summary.setText(self._summary_text(profile))
        self.reasons.set_reasons(
            decision_reasons(profile, self.state.bank, self.state.assessment), self.tr("Why this decision:")
        )
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

    def _summary_text(self, profile: RiskProfile) -> str:
        o = profile.overall
        completion = profile.completion
        parts = []
        if o.risk is not None:
            parts.append(self.tr("Overall risk {risk:.1f} / 100 (readiness {readiness:.1f}).").format(
                risk=o.risk, readiness=100 - o.risk))  # fmt: skip
        parts.append(self.tr("{answered} of {total} questions answered.").format(
            answered=completion.answered, total=completion.total))  # fmt: skip
        if profile.blockers:
            parts.append(
                "<b>" + self.tr("{n} blocker(s)").format(n=len(profile.blockers)) + "</b>: "
                + self.tr("deployment must not proceed until resolved.")
            )  # fmt: skip
        if completion.unknown:
            parts.append(self.tr("{n} “don't know” answer(s) to follow up.").format(n=completion.unknown))
        return " ".join(parts)

    # -- drawing ---------------------------------------------------------------------------
    def _draw_charts(self, profile: RiskProfile) -> None:
        labels, shorts = challenge_axes(profile.challenges)
        self.radar.set_axes(labels, shorts)
        self.radar.set_series([(self.tr("Today"), [c.risk for c in profile.challenges], SERIES_COLOURS[0])])
        readiness = self.radar.mode == "readiness"
        bars = []
        for c in profile.challenges:
            for s in c.subchallenges:
                value = s.risk if not readiness or s.risk is None else 100.0 - s.risk
                bars.append(Bar(s.key, f"{short_challenge_label(c.id, c.title)} · {s.title}", value, s.level, c.id))
        self.bars.value_name = self.tr("Readiness") if readiness else self.tr("Risk")
        self.bars.plot.getPlotItem().getAxis("bottom").setLabel(
            self.tr("{value} (0-100)").format(value=self.bars.value_name)
        )
        self.bars.set_bars(bars)
        self.matrix.set_points(
            [
                MatrixPoint(
                    c.id, short_challenge_label(c.id, c.title), c.title, c.likelihood, c.impact, c.risk, c.level
                )
                for c in profile.challenges
            ]
        )

    def _show_drivers(self, challenge: ChallengeScore) -> None:
        level_badge(self.level, challenge.level)
        self.explanation.setText(messages.challenge_explanation(challenge, self.state.bank))
        self.drivers_model.set_rows(challenge.drivers)
        self.drivers.resizeRowsToContents()
        if challenge.drivers:
            self.no_drivers.hide()
        else:
            self.no_drivers.setText(
                self.tr("No answer raises this challenge's risk.")
                if challenge.assessed
                else self.tr("Nothing assessed here yet.")
            )
            self.no_drivers.show()

    # -- slots -----------------------------------------------------------------------------
    def _mode_toggled(self, button: QAbstractButton, checked: bool) -> None:
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

    def _driver_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        qid = self.drivers_model.data(index, ROLE_QUESTION_ID)
        if isinstance(qid, str):
            self.state.request_navigate(qid)
