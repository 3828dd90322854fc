"""The start page is built when first shown (issue 15: cold start).

A start with a file to open (``readiness-planner FILE``, a double-click) shows "Opening FILE…" until
the file is open and never builds the start page; a start without one, a file that does not open, or
closing the document shows the start page, built then with the recent list as it is at that moment.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.main_window import PAGE_OPENING, PAGE_START, PAGE_WORK, MainWindow
from desktop_app.gui.settings import RecentFile, Settings
from desktop_app.gui.views.start_view import StartView


@pytest.fixture()
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def _starting(qtbot, settings: Settings, path: Path) -> MainWindow:
    """A window as ``run_gui(path)`` makes it: told of the file before it is first shown."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.begin_opening(path)
    window.show()
    qtbot.waitExposed(window)
    return window


def _start_views(window: MainWindow) -> list[StartView]:
    return window.findChildren(StartView)


def test_a_start_that_opens_a_file_never_builds_the_start_page(qtbot, user_banks, settings, doc_path):
    window = _starting(qtbot, settings, doc_path)
    assert window.stack.currentIndex() == PAGE_OPENING
    assert window._opening_label.text() == "Opening acme.readiness…"
    assert window.documents.open_path(doc_path)
    window.end_opening()
    assert window.stack.currentIndex() == PAGE_WORK
    qtbot.wait(10)  # the first paints
    assert _start_views(window) == []
    window.documents.close()


def test_a_file_that_does_not_open_at_start_leaves_the_start_page_with_the_recent_list(
    qtbot, user_banks, settings, tmp_path, warnings
):
    known = tmp_path / "earlier.readiness"
    settings.add_recent(RecentFile(str(known), "Earlier Ltd", "Pilot"), remember=False)
    bad = tmp_path / "bad.readiness"
    bad.write_bytes(b"not a readiness file")
    window = _starting(qtbot, settings, bad)
    assert not window.documents.open_path(bad)
    window.end_opening()
    assert len(warnings) == 1 and "bad.readiness" in warnings[0]
    assert window.stack.currentIndex() == PAGE_START
    views = _start_views(window)
    assert len(views) == 1 and views[0].isVisible()
    model = views[0].recent_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Earlier Ltd"]


def test_the_start_page_built_late_lists_the_recent_files_and_its_buttons_work(qtbot, user_banks, settings, doc_path):
    window = _starting(qtbot, settings, doc_path)
    assert window.documents.open_path(doc_path)
    window.end_opening()
    assert _start_views(window) == []
    window.close_document()  # the start page comes into sight: built now
    assert window.stack.currentIndex() == PAGE_START
    start = window.start_view
    assert start.isVisible()
    assert start.recent_model.index(0, 0).data() == "Acme Health"  # the file just closed, first
    start.open_recent_requested.emit(str(doc_path))  # what a double-click on its row sends
    assert window.state.is_open and window.state.path == doc_path
    window.documents.close()


def test_a_window_without_a_file_shows_the_start_page_at_once(window: MainWindow):
    assert window.stack.currentIndex() == PAGE_START
    views = _start_views(window)
    assert len(views) == 1 and views[0].isVisible()
    assert window.start_view is views[0]


def test_the_recent_list_reaches_a_start_page_already_built(window: MainWindow, settings, tmp_path):
    settings.add_recent(RecentFile(str(tmp_path / "later.readiness"), "Later plc", "Scale"), remember=False)
    window.refresh_recent()
    model = window.start_view.recent_model
    assert model.index(0, 0).data() == "Later plc"


def test_closing_the_window_with_a_file_open_builds_no_start_page(qtbot, user_banks, settings, doc_path):
    window = _starting(qtbot, settings, doc_path)
    assert window.documents.open_path(doc_path)
    window.end_opening()
    window.close()
    assert not window.state.is_open
    assert _start_views(window) == []
    window.show()  # shown again (nothing in the app does; a test might): the start page, not an empty work page
    qtbot.waitExposed(window)
    assert window.stack.currentIndex() == PAGE_START and window.start_view.isVisible()
