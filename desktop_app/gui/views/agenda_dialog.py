"""The workshop agenda: minutes per challenge, suggested from how many questions each has."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.timebox import MAX_MINUTES


class AgendaDialog(QDialog):
    """One spin box per challenge (minutes); "Suggested" puts back the defaults."""

    def __init__(
        self,
        titles: Mapping[str, str],
        minutes: Mapping[str, int],
        suggested: Mapping[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop agenda"))
        self._suggested = dict(suggested)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Minutes planned for each challenge. The clock in the status bar counts the time spent on the "
                "challenge shown and turns amber, then red, when the room runs behind or over."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for challenge, title in titles.items():
            spin = QSpinBox()
            spin.setRange(0, MAX_MINUTES)
            spin.setSingleStep(5)
            spin.setSuffix(self.tr(" min"))
            spin.setAccessibleName(self.tr("Minutes for {challenge}").format(challenge=title))
            spin.setValue(int(minutes.get(challenge, suggested.get(challenge, 0))))
            spin.valueChanged.connect(self._update_total)
            label = QLabel(f"{title}:")
            label.setBuddy(spin)
            form.addRow(label, spin)
            self.spins[challenge] = spin
        lay.addLayout(form)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Total time planned"))
        lay.addWidget(self.total_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.suggest_button = QPushButton(self.tr("&Suggested times"))
        self.suggest_button.setToolTip(self.tr("Two minutes a question, in whole five minutes"))
        self.suggest_button.clicked.connect(self.use_suggested)
        buttons.addButton(self.suggest_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._update_total()

    def use_suggested(self) -> None:
        for challenge, spin in self.spins.items():
            spin.setValue(int(self._suggested.get(challenge, 0)))

    def minutes(self) -> dict[str, int]:
        return {challenge: spin.value() for challenge, spin in self.spins.items()}

    def _update_total(self) -> None:
        total = sum(self.minutes().values())
        hours, mins = divmod(total, 60)
        self.total_label.setText(self.tr("Total: {h} h {m:02d} min").format(h=hours, m=mins))
