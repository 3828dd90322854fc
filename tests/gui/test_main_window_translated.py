"""Issue 9: every text the main window shows goes through Qt's translation functions.

A translator that marks every string it is asked for is installed before the window is built; any
menu entry, tip, tab, status text or dialog text that does not carry the mark was never passed
through tr()/translate() and would stay English in a translated app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings

MARK = "ZZ"


class MarkingTranslator(QTranslator):
    """Translates every string to itself with a mark in front."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"{MARK}{source_text}" if source_text else source_text

    def isEmpty(self):
        return False


@pytest.fixture()
def marked(qapp):
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture()
def marked_window(marked, qtbot, user_banks) -> MainWindow:
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    yield w
    w.documents.close()


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu()))
    return found


def _unmarked(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if text and not text.replace("&", "").startswith(MARK)]


def test_every_menu_entry_tip_and_tab_is_translated(marked_window: MainWindow):
    texts: list[tuple[str, str]] = []
    for top in marked_window.menuBar().actions():
        texts.append(("menu", top.text()))
        for action in _menu_actions(top.menu()):
            texts += [
                (f"action {action.text()!r}", action.text()),
                (f"status tip of {action.text()!r}", action.statusTip()),
                (f"tool tip of {action.text()!r}", action.toolTip()),
            ]
    for i in range(marked_window.tabs.count()):
        texts.append(("tab", marked_window.tabs.tabText(i)))
    assert len(texts) > 100, "the walk reached the menus"
    assert _unmarked(texts) == []


def test_status_bar_title_and_dialogs_are_translated(marked_window: MainWindow, doc_path: Path, monkeypatch):
    assert marked_window.documents.open_path(doc_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.extend([title, text]))
    marked_window.show_about()
    marked_window.zoom_by(1)
    texts = [
        ("completion", marked_window.completion_label.text()),
        ("saved", marked_window.saved_label.text()),
        ("title", marked_window.windowTitle()),
        ("zoom", marked_window.statusBar().currentMessage()),
        ("about title", shown[0]),
    ]
    assert _unmarked(texts) == []
    assert shown[1].count(MARK) == 2, "both sentences of the About box are translated"
    rows = marked_window.shortcuts_help().split("<tr>")[1:]
    from desktop_app.gui.main_window import SHORTCUTS

    assert len(rows) == len(SHORTCUTS) >= 18, "every key of the list, the room's keys (P, Alt+I, ...) too"
    assert all(row.count(f"<b>{MARK}") == 1 and row.count(f"<td>{MARK}") == 1 for row in rows)
