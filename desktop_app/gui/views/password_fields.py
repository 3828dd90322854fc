"""The two masked fields of a new password and the line that says what is wrong with them.

One piece for the two dialogs that take a new password: File > Set/Change password
(``password_dialog.py``) and the PDF export's protection (``report_actions.py``). Each dialog keeps
its own words and its own checks; the fields, their masking and the problem line are built here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit


class NewPasswordFields:
    """A password field, its repeat, and a hidden red line for the problem with them."""

    def __init__(self) -> None:
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C62828;")
        self.problem.hide()

    def differ(self) -> bool:
        return self.password.text() != self.repeat.text()

    def say(self, text: str) -> None:
        """Show what is wrong (the dialog stays open)."""
        self.problem.setText(text)
        self.problem.show()
