"""New assessment in under a minute: client, project, date, facilitator, participants, bank, context."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core.assessment import Answer, Participant, ValueProblem, normalize_value
from desktop_app.core.bank import BUILTIN_BANK_ID, UNKNOWN, Question, QuestionBank, available_banks
from desktop_app.gui.views.currency_picker import CurrencyPicker
from desktop_app.gui.wheel_guard import guard_wheel
from desktop_app.storage.document import SUFFIX


@dataclass
class NewAssessmentRequest:
    path: Path
    client: str
    project: str
    workshop_date: str
    facilitator: str
    participants: list[Participant]
    bank: QuestionBank
    context_answers: list[Answer] = field(default_factory=list)
    currency: str = ""  # ISO 4217 code, "" when not stated


def parse_participants(text: str) -> list[Participant]:
    """One participant a line: ``Name, role, organisation`` (role and organisation optional)."""
    out = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if parts and parts[0]:
            out.append(Participant(parts[0], parts[1] if len(parts) > 1 else "", ", ".join(parts[2:])))
    return out


def _names_a_file(text: str, path: Path) -> bool:
    """False for a text that names a folder only ("/", "~", "..", "reports/")."""
    return bool(path.name) and path.name not in (".", "..") and not text.endswith(("/", "\\")) and not (path.is_dir())


def suggested_file_name(client: str, project: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", f"{client} - {project}".strip(" -")).strip() or "assessment"
    return re.sub(r"\s+", " ", stem)[:80] + SUFFIX


class DetailsPage(QWizardPage):
    def __init__(self, folder: Path, facilitator: str) -> None:
        super().__init__()
        self.setTitle(self.tr("The workshop"))
        self.setSubTitle(
            self.tr("Who the assessment is for, and where the file goes. Every change is saved in it at once.")
        )
        self.folder = folder
        form = QFormLayout(self)
        self.client = QLineEdit()
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setPlaceholderText(self.tr("e.g. St Mary's Hospital"))
        self.project = QLineEdit()
        self.project.setAccessibleName(self.tr("Project"))
        self.project.setPlaceholderText(self.tr("e.g. Synthetic imaging for training data"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Workshop date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.facilitator = QLineEdit(facilitator)
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.currency = CurrencyPicker()
        self.currency.changed.connect(self.completeChanged.emit)
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("File"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to save the file"))
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #e0443e;")
        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("Workshop &date:"), self.date)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("C&urrency:"), self.currency)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.file)  # a label beside a row of widgets needs its buddy named
        form.addRow(file_label, file_row)
        form.addRow("", self.problem)
        self._file_edited = False
        self.client.textChanged.connect(self._names_changed)
        self.project.textChanged.connect(self._names_changed)
        self.file.textEdited.connect(self._file_typed)
        self.file.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.registerField("client*", self.client)
        self.registerField("project*", self.project)

    def _file_typed(self, _text: str) -> None:
        self._file_edited = True

    def _names_changed(self) -> None:
        if not self._file_edited:
            self.file.setText(str(self.folder / suggested_file_name(self.client.text(), self.project.text())))
        self.completeChanged.emit()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new assessment as"),
            self.file.text(),
            self.tr("Assessments (*{suffix})").format(suffix=SUFFIX),
        )
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self._file_edited = True
            self.file.setText(path)

    def path(self) -> Path:
        """The file to create; a text naming only a folder ("/", "~", "..") is returned as it is."""
        text = self.file.text().strip()
        path = Path(text).expanduser()
        if not _names_a_file(text, path) or path.suffix == SUFFIX:
            return path
        return path.with_name(path.name + SUFFIX)

    def file_problem(self) -> str:
        text = self.file.text().strip()
        if not text:
            return self.tr("Choose where to save the file.")
        path = self.path()
        if not _names_a_file(text, path):
            return self.tr("Type a file name after the folder, for example …/acme-pilot.readiness.")
        if path.exists():
            return self.tr("{name} already exists in that folder; choose another name.").format(name=path.name)
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return ""

    def isComplete(self) -> bool:
        ok = bool(self.client.text().strip() and self.project.text().strip())
        problem = (self.currency.problem() or self.file_problem()) if ok else ""
        self.problem.setText(problem)
        return ok and not problem


class ParticipantsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Participants"))
        self.setSubTitle(self.tr("One person a line: name, role, organisation. You can leave this for later."))
        lay = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Participants, one a line"))
        self.text.setPlaceholderText(
            self.tr("Dr Ana Silva, Head of Radiology, St Mary's\nTom Berg, Data Protection Officer")
        )
        self.text.setTabChangesFocus(True)
        lay.addWidget(self.text)

    def participants(self) -> list[Participant]:
        return parse_participants(self.text.toPlainText())


class BankPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Question bank"))
        self.setSubTitle(self.tr("The questions, scoring and mitigation library this assessment uses."))
        lay = QVBoxLayout(self)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Question bank"))
        self.banks = available_banks()
        for b in self.banks:
            self.combo.addItem(f"{b.name} {b.version}", b.id)
        builtin = self.combo.findData(BUILTIN_BANK_ID)
        if builtin >= 0:
            self.combo.setCurrentIndex(builtin)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.combo.currentIndexChanged.connect(self._changed)
        lay.addWidget(self.combo)
        lay.addWidget(self.description)
        lay.addStretch(1)
        self._changed()

    def _changed(self) -> None:
        bank = self.bank()
        if bank is None:
            self.description.setText(self.tr("No question bank was found. Reinstall the application."))
        else:
            n = sum(1 for _ in bank.all_questions())
            more = self.tr("{n} questions, released {date}.").format(n=n, date=bank.released)
            self.description.setText(f"{bank.description}\n\n{more}")
        self.completeChanged.emit()

    def bank(self) -> QuestionBank | None:
        i = self.combo.currentIndex()
        return self.banks[i] if 0 <= i < len(self.banks) else None

    def isComplete(self) -> bool:
        return self.bank() is not None


class ContextPage(QWizardPage):
    """The bank's context questions (industry, data sensitivity, ...), which set each challenge's impact."""

    def __init__(self, bank_page: BankPage) -> None:
        super().__init__()
        self.setTitle(self.tr("Context"))
        self.setSubTitle(self.tr("These answers set how much each risk matters. You can change them later."))
        self.bank_page = bank_page
        # labels above their fields, in a scroll area: eight full questions fit any screen unclipped
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.scroll_area = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.inputs: dict[str, QWidget] = {}
        self._bank_id = ""

    def initializePage(self) -> None:
        bank = self.bank_page.bank()
        if bank is None or bank.id == self._bank_id:
            return
        self._bank_id = bank.id
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.inputs.clear()
        for q in bank.context:
            if q.computed:
                continue
            widget = self._input_for(q)
            widget.setAccessibleName(q.text)
            label = QLabel(f"<b>{html.escape(q.text)}</b>")
            label.setWordWrap(True)
            label.setBuddy(widget)
            self.rows.addWidget(label)
            self.rows.addWidget(widget)
            self.rows.addSpacing(8)
            self.inputs[q.id] = widget
        self.rows.addStretch(1)
        guard_wheel(self.body)

    @staticmethod
    def _input_for(q: Question) -> QWidget:
        if q.type == "multi":
            lw = QListWidget()
            for opt in q.options:
                item = QListWidgetItem(opt.label)
                item.setData(Qt.ItemDataRole.UserRole, opt.id)
                item.setCheckState(Qt.CheckState.Unchecked)
                lw.addItem(item)
            lw.setMaximumHeight(min(150, 26 * max(2, len(q.options)) + 6))
            return lw
        if q.options:
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ContextPage", "Not answered yet"), None)
            for opt in q.options:
                combo.addItem(opt.label, opt.id)
            if q.allow_unknown:
                combo.addItem(QCoreApplication.translate("ContextPage", "Don't know"), UNKNOWN)
            return combo
        edit = QLineEdit()
        if q.type == "number":
            edit.setPlaceholderText(q.unit or QCoreApplication.translate("ContextPage", "a number"))
        return edit

    def answers(self) -> list[Answer]:
        bank = self.bank_page.bank()
        if bank is None:
            return []
        out = []
        for qid, widget in self.inputs.items():
            q = bank.question(qid)
            raw: object = None
            if isinstance(widget, QListWidget):
                raw = [
                    widget.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(widget.count())
                    if widget.item(i).checkState() == Qt.CheckState.Checked
                ] or None
            elif isinstance(widget, QComboBox):
                raw = widget.currentData()
            elif isinstance(widget, QLineEdit):
                raw = widget.text().strip() or None
            if raw is None:
                continue
            try:
                out.append(Answer(question=qid, value=normalize_value(q, raw)))
            except ValueProblem:
                continue
        return out

    def set_choice(self, question_id: str, option_id: str) -> None:
        """Choose an option (tests and scripts)."""
        widget = self.inputs[question_id]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(option_id))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                if widget.item(i).data(Qt.ItemDataRole.UserRole) == option_id:
                    widget.item(i).setCheckState(Qt.CheckState.Checked)


class NewAssessmentWizard(QWizard):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None, facilitator: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 520)
        self.details = DetailsPage(folder or Path.home(), facilitator)
        self.participants_page = ParticipantsPage()
        self.bank_page = BankPage()
        self.context_page = ContextPage(self.bank_page)
        for page in (self.details, self.participants_page, self.bank_page, self.context_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create assessment"))
        guard_wheel(self)  # the context page guards the fields it builds later itself

    def request(self) -> NewAssessmentRequest:
        bank = self.bank_page.bank()
        assert bank is not None  # the bank page is not complete without one
        return NewAssessmentRequest(
            path=self.details.path(),
            client=self.details.client.text().strip(),
            project=self.details.project.text().strip(),
            workshop_date=self.details.date.date().toString("yyyy-MM-dd"),
            facilitator=self.details.facilitator.text().strip(),
            participants=self.participants_page.participants(),
            bank=bank,
            context_answers=self.context_page.answers(),
            currency=self.details.currency.code(),
        )
