"""The main window: wiring only. It builds the views, the menus and the status bar and connects
their signals; the views talk to :class:`DocumentState`, never to each other."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.gui.deferred import DeferredRefresh, FollowsQuestion, defer_refresh
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.documents import DocumentController
from desktop_app.gui.export_actions import ExportActions
from desktop_app.gui.lazy_tabs import LazyTab, LazyTabWidget
from desktop_app.gui.report_actions import ReportActions
from desktop_app.gui.settings import Settings, documents_dir, log_path
from desktop_app.gui.verdict import ScoreCurtain
from desktop_app.gui.views.live_risk_panel import LiveRiskPanel
from desktop_app.gui.views.navigator_view import NavigatorView
from desktop_app.gui.views.question_view import QuestionView
from desktop_app.gui.views.readonly_banner import ReadOnlyBanner
from desktop_app.gui.views.start_view import SAMPLES, StartView, sample_texts
from desktop_app.storage.document import SUFFIX

if TYPE_CHECKING:  # the tabs out of sight at start, and the dialogs, are imported when first made
    from desktop_app.gui.views.audience_screen import AudienceScreen
    from desktop_app.gui.views.compare_view import CompareView
    from desktop_app.gui.views.details_dialog import DetailsDialog
    from desktop_app.gui.views.follow_up_view import FollowUpView
    from desktop_app.gui.views.history_view import HistoryView
    from desktop_app.gui.views.new_assessment_wizard import NewAssessmentWizard
    from desktop_app.gui.views.plan_view import PlanView
    from desktop_app.gui.views.poll_panel import PollPanel
    from desktop_app.gui.views.risk_view import RiskProfileView
    from desktop_app.gui.views.whatif_view import WhatIfView

log = logging.getLogger(__name__)
V = TypeVar("V", bound=QWidget)

PAGE_START = 0
PAGE_WORK = 1
#: shown while the file named at start opens (``begin_opening``): the start page is not built for it
PAGE_OPENING = 2
#: Help > Keyboard shortcuts: (keys, what they do); both go through tr() in shortcuts_help()
SHORTCUTS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "1 … 9"),
        QT_TRANSLATE_NOOP("MainWindow", "choose an option (on a maturity scale: the level 0 … 4)"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "N"), QT_TRANSLATE_NOOP("MainWindow", "not applicable")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "D or ?"),
        QT_TRANSLATE_NOOP("MainWindow", "don't know (goes to the follow-up list)"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "L / M / H"), QT_TRANSLATE_NOOP("MainWindow", "confidence low / medium / high")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Alt+N"),
        QT_TRANSLATE_NOOP("MainWindow", "write a note (Enter saves it, Shift+Enter starts a new line)"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "G"), QT_TRANSLATE_NOOP("MainWindow", "show or hide guidance and references")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "P or Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "park the question for follow-up (a one-line note; Enter parks it) and move on;"
            " on a parked question: unpark",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Alt+I"),
        QT_TRANSLATE_NOOP("MainWindow", "who said the note (pick a participant or type a name)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+N"),
        QT_TRANSLATE_NOOP("MainWindow", "quick-add an action (title, owner, due date)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+T"),
        QT_TRANSLATE_NOOP("MainWindow", "start or pause the workshop clock (Workshop > Set the agenda)"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "Enter, Right arrow"), QT_TRANSLATE_NOOP("MainWindow", "next question")),
    (QT_TRANSLATE_NOOP("MainWindow", "Left arrow"), QT_TRANSLATE_NOOP("MainWindow", "previous question")),
    (QT_TRANSLATE_NOOP("MainWindow", "Ctrl+U"), QT_TRANSLATE_NOOP("MainWindow", "next unanswered question")),
    (QT_TRANSLATE_NOOP("MainWindow", "Ctrl+F"), QT_TRANSLATE_NOOP("MainWindow", "search questions")),
    (QT_TRANSLATE_NOOP("MainWindow", "Ctrl+I"), QT_TRANSLATE_NOOP("MainWindow", "assessment details and participants")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Z / Ctrl+Shift+Z"),
        QT_TRANSLATE_NOOP("MainWindow", "undo / redo any change"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+1 … Ctrl+8"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "questionnaire, risk profile, plan, follow-up, what-if, compare, poll the room, history"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "F11"),
        QT_TRANSLATE_NOOP("MainWindow", "presentation mode (large type for a projector); Esc leaves it"),
    ),
    # the room (issue 13): the audience screen, the hidden score, zoom
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+A"),
        QT_TRANSLATE_NOOP("MainWindow", "audience screen: a second window for the projector, following you"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "F5 … F8"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "the audience sees the question, the decision and why, the radar, the first actions"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+Shift+H"),
        QT_TRANSLATE_NOOP("MainWindow", "hide the live score while the room discusses (shown at a challenge's end)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "Ctrl+= or Ctrl++ / Ctrl+- / Ctrl+0"),
        QT_TRANSLATE_NOOP("MainWindow", "zoom the whole window in / out / back to 100 %"),
    ),
)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.state = DocumentState(self)
        self.documents = DocumentController(self.state, self.settings, self)
        self.reports = ReportActions(self, self.state, self.settings)
        self.exports = ExportActions(self, self.state)
        self.presentation = False
        #: set while the window closes its document (closeEvent)
        self._closing = False
        self._portfolio_window: QWidget | None = None
        #: the window for the room (View > Audience screen), made when first asked for
        self.audience: AudienceScreen | None = None
        #: whether the room may see the score now (View > Hide live score)
        self.curtain = ScoreCurtain(self)
        self._zoom = 1.0
        self._base_font = QFont(self.font())
        self._normal_splitter = QByteArray()
        self._was_maximized = False  # the window's state before presentation mode
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 600)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        # built when first shown: a start that opens a file never shows it (7 ms of CPU, issue 15)
        self._start_page = LazyTab(self._make_start_view)
        self.stack.addWidget(self._start_page)
        self.work = QWidget()
        work_layout = QVBoxLayout(self.work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        self.banner = ReadOnlyBanner()
        work_layout.addWidget(self.banner)
        self.tabs = LazyTabWidget()
        self.tabs.setDocumentMode(True)
        work_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(self.work)
        self._opening_label = QLabel()
        self._opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._opening_label.setEnabled(False)
        self.stack.addWidget(self._opening_label)

        self._build_questionnaire()
        self.tabs.addTab(self.splitter, self.tr("&Questionnaire"))
        self.deferred: list[DeferredRefresh] = []
        self._add_analysis_tabs()
        self._add_room_tabs()

        self._build_actions()
        self._build_status_bar()
        self._connect()
        self._restore_layout()
        self.refresh_recent()
        self._document_replaced()
        # issue 13: running the workshop (agenda and clock, park, quick-add, today's page, high contrast)
        from desktop_app.gui.room import RoomTools

        self.room = RoomTools(self)

    # -- building ---------------------------------------------------------------------------
    def _build_questionnaire(self) -> None:
        """The questionnaire tab: navigator | question | live risk, with the answer keys across all three."""
        self.navigator = NavigatorView(self.state)
        self.question_view = QuestionView(self.state)
        self.question_view.order_provider = self.navigator.question_ids
        self.risk_panel = LiveRiskPanel(self.state)
        self.risk_panel.set_curtain(self.curtain)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.question_view)
        self.splitter.addWidget(self.risk_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([330, 700, 280])
        self.question_view.set_key_scope(self.splitter)  # answer keys work from the navigator too
        # -- collab (issue 14): the live panel's line on strong disagreement in the room
        from desktop_app.gui.collab_actions import install_disagreement_line

        self.disagreement_line = install_disagreement_line(self.risk_panel, self.question_view, self.state)
        # -- end collab

    def _add_analysis_tabs(self) -> None:
        """The tabs out of sight at start are built when first shown or asked for (gui/lazy_tabs.py)."""
        add = self.tabs.add_lazy_tab
        self._risk_tab = add(self._make_risk_view, self.tr("&Risk profile"))
        self._plan_tab = add(self._make_plan_view, self.tr("&Plan"))
        self._follow_up_tab = add(self._make_follow_up_view, self.tr("Follow-&up"))
        self._whatif_tab = add(self._make_whatif_view, self.tr("&What-if"))
        self._compare_tab = add(self._make_compare_view, self.tr("&Compare"))

    def _add_room_tabs(self) -> None:
        """Polling the room and the history follow the question shown in the questionnaire."""
        self._poll_tab = self.tabs.add_lazy_tab(self._make_poll_panel, self.tr("Poll the room"))
        self._history_tab = self.tabs.add_lazy_tab(self._make_history_view, self.tr("Histor&y"))

    # -- the lazy tabs' views: made with the state as it is then, wired as the window wired them at start
    def _defer(self, view: QWidget, refresh: Callable[[], None]) -> None:
        """A background tab redraws when it comes into view, not on every answer."""
        self.deferred.append(defer_refresh(self.state.changed, view, refresh))

    def _make_risk_view(self) -> RiskProfileView:
        from desktop_app.gui.views.risk_view import RiskProfileView

        view = RiskProfileView(self.state)
        self._defer(view, view.refresh)
        if self.presentation:
            view.set_presentation(True)
        return view

    def _make_plan_view(self) -> PlanView:
        from desktop_app.gui.views.plan_view import PlanView

        view = PlanView(self.state)
        self._defer(view, view.refresh)  # perf: the plan view too
        if self.presentation:
            view.set_presentation(True)
        return view

    def _make_whatif_view(self) -> WhatIfView:
        from desktop_app.gui.views.whatif_view import WhatIfView

        view = WhatIfView(self.state)
        self._defer(view, view.refresh)
        if self.presentation:
            view.set_presentation(True)
        return view

    def _make_compare_view(self) -> CompareView:
        from desktop_app.gui.views.compare_view import CompareView

        view = CompareView(self.state)
        self._defer(view, view.refresh)  # it has no presentation layout
        return view

    def _make_follow_up_view(self) -> FollowUpView:
        from desktop_app.gui.views.follow_up_view import FollowUpView

        view = FollowUpView(self.state)  # follows every answer (its rows are fitted when shown)
        if self.presentation:
            view.set_presentation(True)
        return view

    def _make_poll_panel(self) -> PollPanel:
        from desktop_app.gui.views.poll_panel import PollPanel

        panel = PollPanel(self.state)
        shown = self.question_view.question.id if self.question_view.question is not None else None
        if shown is not None:
            panel.show_question(shown)
        self._poll_follows = self._follow_question(panel, panel.show_question, panel.refresh, shown, panel.set_question)
        return panel

    def _make_history_view(self) -> HistoryView:
        from desktop_app.gui.views.history_view import HistoryView

        view = HistoryView(self.state)
        shown = self.question_view.question.id if self.question_view.question is not None else None
        if shown is not None:
            view.show_question(shown)
        self._history_follows = self._follow_question(view, view.show_question, view.refresh, shown, view.set_question)
        return view

    def _follow_question(
        self,
        view: QWidget,
        show_question: Callable[[str], None],
        refresh: Callable[[], None],
        shown: str | None,
        set_question: Callable[[str], None],
    ) -> FollowsQuestion:
        """``view`` follows the question shown and the changes while in sight, and catches up when shown."""
        follows = FollowsQuestion(view, show_question, refresh, shown, set_question)
        self.state.changed.disconnect(refresh)  # the view connected it itself
        self.state.changed.connect(follows.changed)
        return follows

    def _make_start_view(self) -> StartView:
        view = StartView()
        view.new_requested.connect(self.new_assessment)
        view.open_requested.connect(self.open_dialog)
        view.open_recent_requested.connect(self.open_recent)
        view.sample_requested.connect(self.documents.open_sample)
        view.shortcuts_requested.connect(self.show_shortcuts)
        view.set_recent(self.settings.recent_files())
        return view

    @property
    def start_view(self) -> StartView:
        """The start page's view (made now if it was not yet: it is made when first shown)."""
        return self._view_of(self._start_page, StartView)

    def begin_opening(self, path: str | Path) -> None:
        """Before the window is first shown with a file to open: say so instead of building the start page.

        ``end_opening`` (or the document's arrival) then shows the work, or the start page if the file
        did not open.
        """
        self._opening_label.setText(self.tr("Opening {file}…").format(file=Path(path).name))
        self.stack.setCurrentIndex(PAGE_OPENING)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.state.is_open and self.stack.currentIndex() == PAGE_WORK:
            self.stack.setCurrentIndex(PAGE_START)  # shown again after a close that left the work page
        super().showEvent(event)

    def end_opening(self) -> None:
        """After the file named at start was opened, or not: the page the state calls for."""
        if self.stack.currentIndex() == PAGE_OPENING:
            self.stack.setCurrentIndex(PAGE_WORK if self.state.is_open else PAGE_START)

    @staticmethod
    def _view_of(tab: LazyTab, kind: type[V]) -> V:
        view = tab.view()
        assert isinstance(view, kind)
        return view

    @property
    def risk_view(self) -> RiskProfileView:
        from desktop_app.gui.views.risk_view import RiskProfileView

        return self._view_of(self._risk_tab, RiskProfileView)

    @property
    def plan_view(self) -> PlanView:
        from desktop_app.gui.views.plan_view import PlanView

        return self._view_of(self._plan_tab, PlanView)

    @property
    def follow_up_view(self) -> FollowUpView:
        from desktop_app.gui.views.follow_up_view import FollowUpView

        return self._view_of(self._follow_up_tab, FollowUpView)

    @property
    def whatif_view(self) -> WhatIfView:
        from desktop_app.gui.views.whatif_view import WhatIfView

        return self._view_of(self._whatif_tab, WhatIfView)

    @property
    def compare_view(self) -> CompareView:
        from desktop_app.gui.views.compare_view import CompareView

        return self._view_of(self._compare_tab, CompareView)

    @property
    def poll_panel(self) -> PollPanel:
        from desktop_app.gui.views.poll_panel import PollPanel

        return self._view_of(self._poll_tab, PollPanel)

    @property
    def history_view(self) -> HistoryView:
        from desktop_app.gui.views.history_view import HistoryView

        return self._view_of(self._history_tab, HistoryView)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)

        def fire(_checked: bool = False) -> None:  # the slot takes no "checked" argument
            slot()

        action.triggered.connect(fire)
        self.addAction(action)  # shortcuts keep working when the menu bar is hidden (presentation)
        return action

    def _build_actions(self) -> None:
        mb = self.menuBar()
        self._build_file_menu(mb)
        self._build_edit_menu(mb)
        self._build_view_menu(mb)
        self._build_go_help_menus(mb)
        self._collect_document_actions()

    def _build_file_menu(self, mb: QMenuBar) -> None:
        """File: new, open, samples, copy, PDF, exports, print, portfolio, close, quit."""
        f = mb.addMenu(self.tr("&File"))
        self.act_new = self._action(self.tr("&New assessment…"), self.new_assessment, QKeySequence.StandardKey.New)
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        f.addAction(self.act_new)
        f.addAction(self.act_open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        f.addMenu(self.recent_menu)
        samples = QMenu(self.tr("Open &sample"), self)
        for name, label, description in SAMPLES:
            text, _description = sample_texts(label, description)
            samples.addAction(self._action(text, partial(self.documents.open_sample, name)))
        f.addMenu(samples)
        f.addSeparator()
        self.act_copy = self._action(
            self.tr("Save a &copy…"),
            self.save_copy_dialog,
            QKeySequence("Ctrl+Shift+S"),
            self.tr("Write a copy of this assessment to another file"),
        )
        f.addAction(self.act_copy)
        self.act_restore = self._action(
            self.tr("Restore from &backup…"),
            self.restore_from_backup,
            None,
            self.tr("Put a backup copy of an assessment back"),
        )
        f.addAction(self.act_restore)
        # -- crypt (issue 10): set, change, remove the password; the password dialog on open
        from desktop_app.gui.views.password_dialog import PasswordActions

        self.passwords = PasswordActions(self, self.state)
        self.passwords.add_to_menu(f)
        self.documents.password_provider = self.passwords.provide
        self.documents.restore_offer = self._offer_restore  # crypt (issue 10): a damaged file offers its backup
        self.passwords.done.connect(lambda text: self.statusBar().showMessage(text, 10000))
        # -- end crypt
        # -- collab (issue 14): merge another copy, self-assessment out and in (gui/collab_actions.py)
        from desktop_app.gui.collab_actions import CollabActions

        self.collab = CollabActions(self, self.state)
        self.collab.password_provider = self.passwords.provide  # crypt: an encrypted copy asks its password
        self.collab.add_to_menu(f)
        self.collab.done.connect(lambda text: self.statusBar().showMessage(text, 10000))
        f.addSeparator()
        # -- end collab
        self.act_pdf = self._action(
            self.tr("&Export PDF…"),
            self.export_pdf,
            QKeySequence("Ctrl+E"),
            self.tr("Write the deployment plan as a PDF"),
        )
        self.act_print = self._action(self.tr("&Print…"), self.print_report, QKeySequence.StandardKey.Print)
        f.addAction(self.act_pdf)
        export_menu = f.addMenu(self.tr("E&xport"))
        self.exports.add_to_menu(export_menu, separator=False)  # enabled while a document is open
        self.export_actions: list[QAction] = self.exports.actions
        self.act_export_xlsx = self.export_actions[0]
        f.addAction(self.act_print)
        self.act_portfolio = self._action(
            self.tr("Por&tfolio…"), self.show_portfolio, None, self.tr("Compare many assessments in a folder")
        )
        f.addAction(self.act_portfolio)
        f.addSeparator()
        self.act_close = self._action(self.tr("C&lose assessment"), self.close_document, QKeySequence.StandardKey.Close)
        f.addAction(self.act_close)
        f.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

    def _build_edit_menu(self, mb: QMenuBar) -> None:
        """Edit: undo, redo, details, find."""
        e = mb.addMenu(self.tr("&Edit"))
        self.act_undo = self.state.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.state.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.act_undo, self.act_redo):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(a)
            e.addAction(a)
        e.addSeparator()
        self.act_details = self._action(
            self.tr("Assessment &details…"),
            self.edit_details,
            QKeySequence("Ctrl+I"),
            self.tr("Client, project, workshop date, facilitator and participants"),
        )
        e.addAction(self.act_details)
        self.act_find = self._action(self.tr("&Find question…"), self.find_question, QKeySequence.StandardKey.Find)
        e.addAction(self.act_find)
        # report helper: Edit > Preferences… (the dialog and its action live in views/preferences_dialog.py)
        from desktop_app.gui.views.preferences_dialog import add_preferences_action

        e.addSeparator()
        self.act_preferences = add_preferences_action(e, self, self.settings)

    def _build_view_menu(self, mb: QMenuBar) -> None:
        """View: presentation, the room, zoom, the tabs."""
        v = mb.addMenu(self.tr("&View"))
        self.act_presentation = self._action(
            self.tr("&Presentation mode"),
            self.toggle_presentation,
            QKeySequence(Qt.Key.Key_F11),
            self.tr("Large type for a projector"),
        )
        self.act_presentation.setCheckable(True)
        v.addAction(self.act_presentation)
        self.act_leave_presentation = self._action(
            self.tr("Leave presentation mode"), lambda: self.set_presentation(False), QKeySequence(Qt.Key.Key_Escape)
        )
        self.act_leave_presentation.setEnabled(False)  # Esc belongs to the focused widget otherwise
        self._build_room_actions(v)
        v.addSeparator()
        self.tab_actions: list[QAction] = []
        for i in range(self.tabs.count()):
            a = self._action(
                self.tabs.tabText(i).replace("&", ""),
                partial(self.tabs.setCurrentIndex, i),
                QKeySequence(f"Ctrl+{i + 1}"),
            )
            v.addAction(a)
            self.tab_actions.append(a)

    def _build_go_help_menus(self, mb: QMenuBar) -> None:
        """Go and Help."""
        g = mb.addMenu(self.tr("&Go"))
        self.act_prev = self._action(
            self.tr("&Previous question"), self.question_view.go_previous, QKeySequence("Alt+Left")
        )
        self.act_next = self._action(self.tr("&Next question"), self.question_view.go_next, QKeySequence("Alt+Right"))
        self.act_next_unanswered = self._action(
            self.tr("Next &unanswered question"), self.question_view.go_next_unanswered, QKeySequence("Ctrl+U")
        )
        self.act_note = self._action(self.tr("&Write a note"), self.question_view.focus_note, QKeySequence("Alt+N"))
        for a in (self.act_prev, self.act_next, self.act_next_unanswered, self.act_note):
            g.addAction(a)

        h = mb.addMenu(self.tr("&Help"))
        h.addAction(
            self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        )
        h.addAction(self._action(self.tr("&About {app}").format(app=APP_NAME), self.show_about))

    def _collect_document_actions(self) -> None:
        """The actions that need an open document."""
        self.document_actions = [
            self.act_copy,
            self.act_pdf,
            self.act_print,
            self.act_close,
            self.act_find,
            self.act_presentation,
            self.act_prev,
            self.act_next,
            self.act_next_unanswered,
            self.act_note,
            *self.tab_actions,
        ]

    def _build_room_actions(self, v: QMenu) -> None:
        """View menu: the audience screen and what it shows, the hidden score, zoom."""
        self.act_audience = self._action(
            self.tr("&Audience screen"),
            self.toggle_audience,
            QKeySequence("Ctrl+Shift+A"),
            self.tr("A second window for the room"),
        )
        self.act_audience.setCheckable(True)
        v.addAction(self.act_audience)
        self.audience_actions: list[QAction] = []
        for mode, text, key in (
            ("question", self.tr("Audience sees the &question"), "F5"),
            ("decision", self.tr("Audience sees the &decision"), "F6"),
            ("radar", self.tr("Audience sees the &radar"), "F7"),
            ("actions", self.tr("Audience sees the first a&ctions"), "F8"),
        ):
            act = self._action(text, partial(self.show_audience, mode), QKeySequence(key))
            v.addAction(act)
            self.audience_actions.append(act)
        self.act_hide_score = self._action(
            self.tr("&Hide live score"),
            lambda: None,  # toggled, below, carries the state
            QKeySequence("Ctrl+Shift+H"),
            self.tr("Hide the score during discussion; it shows again at the end of each challenge"),
        )
        self.act_hide_score.setCheckable(True)
        self.act_hide_score.toggled.connect(self.curtain.set_hiding)
        v.addAction(self.act_hide_score)
        v.addSeparator()
        zoom_in = self._action(self.tr("Zoom &in"), lambda: self.zoom_by(1), QKeySequence("Ctrl+="))
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        zoom_out = self._action(self.tr("Zoom &out"), lambda: self.zoom_by(-1), QKeySequence("Ctrl+-"))
        zoom_reset = self._action(self.tr("Actual si&ze"), lambda: self.zoom_by(0), QKeySequence("Ctrl+0"))
        for act in (zoom_in, zoom_out, zoom_reset):
            v.addAction(act)

    def zoom_by(self, step: int) -> None:
        """Ctrl+= / Ctrl+- : every text in the window grows or shrinks by 10 %; 0 goes back to 100 %."""
        self._zoom = 1.0 if step == 0 else min(2.5, max(0.7, round(self._zoom + 0.1 * step, 2)))
        font = QFont(self._base_font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * self._zoom)
        else:
            font.setPixelSize(max(8, int(self._base_font.pixelSize() * self._zoom)))
        self.setFont(font)
        self.statusBar().showMessage(self.tr("Zoom {percent}").format(percent=f"{self._zoom:.0%}"), 2000)

    def toggle_audience(self) -> None:
        if self.audience is not None and self.audience.isVisible():
            self.audience.hide()
            self.act_audience.setChecked(False)
        else:
            self.show_audience()

    def show_audience(self, mode: str | None = None) -> None:
        """Show the audience screen (on a second screen when there is one), optionally in ``mode``."""
        if self.audience is None:
            from desktop_app.gui.views.audience_screen import AudienceScreen

            self.audience = AudienceScreen(self.state, self.curtain, self)
            self.question_view.current_changed.connect(self.audience.follow)
        if self.question_view.question is not None:
            self.audience.follow(self.question_view.question.id)
        if mode is not None:
            self.audience.set_mode(mode)
        if not self.audience.isVisible():
            self.audience.place()
        self.act_audience.setChecked(True)

    def _question_shown(self, question_id: str) -> None:
        # a tab not yet built takes the question shown when it is made
        if self._poll_tab.is_built:
            self._poll_follows.question_shown(question_id)
        if self._history_tab.is_built:
            self._history_follows.question_shown(question_id)
        bank = self.state.bank
        q = bank.question(question_id) if bank is not None and bank.has_question(question_id) else None
        self.curtain.question_shown(q.challenge if q is not None and not q.is_context else None)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.completion_label = QLabel()
        sb.addPermanentWidget(self.completion_label)
        sb.addPermanentWidget(self.saved_label)

    def _connect(self) -> None:
        s = self.state
        s.changed.connect(self._changed)
        s.document_replaced.connect(self._document_replaced)
        s.readonly_changed.connect(lambda _ro: self._update_banner())
        s.readonly_changed.connect(lambda _ro: self._update_edit_actions())
        s.error.connect(self.show_error)
        s.navigate_requested.connect(self.go_to_question)
        self.documents.failed.connect(self.show_error)
        self.documents.recent_changed.connect(self.refresh_recent)
        self.navigator.question_activated.connect(self._navigator_activated)
        self.question_view.current_changed.connect(self.navigator.select)
        self.question_view.current_changed.connect(self._question_shown)
        self.question_view.pending_changed.connect(lambda _p: self._update_saved_label())
        self.banner.enable_editing.connect(self.documents.enable_editing)
        self.reports.exported.connect(self._pdf_written)
        self.exports.exported.connect(self._exported)

    def _pdf_written(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("PDF written: {path}").format(path=path), 10000)

    def _exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported: {path}").format(path=path), 10000)

    # -- state -> window ----------------------------------------------------------------------
    def _document_replaced(self) -> None:
        is_open = self.state.is_open
        if is_open or not self._closing:
            self.stack.setCurrentIndex(PAGE_WORK if is_open else PAGE_START)
        for a in self.document_actions:
            a.setEnabled(is_open)
        self._update_edit_actions()
        if not is_open and self.presentation:
            self.set_presentation(False)
        if is_open:
            self.tabs.setCurrentIndex(0)
            QTimer.singleShot(0, self.question_view.focus_answers)
        self._update_banner()
        self._update_title()
        self._changed()

    def _changed(self) -> None:
        self._update_title()
        profile = self.state.profile
        if profile is None:
            self.completion_label.setText("")
            self.saved_label.setText("")
            return
        c = profile.completion
        self.curtain.answers_counted(c.answered)
        self.completion_label.setText(
            self.tr("{answered} of {total} answered ({percent})").format(
                answered=c.answered, total=c.total, percent=f"{c.percent:.0f}%"
            )
        )
        self._update_saved_label()

    def _update_saved_label(self) -> None:
        """Say what is in the file, never more: a failed write or text still being typed is not saved."""
        if not self.state.is_open:
            self.saved_label.setText("")
        elif self.state.readonly:
            self.saved_label.setText(self.tr("Read-only: changes are not possible"))
        elif self.state.last_error:
            self.saved_label.setText(self.tr("Not saved: the last change could not be written"))
        elif self.question_view.has_pending:
            self.saved_label.setText(self.tr("Typing… saved when you pause or press Enter"))
        elif self.state.last_saved_at:
            at = datetime.fromisoformat(self.state.last_saved_at).astimezone()
            self.saved_label.setText(self.tr("All changes saved at {time}").format(time=f"{at:%H:%M:%S}"))
        else:
            self.saved_label.setText(self.tr("All changes saved"))

    def _update_edit_actions(self) -> None:
        self.act_details.setEnabled(self.state.is_open and not self.state.readonly)

    def _update_title(self) -> None:
        a, path = self.state.assessment, self.state.path
        if a is None or path is None:
            self.setWindowTitle(APP_NAME)
            return
        if self.state.readonly:
            title = self.tr("{client} – {project} – {file} [read-only] – {app}")
        else:
            title = self.tr("{client} – {project} – {file} – {app}")
        self.setWindowTitle(title.format(client=a.client, project=a.project, file=path.name, app=APP_NAME))
        self.setWindowFilePath(str(path))

    def _update_banner(self) -> None:
        doc = self.state.document
        if doc is not None and doc.readonly:
            self.banner.show_reason(doc.readonly_reason)
        else:
            self.banner.setVisible(False)
        self._changed()

    def refresh_recent(self) -> None:
        recent = self.settings.recent_files()
        if self._start_page.is_built:  # else the view reads the list when it is made
            self.start_view.set_recent(recent)
        self.recent_menu.clear()
        for r in recent:
            label = self.tr("{client} – {project}").format(client=r.client, project=r.project)
            if not r.client:
                label = Path(r.path).name
            if r.workshop_date:
                label = self.tr("{assessment}  ({date})").format(assessment=label, date=r.workshop_date)
            act = self.recent_menu.addAction(label)
            act.setToolTip(r.path)
            act.triggered.connect(lambda _c=False, p=r.path: self.open_recent(p))
        self.recent_menu.setEnabled(bool(recent))

    # -- commands -----------------------------------------------------------------------------
    def new_assessment(self) -> None:
        from desktop_app.gui.views.new_assessment_wizard import NewAssessmentWizard

        wizard = NewAssessmentWizard(self, documents_dir(), self.settings.facilitator())
        if self.run_wizard(wizard):
            self.documents.create(wizard.request())

    def run_wizard(self, wizard: NewAssessmentWizard) -> bool:
        """Show the wizard (tests replace this to fill it in)."""
        return bool(wizard.exec())

    def edit_details(self) -> None:
        """Edit > Assessment details…: one undoable change for the whole dialog."""
        a = self.state.assessment
        if a is None or self.state.readonly:
            return
        bank = self.state.bank
        from desktop_app.gui.views.details_dialog import DetailsDialog

        dialog = DetailsDialog(self, a, bank.cost_bands.currency if bank is not None else "")  # kb: the rate
        if self.run_dialog(dialog):
            self.state.edit_details(dialog.details(), dialog.participants())
        dialog.deleteLater()

    def run_dialog(self, dialog: DetailsDialog) -> bool:
        """Show a modal dialog (tests replace this to fill it in)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_dialog(self) -> None:
        folder = self.settings.last_folder() or str(documents_dir())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open an assessment"), folder, self._file_filter(all_files=True)
        )
        if path:
            self.settings.set_last_folder(str(Path(path).parent))
            self.documents.open_path(path)

    def open_recent(self, path: str) -> None:
        if not Path(path).is_file():
            self.show_error(self.tr("{file} is no longer there; it was moved or deleted.").format(file=Path(path).name))
            self.settings.remove_recent(path)
            self.refresh_recent()
            return
        self.documents.open_path(path)

    def save_copy_dialog(self) -> None:
        path = self.state.path
        if path is None:
            return
        stem = self.tr("{name} copy").format(name=path.stem)
        suggestion = str(path.with_name(f"{stem}{SUFFIX}"))
        dest, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggestion, self._file_filter())
        if dest and self.documents.save_copy(dest):
            self.statusBar().showMessage(self.tr("Copy saved: {path}").format(path=dest), 8000)

    def _file_filter(self, *, all_files: bool = False) -> str:
        """The file dialogs' filter: assessments, and optionally any file."""
        assessments = self.tr("Assessments ({pattern})").format(pattern=f"*{SUFFIX}")
        return assessments + ";;" + self.tr("All files (*)") if all_files else assessments

    def restore_from_backup(self) -> None:
        from desktop_app.gui.views.restore_dialog import restore_from_backup

        path = self.state.path
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore which assessment?"), "", self._file_filter())
            if not chosen:
                return
            path = Path(chosen)
        else:
            self.close_document()  # the file is replaced: let go of it first
        with self.documents.asking_passwords():  # crypt (issue 10): encrypted backups ask the password
            result = restore_from_backup(Path(path), self)
        if Path(path).exists():
            self.documents.open_path(path)
        if result is not None:
            message = self.tr("Restored {file} from the backup of {time}").format(
                file=Path(path).name, time=f"{result.backup.taken:%Y-%m-%d %H:%M}"
            )
            self.statusBar().showMessage(message, 8000)

    def _offer_restore(self, path: Path, message: str) -> bool:
        """A damaged file with a good backup: offer to put it back, then open it (True when opened)."""
        from desktop_app.gui.views.restore_dialog import offer_restore

        with self.documents.asking_passwords():
            result = offer_restore(path, message, self)
        return result is not None and self.documents.open_path(path)

    def export_pdf(self) -> None:
        self.reports.export_pdf()

    def print_report(self) -> None:
        self.reports.print_report()

    def show_portfolio(self) -> None:
        if self._portfolio_window is None:
            from desktop_app.gui.views.portfolio_view import PortfolioView  # perf: not imported at start

            self._portfolio_window = PortfolioView()
            # crypt (issue 10): "open this file" from the portfolio, through the password dialog
            self._portfolio_window.open_question_requested.connect(self.open_at_question)
            self._portfolio_window.open_file_requested.connect(self.documents.open_path)
            self._portfolio_window.setWindowTitle(self.tr("Portfolio – {app}").format(app=APP_NAME))
            self._portfolio_window.resize(1100, 700)
        self._portfolio_window.show()
        self._portfolio_window.raise_()

    def open_at_question(self, path: str, question_id: str) -> bool:
        """Open ``path`` (the portfolio's "open this file") and show ``question_id`` in it."""
        opened = self.documents.open_path(path)
        if opened:
            self.go_to_question(question_id)
            self.raise_()
            self.activateWindow()
        return opened

    def close_document(self) -> None:
        self.question_view.commit_pending()
        self.documents.close()

    def find_question(self) -> None:
        """Edit > Find question (Ctrl+F): the navigator's search box."""
        if not self.state.is_open:
            return
        self.tabs.setCurrentWidget(self.splitter)
        if self.presentation:
            self.navigator.setVisible(True)
        self.navigator.focus_search()

    def _navigator_activated(self, question_id: str) -> None:
        self.question_view.show_question(question_id)

    def go_to_question(self, question_id: str) -> None:
        self.tabs.setCurrentWidget(self.splitter)
        self.question_view.show_question(question_id)
        self.question_view.focus_answers()

    def toggle_presentation(self) -> None:
        self.set_presentation(not self.presentation)

    def set_presentation(self, on: bool) -> None:
        """F11: full screen, large type, the question and the live risk only."""
        if on == self.presentation:
            self.act_presentation.setChecked(on)
            return
        self.presentation = on
        self.act_presentation.setChecked(on)
        self.act_leave_presentation.setEnabled(on)
        self.question_view.set_presentation(on)
        self.risk_panel.set_presentation(on)
        # Ctrl+2 … Ctrl+5; a tab built later takes the mode when it is made
        if self._risk_tab.is_built:
            self.risk_view.set_presentation(on)
        if self._plan_tab.is_built:
            self.plan_view.set_presentation(on)
        if self._follow_up_tab.is_built:
            self.follow_up_view.set_presentation(on)
        if self._whatif_tab.is_built:
            self.whatif_view.set_presentation(on)
        self.navigator.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        self.tabs.tabBar().setVisible(not on)
        if on:
            self.tabs.setCurrentWidget(self.splitter)
            self._was_maximized = self.isMaximized()
            self._normal_splitter = QByteArray(self.splitter.saveState())
            self.showFullScreen()
            self.splitter.setSizes([0, int(self.width() * 0.72), int(self.width() * 0.28)])
        else:
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()
            if not self._normal_splitter.isEmpty():  # the widths the user had, not a default
                self.splitter.restoreState(self._normal_splitter)
            else:
                self.splitter.setSizes([330, 700, 280])
        self.question_view.focus_answers()

    # -- dialogs ----------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        log.info("shown to the user: %s", message)
        QMessageBox.warning(self, APP_NAME, message)

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_help())

    def shortcuts_help(self) -> str:
        """Help > Keyboard shortcuts as an HTML table, in the user's language."""
        rows = "".join(
            f"<tr><td><b>{html.escape(self.tr(str(keys)))}</b></td><td>{html.escape(self.tr(str(what)))}</td></tr>"
            for keys, what in SHORTCUTS
        )
        return f"<table cellpadding=3>{rows}</table>"

    def show_about(self) -> None:
        purpose = self.tr(
            "Decide whether, and how, an organisation can deploy generative AI responsibly. "
            "Works fully offline; every change is saved in the file at once."
        )
        log_line = self.tr("Problems are recorded in the log file:")
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<b>{html.escape(APP_NAME)}</b> {__version__}<p>{html.escape(purpose)}</p>"
            f"<p>{html.escape(log_line)}<br><code>{html.escape(str(log_path()))}</code></p>",
        )

    # -- layout -------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._default_geometry()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _default_geometry(self) -> None:
        """First start: 1280 x 800, but never larger than the screen (a 1366 x 768 laptop or projector)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        avail = screen.availableGeometry()
        width = min(1280, avail.width() - 40)
        height = min(800, avail.height() - 60)
        self.resize(max(self.minimumWidth(), width), max(self.minimumHeight(), height))
        self.move(
            avail.x() + max(0, (avail.width() - self.width()) // 2),
            avail.y() + max(0, (avail.height() - self.height()) // 2),
        )

    def save_layout(self) -> None:
        if self.presentation:
            self.set_presentation(False)
        self.settings.save_window(self.saveGeometry(), self.saveState(), QByteArray(self.splitter.saveState()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.question_view.commit_pending()
        self.save_layout()
        self._closing = True  # the document closes with the window: no start page is built for that
        try:
            self.documents.close()
        finally:
            self._closing = False
        if self._portfolio_window is not None:
            self._portfolio_window.close()
        if self.audience is not None:
            self.audience.hide()
        super().closeEvent(event)
