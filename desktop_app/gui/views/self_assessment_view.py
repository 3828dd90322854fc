"""The pre-workshop self-assessment in the window: whose answers a filled questionnaire holds, and
the validation report (rows taken, rows refused and why, rows left empty) shown before anything
is stored. The reading and checking is ``core/self_assessment.py``; storing is one undoable step.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Answer, Participant, answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.self_assessment import SelfAssessmentReport
from desktop_app.gui.views.labels import wrapped_label
from desktop_app.gui.views.tables import text_table

MAX_NAME = 200


class ParticipantDialog(QDialog):
    """Whose answers these are: a participant of the assessment or a new one (name and role)."""

    def __init__(
        self, file_name: str, participants: Sequence[Participant], written: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SelfAssessment", "Whose answers?"))
        self.participants = list(participants)
        lay = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "SelfAssessment", "The answers in {file} are stored as one participant's own answers."
            ).format(file=file_name)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setAccessibleName(QCoreApplication.translate("SelfAssessment", "Participant's name"))
        self.name.addItems([p.name for p in self.participants])
        line = self.name.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_NAME)
        self.name.setCurrentText(written)
        self.name.currentTextChanged.connect(lambda _t: self._update())
        form.addRow(QCoreApplication.translate("SelfAssessment", "&Name:"), self.name)
        self.role = QLineEdit()
        self.role.setAccessibleName(QCoreApplication.translate("SelfAssessment", "Participant's role"))
        self.role.setMaxLength(MAX_NAME)
        self.role.setPlaceholderText(QCoreApplication.translate("SelfAssessment", "e.g. Data protection officer"))
        form.addRow(QCoreApplication.translate("SelfAssessment", "&Role:"), self.role)
        lay.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._update()

    def existing(self) -> Participant | None:
        return next((p for p in self.participants if p.name == self.chosen_name()), None)

    def chosen_name(self) -> str:
        return " ".join(self.name.currentText().split())

    def chosen_role(self) -> str:
        person = self.existing()
        return person.role if person is not None else " ".join(self.role.text().split())

    def _update(self) -> None:
        person = self.existing()
        self.role.setEnabled(person is None)
        if person is not None:
            self.role.setText(person.role)
            self.hint.setText(
                QCoreApplication.translate(
                    "SelfAssessment", "{name} already takes part; their answers are updated."
                ).format(name=person.name)
            )
        elif self.chosen_name():
            self.hint.setText(
                QCoreApplication.translate("SelfAssessment", "{name} is added to the participants.").format(
                    name=self.chosen_name()
                )
            )
        else:
            self.hint.setText(QCoreApplication.translate("SelfAssessment", "Type the participant's name."))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.chosen_name()))


class ValidationReportDialog(QDialog):
    """Every row of the filled questionnaire: taken (with the answer) or refused (with why). Storing
    happens only when the user accepts; refused rows are never stored."""

    def __init__(
        self, bank: QuestionBank, file_name: str, report: SelfAssessmentReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(QCoreApplication.translate("SelfAssessment", "Self-assessment: what can be taken"))
        self.resize(900, 560)
        lay = QVBoxLayout(self)
        self.heading = wrapped_label(
            QCoreApplication.translate(
                "SelfAssessment",
                "<b>{file}</b>, answers of <b>{name}</b>: {t} row(s) taken, {r} refused, {e} left empty.",
            ).format(
                file=file_name, name=report.participant, t=len(report.taken), r=len(report.rejected), e=report.empty
            ),
            lay,
        )
        rows = sorted(
            [
                (
                    t.row,
                    t.question,
                    QCoreApplication.translate("SelfAssessment", "taken"),
                    answer_label(bank, Answer(t.question, t.value)),
                )
                for t in report.taken
            ]
            + [
                (
                    r.row,
                    r.question or QCoreApplication.translate("SelfAssessment", "(no question id)"),
                    QCoreApplication.translate("SelfAssessment", "refused"),
                    r.reason,
                )
                for r in report.rejected
            ]
        )
        self.table = text_table(
            [
                QCoreApplication.translate("SelfAssessment", "Row"),
                QCoreApplication.translate("SelfAssessment", "Question"),
                QCoreApplication.translate("SelfAssessment", "Taken?"),
                QCoreApplication.translate("SelfAssessment", "Answer, or why not"),
            ],
            [[(value, value) for value in (str(number), *texts)] for number, *texts in rows],
            QCoreApplication.translate("SelfAssessment", "Rows of the questionnaire"),
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table, 1)
        wrapped_label(
            QCoreApplication.translate(
                "SelfAssessment",
                "Refused rows change nothing. Taken rows are stored as {name}'s own answers; "
                "the agreed answers stay as they are.",
            ).format(name=report.participant)
            if report.taken
            else QCoreApplication.translate("SelfAssessment", "No row can be taken; nothing will be stored."),
            lay,
        )
        self.buttons = QDialogButtonBox()
        if report.taken:
            self.store_button = self.buttons.addButton(
                QCoreApplication.translate("SelfAssessment", "&Store {n} answer(s)").format(n=len(report.taken)),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.store_button.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


class _Relay(QObject):
    finished = Signal(str, str)  # path, "" or the sentence of what went wrong


class BlankWriter(QRunnable):
    """Writes the blank questionnaire off the GUI thread (an XLSX takes about 0.3 s, plus loading
    openpyxl the first time); ``relay.finished`` arrives in the GUI thread."""

    def __init__(self, bank: QuestionBank, path: Path, title: str) -> None:
        super().__init__()
        self.bank, self.path, self.title = bank, path, title
        self.relay = _Relay()
        self.thread_id: int | None = None

    def run(self) -> None:
        from desktop_app.core.errors import ReadinessError
        from desktop_app.core.self_assessment import write_blank

        self.thread_id = threading.get_ident()
        problem = ""
        try:
            write_blank(self.bank, self.path, self.title)
        except ReadinessError as exc:
            problem = str(exc)
        except OSError as exc:
            problem = QCoreApplication.translate("SelfAssessment", "{name} could not be written: {why}.").format(
                name=self.path.name, why=exc.strerror or exc
            )
        except Exception:  # a bug: the detail goes to the log, the user reads a sentence
            import logging

            logging.getLogger(__name__).exception("writing %s failed", self.path)
            problem = QCoreApplication.translate(
                "SelfAssessment", "{name} could not be written because of an unexpected problem; see the log."
            ).format(name=self.path.name)
        self.relay.finished.emit(str(self.path), problem)
