"""The deployment plan: the generated actions by phase, accepted, rejected, edited or added here.

Every change is an undoable command on :class:`DocumentState`, stored in the file at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import PlanDecision
from desktop_app.core.plan import PlanItem
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.labels import phase_label
from desktop_app.gui.models.plan_table import (
    COL_ACTION,
    COL_DUE,
    COL_EFFORT,
    COL_OWNER,
    COL_PHASE,
    COL_STATUS,
    PlanTableModel,
)
from desktop_app.gui.theme import presentation_scale, scaled_font
from desktop_app.gui.views.plan_item_dialog import PlanItemDialog
from desktop_app.gui.views.tables import read_only_table


class PlanView(QWidget):
    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Deployment plan"))
        self.presentation = False
        #: runs a dialog and says whether it was accepted (tests replace it to fill the dialog in)
        self.run_dialog: Callable[[PlanItemDialog], bool] = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        bar = QHBoxLayout()
        self.accept_button = self._button(
            self.tr("&Accept"), self.tr("Accept the selected action (A)"), self.accept_selected
        )
        self.reject_button = self._button(
            self.tr("Re&ject"), self.tr("Reject the selected action (R)"), self.reject_selected
        )
        self.edit_button = self._button(
            self.tr("Ed&it…"), self.tr("Edit owner, due date, phase… (Enter)"), self.edit_selected
        )
        self.reset_button = self._button(
            self.tr("Re&set"), self.tr("Back to proposed, as generated"), self.reset_selected
        )
        self.add_button = self._button(
            self.tr("Add cust&om action…"), self.tr("Add an action of your own"), self.add_custom
        )
        for b in (self.accept_button, self.reject_button, self.edit_button, self.reset_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = PlanTableModel(self)
        self.table = read_only_table(
            self.model,
            self.tr("Plan actions"),
            stretch=(COL_ACTION,),
            fit=(COL_PHASE, COL_OWNER, COL_DUE, COL_EFFORT, COL_STATUS),
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_detail())
        split.addWidget(self.table)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Action details"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._detail_link)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)
        for seq, slot in (("A", self.accept_selected), ("R", self.reject_selected), ("Return", self.edit_selected)):
            sc = QShortcut(QKeySequence(seq), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        state.changed.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        b.setMinimumHeight(34)
        b.clicked.connect(slot)
        return b

    # -- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        key = self.selected_key()
        plan = self.state.plan
        items = list(plan.items) if plan else []
        self.model.set_rows(items)
        accepted = sum(1 for it in items if it.status in ("accepted", "done"))
        rejected = sum(1 for it in items if it.status == "rejected")
        blockers = sum(1 for it in items if it.addresses_blocker and it.active)
        open_count = len(items) - accepted - rejected
        text = self.tr("{count} actions: {accepted} accepted, {rejected} rejected, {open} to decide.").format(
            count=len(items), accepted=accepted, rejected=rejected, open=open_count
        )
        if blockers:
            text += "  " + self.tr("{n} must be done before any deployment (blockers).").format(n=blockers)
        if not items:
            text = self.tr("No actions yet: they appear as answers reveal gaps. You can add your own.")
        self.summary.setText(text)
        if key:
            self.select_key(key)
        elif items:
            self.table.selectRow(0)
        self._update_buttons()
        self._show_detail()

    def _update_buttons(self) -> None:
        editable = self.state.is_open and not self.state.readonly
        has = self.selected_item() is not None
        for b in (self.accept_button, self.reject_button, self.edit_button, self.reset_button):
            b.setEnabled(editable and has)
        self.add_button.setEnabled(editable)

    def _show_detail(self) -> None:
        self._update_buttons()
        it = self.selected_item()
        if it is None:
            self.detail.clear()
            return
        self.detail.setHtml(self._detail_html(it))

    def _detail_html(self, it: PlanItem) -> str:
        parts = [f"<h3>{escape(it.title)}</h3>", f"<p>{escape(it.action)}</p>"]
        meta = [f"<b>{self.tr('Phase:')}</b> {it.phase} · {escape(phase_label(it.phase))}"]
        if it.owner_role:
            meta.append(f"<b>{self.tr('Suggested owner:')}</b> {escape(it.owner_role)}")
        if it.cost:
            meta.append(f"<b>{self.tr('Cost:')}</b> {escape(it.cost)}")
        if it.risk_reduction:
            meta.append(
                f"<b>{self.tr('Expected risk reduction:')}</b> " + self.tr("{n} point(s)").format(n=it.risk_reduction)
            )
        parts.append("<p>" + " &nbsp;·&nbsp; ".join(meta) + "</p>")
        triggers = self._trigger_links(it)
        if triggers:
            parts.append(f"<p><b>{self.tr('Triggered by:')}</b></p><ul>{triggers}</ul>")
        if it.references:
            parts.append(f"<p><b>{self.tr('References:')}</b> {escape('; '.join(it.references))}</p>")
        if it.note:
            parts.append(f"<p><b>{self.tr('Note:')}</b> {escape(it.note)}</p>")
        return "".join(parts)

    def _trigger_links(self, it: PlanItem) -> str:
        """The answers that call for the action, by their question's text, each a link to the question."""
        bank = self.state.bank
        items = []
        for qid in it.triggered_by:
            if bank is not None and bank.has_question(qid):
                items.append(f"<li><a href='q:{escape(qid)}'>{escape(bank.question(qid).text)}</a></li>")
            else:  # a question the bank no longer holds: its id is all there is
                items.append(f"<li>{escape(qid)}</li>")
        return "".join(items)

    def _detail_link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("q:") and self.state.bank is not None and self.state.bank.has_question(target[2:]):
            self.state.request_navigate(target[2:])

    def selected_item(self) -> PlanItem | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or idx.row() >= self.model.rowCount():
            return None
        return self.model.item(idx.row())

    def selected_key(self) -> str:
        it = self.selected_item()
        return it.key if it else ""

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    # -- changing ---------------------------------------------------------------------------
    def _decision_for(self, item: PlanItem) -> PlanDecision:
        a = self.state.assessment
        existing = a.plan.get(item.key) if a else None
        return existing or PlanDecision(key=item.key)

    def _set_status(self, status: str) -> None:
        it = self.selected_item()
        if it is None or self.state.readonly:
            return
        undo_texts = {
            "accepted": self.tr("Accept {action}"),
            "rejected": self.tr("Reject {action}"),
            "proposed": self.tr("Reset {action}"),
        }
        text = undo_texts[status].format(action=it.title)
        self.state.set_plan_decision(replace(self._decision_for(it), status=status), text)

    def accept_selected(self) -> None:
        self._set_status("accepted")

    def reject_selected(self) -> None:
        self._set_status("rejected")

    def reset_selected(self) -> None:
        it = self.selected_item()
        if it is None or self.state.readonly:
            return
        if it.custom:
            self._set_status("proposed")
        else:
            self.state.remove_plan_decision(it.key)

    def edit_selected(self) -> None:
        it = self.selected_item()
        bank = self.state.bank
        if it is None or bank is None or self.state.readonly:
            return
        a = self.state.assessment
        dialog = PlanItemDialog(self, bank, it, a.plan.get(it.key) if a else None, workshop=self._workshop())
        if self.run_dialog(dialog):
            self.state.set_plan_decision(dialog.result_decision(), self.tr("Edit {action}").format(action=it.title))

    def set_presentation(self, on: bool) -> None:
        """Large type for a projector: the summary, the actions table and the details."""
        self.presentation = on
        factor = presentation_scale(self) if on else 1.0  # sized to the screen
        base = QApplication.font()
        for w in (self.summary, self.table, self.detail):
            w.setFont(scaled_font(base, factor))
        for b in (self.accept_button, self.reject_button, self.edit_button, self.reset_button, self.add_button):
            b.setFont(scaled_font(base, factor))
        self.table.resizeRowsToContents()

    def _workshop(self) -> date | None:
        a = self.state.assessment
        return a.workshop_day if a is not None else None

    def add_custom(self) -> None:
        bank = self.state.bank
        if bank is None or self.state.readonly:
            return
        dialog = PlanItemDialog(self, bank, workshop=self._workshop())
        if self.run_dialog(dialog):
            key = self.state.add_custom_action(dialog.result_decision())
            self.select_key(key)
