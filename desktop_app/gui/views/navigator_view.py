"""The navigator: context and the six challenges with answered/total and a level badge, a search
box (Ctrl+F) and a filter for unanswered and follow-up questions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.models.navigator import (
    COL_LEVEL,
    COL_PROGRESS,
    COL_TITLE,
    FILTERS,
    ROLE_KEY,
    ROLE_KIND,
    ROLE_LEVEL,
    ROLE_STATUS,
    NavigatorFilter,
    NavigatorModel,
    filter_label,
)
from desktop_app.gui.theme import level_colour, level_label, text_on


class LevelBadgeDelegate(QStyledItemDelegate):
    """Draws a level as a solid, rounded chip that reads on a light or dark palette."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        level = index.data(ROLE_LEVEL)
        kind = index.data(ROLE_KIND)
        if kind not in ("challenge", "sub"):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        text = level_label(level) if level else "–"
        colour = QColor(level_colour(level)) if level else None
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = option.fontMetrics
        w = min(option.rect.width() - 6, fm.horizontalAdvance("Critical") + 14)
        h = min(option.rect.height() - 6, fm.height() + 4)
        rect = QRect(option.rect.left() + 3, option.rect.center().y() - h // 2, w, h)
        if colour is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor(text_on(colour.name())))
        else:
            painter.setPen(option.palette.color(option.palette.ColorGroup.Disabled, option.palette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), option.fontMetrics.horizontalAdvance("Critical") + 20), size.height() + 4)


class NavigatorView(QWidget):
    """The questionnaire's table of contents; activating a row shows its (first) question."""

    question_activated = Signal(str)

    def __init__(self, state: DocumentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(self.tr("Navigator"))
        self.model = NavigatorModel(self)
        self.proxy = NavigatorFilter(self)
        self.proxy.setSourceModel(self.model)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search questions (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search questions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.activate_first_match)
        self.search.installEventFilter(self)
        lay.addWidget(self.search)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Filter questions"))
        for f in FILTERS:
            self.filter_combo.addItem(filter_label(f), f)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.set_filter(self.filter_combo.currentData()))
        label.setBuddy(self.filter_combo)
        row.addWidget(label)
        row.addWidget(self.filter_combo, 1)
        lay.addLayout(row)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Sections and questions"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setItemDelegateForColumn(COL_LEVEL, LevelBadgeDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PROGRESS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        lay.addWidget(self.tree, 1)
        self.empty_label = QLabel(self.tr("No question matches."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)
        lay.addWidget(self.empty_label)
        self._current = ""
        state.changed.connect(self.refresh)
        state.document_replaced.connect(self._replaced)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the search box clears it (a second Esc goes on, e.g. to leave presentation mode)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.search.text()
        ):
            self.search.clear()
            return True
        return super().eventFilter(watched, event)

    def _replaced(self) -> None:
        self._current = ""
        self.refresh()
        self.tree.collapseAll()

    def refresh(self) -> None:
        self.model.set_rows(self.state.bank, self.state.assessment, self.state.profile)
        if self.proxy.active:
            self.tree.expandAll()
        self.empty_label.setVisible(self.proxy.active and not self.proxy.question_ids())
        if self._current:
            self.select(self._current)

    def question_ids(self) -> list[str]:
        """The questions shown, in order (Previous/Next follow them while a filter is on)."""
        return self.proxy.question_ids() if self.proxy.active else []

    def set_filter(self, mode: str) -> None:
        self.proxy.set_mode(mode)
        i = self.filter_combo.findData(mode)
        if i != self.filter_combo.currentIndex():
            self.filter_combo.setCurrentIndex(i)
        self._after_filter()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.proxy.active:
            self.tree.expandAll()
        self.empty_label.setVisible(self.proxy.active and not self.proxy.question_ids())
        if self._current:
            self.select(self._current)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def activate_first_match(self) -> None:
        ids = self.proxy.question_ids()
        if ids:
            self.question_activated.emit(ids[0])

    def _activated(self, index: QModelIndex) -> None:
        src = self.proxy.mapToSource(index)
        key = src.data(ROLE_KEY)
        kind = src.data(ROLE_KIND)
        if kind == "question":
            self.question_activated.emit(key)
            return
        first = self._first_question_below(index)
        if first:
            self.tree.expand(index)
            self.question_activated.emit(first)

    def _first_question_below(self, index: QModelIndex) -> str:
        for row in range(self.proxy.rowCount(index)):
            child = self.proxy.index(row, COL_TITLE, index)
            if child.data(ROLE_KIND) == "question":
                return str(child.data(ROLE_KEY))
            found = self._first_question_below(child)
            if found:
                return found
        return ""

    def select(self, key: str) -> None:
        """Highlight ``key`` (a question id) without emitting activation."""
        self._current = key
        src = self.model.index_for(key)
        idx = self.proxy.mapFromSource(src) if src.isValid() else QModelIndex()
        if not idx.isValid():
            self.tree.clearSelection()
            return
        parent = idx.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(idx)
        self.tree.scrollTo(idx)

    def status_of(self, key: str) -> str:
        src = self.model.index_for(key)
        return src.data(ROLE_STATUS) if src.isValid() else ""
