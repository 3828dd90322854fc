"""The audience screen: a second window for a projector or a second monitor.

The facilitator's laptop keeps the questionnaire, the notes and the navigator; the room sees this
window. It follows the facilitator: the question on screen is the one the question view shows. On
demand it shows the decision with its reasons, the radar filling the screen, or the plan's phase-0
actions (what must happen before any deployment). While the live score is hidden (no anchoring during
discussion) the decision and the radar say so instead of showing it. Type scales with the window's
height, so the same window reads from the back of a room at 1280x720 and at 1920x1080.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.analysis.reasons import decision_reasons
from desktop_app.core.bank import NA, UNKNOWN
from desktop_app.gui.charts.radar import RadarChart
from desktop_app.gui.document_state import DocumentState, has_value
from desktop_app.gui.models.decision_reasons import reason_texts
from desktop_app.gui.theme import SERIES_COLOUR, badge_style
from desktop_app.gui.verdict import ScoreCurtain, verdict
from desktop_app.gui.views.live_risk_panel import SHORT_TITLES

MODES = ("question", "decision", "radar", "actions")
#: phase 0 of the plan: before any deployment
FIRST_PHASE = 0
MAX_ACTIONS = 8
#: reasons listed on the decision view (more are counted): four fit 1280x720 in large type
MAX_REASONS = 4


class AudienceScreen(QWidget):
    """A window for the room, following ``state`` and the facilitator's current question."""

    def __init__(self, state: DocumentState, curtain: ScoreCurtain, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.state = state
        self.curtain = curtain
        self.mode = "question"
        self.question_id = ""
        self.setObjectName("AudienceScreen")
        self.setWindowTitle(self.tr("Audience screen"))
        self.setAccessibleName(self.tr("Audience screen"))
        self.setStyleSheet("#AudienceScreen { background: palette(base); }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 32, 48, 32)
        lay.setSpacing(16)
        self.header = QLabel()
        self.header.setEnabled(False)  # muted
        lay.addWidget(self.header)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self._build_question_page()
        self._build_decision_page()
        self._build_radar_page()
        self._build_actions_page()
        state.changed.connect(self.refresh)
        curtain.visibility_changed.connect(lambda _v: self.refresh())
        self.resize(1280, 720)
        self.refresh()

    # -- pages --------------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(14)
        self.stack.addWidget(page)
        return page, lay

    def _build_question_page(self) -> None:
        _page, lay = self._page()
        self.question_text = QLabel()
        self.question_text.setWordWrap(True)
        self.question_text.setAccessibleName(self.tr("Question"))
        lay.addWidget(self.question_text)
        self.options = QLabel()
        self.options.setWordWrap(True)
        self.options.setTextFormat(Qt.TextFormat.RichText)
        self.options.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.options, 1)
        self.answer_line = QLabel()
        self.answer_line.setWordWrap(True)
        lay.addWidget(self.answer_line)

    def _build_decision_page(self) -> None:
        _page, lay = self._page()
        self.verdict_label = QLabel()
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label.setAccessibleName(self.tr("Decision"))
        lay.addWidget(self.verdict_label)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.reasons, 1)

    def _build_radar_page(self) -> None:
        _page, lay = self._page()
        self.radar = RadarChart(self)
        self.radar.set_axes(list(SHORT_TITLES.values()))
        self.radar.setAccessibleName(self.tr("Risk radar of the six challenges"))
        lay.addWidget(self.radar, 1)
        self.radar_hidden = QLabel()
        self.radar_hidden.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.radar_hidden.setWordWrap(True)
        lay.addWidget(self.radar_hidden, 1)

    def _build_actions_page(self) -> None:
        _page, lay = self._page()
        self.actions_title = QLabel(self.tr("Before any deployment"))
        lay.addWidget(self.actions_title)
        self.actions_list = QLabel()
        self.actions_list.setWordWrap(True)
        self.actions_list.setTextFormat(Qt.TextFormat.RichText)
        self.actions_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.actions_list.setFrameShape(QFrame.Shape.NoFrame)
        lay.addWidget(self.actions_list, 1)

    # -- following the facilitator ------------------------------------------------------------
    def follow(self, question_id: str) -> None:
        """Show ``question_id`` (the facilitator's current question)."""
        self.question_id = question_id
        self.refresh()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.refresh()

    def place(self) -> None:
        """Full screen on a second screen when there is one; otherwise a window beside the main one."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            owner = self.parentWidget()
            here = owner.screen() if owner is not None else screens[0]
            other = next((s for s in screens if s is not here), screens[1])
            self.setGeometry(other.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    # -- drawing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.stack.setCurrentIndex(MODES.index(self.mode))
        a = self.state.assessment
        self.header.setText(f"{a.client} – {a.project}" if a is not None else "")
        if self.mode == "question":
            self._show_question()
        elif self.mode == "decision":
            self._show_decision()
        elif self.mode == "radar":
            self._show_radar()
        else:
            self._show_actions()

    def _show_question(self) -> None:
        bank = self.state.bank
        if bank is None or not self.question_id or not bank.has_question(self.question_id):
            self.question_text.setText(self.tr("No question is shown."))
            self.options.setText("")
            self.answer_line.setText("")
            return
        q = bank.question(self.question_id)
        self.question_text.setText(q.text)
        answer = self.state.answered(q.id)
        value = answer.value if answer is not None else None
        chosen = set(value) if isinstance(value, list) else ({str(value)} if value is not None else set())
        rows = []
        for i, opt in enumerate(q.options):
            key = opt.id if q.type == "scale" else (str(i + 1) if i < 9 else "")
            text = escape(opt.label)
            # a table keeps a long option's second line under its text, not under the marker
            mark, (bold, end) = ("▶", ("<b>", "</b>")) if opt.id in chosen else ("", ("", ""))
            rows.append(
                f"<tr><td style='padding:6px 4px 6px 0'>{bold}{mark}{end}</td>"
                f"<td style='padding:6px 12px 6px 4px' align='right'>{bold}{escape(key)}{end}</td>"
                f"<td style='padding:6px 0'>{bold}{text}{end}</td></tr>"
            )
        self.options.setText(f"<table cellspacing='0'>{''.join(rows)}</table>")
        if value == UNKNOWN:
            self.answer_line.setText(self.tr("Answer: don't know – on the follow-up list"))
        elif value == NA:
            self.answer_line.setText(self.tr("Answer: not applicable"))
        elif has_value(answer) and not q.options:
            self.answer_line.setText(self.tr("Answer: {value}").format(value=value))
        else:
            self.answer_line.setText("")

    def _hidden_text(self) -> str:
        return self.tr("The score is hidden while we discuss. It is shown at the end of the challenge.")

    def _show_decision(self) -> None:
        profile = self.state.profile
        if profile is None:
            self.verdict_label.setText("")
            self.reasons.setText("")
            return
        if not self.curtain.visible:
            self.verdict_label.setText(self.tr("Score hidden"))
            self.verdict_label.setStyleSheet("")
            self.reasons.setText(f"<p>{escape(self._hidden_text())}</p>")
            return
        v = verdict(profile, self.state.bank)
        self.verdict_label.setText(v.text())
        self.verdict_label.setStyleSheet(badge_style(v.colour(), radius=10, padding="18px 28px"))
        reasons = decision_reasons(profile, self.state.bank, self.state.answered_assessment()) if v.assessed else ()
        lines = reason_texts(reasons[:MAX_REASONS])
        items = "".join(f"<li style='margin-bottom:6px'>{escape(line)}</li>" for line in lines)
        if len(reasons) > MAX_REASONS:
            more = self.tr("and {n} more").format(n=len(reasons) - MAX_REASONS)
            items += f"<li>{escape(more)}</li>"
        self.reasons.setText(f"<ul>{items}</ul>" if items else "")

    def _show_radar(self) -> None:
        profile = self.state.profile
        shown = profile is not None and self.curtain.visible
        self.radar.setVisible(shown)
        self.radar_hidden.setVisible(not shown)
        self.radar_hidden.setText(self._hidden_text() if profile is not None else "")
        if profile is not None and shown:
            values = [profile.challenge(c).risk for c in SHORT_TITLES]
            self.radar.set_series([(self.tr("Risk today"), values, SERIES_COLOUR)])

    def _show_actions(self) -> None:
        plan = self.state.plan
        items = plan.by_phase().get(FIRST_PHASE, []) if plan is not None else []
        if not items:
            self.actions_list.setText(f"<p>{escape(self.tr('No action is needed before a pilot.'))}</p>")
            return
        decisions = self.state.assessment.plan if self.state.assessment is not None else {}
        rows = []
        for it in items[:MAX_ACTIONS]:
            d = decisions.get(it.key)
            owner = (d.owner if d is not None and d.owner else "") or it.owner_role
            who = f" – {escape(owner)}" if owner else ""
            rows.append(f"<li style='margin-bottom:10px'><b>{escape(it.title)}</b>{who}</li>")
        more = len(items) - MAX_ACTIONS
        if more > 0:
            rows.append(f"<li>{escape(self.tr('and {n} more').format(n=more))}</li>")
        self.actions_list.setText(f"<ul>{''.join(rows)}</ul>")

    # -- type that reads from the back of the room -------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        h = max(360, self.height())

        def px(fraction: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(14, int(h * fraction)))
            f.setBold(bold)
            return f

        self.header.setFont(px(0.03))
        self.question_text.setFont(px(0.06, bold=True))
        self.options.setFont(px(0.042))
        self.answer_line.setFont(px(0.036))
        self.verdict_label.setFont(px(0.08, bold=True))
        self.reasons.setFont(px(0.034))
        self.radar_hidden.setFont(px(0.045))
        self.actions_title.setFont(px(0.06, bold=True))
        self.actions_list.setFont(px(0.04))
        self.radar.set_font_scale(max(1.0, h / 400))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()
        event.ignore()  # the main window owns it; View > Audience screen brings it back
