"""Quick-add an action in the room (Ctrl+Shift+N): a title, an owner picked from the participants (or
typed), a phase and a due date that follows the phase until it is changed. Saved as a custom plan
action; Enter saves."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core.assessment import PlanDecision
from desktop_app.core.bank import PHASE_NAMES
from desktop_app.core.plan import due_date_for

#: a quick action is accepted (the room agreed it) and starts before any deployment unless changed
DEFAULT_PHASE = 0


class QuickActionDialog(QDialog):
    def __init__(
        self,
        participants: Sequence[str],
        *,
        workshop: date | None = None,
        challenge: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick-add an action"))
        self.workshop = workshop
        self.challenge = challenge
        self._due_follows_phase = True
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Action title"))
        self.title_edit.setPlaceholderText(self.tr("What will be done"))
        self.title_edit.setMinimumWidth(420)
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, self.title_edit)
        self._build_owner(form, participants)
        self._build_phase_and_due(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.returnPressed.connect(self._accept)
        self.title_edit.textChanged.connect(lambda t: self.save_button.setEnabled(bool(t.strip())))
        self.save_button.setEnabled(False)
        form.addRow(buttons)
        self.title_edit.setFocus()

    def _build_owner(self, form: QFormLayout, participants: Sequence[str]) -> None:
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.addItems(["", *participants])
        self.owner.setAccessibleName(self.tr("Owner"))
        line = self.owner.lineEdit()
        if line is not None:
            line.setAccessibleName(self.tr("Owner"))
            line.setPlaceholderText(self.tr("a participant, or type a name"))
        owner_label = QLabel(self.tr("&Owner:"))
        owner_label.setBuddy(self.owner)
        form.addRow(owner_label, self.owner)

    def _build_phase_and_due(self, form: QFormLayout) -> None:
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Phase"))
        for p, name in PHASE_NAMES.items():
            self.phase.addItem(f"{p} · {name}", p)
        self.phase.setCurrentIndex(self.phase.findData(DEFAULT_PHASE))
        phase_label = QLabel(self.tr("&Phase:"))
        phase_label.setBuddy(self.phase)
        form.addRow(phase_label, self.phase)
        self.due = QDateEdit()
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self._set_due(self.phase_due())
        self.due.dateChanged.connect(self._due_edited)
        self.phase.currentIndexChanged.connect(self._phase_changed)
        due_label = QLabel(self.tr("&Due:"))
        due_label.setBuddy(self.due)
        form.addRow(due_label, self.due)

    def phase_value(self) -> int:
        data = self.phase.currentData()
        return int(data) if data is not None else DEFAULT_PHASE

    def phase_due(self) -> str:
        return due_date_for(self.workshop or date.today(), self.phase_value())

    def _set_due(self, iso: str) -> None:
        self.due.blockSignals(True)
        parsed = QDate.fromString(iso, "yyyy-MM-dd")
        self.due.setDate(parsed if parsed.isValid() else QDate.currentDate())
        self.due.blockSignals(False)

    def _phase_changed(self) -> None:
        if self._due_follows_phase:
            self._set_due(self.phase_due())

    def _due_edited(self) -> None:
        self._due_follows_phase = False

    def _accept(self) -> None:
        if self.title_edit.text().strip():
            self.accept()

    def decision(self) -> PlanDecision:
        """The custom action (its key is given when it is added). A due date left as the phase's stays
        empty, so it keeps following the phase and the workshop date."""
        due = "" if self._due_follows_phase else self.due.date().toString("yyyy-MM-dd")
        return PlanDecision(
            key="",
            status="accepted",
            owner=self.owner.currentText().strip(),
            due_date=due,
            custom=True,
            title=" ".join(self.title_edit.text().split()),
            challenge=self.challenge,
            phase=self.phase_value(),
        )
