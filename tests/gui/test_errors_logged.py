"""An unexpected error in an export, the PDF worker or the portfolio loader logs its traceback and shows a
plain sentence (no exception text meant for programmers)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest


def _logged_traceback(caplog, logger: str) -> logging.LogRecord:
    records = [r for r in caplog.records if r.name == logger and r.exc_info]
    assert records, f"no traceback logged by {logger}"
    return records[-1]


def test_the_portfolio_loader_logs_the_traceback_and_says_a_plain_sentence(qtbot, tmp_path, monkeypatch, caplog):
    from desktop_app.gui.views import portfolio_view

    def broken(*_a, **_k):
        raise KeyError("internal_key_42")

    monkeypatch.setattr(portfolio_view, "load_portfolio", broken)
    loader = portfolio_view.PortfolioLoader(tmp_path)
    messages: list[str] = []
    loader.failed.connect(messages.append)
    with caplog.at_level(logging.ERROR):
        loader.run()
    record = _logged_traceback(caplog, "desktop_app.gui.views.portfolio_view")
    assert record.exc_info[0] is KeyError
    assert messages and "internal_key_42" not in messages[0] and str(tmp_path) in messages[0]
    assert "log" in messages[0]


def test_the_pdf_worker_logs_the_traceback_and_says_a_plain_sentence(mini_bank, tmp_path, monkeypatch, caplog):
    from desktop_app import report
    from desktop_app.core.assessment import Assessment
    from desktop_app.gui.report_actions import ReportWorker

    def broken(*_a, **_k):
        raise ZeroDivisionError("float division by zero in layout_cell")

    monkeypatch.setattr(report, "write_report", broken)
    worker = ReportWorker(mini_bank, Assessment("C", "P"), tmp_path / "x.pdf", "a4", None)
    with caplog.at_level(logging.ERROR):
        worker.run()
    assert _logged_traceback(caplog, "desktop_app.gui.report_actions").exc_info[0] is ZeroDivisionError
    outcome = worker.outcome()
    assert outcome is not None and outcome.error
    assert "layout_cell" not in outcome.error and "log" in outcome.error


@pytest.mark.usefixtures("user_banks")
def test_an_export_logs_the_traceback_and_says_a_plain_sentence(opened, monkeypatch, tmp_path, caplog):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop_app.analysis import export

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    target = Path(tmp_path) / "out.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    )

    def broken(*_a, **_k):
        raise AttributeError("'NoneType' object has no attribute 'cell'")

    monkeypatch.setattr(export, "export_xlsx", broken)
    action = next(a for a in opened.export_actions if a.text().replace("&", "").startswith("Answers, scores and plan"))
    with caplog.at_level(logging.ERROR):
        action.trigger()
    assert _logged_traceback(caplog, "desktop_app.gui.export_actions").exc_info[0] is AttributeError
    assert len(shown) == 1 and "NoneType" not in shown[0] and "log" in shown[0]
