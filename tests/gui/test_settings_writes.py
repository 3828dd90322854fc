"""The settings file is written when a setting changes, and only then.

Qt's ``QSettings`` rewrites the whole INI file (a lock file and the file itself, each flushed to the
disk) whenever a value was set since the last write, even to what it already held. A start that
opens the most recent file and closes without moving the window set the same recent list and the
same geometry again, and paid two such writes (four flushes) on its way out (docs/performance.md,
"eighth session"). These tests hold both halves: nothing unchanged is written, everything changed is.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import RecentFile, Settings


def _identity(path: Path) -> tuple[int, int]:
    """The file's inode and modification time: QSettings writes a new file and renames it over the old."""
    st = os.stat(path)
    return st.st_ino, st.st_mtime_ns


def _written(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "s.ini")
    s.add_recent(RecentFile(str(tmp_path / "a.readiness"), "Acme", "Pilot", "2026-03-02", "pilot_only"), remember=False)
    s.save_window(QByteArray(b"geometry"), QByteArray(b"state"), QByteArray(b"splitter"))
    s.set_facilitator("Dana")
    s.set_high_contrast(True)
    s.sync()
    return s


def test_setting_the_same_values_again_writes_nothing(qapp, tmp_path):
    s = _written(tmp_path)
    before = _identity(s.path)
    s.add_recent(RecentFile(str(tmp_path / "a.readiness"), "Acme", "Pilot", "2026-03-02", "pilot_only"), remember=False)
    s.save_window(QByteArray(b"geometry"), QByteArray(b"state"), QByteArray(b"splitter"))
    s.set_facilitator("Dana")
    s.set_high_contrast(True)
    s.sync()
    assert _identity(s.path) == before


def test_a_changed_value_is_written_and_read_back(qapp, tmp_path):
    s = _written(tmp_path)
    before = _identity(s.path)
    s.save_window(QByteArray(b"geometry moved"), QByteArray(b"state"), QByteArray(b"splitter"))
    s.set_facilitator("Robin")
    s.add_recent(RecentFile(str(tmp_path / "b.readiness"), "Beta", "Rollout"), remember=False)
    s.sync()
    assert _identity(s.path) != before
    again = Settings(s.path)
    assert again.window_geometry() == QByteArray(b"geometry moved")
    assert again.window_state() == QByteArray(b"state")
    assert again.facilitator() == "Robin"
    assert [r.client for r in again.recent_files()] == ["Beta", "Acme"]
    assert again.high_contrast()


def test_reordering_the_recent_list_is_a_change(qapp, tmp_path):
    s = _written(tmp_path)
    s.add_recent(RecentFile(str(tmp_path / "b.readiness"), "Beta", "Rollout"), remember=False)
    s.sync()
    before = _identity(s.path)
    s.add_recent(RecentFile(str(tmp_path / "a.readiness"), "Acme", "Pilot", "2026-03-02", "pilot_only"), remember=False)
    s.sync()
    assert _identity(s.path) != before
    assert [r.client for r in Settings(s.path).recent_files()] == ["Acme", "Beta"]


def test_a_value_set_back_to_its_default_is_written(qapp, tmp_path):
    """Unset keys read as a default; setting that default is stored, so a later default change cannot move it."""
    s = Settings(tmp_path / "s.ini")
    s.sync()
    s.set_high_contrast(False)
    s.sync()
    assert "high_contrast=false" in s.path.read_text(encoding="utf-8")


def test_closing_a_window_that_did_not_move_leaves_the_file_alone(qtbot, qapp, tmp_path, user_banks):
    settings = Settings(tmp_path / "s.ini")
    first = MainWindow(settings)  # the first start: the default geometry for this screen
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert settings.window_geometry() is not None
    before = _identity(settings.path)

    second = MainWindow(Settings(settings.path))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    second.close()
    assert _identity(settings.path) == before

    third = MainWindow(Settings(settings.path))
    qtbot.addWidget(third)
    third.show()
    qtbot.waitExposed(third)
    third.resize(third.width() + 40, third.height())
    third.close()
    assert _identity(settings.path) != before
    assert Settings(settings.path).window_geometry() == third.saveGeometry()
