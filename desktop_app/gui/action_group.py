"""The scaffolding shared by the groups of menu actions that follow the open document.

File > Set/Change/Remove password (``gui/views/password_dialog.py``), File > Merge and the
self-assessment (``gui/collab_actions.py``) and File > Export (``gui/export_actions.py``) each own a
few ``QAction`` objects that the main window puts in a menu with one call (:meth:`add_to_menu`) and
that are enabled or disabled whenever a document is opened or closed or its read-only state changes
(:meth:`ActionGroup.update_actions`, which each group overrides with its own rule). The modal dialogs
run through the seams :meth:`run_dialog`, :meth:`confirm` and :meth:`show_error`, which the tests
replace so that a test never meets a blocking dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.gui.document_state import DocumentState


class ActionGroup(QObject):
    """A few menu actions for the open document; a subclass creates them with :meth:`add_action`
    and calls :meth:`update_actions` at the end of its ``__init__``."""

    #: a sentence for the status bar after a finished action
    done = Signal(str)

    def __init__(self, window: QWidget, state: DocumentState) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        #: the actions in menu order
        self.actions: list[QAction] = []
        state.document_replaced.connect(self.update_actions)
        state.readonly_changed.connect(lambda _ro: self.update_actions())

    def add_action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        """A new action (``text`` with its mnemonic, ``tip`` for the status bar) that runs ``slot``."""
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions.append(action)
        return action

    def add_to_menu(self, menu: QMenu, *, separator: bool = True) -> None:
        """Put the actions at the end of ``menu``, after a separator unless told otherwise."""
        if separator:
            menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)

    @property
    def editable(self) -> bool:
        """A document is open and may be changed."""
        return self.state.is_open and not self.state.readonly

    def update_actions(self) -> None:
        """Enable the actions that make sense now; by default all of them while the document is editable."""
        for action in self.actions:
            action.setEnabled(self.editable)

    # -- seams the tests replace ------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a modal dialog; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        """A Yes/No question; True for Yes."""
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)
