"""The banner over a document opened read-only, with the reason and an "Enable editing" button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

#: amber with black text reads on a light and a dark palette alike
BANNER_STYLE = (
    "QFrame#ReadOnlyBanner { background-color: #f6d77a; border-bottom: 1px solid #b58f00; }"
    "QFrame#ReadOnlyBanner QLabel { color: #1f1f1f; }"
)


class ReadOnlyBanner(QFrame):
    enable_editing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadOnlyBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Read-only notice"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 8, 14, 8)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why this file is read-only"))
        lay.addWidget(self.message, 1)
        self.button = QPushButton(self.tr("Ena&ble editing"))
        self.button.setAccessibleName(self.tr("Enable editing"))
        self.button.clicked.connect(self.enable_editing)
        lay.addWidget(self.button)
        self.setVisible(False)

    def show_reason(self, reason: str, can_enable: bool = True) -> None:
        text = "<b>" + self.tr("Read-only.") + "</b> " + (reason or self.tr("This file is open read-only."))
        self.message.setText(text)
        self.button.setVisible(can_enable)
        self.setVisible(True)
