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


class FollowsQuestion(QObject):
    """A view that follows the question shown and the document's changes, caught up when it comes into sight.

    The poll panel and the history view show the questionnaire's current question: once built they
    were refreshed on every answer and rebuilt on every move to another question, in sight or not (the
    history re-read its timeline from the file: about 2 ms of an answer's GUI-thread time, and 1 ms
    each on a move, docs/performance.md, "eighth session"). Out of sight, this only remembers the
    question and that the view is stale; when the view is next shown it shows that question, before
    its first paint. In sight, every call goes through at once, as before. ``set_question`` (cheap:
    no reading, no widgets) is called in or out of sight, so the view always knows its question.
    """

    def __init__(
        self,
        view: QWidget,
        show_question: Callable[[str], None],
        refresh: Callable[[], None],
        question_id: str | None = None,
        set_question: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self._show_question = show_question
        self._set_question = set_question
        self._refresh = refresh
        #: the question the view is to show (None: none shown yet)
        self.question_id = question_id
        self.stale = False
        view.installEventFilter(self)

    def changed(self) -> None:
        """The document changed (connect the state's ``changed`` here instead of the view's refresh)."""
        if self.view.isVisible():
            self._refresh()
        else:
            self.stale = True

    def question_shown(self, question_id: str) -> None:
        """The questionnaire shows ``question_id``."""
        self.question_id = question_id
        if self.view.isVisible():
            self._show_question(question_id)
            return
        if self._set_question is not None:
            self._set_question(question_id)
        self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Show or watched is not getattr(self, "view", None):
            return False  # (see DeferredRefresh.eventFilter on a window being torn down)
        if self.stale:
            self.stale = False
            if self.question_id is not None:
                self._show_question(self.question_id)  # it refreshes too
            else:
                self._refresh()
        return False
