"""The live panel's line about the room: whether it disagreed strongly on the question shown, and
on how many questions in all. Hidden while the room agrees everywhere. The measure is
``core/voices.py``; the window places the line in the live panel and tells it the question shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.voices import disagreements
from desktop_app.gui.document_state import DocumentState


class DisagreementLine(QLabel):
    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.question_id = ""
        self.setObjectName("disagreementLine")
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Where the room disagrees"))
        self.setStyleSheet("QLabel#disagreementLine { border-left: 3px solid #b45309; padding-left: 6px; }")
        state.changed.connect(self.refresh)
        self.refresh()

    def show_question(self, question_id: str) -> None:
        self.question_id = question_id
        self.refresh()

    def refresh(self) -> None:
        bank, a = self.state.bank, self.state.assessment
        strong = {q: d for q, d in disagreements(bank, a).items() if d.strong} if bank and a else {}
        if not strong:
            self.setText("")
            self.setVisible(False)
            return
        parts = []
        here = strong.get(self.question_id)
        if here is not None:
            if here.spread is not None:
                parts.append(
                    self.tr("≠ The room disagrees strongly on this question ({n} risk points apart).").replace(
                        "{n}", f"{here.spread:g}"
                    )
                )
            else:
                parts.append(self.tr("≠ The room disagrees strongly on this question (no majority)."))
        count = len(strong)
        parts.append(
            self.tr("Strong disagreement on 1 question in all.")
            if count == 1
            else self.tr("Strong disagreement on {n} questions in all.").replace("{n}", str(count))
        )
        self.setText(" ".join(parts))
        self.setToolTip(self.tr("The navigator marks these questions with ≠; their confidence is lowered."))
        self.setVisible(True)
