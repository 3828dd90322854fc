"""Refresh a view that is out of sight once, when it comes into sight, instead of on every change.

The charts of a background tab cost about 0.1 s to redraw, and the plan's table 20-30 ms; redrawing
them after every answer would make the questionnaire feel sticky and hold the event loop past the
50 ms an answer may take (docs/performance.md). The main window wires its background tabs through
this. A view that comes into sight is refreshed before it is first painted, so nobody (a person or a
test) ever sees it stale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, SignalInstance
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
        # While a closed window is torn down, Qt can still deliver an event to this filter after
        # PySide has cleared the Python side of the object (its attributes are gone): ignore it.
        if event.type() != QEvent.Type.Show or watched is not getattr(self, "view", None):
            return False
        if self.stale:
            self.stale = False
            self._refresh()  # before the first paint: the tab never shows what it held before
        return False


def defer_refresh(signal: SignalInstance, view: QWidget, refresh: Callable[[], None]) -> DeferredRefresh:
    """Replace ``signal -> refresh`` by a deferred connection (``refresh`` must be connected already)."""
    signal.disconnect(refresh)
    deferred = DeferredRefresh(view, refresh)
    signal.connect(deferred.changed)
    return deferred
