"""Follow-up: every "don't know" and low-confidence answer with its note, ready to send to the client."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.scoring import RiskProfile
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.follow_up import (
    COL_NOTE,
    COL_QUESTION,
    COL_REASON,
    COL_TOPIC,
    REASON_LABELS,
    ROLE_QUESTION_ID,
    FollowUpModel,
)
from desktop_app.gui.views.tables import read_only_table


def topic_titles(bank: QuestionBank) -> dict[str, str]:
    return {"context": "Context", **{c.id: c.title for c in bank.challenges}}


def follow_up_text(bank: QuestionBank, assessment: Assessment, profile: RiskProfile, email: bool = False) -> str:
    """The follow-up list as plain text, or as an e-mail to the client."""
    topics = topic_titles(bank)
    lines: list[str] = []
    if email:
        lines += [
            f"Subject: {assessment.project}: open questions from the GenAI readiness workshop",
            "",
            "Hello,",
            "",
            f"Thank you for the workshop{(' on ' + assessment.workshop_date) if assessment.workshop_date else ''}. "
            "To complete the assessment we need answers to the following questions:",
            "",
        ]
    else:
        lines += [f"Follow-up: {assessment.client} – {assessment.project}", ""]
    current = None
    for n, f in enumerate(profile.follow_up, 1):
        topic = topics.get(f.challenge, f.challenge)
        if topic != current:
            if current is not None:
                lines.append("")
            lines.append(topic)
            current = topic
        reason = REASON_LABELS.get(f.reason, f.reason)
        line = f"{n}. {f.text}"
        if f.reason == "unknown":
            line += f"  [{reason}]"
        else:
            line += f"  [{reason}; answer so far: {f.answer}]"
        lines.append(line)
        if f.note:
            lines.append(f"   Note: {f.note}")
    if not profile.follow_up:
        lines.append("No open questions.")
    if email:
        lines += ["", "Kind regards,", assessment.facilitator or ""]
    return "\n".join(lines).rstrip() + "\n"


class FollowUpView(QWidget):
    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName("Follow-up")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        bar = QHBoxLayout()
        self.copy_text_button = QPushButton("Copy as &text")
        self.copy_text_button.setAccessibleName("Copy the follow-up list as text")
        self.copy_text_button.clicked.connect(lambda: self.copy(email=False))
        self.copy_mail_button = QPushButton("Copy as e-&mail")
        self.copy_mail_button.setAccessibleName("Copy the follow-up list as an e-mail")
        self.copy_mail_button.clicked.connect(lambda: self.copy(email=True))
        self.go_button = QPushButton("Go t&o question")
        self.go_button.setAccessibleName("Go to the selected question")
        self.go_button.clicked.connect(self.go_to_selected)
        for b in (self.copy_text_button, self.copy_mail_button, self.go_button):
            b.setMinimumHeight(34)
            bar.addWidget(b)
        bar.addStretch(1)
        self.copied_label = QLabel()
        bar.addWidget(self.copied_label)
        lay.addLayout(bar)
        self.model = FollowUpModel(self)
        self.table = read_only_table(
            self.model,
            "Follow-up questions",
            stretch=(COL_QUESTION, COL_NOTE),
            fit=(COL_TOPIC, COL_REASON),
            wrap=True,
        )
        self.table.activated.connect(lambda _i: self.go_to_selected())
        self.table.doubleClicked.connect(lambda _i: self.go_to_selected())
        lay.addWidget(self.table, 1)
        state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        profile, bank = self.state.profile, self.state.bank
        if profile is None or bank is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        self.model.set_rows(list(profile.follow_up), topic_titles(bank))
        self.table.resizeRowsToContents()
        unknown = sum(1 for f in profile.follow_up if f.reason == "unknown")
        low = len(profile.follow_up) - unknown
        if profile.follow_up:
            self.summary.setText(
                f"{len(profile.follow_up)} question(s) to follow up with the client: "
                f'{unknown} "don\'t know", {low} answered with low confidence.'
            )
        else:
            self.summary.setText('Nothing to follow up: no "don\'t know" or low-confidence answers.')
        has = bool(profile.follow_up)
        self.copy_text_button.setEnabled(has)
        self.copy_mail_button.setEnabled(has)
        self.go_button.setEnabled(has)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def text(self, email: bool = False) -> str:
        bank, a, profile = self.state.bank, self.state.assessment, self.state.profile
        if bank is None or a is None or profile is None:
            return ""
        return follow_up_text(bank, a, profile, email=email)

    def copy(self, email: bool = False) -> None:
        QGuiApplication.clipboard().setText(self.text(email=email))
        self.copied_label.setText("Copied as e-mail." if email else "Copied.")

    def go_to_selected(self) -> None:
        idx = self.table.currentIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0, 0)
        if idx.isValid():
            self.state.request_navigate(self.model.index(idx.row(), 0).data(ROLE_QUESTION_ID))
