"""GUI fixtures: a main window on the mini bank, and documents made for it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.storage.document import ReadinessDocument


@pytest.fixture(autouse=True, scope="session")
def _gc_on_gui_thread(qapp):
    """The app's policy in the tests too: no collection in a worker thread (gui/gc_policy.py)."""
    from desktop_app.gui.gc_policy import collect_on_gui_thread, restore

    collector = collect_on_gui_thread()
    yield collector
    restore(collector)


@pytest.fixture(autouse=True)
def _collect_after_each_test(_gc_on_gui_thread):
    yield
    gc.collect()  # on the GUI thread, between tests: a test's garbage never meets the next one's worker


@pytest.fixture()
def settings() -> Settings:
    return Settings()


@pytest.fixture()
def window(qtbot, user_banks, settings) -> MainWindow:
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.documents.close()


@pytest.fixture()
def doc_path(tmp_path: Path, user_banks, mini_bank) -> Path:
    """A fresh mini-bank assessment (not yet known to the settings: a 'received' file)."""
    path = tmp_path / "acme.readiness"
    doc = ReadinessDocument.create(
        path, client="Acme Health", project="Imaging pilot", bank=mini_bank, workshop_date="2026-03-02"
    )
    doc.set_answer(Answer("context.industry", "healthcare"))
    doc.close()
    return path


@pytest.fixture()
def opened(window: MainWindow, doc_path: Path, settings: Settings) -> MainWindow:
    """The window with ``doc_path`` open for editing (as a file the user created)."""
    settings.remember_file(doc_path)
    assert window.documents.open_path(doc_path)
    assert not window.state.readonly
    return window


def press(qtbot, widget, key, modifier=None) -> None:
    from PySide6.QtCore import Qt

    qtbot.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)
