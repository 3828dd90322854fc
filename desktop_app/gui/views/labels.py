"""The labels of the views that say a sentence or two: wrapped to the width they are given."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLabel


def wrapped_label(text: str = "", layout: QBoxLayout | None = None) -> QLabel:
    """A label that wraps its text, added to ``layout`` when one is given."""
    label = QLabel(text)
    label.setWordWrap(True)
    if layout is not None:
        layout.addWidget(label)
    return label
