"""Refresh a view that is out of sight once, when it comes into sight, instead of on every change.

The charts of a background tab cost about 0.1 s to redraw; redrawing three of them after every answer
would make the questionnaire feel sticky. The main window wires its tabs through this.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class DeferredRefresh(QObject):
    """Calls ``refresh`` at once while ``view`` is visible; otherwise marks it stale until shown."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self._refresh = refresh
        self.stale = False
        view.installEventFilter(self)

    def changed(self) -> None:
        if self.view.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            QTimer.singleShot(0, self._refresh)
        return False


def defer_refresh(signal, view: QWidget, refresh: Callable[[], None]) -> DeferredRefresh:
    """Replace ``signal -> refresh`` by a deferred connection (``refresh`` must be connected already)."""
    signal.disconnect(refresh)
    deferred = DeferredRefresh(view, refresh)
    signal.connect(deferred.changed)
    return deferred
