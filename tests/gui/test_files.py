"""Files: read-only for received files and files open elsewhere, bad files get a dialog, copies,
recent files, and the status bar's "All changes saved"."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.main_window import PAGE_START, MainWindow
from desktop_app.storage.document import ReadinessDocument


@pytest.fixture()
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


def test_received_file_opens_read_only_with_banner_until_enable_editing(window: MainWindow, doc_path: Path):
    assert window.documents.open_path(doc_path)
    assert window.state.readonly
    assert window.banner.isVisible()
    assert "received" in window.banner.message.text()
    assert window.banner.button.isVisible()
    assert not window.question_view._option_buttons[0].isEnabled()
    assert "read-only" in window.windowTitle()

    window.banner.button.click()

    assert not window.state.readonly
    assert not window.banner.isVisible()
    assert window.question_view._option_buttons[0].isEnabled()
    assert window.settings.is_known(doc_path), "once edited here, the file reopens editable"


def test_file_open_in_another_instance_opens_read_only_and_says_why(window: MainWindow, doc_path: Path, settings):
    settings.remember_file(doc_path)
    other = ReadinessDocument.open(doc_path)  # the other instance holds the lock
    try:
        assert window.documents.open_path(doc_path)
        assert window.state.readonly
        assert "already open for editing" in window.banner.message.text()
        window.question_view.choose_option("good")
        assert "data.collection.main" not in window.state.assessment.answers
    finally:
        other.close()


@pytest.mark.parametrize(
    "content",
    [os.urandom(4096), b"", "foreign"],
    ids=["random-bytes", "empty", "foreign-sqlite"],
)
def test_bad_file_gets_a_plain_dialog_and_the_app_keeps_running(
    window: MainWindow, tmp_path: Path, warnings: list[str], content, settings
):
    path = tmp_path / "bad.readiness"
    if content == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE customers (id INTEGER)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    settings.remember_file(path)

    assert not window.documents.open_path(path)

    assert len(warnings) == 1
    assert "bad.readiness" in warnings[0]
    assert "Traceback" not in warnings[0]
    assert not window.state.is_open
    assert window.stack.currentIndex() == PAGE_START


def test_status_bar_says_all_changes_saved_with_the_time(opened: MainWindow):
    opened.question_view.show_question("data.collection.main")
    opened.question_view.choose_option("good")
    assert opened.saved_label.text().startswith("All changes saved at ")


def test_save_a_copy_writes_a_file_that_opens(opened: MainWindow, tmp_path: Path):
    opened.question_view.show_question("data.collection.main")
    opened.question_view.choose_option("fair")
    dest = opened.documents.save_copy(tmp_path / "copy")
    assert dest == tmp_path / "copy.readiness"
    with ReadinessDocument.open(dest, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].value == "fair"


def test_recent_file_entry_shows_client_project_date_and_decision(opened: MainWindow, qtbot):
    opened.question_view.show_question("data.privacy.lawful_basis")
    opened.question_view.choose_option("none")  # blocker -> not ready
    opened.documents.update_recent()
    entry = opened.settings.recent_files()[0]
    assert (entry.client, entry.project, entry.workshop_date, entry.decision) == (
        "Acme Health",
        "Imaging pilot",
        "2026-03-02",
        "not_ready",
    )
    opened.close_document()
    model = opened.start_view.recent_model
    assert model.index(0, 3).data() == "Not ready"


def test_settings_live_in_the_test_config_folder(settings, tmp_path_factory):
    assert Path(os.environ["READINESS_CONFIG_DIR"]) in settings.path.parents


def test_window_layout_is_remembered(window: MainWindow, settings, qtbot):
    window.resize(980, 640)
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert settings.window_geometry() is not None
    assert again.height() == 640  # (the offscreen screen is narrower than the window, so width is clamped)
