"""Follow-up: every "don't know" and low-confidence answer with its note, ready to send to the client."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Assessment
from desktop_app.core.assessment import answer_label as core_answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.scoring import FollowUp, RiskProfile
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.follow_up import (
    COL_NOTE,
    COL_QUESTION,
    COL_REASON,
    COL_TOPIC,
    ROLE_QUESTION_ID,
    FollowUpModel,
)
from desktop_app.gui.models.labels import answer_label, follow_up_reason_label
from desktop_app.gui.theme import presentation_scale, scaled_font
from desktop_app.gui.views.tables import read_only_table

translate = QCoreApplication.translate


def topic_titles(bank: QuestionBank) -> dict[str, str]:
    return {"context": translate("FollowUpView", "Context"), **{c.id: c.title for c in bank.challenges}}


def _opening(assessment: Assessment, email: bool) -> list[str]:
    if not email:
        return [
            translate("FollowUpView", "Follow-up: {client} – {project}").format(
                client=assessment.client, project=assessment.project
            ),
            "",
        ]
    if assessment.workshop_date:
        thanks = translate("FollowUpView", "Thank you for the workshop on {date}.").format(
            date=assessment.workshop_date
        )
    else:
        thanks = translate("FollowUpView", "Thank you for the workshop.")
    return [
        translate("FollowUpView", "Subject: {project}: open questions from the GenAI readiness workshop").format(
            project=assessment.project
        ),
        "",
        translate("FollowUpView", "Hello,"),
        "",
        thanks
        + " "
        + translate("FollowUpView", "To complete the assessment we need answers to the following questions:"),
        "",
    ]


def _item_lines(n: int, f: FollowUp) -> list[str]:
    reason = follow_up_reason_label(f.reason)
    if f.reason == "unknown" or (f.reason == "parked" and f.value is None):
        line = translate("FollowUpView", "{n}. {question}  [{reason}]").format(n=n, question=f.text, reason=reason)
    else:
        line = translate("FollowUpView", "{n}. {question}  [{reason}; answer so far: {answer}]").format(
            n=n, question=f.text, reason=reason, answer=answer_label(f.value, f.answer)
        )
    return [line, translate("FollowUpView", "   Note: {note}").format(note=f.note)] if f.note else [line]


def parked_items(bank: QuestionBank, assessment: Assessment) -> list[FollowUp]:
    """The questions parked in the room (key P), answered or not, in bank order, as follow-up rows
    whose note is the park note (and the question's note after it)."""
    records = {**assessment.unanswered, **assessment.answers}
    rows = []
    for q in bank.all_questions():
        r = records.get(q.id)
        if r is None or not r.parked:
            continue
        answer = core_answer_label(bank, r) if r.value is not None else translate("FollowUpView", "not answered")
        note = " – ".join(t for t in (r.park_note, r.note) if t)
        if r.note and r.note_by:
            note += f" ({r.note_by})"
        topic = q.challenge if q.challenge and not q.is_context else "context"
        rows.append(FollowUp(q.id, q.text, topic, "parked", answer, note, value=r.value))
    return rows


def follow_up_rows(bank: QuestionBank, assessment: Assessment, profile: RiskProfile) -> list[FollowUp]:
    """Parked questions first, then every "don't know" and low-confidence answer not parked."""
    parked = parked_items(bank, assessment)
    ids = {f.question for f in parked}
    return parked + [f for f in profile.follow_up if f.question not in ids]


def follow_up_text(bank: QuestionBank, assessment: Assessment, profile: RiskProfile, email: bool = False) -> str:
    """The follow-up list as plain text, or as an e-mail to the client."""
    topics = topic_titles(bank)
    rows = follow_up_rows(bank, assessment, profile)
    lines = _opening(assessment, email)
    current = None
    for n, f in enumerate(rows, 1):
        topic = topics.get(f.challenge, f.challenge)
        if topic != current:
            if current is not None:
                lines.append("")
            lines.append(topic)
            current = topic
        lines += _item_lines(n, f)
    if not rows:
        lines.append(translate("FollowUpView", "No open questions."))
    if email:
        lines += ["", translate("FollowUpView", "Kind regards,"), assessment.facilitator or ""]
    return "\n".join(lines).rstrip() + "\n"


class FollowUpView(QWidget):
    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Follow-up"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        bar = QHBoxLayout()
        self.copy_text_button = QPushButton(self.tr("Copy as &text"))
        self.copy_text_button.setAccessibleName(self.tr("Copy the follow-up list as text"))
        self.copy_text_button.clicked.connect(lambda: self.copy(email=False))
        self.copy_mail_button = QPushButton(self.tr("Copy as e-&mail"))
        self.copy_mail_button.setAccessibleName(self.tr("Copy the follow-up list as an e-mail"))
        self.copy_mail_button.clicked.connect(lambda: self.copy(email=True))
        self.go_button = QPushButton(self.tr("Go t&o question"))
        self.go_button.setAccessibleName(self.tr("Go to the selected question"))
        self.go_button.clicked.connect(self.go_to_selected)
        self.unpark_button = QPushButton(self.tr("Unpark"))
        self.unpark_button.setAccessibleName(self.tr("Unpark the selected question"))
        self.unpark_button.setToolTip(self.tr("Take the selected parked question off the follow-up list"))
        self.unpark_button.clicked.connect(self.unpark_selected)
        for b in (self.copy_text_button, self.copy_mail_button, self.go_button, self.unpark_button):
            b.setMinimumHeight(34)
            bar.addWidget(b)
        bar.addStretch(1)
        self.copied_label = QLabel()
        bar.addWidget(self.copied_label)
        lay.addLayout(bar)
        self.model = FollowUpModel(self)
        self.table = read_only_table(
            self.model,
            self.tr("Follow-up questions"),
            stretch=(COL_QUESTION, COL_NOTE),
            fit=(COL_TOPIC, COL_REASON),
            wrap=True,
        )
        self.table.activated.connect(lambda _i: self.go_to_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.go_to_selected())
        lay.addWidget(self.table, 1)
        state.changed.connect(self.refresh)
        self.refresh()

    def set_presentation(self, on: bool) -> None:
        """Large type for a projector (sized to the screen): the summary, the buttons and the list."""
        factor = presentation_scale(self) if on else 1.0
        base = QApplication.font()
        for w in (self.summary, self.table, self.copied_label, *self.findChildren(QPushButton)):
            w.setFont(scaled_font(base, factor))
        self.table.resizeRowsToContents()

    def refresh(self) -> None:
        profile, bank = self.state.profile, self.state.bank
        if profile is None or bank is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        self.model.set_topics(topic_titles(bank))
        a = self.state.assessment
        rows = follow_up_rows(bank, a, profile) if a is not None else list(profile.follow_up)
        self.model.set_rows(rows)
        if self.table.isVisible():  # a hidden tab fits its rows when shown (showEvent), not on every answer
            self.table.resizeRowsToContents()
        parked = sum(1 for f in rows if f.reason == "parked")
        unknown = sum(1 for f in rows if f.reason == "unknown")
        low = len(rows) - unknown - parked
        if rows:
            self.summary.setText(
                self.tr(
                    "{n} question(s) to follow up with the client: {parked} parked in the room, "
                    '{unknown} "don\'t know", {low} answered with low confidence.'
                ).format(n=len(rows), parked=parked, unknown=unknown, low=low)
            )
        else:
            self.summary.setText(self.tr('Nothing to follow up: no "don\'t know" or low-confidence answers.'))
        has = bool(rows)
        self.copy_text_button.setEnabled(has)
        self.copy_mail_button.setEnabled(has)
        self.go_button.setEnabled(has)
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def text(self, email: bool = False) -> str:
        bank, a, profile = self.state.bank, self.state.assessment, self.state.profile
        if bank is None or a is None or profile is None:
            return ""
        return follow_up_text(bank, a, profile, email=email)

    def copy(self, email: bool = False) -> None:
        QGuiApplication.clipboard().setText(self.text(email=email))
        self.copied_label.setText(self.tr("Copied as e-mail.") if email else self.tr("Copied."))

    def go_to_selected(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0, 0)
        if idx.isValid():
            self.state.request_navigate(self.model.index(idx.row(), 0).data(ROLE_QUESTION_ID))

    def _selected_row(self) -> FollowUp | None:
        idx = self.table.currentIndex()
        return self.model.item(idx.row()) if idx.isValid() and idx.row() < self.model.rowCount() else None

    def _selection_changed(self) -> None:
        row = self._selected_row()
        self.unpark_button.setEnabled(row is not None and row.reason == "parked" and not self.state.readonly)

    def unpark_selected(self) -> bool:
        """Take the selected parked question off the follow-up list (one undoable change)."""
        row = self._selected_row()
        if row is None or row.reason != "parked":
            return False
        return self.state.edit_room_fields(row.question, parked=False, park_note="", text="Unpark question")
