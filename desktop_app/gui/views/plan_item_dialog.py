"""Edit one plan action (or write a custom one): title, what to do, phase, owner, due date, effort,
status and a note."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.core.assessment import PLAN_STATUSES, PlanDecision
from desktop_app.core.bank import CHALLENGES, EFFORTS, PHASE_NAMES, QuestionBank
from desktop_app.core.plan import PlanItem
from desktop_app.gui.models.plan_table import EFFORT_LABELS, STATUS_LABELS


class PlanItemDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        bank: QuestionBank,
        item: PlanItem | None = None,
        decision: PlanDecision | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.item = item
        self.decision = decision
        self.custom = item is None or item.custom
        self.setWindowTitle("Add a custom action" if item is None else "Edit action")
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(item.title if item else "")
        self.title_edit.setAccessibleName("Action title")
        form.addRow("&Title:", self.title_edit)
        self.action_edit = QPlainTextEdit(item.action if item else "")
        self.action_edit.setAccessibleName("What to do")
        self.action_edit.setTabChangesFocus(True)
        self.action_edit.setMaximumHeight(110)
        form.addRow("&What to do:", self.action_edit)
        self.challenge_combo = QComboBox()
        self.challenge_combo.setAccessibleName("Challenge")
        for cid, title, _subs in CHALLENGES:
            self.challenge_combo.addItem(title, cid)
        if item is not None:
            self.challenge_combo.setCurrentIndex(max(0, self.challenge_combo.findData(item.challenge)))
        self.challenge_combo.setEnabled(self.custom)
        form.addRow("&Challenge:", self.challenge_combo)
        self.phase_combo = QComboBox()
        self.phase_combo.setAccessibleName("Phase")
        for p, name in PHASE_NAMES.items():
            self.phase_combo.addItem(f"{p} · {name}", p)
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(item.phase if item else 1))
        form.addRow("&Phase:", self.phase_combo)
        self.owner_edit = QLineEdit(item.owner if item else "")
        self.owner_edit.setAccessibleName("Owner")
        self.owner_edit.setPlaceholderText(item.owner_role if item and item.owner_role else "Who does it")
        form.addRow("&Owner:", self.owner_edit)
        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName("Due date")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        due = QDate.fromString(item.due_date, "yyyy-MM-dd") if item and item.due_date else QDate.currentDate()
        self.due_edit.setDate(due if due.isValid() else QDate.currentDate())
        form.addRow("&Due date:", self.due_edit)
        self.effort_combo = QComboBox()
        self.effort_combo.setAccessibleName("Effort")
        for e in EFFORTS:
            self.effort_combo.addItem(EFFORT_LABELS[e], e)
        self.effort_combo.setCurrentIndex(max(0, self.effort_combo.findData(item.effort if item else "M")))
        form.addRow("&Effort:", self.effort_combo)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName("Status")
        for s in PLAN_STATUSES:
            self.status_combo.addItem(STATUS_LABELS[s], s)
        self.status_combo.setCurrentIndex(self.status_combo.findData(item.status if item else "accepted"))
        form.addRow("&Status:", self.status_combo)
        self.note_edit = QLineEdit(item.note if item else "")
        self.note_edit.setAccessibleName("Plan note")
        form.addRow("&Note:", self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

    def _accept(self) -> None:
        if self.title_edit.text().strip():
            self.accept()

    def result_decision(self) -> PlanDecision:
        """The decision to store (key left empty for a new custom action)."""
        item = self.item
        title = self.title_edit.text().strip()
        action = self.action_edit.toPlainText().strip()
        phase = int(self.phase_combo.currentData())
        effort = str(self.effort_combo.currentData())
        base = self.decision or PlanDecision(key=item.key if item else "", custom=self.custom)
        lib = self.bank.mitigations.get(item.key) if item is not None and not item.custom else None
        fields = {
            "status": str(self.status_combo.currentData()),
            "owner": self.owner_edit.text().strip(),
            "due_date": self.due_edit.date().toString("yyyy-MM-dd"),
            "note": self.note_edit.text().strip(),
        }
        if lib is not None:
            # keep library wording unless it was changed, so the action follows its library text
            fields["title"] = title if title != lib.title else ""
            fields["action"] = action if action != lib.action else ""
            fields["effort"] = effort if effort != lib.effort else ""
            if phase != item.phase or base.phase is not None:
                fields["phase"] = phase  # type: ignore[assignment]
            if item is not None and item.due_date == fields["due_date"] and not base.due_date:
                fields["due_date"] = ""  # still the date derived from the phase
        else:
            cid = str(self.challenge_combo.currentData())
            subs = next(s for c, _t, s in CHALLENGES if c == cid)
            fields.update(
                title=title,
                action=action,
                effort=effort,
                challenge=cid,
                subchallenge=base.subchallenge or subs[0],
            )
            fields["phase"] = phase  # type: ignore[assignment]
        return replace(base, **fields)  # type: ignore[arg-type]


def today_iso() -> str:
    return date.today().isoformat()
