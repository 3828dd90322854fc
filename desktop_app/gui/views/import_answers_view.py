"""File > Import answers: the preview of what an answers file changes, shown before anything is
written. The rule (what is taken, what is left alone) is ``core/importing.py``, the same as
``readiness-planner import-answers``; the import itself is one undoable step
(``gui/collab_actions.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Answer, PlanDecision, answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.importing import AnswersImport
from desktop_app.gui.models.labels import status_label
from desktop_app.gui.views.labels import wrapped_label
from desktop_app.gui.views.tables import Cell, text_table

#: the longest note shown in a cell (the whole note is in the cell's tip)
NOTE_CHARS = 80


def _cut(text: str, limit: int = NOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


def answer_text(bank: QuestionBank, answer: Answer | None) -> str:
    """An answer in words: the option chosen, then its note and park, as a cell shows it."""
    if answer is None:
        return QCoreApplication.translate("ImportAnswers", "(nothing yet)")
    parts = [
        answer_label(bank, answer)
        if answer.value is not None
        else QCoreApplication.translate("ImportAnswers", "(not answered)")
    ]
    if answer.note:
        parts.append(QCoreApplication.translate("ImportAnswers", "note: {note}").replace("{note}", _cut(answer.note)))
    if answer.parked:
        parts.append(QCoreApplication.translate("ImportAnswers", "parked"))
    return " · ".join(parts)


def decision_text(decision: PlanDecision | None) -> str:
    if decision is None:
        return QCoreApplication.translate("ImportAnswers", "(not decided yet)")
    parts = [status_label(decision.status)]
    if decision.owner:
        parts.append(QCoreApplication.translate("ImportAnswers", "owner {name}").replace("{name}", decision.owner))
    if decision.due_date:
        parts.append(QCoreApplication.translate("ImportAnswers", "due {date}").replace("{date}", decision.due_date))
    return ", ".join(parts)


class ImportPreviewDialog(QDialog):
    """What the import changes, item by item (now / from the file); Import writes it, Cancel nothing."""

    def __init__(self, bank: QuestionBank, file_name: str, planned: AnswersImport, parent: QWidget | None = None):
        super().__init__(parent)
        self.planned = planned
        self.setWindowTitle(
            QCoreApplication.translate("ImportAnswers", "Import answers from {file}").replace("{file}", file_name)
        )
        self.resize(980, 560)
        lay = QVBoxLayout(self)
        self.heading = wrapped_label(self._heading(file_name), lay)
        rows = self._rows(bank)
        self.table = text_table(
            [
                QCoreApplication.translate("ImportAnswers", "Item"),
                QCoreApplication.translate("ImportAnswers", "Now"),
                QCoreApplication.translate("ImportAnswers", "From the file"),
            ],
            rows,
            QCoreApplication.translate("ImportAnswers", "What the import changes"),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 320)
        lay.addWidget(self.table, 1)
        self.others = wrapped_label(self._others(), lay)
        self.others.setVisible(bool(self.others.text()))
        wrapped_label(
            QCoreApplication.translate(
                "ImportAnswers", "Nothing is written until you choose Import; Edit > Undo takes the whole import back."
            ),
            lay,
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportAnswers", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.import_button.setDefault(True)

    def _heading(self, file_name: str) -> str:
        p = self.planned
        return (
            QCoreApplication.translate(
                "ImportAnswers",
                "<b>{file}</b>: {a} answer(s) and {d} plan decision(s) change; {u} are already as in the file.",
            )
            .replace("{file}", file_name.replace("&", "&amp;").replace("<", "&lt;"))
            .replace("{a}", str(len(p.answers)))
            .replace("{d}", str(len(p.plan)))
            .replace("{u}", str(p.unchanged))
        )

    def _rows(self, bank: QuestionBank) -> list[tuple[Cell, ...]]:
        rows: list[tuple[Cell, ...]] = []
        for change in self.planned.answers:
            text = bank.question(change.question).text if bank.has_question(change.question) else change.question
            now, new = answer_text(bank, change.before), answer_text(bank, change.after)
            tips = (change.before.note if change.before else "", change.after.note)
            rows.append(((_cut(text), f"{change.question}\n{text}"), (now, tips[0] or now), (new, tips[1] or new)))
        for d in self.planned.plan:
            title = d.after.title or d.key
            now, new = decision_text(d.before), decision_text(d.after)
            rows.append(((title, d.key), (now, now), (new, new)))
        return rows

    def _others(self) -> str:
        """The details filled, the participants set and the room's answers, in sentences."""
        p = self.planned
        lines: list[str] = []
        if p.details:
            fields = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in p.details.items())
            lines.append(
                QCoreApplication.translate("ImportAnswers", "Empty details filled in: {fields}.").replace(
                    "{fields}", fields
                )
            )
        if p.participants:
            names = ", ".join(x.name for x in p.participants)
            lines.append(
                QCoreApplication.translate("ImportAnswers", "Participants added: {names}.").replace("{names}", names)
            )
        if p.voices.answers:
            lines.append(
                QCoreApplication.translate(
                    "ImportAnswers", "{n} answer(s) of individual participants are stored beside the agreed ones."
                ).replace("{n}", str(len(p.voices.answers)))
            )
        return "\n".join(lines)
