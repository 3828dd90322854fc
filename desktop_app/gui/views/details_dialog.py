"""Edit > Assessment details…: client, project, workshop date, facilitator and participants after the
wizard. The dialog only collects the values; the window turns them into one undoable change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Assessment, Participant
from desktop_app.gui.views.currency_picker import CurrencyPicker
from desktop_app.gui.views.exchange_rate_editor import ExchangeRateEditor
from desktop_app.gui.wheel_guard import guard_wheel

COL_NAME = 0
COL_ROLE = 1
COL_ORGANISATION = 2
COLUMNS = (
    QT_TRANSLATE_NOOP("DetailsDialog", "Name"),
    QT_TRANSLATE_NOOP("DetailsDialog", "Role"),
    QT_TRANSLATE_NOOP("DetailsDialog", "Organisation"),
)
DATE_FORMAT = "yyyy-MM-dd"
#: the date edit's lowest value stands for "no date" (QDateEdit cannot be empty)
NO_DATE = QDate(1990, 1, 1)


class DetailsDialog(QDialog):
    """The assessment's details and participants, checked before OK can be pressed."""

    def __init__(self, parent: QWidget | None, assessment: Assessment, bank_currency: str = "") -> None:
        super().__init__(parent)
        self._bank_currency = bank_currency  # the currency of the bank's cost bands ("" hides the rate)
        self.setWindowTitle(self.tr("Assessment details"))
        self.setMinimumWidth(620)

        form = self._build_form(assessment)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(True)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for p in assessment.participants:
            self._append_row(p.name, p.role, p.organisation)
        self.add_button = QPushButton(self.tr("&Add participant"))
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected participants"))
        self.remove_button.clicked.connect(self.remove_selected)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        participants_label = QLabel(self.tr("Partic&ipants:"))
        participants_label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(participants_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.client.textChanged.connect(self._check)
        self.project.textChanged.connect(self._check)
        self.currency.changed.connect(self._check)
        if self.rate is not None:  # kb: the exchange rate's rows follow the currency
            self.rate.changed.connect(self._check)
        self.table.itemChanged.connect(self._check)
        self.table.itemSelectionChanged.connect(self._sync_remove)
        self._check()
        self._sync_remove()
        guard_wheel(self)  # the wheel over the date scrolls nothing and changes nothing unless focused

    def _build_form(self, assessment: Assessment) -> QFormLayout:
        """Client, project, workshop date and facilitator."""
        self.client = QLineEdit(assessment.client)
        self.client.setAccessibleName(self.tr("Client"))
        self.project = QLineEdit(assessment.project)
        self.project.setAccessibleName(self.tr("Project"))
        self.date = QDateEdit()
        self.date.setAccessibleName(self.tr("Workshop date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("Not set"))
        day = QDate.fromString(assessment.workshop_date, DATE_FORMAT)
        self.date.setDate(day if day.isValid() else NO_DATE)
        self.facilitator = QLineEdit(assessment.facilitator)
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.currency = CurrencyPicker(assessment.currency)

        form = QFormLayout()
        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("Workshop &date:"), self.date)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("C&urrency:"), self.currency)
        # kb (issues 11/12): the rate from the bank's currency to the assessment's
        self.rate: ExchangeRateEditor | None = None
        if self._bank_currency:
            self.rate = ExchangeRateEditor(self._bank_currency, assessment.exchange_rate, assessment.facilitator)
            self.rate.add_to(form)
        return form

    # -- participants table ----------------------------------------------------------------
    def _append_row(self, name: str = "", role: str = "", organisation: str = "") -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, text in enumerate((name, role, organisation)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        return row

    def add_participant(self) -> None:
        """A new empty row, with the name cell ready for typing."""
        row = self._append_row()
        self.table.setCurrentCell(row, COL_NAME)
        self.table.setFocus()
        item = self.table.item(row, COL_NAME)
        if item is not None:
            self.table.editItem(item)
        self._check()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._check()
        self._sync_remove()

    def _sync_remove(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0 and self.table.currentRow() >= 0)

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def participants(self) -> list[Participant]:
        """The rows that name someone, in table order (completely empty rows are dropped)."""
        out = []
        for row in range(self.table.rowCount()):
            name = self._cell(row, COL_NAME)
            if name:
                out.append(Participant(name, self._cell(row, COL_ROLE), self._cell(row, COL_ORGANISATION)))
        return out

    # -- values and checks -----------------------------------------------------------------
    def details(self) -> dict[str, str]:
        day = self.date.date()
        return {
            "client": self.client.text().strip(),
            "project": self.project.text().strip(),
            "workshop_date": "" if day == NO_DATE else day.toString(DATE_FORMAT),
            "facilitator": self.facilitator.text().strip(),
            "currency": self.currency.code(),
            **({"exchange_rate": self.rate.stored()} if self.rate is not None else {}),
        }

    def problem_text(self) -> str:
        """What stops OK, in a sentence; empty when the values can be saved."""
        if not self.client.text().strip():
            return self.tr("The client needs a name.")
        if not self.project.text().strip():
            return self.tr("The project needs a name.")
        if self.currency.problem():
            return self.currency.problem()
        if self.rate is not None:
            self.rate.set_quote(self.currency.code())
            if self.rate.problem():
                return self.rate.problem()
        for row in range(self.table.rowCount()):
            has_other = self._cell(row, COL_ROLE) or self._cell(row, COL_ORGANISATION)
            if has_other and not self._cell(row, COL_NAME):
                return self.tr("Participant {n} has a role or organisation but no name.").format(n=row + 1)
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if self.problem_text():  # Enter in a line edit can reach here even with OK disabled
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        in_cell_editor = focus is not None and self.table.viewport().isAncestorOf(focus)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and in_cell_editor:
            # Enter in a participant cell finishes that cell (the delegate commits it); it must not
            # also press OK and close the dialog halfway through typing a row
            event.accept()
            return
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus() and not editing:
            self.remove_selected()  # Delete on the table removes the selected participants
            return
        super().keyPressEvent(event)
