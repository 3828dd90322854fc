"""Help > Keyboard shortcuts names every key of the room: each shortcut of the View and Workshop
menus (presentation, audience screen and what it shows, hidden score, zoom, clock, park, quick-add)
is in the list a facilitator reads, so no key works unannounced."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.gui.main_window import MainWindow


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title and action.menu() is not None:
            return action.menu()
    raise AssertionError(title)


def _keys_listed(window: MainWindow) -> list[str]:
    return re.findall(r"<td><b>(.*?)</b></td>", window.shortcuts_help())


def _listed(key: str, listed: list[str]) -> bool:
    for keys in listed:
        parts = [p.strip() for p in re.split(r" or |, | / ", keys)]
        if key in parts:
            return True
        if re.fullmatch(r"Ctrl\+[1-8]", key) and "Ctrl+1 … Ctrl+8" in keys:
            return True
        if re.fullmatch(r"F\d", key) and re.search(r"F(\d) … F(\d)", keys):
            low, high = (int(n) for n in re.search(r"F(\d) … F(\d)", keys).groups())  # type: ignore[union-attr]
            if low <= int(key[1:]) <= high:
                return True
    return False


def test_every_key_of_the_view_and_workshop_menus_is_in_the_shortcuts_help(window: MainWindow):
    listed = _keys_listed(window)
    missing = []
    for title in ("View", "Workshop"):
        for action in _menu(window, title).actions():
            for seq in action.shortcuts():
                key = seq.toString(QKeySequence.SequenceFormat.PortableText)
                if key and not _listed(key, listed):
                    missing.append(f"{key} ({action.text().replace('&', '')})")
    assert missing == [], "\n".join(missing)
