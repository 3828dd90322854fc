"""File > Restore from backup: choose one of a document's backup copies and put it back in place.

The copies are those of ``storage/backups.py`` (the user's data folder); the file being replaced is
kept beside it (``NAME.before-restore-<time>.readiness``), never deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.backups import Backup, list_backups
from desktop_app.storage.document import (
    DocumentError,
    RestoreResult,
    backup_summary,
    backups_password,
    restore_backup,
)


class RestoreDialog(QDialog):
    """Lists the backups of one document, newest first; unusable ones are shown but cannot be chosen.

    Encrypted backups need the document's password: the installed provider (the window's password
    dialog) is asked once, and again after a wrong one; Cancel lists them as unusable."""

    def __init__(self, document: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = Path(document)
        self.result_: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        layout = QVBoxLayout(self)
        self.backups: list[Backup] = list_backups(self.document)
        self.password = backups_password(self.document, self.backups)
        intro = QLabel(
            self.tr("Choose a backup copy of {name}. The file it replaces is kept beside it.").format(
                name=self.document.name
            )
            if self.backups
            else self.tr("There are no backups of {name} yet.").format(name=self.document.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        first_good: int | None = None
        for backup in self.backups:
            row = backup_summary(backup, self.password)
            if row["ok"]:
                text = self.tr("{taken:%Y-%m-%d %H:%M} ({age} old), {answers} answers").format(
                    taken=backup.taken, age=row["age"], answers=row["answers"]
                )
            else:
                text = self.tr("{taken:%Y-%m-%d %H:%M} ({age} old): cannot be used").format(
                    taken=backup.taken, age=row["age"]
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, backup.number)
            if not row["ok"]:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(str(row["problem"]))
            elif first_good is None:
                first_good = self.list.count()
            self.list.addItem(item)
        if first_good is not None:
            self.list.setCurrentRow(first_good)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(first_good is not None)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        number = int(item.data(Qt.ItemDataRole.UserRole))
        return next((b for b in self.backups if b.number == number), None)

    def restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        try:
            self.result_ = restore_backup(self.document, backup, self.password)
        except DocumentError as exc:
            QMessageBox.warning(self, self.tr("Restore from backup"), str(exc))
            return
        self.accept()


def restore_from_backup(document: Path, parent: QWidget | None = None) -> RestoreResult | None:
    """Show the dialog; the result when a backup was put back (the caller then reopens the file)."""
    dialog = RestoreDialog(document, parent)
    dialog.exec()
    return dialog.result_


def offer_restore(document: Path, message: str, parent: QWidget | None = None) -> RestoreResult | None:
    """A damaged file with a good backup: say so (``message`` names the backup and its age) and, on
    Yes, show the dialog with the newest good backup chosen; the result when a backup was put back."""
    question = QCoreApplication.translate(
        "RestoreDialog", "Put a backup back now? The damaged file is kept beside it, never deleted."
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RestoreDialog", "Restore from backup"),
        f"{message}\n\n{question}",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_from_backup(document, parent)
