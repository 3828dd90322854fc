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
from desktop_app.core.bank import CHALLENGES, EFFORTS, PHASES, QuestionBank
from desktop_app.core.plan import PlanItem, due_date_for
from desktop_app.gui.models.labels import phase_label, status_label
from desktop_app.gui.models.plan_table import effort_label


class PlanItemDialog(QDialog):
    """``workshop`` is the workshop date: a due date left as proposed follows the phase (0: +30 days ...
    3: +365 days) and is stored empty, so it keeps following the phase and the workshop date."""

    def __init__(
        self,
        parent: QWidget | None,
        bank: QuestionBank,
        item: PlanItem | None = None,
        decision: PlanDecision | None = None,
        *,
        workshop: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.item = item
        self.decision = decision
        self.workshop = workshop
        self.custom = item is None or item.custom
        self.setWindowTitle(self.tr("Add a custom action") if item is None else self.tr("Edit action"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self._build_text_fields(form, item)
        self._build_plan_fields(form, item)
        # mnemonics: T W H P R D E S N, and the buttons' O(K) and C(ancel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))

    def _build_text_fields(self, form: QFormLayout, item: PlanItem | None) -> None:
        self.title_edit = QLineEdit(item.title if item else "")
        self.title_edit.setAccessibleName(self.tr("Action title"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.action_edit = QPlainTextEdit(item.action if item else "")
        self.action_edit.setAccessibleName(self.tr("What to do"))
        self.action_edit.setTabChangesFocus(True)
        self.action_edit.setMaximumHeight(110)
        form.addRow(self.tr("&What to do:"), self.action_edit)
        self.challenge_combo = QComboBox()
        self.challenge_combo.setAccessibleName(self.tr("Challenge"))
        for ch in self.bank.challenges:  # the bank's titles
            self.challenge_combo.addItem(ch.title, ch.id)
        if item is not None:
            self.challenge_combo.setCurrentIndex(max(0, self.challenge_combo.findData(item.challenge)))
        self.challenge_combo.setEnabled(self.custom)
        form.addRow(self.tr("C&hallenge:"), self.challenge_combo)

    def _build_plan_fields(self, form: QFormLayout, item: PlanItem | None) -> None:
        self.phase_combo = QComboBox()
        self.phase_combo.setAccessibleName(self.tr("Phase"))
        for p in PHASES:
            self.phase_combo.addItem(f"{p} · {phase_label(p)}", p)
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(item.phase if item else 1))
        form.addRow(self.tr("&Phase:"), self.phase_combo)
        self.owner_edit = QLineEdit(item.owner if item else "")
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.owner_edit.setPlaceholderText(item.owner_role if item and item.owner_role else self.tr("Who does it"))
        form.addRow(self.tr("Owne&r:"), self.owner_edit)
        self.due_edit = QDateEdit()
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        # a date stored explicitly stays; otherwise the date follows the phase until the user sets one
        explicit = bool(self.decision and self.decision.due_date) or (item is not None and not self._derived(item))
        self._due_follows_phase = not explicit
        self._set_due(item.due_date if item and item.due_date else self._phase_due())
        self.due_edit.dateChanged.connect(self._due_edited)
        self.phase_combo.currentIndexChanged.connect(self._phase_changed)
        form.addRow(self.tr("&Due date:"), self.due_edit)
        self.effort_combo = QComboBox()
        self.effort_combo.setAccessibleName(self.tr("Effort"))
        for e in EFFORTS:
            self.effort_combo.addItem(effort_label(e), e)
        self.effort_combo.setCurrentIndex(max(0, self.effort_combo.findData(item.effort if item else "M")))
        form.addRow(self.tr("&Effort:"), self.effort_combo)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for s in PLAN_STATUSES:
            self.status_combo.addItem(status_label(s), s)
        self.status_combo.setCurrentIndex(self.status_combo.findData(item.status if item else "accepted"))
        form.addRow(self.tr("&Status:"), self.status_combo)
        self.note_edit = QLineEdit(item.note if item else "")
        self.note_edit.setAccessibleName(self.tr("Plan note"))
        form.addRow(self.tr("&Note:"), self.note_edit)

    # -- the due date ----------------------------------------------------------------------
    def _phase_due(self) -> str:
        phase = self.phase_combo.currentData()
        return due_date_for(self.workshop or date.today(), int(phase) if phase is not None else 1)

    def _derived(self, item: PlanItem) -> bool:
        return not item.due_date or item.due_date == due_date_for(self.workshop or date.today(), item.phase)

    def _set_due(self, iso: str) -> None:
        self.due_edit.blockSignals(True)
        due = QDate.fromString(iso, "yyyy-MM-dd")
        self.due_edit.setDate(due if due.isValid() else QDate.currentDate())
        self.due_edit.blockSignals(False)

    def _due_edited(self, _date: QDate) -> None:
        self._due_follows_phase = self._due_iso() == self._phase_due()

    def _phase_changed(self, _index: int) -> None:
        if self._due_follows_phase:
            self._set_due(self._phase_due())

    def _due_iso(self) -> str:
        return self.due_edit.date().toString("yyyy-MM-dd")

    def _accept(self) -> None:
        if self.title_edit.text().strip():
            self.accept()

    # -- the result ------------------------------------------------------------------------
    def result_decision(self) -> PlanDecision:
        """The decision to store (key left empty for a new custom action)."""
        item = self.item
        base = self.decision or PlanDecision(key=item.key if item else "", custom=self.custom)
        lib = self.bank.mitigations.get(item.key) if item is not None and not item.custom else None
        phase = int(self.phase_combo.currentData())
        due = "" if self._due_follows_phase and self._due_iso() == self._phase_due() else self._due_iso()
        common = replace(
            base,
            status=str(self.status_combo.currentData()),
            owner=self.owner_edit.text().strip(),
            due_date=due,
            note=self.note_edit.text().strip(),
        )
        title = self.title_edit.text().strip()
        action = self.action_edit.toPlainText().strip()
        effort = str(self.effort_combo.currentData())
        if lib is not None and item is not None:
            # keep library wording unless it was changed, so the action follows its library text
            return replace(
                common,
                title=title if title != lib.title else "",
                action=action if action != lib.action else "",
                effort=effort if effort != lib.effort else "",
                phase=phase if phase != item.phase or base.phase is not None else base.phase,
            )
        cid = str(self.challenge_combo.currentData())
        subs = next(s for c, _t, s in CHALLENGES if c == cid)
        return replace(
            common,
            title=title,
            action=action,
            effort=effort,
            challenge=cid,
            subchallenge=base.subchallenge or subs[0],
            phase=phase,
        )


def today_iso() -> str:
    return date.today().isoformat()
