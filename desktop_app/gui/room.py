"""Running the workshop (issue 13): the agenda and its clock, parking a question, quick-adding an
action, "What we decided today" and the high-contrast theme.

The main window makes one :class:`RoomTools` after building its menus; everything here is added to
those menus and to the status bar from this module, so the window stays wiring. Keys (documented in
Help > Keyboard shortcuts): P (or Ctrl+Shift+P) parks the question shown, Ctrl+Shift+N quick-adds an
action, Ctrl+Shift+T starts or pauses the clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from desktop_app.core.timebox import default_minutes
from desktop_app.gui.document_state import plain_sentence
from desktop_app.gui.theme import apply_high_contrast
from desktop_app.gui.views.timebox_bar import TimeboxBar

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    """The menu bar's menu that holds ``action`` (found by content, not by its translated title)."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


class RoomTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.timebox = TimeboxBar(self.state)
        window.statusBar().insertPermanentWidget(0, self.timebox)
        window.question_view.current_changed.connect(self._question_shown)
        self._build_workshop_menu()
        self._build_file_and_view_entries()
        self.state.document_replaced.connect(self._update_actions)
        self.state.readonly_changed.connect(lambda _ro: self._update_actions())
        self.act_high_contrast.setChecked(window.settings.high_contrast())
        self._update_actions()

    # -- menus ------------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # keys work with the menu bar hidden (presentation)
        return action

    def _build_workshop_menu(self) -> None:
        w = self.window
        menu = QMenu(w.tr("Wor&kshop"), w.menuBar())
        self.workshop_menu = menu
        self.act_agenda = self._action(
            w.tr("Set the &agenda…"), self.edit_agenda, None, w.tr("Minutes per challenge for the workshop clock")
        )
        self.act_clock = self._action(
            w.tr("Start or pause the &clock"), self.timebox.toggle, "Ctrl+Shift+T", w.tr("The workshop clock")
        )
        self.act_park = self._action(
            w.tr("&Park the question…"),
            w.question_view.park_current,
            "Ctrl+Shift+P",
            w.tr("Send the question to the follow-up list with a note, and move on (key P)"),
        )
        self.act_quick_action = self._action(
            w.tr("&Quick-add an action…"),
            self.quick_add_action,
            "Ctrl+Shift+N",
            w.tr("A custom plan action with an owner and a due date"),
        )
        for act in (self.act_agenda, self.act_clock, self.act_park, self.act_quick_action):
            menu.addAction(act)
        tops = w.menuBar().actions()
        if tops:  # before Help, the last menu
            w.menuBar().insertMenu(tops[-1], menu)
        else:
            w.menuBar().addMenu(menu)

    def _build_file_and_view_entries(self) -> None:
        w = self.window
        self.act_today = self._action(
            w.tr("What we &decided today…"),
            self.save_today,
            None,
            w.tr("One page: the decision, parked questions, today's actions and who attended (PDF)"),
        )
        file_menu = _menu_holding(w, w.act_pdf)
        if file_menu is not None:
            actions = file_menu.actions()
            after = actions.index(w.act_pdf) + 1
            if after < len(actions):
                file_menu.insertAction(actions[after], self.act_today)
            else:
                file_menu.addAction(self.act_today)
        else:
            self.workshop_menu.addAction(self.act_today)
        self.act_high_contrast = QAction(w.tr("Hi&gh-contrast theme"), w)
        self.act_high_contrast.setCheckable(True)
        self.act_high_contrast.setStatusTip(w.tr("White on black, with solid chart lines, for a projector"))
        self.act_high_contrast.toggled.connect(self.set_high_contrast)
        view_menu = _menu_holding(w, w.act_presentation)
        (view_menu or self.workshop_menu).addAction(self.act_high_contrast)

    def _update_actions(self) -> None:
        is_open = self.state.is_open
        editable = is_open and not self.state.readonly
        for act in (self.act_agenda, self.act_park, self.act_quick_action):
            act.setEnabled(editable)
        self.act_clock.setEnabled(is_open)
        self.act_today.setEnabled(is_open)

    def _question_shown(self, question_id: str) -> None:
        bank = self.state.bank
        q = bank.question(question_id) if bank is not None and bank.has_question(question_id) else None
        self.timebox.follow(q.challenge if q is not None and not q.is_context else None)

    # -- dialogs (tests replace ``run_dialog`` to fill them in) ------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def edit_agenda(self) -> bool:
        """Workshop > Set the agenda: minutes per challenge (one undoable change); starts the clock."""
        bank, a = self.state.bank, self.state.assessment
        if bank is None or a is None or self.state.readonly:
            return False
        counts = {c.id: sum(1 for q in c.questions() if not q.computed) for c in bank.challenges}
        titles = {c.id: c.title for c in bank.challenges}
        from desktop_app.gui.views.agenda_dialog import AgendaDialog

        dialog = AgendaDialog(titles, a.agenda.minutes, default_minutes(counts), self.window)
        try:
            if not self.run_dialog(dialog):
                return False
            agenda = self.timebox.agenda().with_minutes(dialog.minutes())
        finally:
            dialog.deleteLater()
        self.state.set_details("Set the agenda", agenda=agenda.to_json())
        if not self.timebox.running:
            self.timebox.start()
        return True

    def quick_add_action(self) -> str:
        """Workshop > Quick-add an action; returns the new action's key ("" when cancelled)."""
        a = self.state.assessment
        if a is None or self.state.readonly:
            return ""
        q = self.window.question_view.question
        challenge = q.challenge if q is not None and not q.is_context and q.challenge else ""
        from desktop_app.gui.views.quick_action_dialog import QuickActionDialog

        dialog = QuickActionDialog(
            [p.name for p in a.participants], workshop=a.workshop_day, challenge=challenge, parent=self.window
        )
        try:
            if not self.run_dialog(dialog):
                return ""
            decision = dialog.decision()
        finally:
            dialog.deleteLater()
        key = self.state.add_custom_action(decision)
        if key:
            self.window.statusBar().showMessage(
                self.window.tr("Action added to the plan: {title}").format(title=decision.title), 6000
            )
        return key

    def ask_today_path(self, suggestion: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.window.tr("Save what we decided today"), suggestion, self.window.tr("PDF (*.pdf)")
        )
        return path

    def save_today(self, day: date | None = None) -> Path | None:
        """File > What we decided today: the one page as a PDF, to print or send."""
        bank, path = self.state.bank, self.state.path
        if bank is None or self.state.assessment is None or path is None:
            return None
        self.window.question_view.commit_pending()
        self.timebox.flush()
        when = day or date.today()
        chosen = self.ask_today_path(str(path.with_name(f"{path.stem} – decided {when.isoformat()}.pdf")))
        if not chosen:
            return None
        target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            from desktop_app.report.today import write_today

            paper = "letter" if _letter_locale() else "a4"
            assessment = self.state.assessment  # parked questions without an answer are in it too
            assert assessment is not None
            write_today(bank, assessment, target, day=when, paper=paper)
        except Exception as exc:  # a full disk, a folder without rights: a sentence, never a crash
            log.warning("could not write %s", target, exc_info=True)
            self.window.show_error(plain_sentence(exc, f"{target.name} could not be written."))
            return None
        self.window.statusBar().showMessage(self.window.tr("Written: {path}").format(path=target), 10000)
        return target

    # -- theme --------------------------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        """View > High-contrast theme: the whole application, the charts and the audience screen."""
        apply_high_contrast(on)
        self.window.settings.set_high_contrast(on)
        if self.act_high_contrast.isChecked() != on:
            self.act_high_contrast.setChecked(on)


def _letter_locale() -> bool:
    """US and Canadian users print on Letter; everyone else on A4."""
    from PySide6.QtCore import QLocale

    return QLocale().territory() in (QLocale.Country.UnitedStates, QLocale.Country.Canada)
