"""Tabs whose view is built the first time it is shown, not when the window is.

At start only the questionnaire is in sight, but the risk profile, plan, follow-up, what-if, compare,
poll and history tabs were all built with the window: six pyqtgraph charts, their tables and the
modules behind them, about a fifth of the cold start (docs/performance.md, issue 15). A
:class:`LazyTab` holds a factory instead and calls it on its first Show event, before the first
paint, or when someone asks for ``view()`` earlier (a menu action, a test). A view reads the document
state when it is made, so a tab built late shows the same as one built at start and kept current.

:class:`LazyTabWidget` lets callers keep talking about the view (``setCurrentWidget(view)``,
``currentWidget() is view``, ``indexOf(view)``) while its page is the container.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTab(QWidget):
    """A tab page that makes its one view with ``factory`` when first shown or asked for."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._view: QWidget | None = None
        #: called with the view once it is made (the window wires it then)
        self.on_built: list[Callable[[QWidget], None]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    @property
    def built_view(self) -> QWidget | None:
        """The view if it was made, else None (never makes it)."""
        return self._view

    def view(self) -> QWidget:
        """The view, made now if it was not yet."""
        if self._view is None:
            view = self._factory()
            self._view = view
            layout = self.layout()
            assert layout is not None
            layout.addWidget(view)
            if self.isVisible():
                # a widget added to a visible parent is shown by a queued call: show it now, so the
                # first paint of the tab is the view, not an empty page
                view.show()
            for hook in self.on_built:
                hook(view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)


class LazyTabWidget(QTabWidget):
    """A QTabWidget that knows a lazy page by its view too."""

    def add_lazy_tab(self, factory: Callable[[], QWidget], label: str) -> LazyTab:
        page = LazyTab(factory)
        self.addTab(page, label)
        return page

    def _page_of(self, widget: QWidget | None) -> QWidget | None:
        if widget is None:
            return None
        for i in range(self.count()):
            page = self.widget(i)
            if isinstance(page, LazyTab) and page.built_view is widget:
                return page
        return widget

    def indexOf(self, widget: QWidget) -> int:
        page = self._page_of(widget)
        return super().indexOf(page) if page is not None else -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        page = self._page_of(widget)
        if page is not None:
            super().setCurrentWidget(page)

    def currentWidget(self) -> QWidget:
        page = super().currentWidget()
        if isinstance(page, LazyTab):
            return page.view()  # a current page is shown, hence built
        return page

    def lazy_pages(self) -> list[LazyTab]:
        return [p for i in range(self.count()) if isinstance(p := self.widget(i), LazyTab)]
