"""Park a question (key P): a one-line note on why it goes to the follow-up list; Enter confirms.

A parked question, answered or not, is listed in the follow-up view and marked in the navigator; the
same key on a parked question offers to unpark it.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.assessment import MAX_TEXT

#: a park note is one line: long enough for a sentence, short enough for the follow-up table
MAX_PARK_NOTE = 300

ParkChoice = tuple[Literal["park", "unpark"], str]


class ParkDialog(QDialog):
    """Asks for the one-line note; :meth:`choice` says what the facilitator chose."""

    def __init__(self, question_text: str, note: str = "", parked: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Park for follow-up"))
        self._unpark = False
        lay = QVBoxLayout(self)
        shown = question_text if len(question_text) <= 160 else question_text[:157] + "…"
        heading = QLabel(shown)
        heading.setWordWrap(True)
        lay.addWidget(heading)
        label = QLabel(self.tr("&Why is it parked? (one line; Enter parks it)"))
        lay.addWidget(label)
        self.note_edit = QLineEdit(note)
        self.note_edit.setMaxLength(MAX_PARK_NOTE)
        self.note_edit.setAccessibleName(self.tr("Why the question is parked"))
        self.note_edit.setPlaceholderText(self.tr("e.g. the data team must confirm"))
        self.note_edit.setMinimumWidth(420)
        label.setBuddy(self.note_edit)
        lay.addWidget(self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.park_button = QPushButton(self.tr("Park &it") if not parked else self.tr("Update the &note"))
        self.park_button.setDefault(True)
        self.buttons.addButton(self.park_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.unpark_button: QPushButton | None = None
        if parked:
            self.unpark_button = QPushButton(self.tr("&Unpark"))
            self.buttons.addButton(self.unpark_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.unpark_button.clicked.connect(self._choose_unpark)
        self.note_edit.returnPressed.connect(self.park_button.click)  # Enter confirms, wherever the default is
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.note_edit.setFocus()

    def _choose_unpark(self) -> None:
        self._unpark = True
        self.accept()

    def choice(self) -> ParkChoice:
        if self._unpark:
            return ("unpark", "")
        return ("park", " ".join(self.note_edit.text().split())[:MAX_TEXT])


def ask_park(question_text: str, note: str, parked: bool, parent: QWidget | None) -> ParkChoice | None:
    """Show the dialog; None when cancelled."""
    dialog = ParkDialog(question_text, note, parked, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
