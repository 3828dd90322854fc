"""Compare the open assessment with another file: both radars overlaid, a per-challenge delta table
and the list of changed answers. The earlier workshop is "old"; an older bank version compares on
the questions both banks share (see ``analysis.compare``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
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

from desktop_app.analysis.compare import Comparison, compare, load_assessment
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import ReadinessError
from desktop_app.gui.charts.base import SERIES_COLOURS
from desktop_app.gui.charts.radar import RadarChart, challenge_axes
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.answer_changes import COL_QUESTION, ROLE_QUESTION_ID, AnswerChangesModel
from desktop_app.gui.models.challenge_deltas import ChallengeDeltaModel, ChallengeDeltaRow
from desktop_app.gui.views.analysis_common import ChartBox, decision_badge
from desktop_app.gui.views.tables import read_only_table

OLD_COLOUR = SERIES_COLOURS[1]
NEW_COLOUR = SERIES_COLOURS[0]


class CompareView(QWidget):
    #: a comparison was (re)computed
    compared = Signal()

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.comparison: Comparison | None = None
        self._other: tuple[QuestionBank, Assessment, str] | None = None

        self.open_button = QPushButton("Open assessment to compare…")
        self.open_button.clicked.connect(self.choose_file)
        self.clear_button = QPushButton("Clear")
        self.clear_button.clicked.connect(self.clear)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.old_decision = QLabel()
        self.new_decision = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.radar = RadarChart(self)
        self.deltas_model = ChallengeDeltaModel("Old", "New", self)
        self.deltas = read_only_table(self.deltas_model, "Change by challenge", stretch=(0,), fit=range(1, 6))
        self.deltas.setMinimumHeight(220)
        self.changes_model = AnswerChangesModel(self)
        self.changes = read_only_table(
            self.changes_model, "Changed answers", stretch=(COL_QUESTION,), fit=(3,), wrap=True
        )
        for col in (1, 2):
            self.changes.horizontalHeader().resizeSection(col, 170)
        self.changes.activated.connect(self._change_activated)
        self.changes.doubleClicked.connect(self._change_activated)
        self.changes_title = QLabel()
        self.bank_only = QLabel()
        self.bank_only.setWordWrap(True)
        self.bank_only.setTextFormat(Qt.TextFormat.RichText)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(ChartBox("Both assessments", self.radar), 3)
        ll.addWidget(self.deltas, 2)
        right = QFrame()
        right.setFrameShape(QFrame.Shape.StyledPanel)
        rl = QVBoxLayout(right)
        rl.addWidget(self.changes_title)
        rl.addWidget(self.changes, 1)
        rl.addWidget(self.bank_only)
        hint = QLabel("<small>Double-click an answer to go to the question in the open assessment.</small>")
        rl.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 760])

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        decisions = QHBoxLayout()
        decisions.addWidget(QLabel("<b>Decision</b> old"))
        decisions.addWidget(self.old_decision)
        decisions.addWidget(QLabel("→ new"))
        decisions.addWidget(self.new_decision)
        decisions.addStretch(1)
        bl.addWidget(self.heading)
        bl.addLayout(decisions)
        bl.addWidget(self.note)
        bl.addWidget(splitter, 1)

        self.empty = QLabel(
            "Compare this assessment with another one: an earlier workshop for the same client, or another "
            "project.\nChoose “Open assessment to compare…”."
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)

        top = QHBoxLayout()
        top.addWidget(QLabel("<span style='font-size:15pt; font-weight:600;'>Compare</span>"))
        top.addStretch(1)
        top.addWidget(self.clear_button)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        state.changed.connect(self.refresh)
        state.document_replaced.connect(self.clear)
        self.refresh()

    # -- public ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.state.path.parent) if self.state.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, "Open assessment to compare", start, "Assessments (*.readiness);;All files (*)"
        )
        if path:
            self.compare_with(Path(path))

    def compare_with(self, path: Path) -> bool:
        """Compare the open assessment with ``path``; a file that cannot be read is explained, not raised."""
        try:
            bank, assessment = load_assessment(Path(path))
        except ReadinessError as exc:
            QMessageBox.warning(self, "Cannot compare", str(exc))
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
        this_name = self.state.path.name if self.state.path else "This assessment"
        # the earlier workshop is the old side; without dates the other file is the old one
        this_first = bool(assessment.workshop_date and other.workshop_date) and (
            assessment.workshop_date < other.workshop_date
        )
        if this_first:
            c = compare(bank, assessment, other_bank, other, old_label=this_name, new_label=other_name)
        else:
            c = compare(other_bank, other, bank, assessment, old_label=other_name, new_label=this_name)
        self.comparison = c
        self._show(c)
        self.stack.setCurrentIndex(1)
        self.compared.emit()

    # -- drawing ---------------------------------------------------------------------------
    def _show(self, c: Comparison) -> None:
        def side(s, colour: str) -> str:
            return (
                f"<span style='color:{colour}; font-size:14pt;'>■</span> <b>{_esc(s.label)}</b> — "
                f"{_esc(s.client)} / {_esc(s.project)}, {s.workshop_date or 'no date'}"
            )

        self.heading.setText(f"Old: {side(c.old, OLD_COLOUR)}<br>New: {side(c.new, NEW_COLOUR)}")
        decision_badge(self.old_decision, c.old.decision)
        decision_badge(self.new_decision, c.new.decision)
        notes = []
        if c.old.risk is not None and c.new.risk is not None:
            notes.append(f"Overall risk {c.old.risk:.1f} → {c.new.risk:.1f} ({c.overall_delta:+.1f}).")
        if not c.same_bank:
            notes.append(
                f"The question banks differ ({c.old.bank_id} {c.old.bank_version} → {c.new.bank_id} "
                f"{c.new.bank_version}): each side is scored on its own bank, and answers are compared on the "
                f"{c.shared_questions} questions both share."
            )
        self.note.setText(" ".join(notes))
        labels, shorts = challenge_axes(c.new_profile.challenges)
        self.radar.set_axes(labels, shorts)
        self.radar.set_series(
            [
                (f"New: {c.new.label}", [x.new_risk for x in c.challenges], NEW_COLOUR),
                (f"Old: {c.old.label}", [x.old_risk for x in c.challenges], OLD_COLOUR),
            ]
        )
        self.deltas_model.set_rows(
            [ChallengeDeltaRow(x.id, x.title, x.old_risk, x.old_level, x.new_risk, x.new_level) for x in c.challenges]
        )
        self.changes_model.set_rows(c.changed_answers)
        self.changes.resizeRowsToContents()
        n = len(c.changed_answers)
        self.changes_title.setText(f"<b>Changed answers</b> ({n})" if n else "<b>No answers changed.</b>")
        parts = []
        for title, items in (("Only in the old bank", c.only_in_old), ("Only in the new bank", c.only_in_new)):
            if items:
                listed = "; ".join(f"{_esc(q.text)}" for q in items[:8])
                more = f" and {len(items) - 8} more" if len(items) > 8 else ""
                parts.append(f"<b>{title}</b> ({len(items)}): {listed}{more}")
        self.bank_only.setText("<br>".join(parts))
        self.bank_only.setVisible(bool(parts))

    def _change_activated(self, index: QModelIndex) -> None:
        qid = self.changes_model.data(index, ROLE_QUESTION_ID)
        if qid and self.state.bank is not None and self.state.bank.has_question(qid):
            self.state.request_navigate(qid)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
