"""The mouse wheel scrolls the page; it changes a drop-down or a spin box only when that has focus.

Qt's default lets the wheel change any combo or spin box under the pointer, so scrolling a long form
changes answers it merely passes over (a context answer that raised the impact, silently). The guard
hands such a wheel event to the parent instead, which scrolls the page as the user meant.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        # Qt propagates only events from the window system, so walk up to whoever takes it (the scroll
        # area's viewport) by hand
        target = watched.parentWidget()
        while target is not None:
            copy = event.clone()
            copy.ignore()
            QCoreApplication.sendEvent(target, copy)
            if copy.isAccepted() or target.isWindow():
                break
            target = target.parentWidget()
        return True  # never to the unfocused field itself


_GUARD: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Apply the guard to every drop-down and spin box inside ``root`` (call again for new ones)."""
    global _GUARD  # noqa: PLW0603 - one filter object serves every guarded field
    if _GUARD is None:
        _GUARD = _WheelGuard(QCoreApplication.instance())
    fields: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for field in fields:
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel must not take focus either
        field.removeEventFilter(_GUARD)
        field.installEventFilter(_GUARD)
