"""Poll the room: one compact row per participant for the current question, the spread, and the
agreed answer with a one-line rationale.

Keyboard: Up/Down move between participants' rows; a digit 1-9 chooses that option for the focused
participant (0 clears it), ``u`` is "Don't know", ``n`` "Not applicable"; Ctrl+Enter sets the agreed
answer (as does Enter in the rationale). Each participant's answer and the agreed answer are undoable
commands on the document's undo stack. The disagreement measure and the confidence rule are in
``core/voices.py``. The window wires the panel in (``show_question`` follows the questionnaire).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import AnswerValue, ParticipantAnswer
from desktop_app.core.bank import NA, UNKNOWN, Question
from desktop_app.core.voices import NONE, SOME, STRONG, AgreedChoice, agreed_answer, measure
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.views.labels import wrapped_label
from desktop_app.storage.document import ReadinessDocument

LEVEL_TEXT = {NONE: "The room agrees.", SOME: "Some disagreement.", STRONG: "Strong disagreement."}


def choices(question: Question) -> list[tuple[str, AnswerValue | None]]:
    """What a participant can say: (label, value); the first entry is "no answer"."""
    out: list[tuple[str, AnswerValue | None]] = [(QCoreApplication.translate("PollPanel", "(no answer)"), None)]
    if question.type in ("single", "yesno"):
        out += [(o.label, o.id) for o in question.options]
    elif question.type == "scale":
        out += [(o.label, int(o.id)) for o in question.options if o.id.isdigit()]
    if question.allow_unknown and question.type != "text":
        out.append((QCoreApplication.translate("PollPanel", "Don't know"), UNKNOWN))
    if question.allow_na and question.type != "text":
        out.append((QCoreApplication.translate("PollPanel", "Not applicable"), NA))
    return out


class _VoiceCommand(QUndoCommand):
    """One participant's answer, undoable."""

    def __init__(
        self, state: DocumentState, before: ParticipantAnswer | None, after: ParticipantAnswer | None, key: str
    ) -> None:
        super().__init__(QCoreApplication.translate("PollPanel", "Participant's answer"))
        self.state, self.before, self.after = state, before, after
        self.pid, self.qid = key.split("|", 1)

    def _write(self, voice: ParticipantAnswer | None) -> bool:
        if voice is None:
            return self.state.apply_change(lambda d: d.clear_participant_answer(self.pid, self.qid))

        def write(doc: ReadinessDocument) -> None:
            doc.set_participant_answer(voice)

        return self.state.apply_change(write)

    def redo(self) -> None:
        if not self._write(self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        self._write(self.before)


class ParticipantRow(QComboBox):
    """A participant's answer: a combo box that digits, ``u`` and ``n`` drive directly."""

    def __init__(self, participant_id: str, options: list[tuple[str, AnswerValue | None]], panel: PollPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.participant_id = participant_id
        self.values = [value for _, value in options]
        for label, _ in options:
            self.addItem(label)

    def select_value(self, value: AnswerValue | None) -> None:
        self.setCurrentIndex(self.values.index(value) if value in self.values else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().lower()
        if text.isdigit():
            index = int(text)
            if index < len(self.values):
                self.setCurrentIndex(index)
                self.activated.emit(index)
            return
        special = {"u": UNKNOWN, "n": NA}.get(text)
        if special is not None and special in self.values:
            index = self.values.index(special)
            self.setCurrentIndex(index)
            self.activated.emit(index)
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.panel.focus_row(self, 1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class PollPanel(QWidget):
    """The room's answers to one question, and the agreed answer."""

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.question: Question | None = None
        self.rows: list[ParticipantRow] = []
        self.setAccessibleName(QCoreApplication.translate("PollPanel", "Poll the room"))
        layout = QVBoxLayout(self)
        self.title = wrapped_label("", layout)
        wrapped_label(
            QCoreApplication.translate(
                "PollPanel", "Up/Down: participant · 1-9: their answer (0 clears) · U: don't know · N: not applicable"
            ),
            layout,
        )
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.spread = QLabel()
        self.spread.setAccessibleName(QCoreApplication.translate("PollPanel", "How far the room disagrees"))
        layout.addWidget(self.spread)
        agreed = QHBoxLayout()
        self.agreed = QComboBox()
        self.agreed.setAccessibleName(QCoreApplication.translate("PollPanel", "Agreed answer"))
        agreed.addWidget(QLabel(QCoreApplication.translate("PollPanel", "Agreed:")))
        agreed.addWidget(self.agreed, 1)
        layout.addLayout(agreed)
        self.rationale = QLineEdit()
        self.rationale.setPlaceholderText(QCoreApplication.translate("PollPanel", "Why, in one line"))
        self.rationale.setAccessibleName(QCoreApplication.translate("PollPanel", "Rationale of the agreed answer"))
        self.rationale.setMaxLength(300)
        self.rationale.returnPressed.connect(self.set_agreed)
        layout.addWidget(self.rationale)
        self.keep = QCheckBox(QCoreApplication.translate("PollPanel", "Keep the confidence despite the disagreement"))
        layout.addWidget(self.keep)
        self.set_button = QPushButton(QCoreApplication.translate("PollPanel", "Set agreed answer"))
        self.set_button.setShortcut("Ctrl+Return")
        self.set_button.clicked.connect(self.set_agreed)
        layout.addWidget(self.set_button)
        layout.addStretch(1)
        state.changed.connect(self.refresh)

    def focus_row(self, row: ParticipantRow, step: int) -> None:
        """Move the focus from ``row`` to the participant above or below (Up/Down)."""
        index = self.rows.index(row) + step
        if 0 <= index < len(self.rows):
            self.rows[index].setFocus()

    # -- showing ---------------------------------------------------------------------------
    def show_question(self, question_id: str) -> None:
        self.set_question(question_id)
        self._build()
        self.refresh()

    def set_question(self, question_id: str) -> None:
        """Take ``question_id`` as the question polled without building its rows (out of sight: the
        window shows it when the panel comes into sight, gui/deferred.py ``FollowsQuestion``)."""
        bank = self.state.bank
        self.question = bank.question(question_id) if bank is not None and bank.has_question(question_id) else None

    def _build(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.rows = []
        a, q = self.state.assessment, self.question
        if a is None or q is None:
            return
        options = choices(q)
        for person in a.participants:
            row = ParticipantRow(person.id, options, self)
            row.setAccessibleName(
                QCoreApplication.translate("PollPanel", "Answer of {name}").replace("{name}", person.name)
            )
            row.activated.connect(lambda index, r=row: self._voice_chosen(r, index))
            self.form.addRow(person.name, row)
            self.rows.append(row)
        self.agreed.clear()
        for label, _ in options[1:]:
            self.agreed.addItem(label)

    def refresh(self) -> None:
        a, q, bank = self.state.assessment, self.question, self.state.bank
        if a is None or q is None or bank is None:
            self.title.setText(QCoreApplication.translate("PollPanel", "Choose a question to poll the room."))
            self.spread.setText("")
            return
        if len(self.rows) != len(a.participants):
            self._build()
        self.title.setText(f"<b>{q.text}</b>")
        voices = {v.participant_id: v for v in a.voices.get(q.id, ())}
        for row in self.rows:
            voice = voices.get(row.participant_id)
            row.blockSignals(True)
            row.select_value(voice.value if voice else None)
            row.blockSignals(False)
        if voices:
            d = measure(bank, q, tuple(voices.values()))
            spread = (
                ""
                if d.spread is None
                else QCoreApplication.translate("PollPanel", " Spread: {n} risk points.").replace(
                    "{n}", f"{d.spread:g}"
                )
            )
            self.spread.setText(LEVEL_TEXT[d.level] + spread)
        else:
            self.spread.setText(QCoreApplication.translate("PollPanel", "No one has answered yet."))
        editable = not self.state.readonly
        for widget in (*self.rows, self.agreed, self.rationale, self.keep, self.set_button):
            widget.setEnabled(editable)
        current = a.record(q.id)
        if current is not None:
            self.rationale.setText(current.rationale)
            self.keep.setChecked(current.keep_confidence)

    # -- changing --------------------------------------------------------------------------
    def _voice_chosen(self, row: ParticipantRow, index: int) -> None:
        a, q = self.state.assessment, self.question
        if a is None or q is None or self.state.readonly:
            return
        before = next((v for v in a.voices.get(q.id, ()) if v.participant_id == row.participant_id), None)
        value = row.values[index]
        after = None if value is None else ParticipantAnswer(row.participant_id, q.id, value)
        if before is None and after is None:
            return
        stack = self.state.undo_stack
        stack.beginMacro(QCoreApplication.translate("PollPanel", "Participant's answer"))
        try:
            stack.push(_VoiceCommand(self.state, before, after, f"{row.participant_id}|{q.id}"))
            self._lower_confidence_if_split(q)
        finally:
            stack.endMacro()

    def _lower_confidence_if_split(self, q: Question) -> None:
        """A participant's answer that makes the room disagree strongly lowers the agreed answer's
        confidence to low, in the same undo step, unless the facilitator kept it."""
        a, bank = self.state.assessment, self.state.bank
        agreed = a.answers.get(q.id) if a is not None else None
        if a is None or bank is None or agreed is None or agreed.value is None or agreed.keep_confidence:
            return
        voices = a.voices.get(q.id, ())
        if agreed.confidence != "low" and voices and measure(bank, q, voices).strong:
            self.state.set_answer(
                replace(agreed, confidence="low", answered_at=""),
                QCoreApplication.translate("PollPanel", "Confidence lowered"),
            )

    def set_agreed(self) -> None:
        """Set the agreed answer (an undoable change); strong disagreement lowers its confidence."""
        a, q, bank = self.state.assessment, self.question, self.state.bank
        if a is None or q is None or bank is None or self.state.readonly or self.agreed.currentIndex() < 0:
            return
        value = choices(q)[self.agreed.currentIndex() + 1][1]
        if value is None:
            return
        voices = a.voices.get(q.id, ())
        measured = measure(bank, q, voices) if voices else None
        choice = AgreedChoice(value, self.rationale.text(), keep_confidence=self.keep.isChecked())
        self.state.set_answer(
            agreed_answer(q.id, a.record(q.id), choice, measured),
            QCoreApplication.translate("PollPanel", "Agreed answer"),
        )
