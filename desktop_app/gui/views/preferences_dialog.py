"""Edit > Preferences…: who prepares the reports and how the firm appears in them, and lock privacy.

The facilitator's name (the default for new assessments), the firm's name, its logo (PNG or JPEG,
checked by :mod:`desktop_app.report.logo` before it is kept) and the disclaimer printed in the
report's document control; and whether lock files on a shared drive may name this user and
computer (Settings key ``privacy/lock_shows_names``, read by the lock). Nothing is written until
OK; a logo that cannot be used is refused with a sentence and the previous one stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.settings import Settings

#: the longest firm name and disclaimer kept (the command line has the same limits)
FIRM_NAME_LIMIT = 200
DISCLAIMER_LIMIT = 4000


class PreferencesDialog(QDialog):
    """The settings a consultant sets once: names, the firm's logo and disclaimer, lock privacy."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        from desktop_app.report.options import DEFAULT_DISCLAIMER

        self.settings = settings
        self.default_disclaimer = DEFAULT_DISCLAIMER
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        #: the logo chosen in this dialog (bytes, suffix); None with _logo_removed False = unchanged
        self._logo: tuple[bytes, str] | None = None
        self._logo_removed = False

        form = self._build_form(settings, DEFAULT_DISCLAIMER)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C62828;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._show_logo(self._kept_logo())

    def _build_form(self, settings: Settings, default_disclaimer: str) -> QFormLayout:
        self.facilitator = QLineEdit(settings.facilitator())
        self.facilitator.setAccessibleName(self.tr("Your name as facilitator"))
        self.firm = QLineEdit(settings.firm_name())
        self.firm.setAccessibleName(self.tr("Firm name"))
        self.firm.setMaxLength(FIRM_NAME_LIMIT)
        self.firm.setPlaceholderText(self.tr("Printed on the cover of every report"))

        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(48)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.choose_logo = QPushButton(self.tr("C&hoose logo…"))
        self.choose_logo.clicked.connect(self._ask_logo)
        self.remove_logo = QPushButton(self.tr("Re&move logo"))
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)

        self.disclaimer = QPlainTextEdit(settings.disclaimer() or default_disclaimer)
        self.disclaimer.setAccessibleName(self.tr("Disclaimer"))
        self.disclaimer.setTabChangesFocus(True)
        self.reset_disclaimer = QPushButton(self.tr("Use the &standard disclaimer"))
        self.reset_disclaimer.clicked.connect(lambda: self.disclaimer.setPlainText(default_disclaimer))
        self.disclaimer.textChanged.connect(self._check)

        self.lock_names = QCheckBox(self.tr("Show my &name and computer in lock files"))
        self.lock_names.setToolTip(
            self.tr(
                "A lock file beside an open assessment tells others who has it open. On a shared drive "
                "it names you and your computer only when this is checked."
            )
        )
        self.lock_names.setChecked(settings.lock_shows_names())

        form = QFormLayout()
        form.addRow(self.tr("&Your name:"), self.facilitator)
        form.addRow(self.tr("&Firm:"), self.firm)
        logo_label = QLabel(self.tr("Logo:"))
        form.addRow(logo_label, logo_row)
        disclaimer_label = QLabel(self.tr("&Disclaimer:"))
        disclaimer_label.setBuddy(self.disclaimer)
        form.addRow(disclaimer_label, self.disclaimer)
        form.addRow("", self.reset_disclaimer)
        form.addRow("", self.lock_names)
        return form

    # -- logo ---------------------------------------------------------------------------------
    def _kept_logo(self) -> bytes | None:
        path = self.settings.firm_logo()
        if path is None:
            return None
        from desktop_app.report.logo import LogoProblem, read_logo

        try:
            return read_logo(path)[0]
        except LogoProblem:
            return None

    def _show_logo(self, data: bytes | None) -> None:
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            pixmap = QPixmap.fromImage(image).scaledToHeight(48, Qt.TransformationMode.SmoothTransformation)
            self.logo_preview.setPixmap(pixmap)
        self.remove_logo.setEnabled(bool(data))

    def _ask_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the firm's logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_logo(Path(path))

    def use_logo(self, path: Path) -> bool:
        """Take the logo at ``path`` if it can be used; else say why and keep the previous one."""
        from desktop_app.report.logo import LogoProblem, read_logo

        try:
            data, suffix = read_logo(path)
        except LogoProblem as exc:
            self._say(self.tr("The logo was not changed: %1").replace("%1", str(exc)))
            return False
        self._logo, self._logo_removed = (data, suffix), False
        self._show_logo(data)
        self._check()
        return True

    def clear_logo(self) -> None:
        self._logo, self._logo_removed = None, True
        self._show_logo(None)

    # -- checks and saving ------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def problem_text(self) -> str:
        if len(self.disclaimer.toPlainText().strip()) > DISCLAIMER_LIMIT:
            return self.tr("The disclaimer is longer than %1 characters.").replace("%1", str(DISCLAIMER_LIMIT))
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self._say(problem)
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if self.problem_text():
            return
        self.save()
        super().accept()

    def save(self) -> None:
        s = self.settings
        s.set_facilitator(self.facilitator.text().strip())
        s.set_firm_name(self.firm.text())
        text = self.disclaimer.toPlainText().strip()
        s.set_disclaimer("" if text == self.default_disclaimer.strip() else text)
        if self._logo is not None:
            s.set_firm_logo(*self._logo)
        elif self._logo_removed:
            s.set_firm_logo(None)
        s.set_lock_shows_names(self.lock_names.isChecked())
        s.sync()


def add_preferences_action(menu: QMenu, window: QWidget, settings: Settings) -> QAction:
    """The menu entry "Preferences…" (the main window's one hook): opens the dialog modally."""
    from PySide6.QtGui import QKeySequence

    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setStatusTip(
        QCoreApplication.translate("PreferencesDialog", "Your name, the firm's name, logo and disclaimer, lock privacy")
    )

    def run() -> None:
        PreferencesDialog(window, settings).exec()

    action.triggered.connect(run)
    menu.addAction(action)
    return action
