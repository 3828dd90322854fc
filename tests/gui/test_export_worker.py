"""Exports are written in a worker thread: the window keeps running, Cancel leaves nothing behind."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.analysis import export
from desktop_app.gui.export_actions import XLSX
from desktop_app.gui.main_window import MainWindow


@pytest.fixture()
def target(monkeypatch, tmp_path) -> Path:
    (tmp_path / "exports").mkdir()
    path = tmp_path / "exports" / "out.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "Excel workbook (*.xlsx)"))
    )
    return path


@pytest.fixture()
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def _slow_write_xlsx(seconds: float, threads: list[str], spans: list[tuple[float, float]] | None = None):
    real = export.export_xlsx

    def slow(bank, assessment, path, history=None):
        threads.append(threading.current_thread().name)
        start = time.perf_counter()
        time.sleep(seconds)  # a big workbook
        if spans is not None:
            spans.append((start, time.perf_counter()))
        return real(bank, assessment, path, history)

    return slow


def test_the_workbook_is_written_off_the_gui_thread_while_the_event_loop_runs(
    opened: MainWindow, target, warnings, monkeypatch
):
    threads: list[str] = []
    spans: list[tuple[float, float]] = []
    monkeypatch.setattr(export, "export_xlsx", _slow_write_xlsx(0.6, threads, spans))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    written = opened.exports.export(XLSX)
    timer.stop()
    assert written == target and target.is_file() and warnings == []
    assert threads and threads[0] != threading.main_thread().name
    ((start, end),) = spans
    assert any(start < t < end for t in ticks), "the GUI thread kept handling events while the file was written"
    assert opened.statusBar().currentMessage() == f"Exported: {target}"


def test_cancel_keeps_the_earlier_file_and_says_nothing(opened: MainWindow, target, warnings, monkeypatch):
    target.write_bytes(b"last week's export")
    monkeypatch.setattr(export, "export_xlsx", _slow_write_xlsx(0.5, []))
    QTimer.singleShot(100, lambda: opened.exports.job.cancel())  # noqa: PLW0108 (no job yet now)
    assert opened.exports.export(XLSX) is None
    assert target.read_bytes() == b"last week's export"
    assert [p.name for p in target.parent.iterdir()] == ["out.xlsx"]
    assert warnings == [] and opened.statusBar().currentMessage() == ""
    assert opened.exports.job is None  # ready for the next one


def test_a_second_export_while_one_runs_is_refused(opened: MainWindow, target, warnings, monkeypatch):
    monkeypatch.setattr(export, "export_xlsx", _slow_write_xlsx(0.4, []))
    second: list[object] = []
    QTimer.singleShot(50, lambda: second.append(opened.exports.export(XLSX)))
    assert opened.exports.export(XLSX) == target, warnings
    assert second == [None]
