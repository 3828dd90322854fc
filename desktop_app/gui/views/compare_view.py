"""Compare the open assessment with another file: both radars overlaid, a per-challenge delta table
and the list of changed answers. The earlier workshop is "old"; an older bank version compares on
the questions both banks share (see ``analysis.compare``).

The overall change is measured on the challenges both sides assessed only; the others are named, and
the decision change is shown with its reasons, each a link to the question that causes it.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.compare import ChallengeDelta, Comparison, Side, compare, load_assessment
from desktop_app.analysis.reasons import decision_reasons
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import ReadinessError
from desktop_app.gui.charts.base import IMPROVED_COLOUR, SERIES_COLOURS, WORSE_COLOUR
from desktop_app.gui.charts.radar import RadarChart, challenge_axes
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.answer_changes import COL_QUESTION, ROLE_QUESTION_ID, AnswerChangesModel
from desktop_app.gui.models.challenge_deltas import ChallengeDeltaModel, ChallengeDeltaRow
from desktop_app.gui.views.analysis_common import ChartBox, decision_badge, scrolled
from desktop_app.gui.views.reasons_label import ReasonsLabel
from desktop_app.gui.views.tables import read_only_table

OLD_COLOUR = SERIES_COLOURS[1]
NEW_COLOUR = SERIES_COLOURS[0]
#: bank-only questions listed by name before the rest are counted
MAX_LISTED = 8


class CompareView(QWidget):
    #: a comparison was (re)computed
    compared = Signal()

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.comparison: Comparison | None = None
        self._other: tuple[QuestionBank, Assessment, str] | None = None

        self.open_button = QPushButton(self.tr("Open assessment to compare…"))
        self.open_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.old_decision = QLabel()
        self.new_decision = QLabel()
        self.decision_change = QLabel()
        # three reasons a side keep the charts in view; the rest are counted (the risk profile lists them all)
        self.new_reasons = ReasonsLabel(self, max_shown=3)
        self.old_reasons = ReasonsLabel(self, max_shown=3)
        for reasons in (self.new_reasons, self.old_reasons):
            reasons.question_requested.connect(self._go_to)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)

        self.radar = RadarChart(self)
        self.deltas_model = ChallengeDeltaModel(self.tr("Old"), self.tr("New"), self)
        self.deltas = read_only_table(self.deltas_model, self.tr("Change by challenge"), stretch=(0,), fit=range(1, 6))
        self.deltas.setMinimumHeight(220)
        self.changes_model = AnswerChangesModel(self)
        self.changes = read_only_table(
            self.changes_model, self.tr("Changed answers"), stretch=(COL_QUESTION,), fit=(3,), wrap=True
        )
        for col in (1, 2):
            self.changes.horizontalHeader().resizeSection(col, 170)
        self.changes.activated.connect(self._change_activated)
        self.changes.doubleClicked.connect(self._change_activated)
        self.changes_title = QLabel()
        self.bank_only = QLabel()
        self.bank_only.setWordWrap(True)
        self.bank_only.setTextFormat(Qt.TextFormat.RichText)

        self.empty = QLabel(
            self.tr(
                "Compare this assessment with another one: an earlier workshop for the same client, or another "
                "project.\nChoose “Open assessment to compare…”."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scrolled(self._build_body()))

        top = QHBoxLayout()
        top.addWidget(QLabel("<span style='font-size:15pt; font-weight:600;'>" + self.tr("Compare") + "</span>"))
        top.addStretch(1)
        top.addWidget(self.clear_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        state.changed.connect(self.refresh)
        state.document_replaced.connect(self.clear)
        self.refresh()

    def _build_body(self) -> QWidget:
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(ChartBox(self.tr("Both assessments"), self.radar), 3)
        ll.addWidget(self.deltas, 2)
        right = QFrame()
        right.setFrameShape(QFrame.Shape.StyledPanel)
        rl = QVBoxLayout(right)
        rl.addWidget(self.changes_title)
        rl.addWidget(self.changes, 1)
        rl.addWidget(self.bank_only)
        hint = QLabel(
            "<small>" + self.tr("Double-click an answer to go to the question in the open assessment.") + "</small>"
        )
        rl.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 760])

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        decisions = QHBoxLayout()
        decisions.addWidget(QLabel("<b>" + self.tr("Decision") + "</b> " + self.tr("old")))
        decisions.addWidget(self.old_decision)
        decisions.addWidget(QLabel("→ " + self.tr("new")))
        decisions.addWidget(self.new_decision)
        decisions.addWidget(self.decision_change)
        decisions.addStretch(1)
        reasons = QHBoxLayout()
        reasons.addWidget(self.new_reasons, 1)
        reasons.addWidget(self.old_reasons, 1)
        bl.addWidget(self.heading)
        bl.addLayout(decisions)
        bl.addLayout(reasons)
        bl.addWidget(self.note)
        bl.addWidget(splitter, 1)
        return body

    # -- public ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.state.path.parent) if self.state.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open assessment to compare"), start, self.tr("Assessments (*.readiness);;All files (*)")
        )
        if path:
            self.compare_with(Path(path))

    def compare_with(self, path: Path) -> bool:
        """Compare the open assessment with ``path``; a file that cannot be read is explained, not raised."""
        try:
            bank, assessment = load_assessment(Path(path))
        except ReadinessError as exc:
            QMessageBox.warning(self, self.tr("Cannot compare"), str(exc))
            return False
        self._other = (bank, assessment, Path(path).name)
        self.refresh()
        return True

    def clear(self) -> None:
        self._other = None
        self.comparison = None
        self.refresh()

    def refresh(self) -> None:
        bank, assessment = self.state.bank, self.state.assessment
        self.open_button.setEnabled(bank is not None)
        self.clear_button.setVisible(self._other is not None)
        if bank is None or assessment is None or self._other is None:
            self.comparison = None
            self.stack.setCurrentIndex(0)
            return
        other_bank, other, other_name = self._other
        this_name = self.state.path.name if self.state.path else self.tr("This assessment")
        # the earlier workshop is the old side; without dates the other file is the old one
        this_first = bool(assessment.workshop_date and other.workshop_date) and (
            assessment.workshop_date < other.workshop_date
        )
        if this_first:
            c = compare(bank, assessment, other_bank, other, labels=(this_name, other_name))
        else:
            c = compare(other_bank, other, bank, assessment, labels=(other_name, this_name))
        self.comparison = c
        self._show(c, old_is_open=this_first)
        self.stack.setCurrentIndex(1)
        self.compared.emit()

    # -- drawing ---------------------------------------------------------------------------
    def _show(self, c: Comparison, old_is_open: bool) -> None:
        self.heading.setText(
            self.tr("Old:") + " " + self._side_html(c.old, OLD_COLOUR) + "<br>" + self.tr("New:") + " "
            + self._side_html(c.new, NEW_COLOUR)
        )  # fmt: skip
        self._show_decision(c, old_is_open)
        self.note.setText(self._note_html(c))
        labels, shorts = challenge_axes(c.new_profile.challenges)
        self.radar.set_axes(labels, shorts)
        self.radar.set_series(
            [
                (self.tr("New: {name}").format(name=c.new.label), [x.new_risk for x in c.challenges], NEW_COLOUR),
                (self.tr("Old: {name}").format(name=c.old.label), [x.old_risk for x in c.challenges], OLD_COLOUR),
            ]
        )
        self.deltas_model.set_rows(
            [ChallengeDeltaRow(x.id, x.title, x.old_risk, x.old_level, x.new_risk, x.new_level) for x in c.challenges]
        )
        self.changes_model.set_rows(c.changed_answers)
        self.changes.resizeRowsToContents()
        n = len(c.changed_answers)
        self.changes_title.setText(
            "<b>" + (self.tr("Changed answers ({n})").format(n=n) if n else self.tr("No answers changed.")) + "</b>"
        )
        self._show_bank_only(c)

    def _side_html(self, s: Side, colour: str) -> str:
        return (
            f"<span style='color:{colour}; font-size:14pt;'>■</span> <b>{escape(s.label)}</b> — "
            f"{escape(s.client)} / {escape(s.project)}, {escape(s.workshop_date) or self.tr('no date')}"
        )

    def _show_decision(self, c: Comparison, old_is_open: bool) -> None:
        decision_badge(self.old_decision, c.old.decision)
        decision_badge(self.new_decision, c.new.decision)
        words = {
            "worse": self.tr("worse"),
            "better": self.tr("better"),
            "same": self.tr("unchanged"),
        }
        colour = {"worse": WORSE_COLOUR, "better": IMPROVED_COLOUR}.get(c.decision_change, "")
        style = f" style='color:{colour};'" if colour else ""
        self.decision_change.setText(f"<b{style}>({words[c.decision_change]})</b>")
        # the open assessment's bank knows where its questions are: link its reasons to them
        open_bank, open_assessment = self.state.bank, self.state.assessment
        # the other file's own bank says its answers' findings (a link opens that question in the open file)
        new_links = (open_bank, open_assessment) if not old_is_open else (c.new_bank, None)
        old_links = (open_bank, open_assessment) if old_is_open else (c.old_bank, None)
        self.new_reasons.set_reasons(decision_reasons(c.new_profile, *new_links), self.tr("Why, new:"))
        self.old_reasons.set_reasons(decision_reasons(c.old_profile, *old_links), self.tr("Why, old:"))
        self.old_reasons.setVisible(c.decision_change != "same")

    def _note_html(self, c: Comparison) -> str:
        notes = []
        compared = c.compared_challenges
        if compared and c.old_compared_risk is not None and c.new_compared_risk is not None:
            what = self.tr("challenge") if len(compared) == 1 else self.tr("challenges")
            notes.append(
                self.tr("Overall risk on the {n} {what} both assessed: {old:.1f} → {new:.1f} ({delta:+.1f}).").format(
                    n=len(compared), what=what, old=c.old_compared_risk, new=c.new_compared_risk,
                    delta=c.overall_delta or 0.0,
                )
            )  # fmt: skip
        else:
            notes.append(self.tr("No challenge was assessed in both, so no overall change is measured."))
        notes.extend(self._not_compared(c.only_assessed_in_old, self.tr("old")))
        notes.extend(self._not_compared(c.only_assessed_in_new, self.tr("new")))
        if not c.same_bank:
            notes.append(
                self.tr(
                    "The question banks differ ({old_bank} → {new_bank}): each side is scored on its own bank, and "
                    "answers are compared on the {n} questions both share."
                ).format(
                    old_bank=escape(f"{c.old.bank_id} {c.old.bank_version}"),
                    new_bank=escape(f"{c.new.bank_id} {c.new.bank_version}"),
                    n=c.shared_questions,
                )
            )
        return " ".join(notes)

    def _not_compared(self, items: tuple[ChallengeDelta, ...], side: str) -> list[str]:
        if not items:
            return []
        names = ", ".join(escape(x.title) for x in items)
        return [
            "<b>" + self.tr("Not compared") + "</b> "
            + self.tr("(assessed in the {side} assessment only): {names}.").format(side=side, names=names)
        ]  # fmt: skip

    def _show_bank_only(self, c: Comparison) -> None:
        parts = []
        for title, items in (
            (self.tr("Only in the old bank"), c.only_in_old),
            (self.tr("Only in the new bank"), c.only_in_new),
        ):
            if items:
                listed = "; ".join(escape(q.text) for q in items[:MAX_LISTED])
                more = self.tr(" and {n} more").format(n=len(items) - MAX_LISTED) if len(items) > MAX_LISTED else ""
                parts.append(f"<b>{title}</b> ({len(items)}): {listed}{more}")
        self.bank_only.setText("<br>".join(parts))
        self.bank_only.setVisible(bool(parts))

    def _go_to(self, question_id: str) -> None:
        if self.state.bank is not None and self.state.bank.has_question(question_id):
            self.state.request_navigate(question_id)

    def _change_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        qid = self.changes_model.data(index, ROLE_QUESTION_ID)
        if isinstance(qid, str):
            self._go_to(qid)
