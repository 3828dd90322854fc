"""The password of an encrypted document in the window: File > Set / Change / Remove password…, and
the dialog that asks for the password when an encrypted file is opened.

Storage never asks anyone itself (``storage/passwords.py``): the window's document controller
installs :meth:`PasswordActions.provide` as the password provider while it opens a file
(``DocumentController.password_provider``), so every way of opening a file (File > Open, Open
recent, the start screen, the command line, a file handed over by a second instance) asks the same
dialog, again after a wrong password, and Cancel opens nothing.

A new password is typed twice. The modal dialogs run through :meth:`PasswordActions.run_dialog` and
:meth:`PasswordActions.confirm`, the seams the tests replace (a test never meets a blocking dialog).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.views.password_fields import NewPasswordFields
from desktop_app.storage import passwords
from desktop_app.storage.errors import DocumentError, PasswordCancelled, PasswordProblem


class NewPasswordDialog(QDialog):
    """A new password, typed twice; refused (with the reason in the dialog) when weak or different."""

    def __init__(self, name: str, parent: QWidget | None = None, *, change: bool = False) -> None:
        super().__init__(parent)
        title = self.tr("Change password") if change else self.tr("Set password")
        self.setWindowTitle(title)
        intro = QLabel(
            self.tr(
                "{name} will be encrypted with this password, and so will its backups. Nobody can open it "
                "without the password: if it is lost, the assessment is lost too (nothing can recover it)."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        self.fields = NewPasswordFields()
        self.password, self.repeat, self.problem = self.fields.password, self.fields.repeat, self.fields.problem
        form = QFormLayout()
        form.addRow(self.tr("New &password:"), self.password)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def new_password(self) -> str:
        return self.password.text()

    def accept(self) -> None:
        text = self.password.text()
        if self.fields.differ():
            self.fields.say(self.tr("The two passwords differ."))
            return
        try:
            passwords.check_new_password(text)
        except PasswordProblem:
            self.fields.say(
                self.tr("Use at least {n} characters, with no space at the start or the end.").format(
                    n=passwords.MIN_LENGTH
                )
            )
            return
        super().accept()


class AskPasswordDialog(QDialog):
    """The password of an encrypted file being opened (``wrong``: the last one did not open it)."""

    def __init__(self, path: Path, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password needed"))
        if wrong:
            text = self.tr("That password does not open {name}. Type it again.").format(name=path.name)
        else:
            text = self.tr("{name} is encrypted. Type its password to open it.").format(name=path.name)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.password.setFocus()


class PasswordActions(QObject):
    """File > Set password…, Change password…, Remove password… for the open document."""

    #: a sentence for the status bar after a change
    done = Signal(str)

    def __init__(self, window: QWidget, state: DocumentState) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.act_set = QAction(self.tr("Set pass&word…"), window)
        self.act_set.setStatusTip(self.tr("Encrypt this assessment and its backups with a password"))
        self.act_set.triggered.connect(lambda _checked=False: self.set_password())
        self.act_change = QAction(self.tr("Change password…"), window)
        self.act_change.setStatusTip(self.tr("Encrypt this assessment with another password"))
        self.act_change.triggered.connect(lambda _checked=False: self.change_password())
        self.act_remove = QAction(self.tr("Remo&ve password…"), window)
        self.act_remove.setStatusTip(self.tr("Store this assessment unencrypted again"))
        self.act_remove.triggered.connect(lambda _checked=False: self.remove_password())
        self.actions = [self.act_set, self.act_change, self.act_remove]
        state.document_replaced.connect(self._update)
        state.readonly_changed.connect(lambda _ro: self._update())
        self._update()

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)

    def _encrypted(self) -> bool:
        doc = self.state.document
        return doc is not None and doc.encrypted

    def _update(self) -> None:
        editable = self.state.is_open and not self.state.readonly
        self.act_set.setEnabled(editable and not self._encrypted())
        self.act_change.setEnabled(editable and self._encrypted())
        self.act_remove.setEnabled(editable and self._encrypted())

    # -- seams the tests replace ------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a modal dialog; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)

    # -- the provider -----------------------------------------------------------------------
    def provide(self, path: Path, wrong: bool) -> str | None:
        """The password for ``path`` typed by the user; Cancel raises :class:`PasswordCancelled`."""
        dialog = AskPasswordDialog(path, wrong, self.window)
        if not self.run_dialog(dialog):
            raise PasswordCancelled(self.tr("{name} was not opened.").format(name=path.name))
        return dialog.password.text()

    # -- the actions ------------------------------------------------------------------------
    def set_password(self) -> bool:
        return self._new_password(change=False)

    def change_password(self) -> bool:
        return self._new_password(change=True)

    def _new_password(self, *, change: bool) -> bool:
        doc = self.state.document
        if doc is None or self.state.readonly or doc.encrypted != change:
            return False
        dialog = NewPasswordDialog(doc.path.name, self.window, change=change)
        if not self.run_dialog(dialog):
            return False
        return self._apply(dialog.new_password())

    def remove_password(self) -> bool:
        doc = self.state.document
        if doc is None or self.state.readonly or not doc.encrypted:
            return False
        if not self.confirm(
            self.tr("Remove password"),
            self.tr(
                "{name} and its backups will be stored unencrypted: anyone who can read the file can read "
                "the assessment. Remove the password?"
            ).format(name=doc.path.name),
        ):
            return False
        return self._apply(None)

    def _apply(self, new: str | None) -> bool:
        doc = self.state.document
        if doc is None:
            return False
        was = doc.encrypted
        try:
            doc.set_password(new)
        except DocumentError as exc:
            self.show_error(str(exc))
            return False
        self._update()
        if new is None:
            self.done.emit(self.tr("The password of {name} was removed").format(name=doc.path.name))
        elif was:
            self.done.emit(self.tr("The password of {name} was changed").format(name=doc.path.name))
        else:
            self.done.emit(self.tr("{name} is now encrypted").format(name=doc.path.name))
        return True
