"""The portfolio view loads a folder off the GUI thread, filters it and lists unreadable files."""

from __future__ import annotations

import pytest

from desktop_app.gui.views.portfolio_view import PortfolioView
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc, write_broken_files


@pytest.fixture()
def folder(tmp_path, mini_bank):
    root = tmp_path / "portfolio"
    root.mkdir()
    make_doc(root / "acme-q1.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    make_doc(root / "acme-q2.readiness", mini_bank, NEW_ANSWERS, workshop_date="2026-04-15")
    make_doc(
        root / "clinic.readiness",
        mini_bank,
        {**NEW_ANSWERS, "context.industry": "healthcare"},
        client="North Clinic",
        project="Imaging",
        workshop_date="2026-03-01",
    )
    write_broken_files(root, root / "acme-q1.readiness")
    return root


@pytest.fixture()
def view(qtbot, folder):
    v = PortfolioView()
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.loaded, timeout=20_000):
        v.load_folder(folder)
    return v


def test_loading_runs_in_a_worker_thread(qtbot, folder, monkeypatch):
    import threading

    from desktop_app.analysis import index

    threads = []
    real = index.extract_file

    def spy(path, root, *rest):
        threads.append(threading.current_thread())
        return real(path, root, *rest)

    monkeypatch.setattr(index, "extract_file", spy)
    v = PortfolioView()
    qtbot.addWidget(v)
    with qtbot.waitSignal(v.loaded, timeout=20_000):
        v.load_folder(folder)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_table_lists_readable_assessments(view):
    from desktop_app.gui.models.portfolio_table import COL_CLIENT, COL_FIRST_LEVEL

    assert view.model.rowCount() == 3
    clients = sorted(view.proxy.data(view.proxy.index(r, COL_CLIENT)) for r in range(3))
    assert clients == ["Acme Bank", "Acme Bank", "North Clinic"]
    q1 = next(r for r in view.model.rows if r.file == "acme-q1.readiness")
    row = view.model.rows.index(q1)
    assert view.model.data(view.model.index(row, COL_FIRST_LEVEL + 1)) == "High"  # compute risk 100, impact 3


def test_failures_are_listed_with_reasons(view):
    reasons = {f.file: f.reason for f in view.failures_model.rows}
    assert len(reasons) == 5
    assert "empty" in reasons["empty.readiness"]
    assert view.tabs.tabText(3) == "Unreadable files (5)"


def test_industry_filter(view):
    view.industry.setCurrentIndex(view.industry.findData("healthcare"))
    assert [r.client for r in view.model.rows] == ["North Clinic"]
    assert view.heatmap.values.shape == (1, 6)


def test_date_filter(view):
    from PySide6.QtCore import QDate

    view.from_check.setChecked(True)
    view.from_date.setDate(QDate(2026, 2, 1))
    assert sorted(r.file for r in view.model.rows) == ["acme-q2.readiness", "clinic.readiness"]


def test_heatmap_holds_the_risks(view):
    import numpy as np

    assert view.heatmap.values.shape == (3, 6)
    q1 = view.heatmap.row_labels.index("Acme Bank / Fraud detection (2026-01-15)")
    assert view.heatmap.values[q1, 1] == 100.0
    assert np.isnan(view.heatmap.values[q1, 2])


def test_trend_for_the_client_with_most_assessments(view):
    assert view.trend_client.currentText() == "Acme Bank"
    view.show()
    view.tabs.setCurrentWidget(view.trend_tab)  # drawn when in sight
    _x, y = view.trend.series_items["Compute"].getData()
    assert list(y) == [100.0, 25.0]


def test_cancel_keeps_what_was_read(qtbot, folder, monkeypatch):
    from desktop_app.analysis import index

    v = PortfolioView()
    qtbot.addWidget(v)
    real = index.extract_file

    def slow_then_cancel(path, root, *rest):
        v._loader.cancel()  # as if the user pressed Cancel during the first file
        return real(path, root, *rest)

    monkeypatch.setattr(index, "extract_file", slow_then_cancel)
    with qtbot.waitSignal(v.loaded, timeout=20_000):
        v.load_folder(folder)
    assert v.portfolio.cancelled
    assert len(v.portfolio.rows) + len(v.portfolio.failures) == 1
    assert "cancelled" in v.summary.text()


def test_a_second_folder_replaces_a_load_in_progress(qtbot, folder, tmp_path, mini_bank):
    other = tmp_path / "other"
    other.mkdir()
    make_doc(other / "only.readiness", mini_bank, NEW_ANSWERS, client="Only Client")
    v = PortfolioView()
    qtbot.addWidget(v)
    v.load_folder(folder)
    with qtbot.waitSignal(v.loaded, timeout=20_000):
        v.load_folder(other)
    qtbot.wait(100)
    assert [r.client for r in v.portfolio.rows] == ["Only Client"]


def test_save_summary_writes_the_spreadsheet(view, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "summary.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.save_button.click()
    wb = load_workbook(out)
    assert wb["Assessments"].max_row == 4 and wb["Unreadable"].max_row == 6


def _select(view, file_name):
    from PySide6.QtCore import QItemSelectionModel

    row = next(i for i, r in enumerate(view.model.rows) if r.file == file_name)
    index = view.proxy.mapFromSource(view.model.index(row, 0))
    view.table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def test_selected_assessments_reasons_are_shown_and_lead_to_the_question(view, qtbot, folder):
    _select(view, "acme-q1.readiness")
    lines = view.reasons.plain_lines()
    assert lines[0].startswith("High risk in Computational resources")
    with qtbot.waitSignal(view.open_question_requested) as blocker:
        view.reasons.activate(0)
    assert blocker.args == [str(folder / "acme-q1.readiness"), "compute.cost.main"]


def test_decision_cell_tooltip_lists_the_reasons(view):
    from desktop_app.gui.models.portfolio_table import COL_DECISION

    row = next(i for i, r in enumerate(view.model.rows) if r.file == "acme-q1.readiness")
    tip = view.model.data(view.model.index(row, COL_DECISION), 3)  # ToolTipRole
    assert "High risk in Computational resources" in tip


@pytest.mark.parametrize("keys", ["Esc", "Ctrl+W"])
def test_the_portfolio_window_closes_by_keyboard(qtbot, keys):
    from PySide6.QtCore import Qt

    v = PortfolioView()
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    v.table.setFocus()
    if keys == "Esc":
        qtbot.keyClick(v.table, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(v.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not v.isVisible()


def test_heat_map_colours_cells_by_level_like_the_table(view):
    """acme-q1 compute: risk 100 at impact 3 is High (the table's colour), not the critical red of raw 100."""
    from PySide6.QtGui import QColor

    from desktop_app.gui.charts.base import level_colour

    q1 = view.heatmap.row_labels.index("Acme Bank / Fraud detection (2026-01-15)")
    assert view.heatmap.cell_colour(q1, 1) == QColor(level_colour("high")).name()
    assert view.heatmap.cell_colour(q1, 2) is None  # not assessed: the neutral background


def test_an_undated_assessment_is_named_in_the_gui_language(qtbot, folder, mini_bank):
    """'no date' is the view's text (translated), not an English word from the analysis layer."""
    undated = {"client": "Undated Ltd", "project": "Pilot", "workshop_date": ""}
    make_doc(folder / "undated.readiness", mini_bank, NEW_ANSWERS, **undated)
    v = PortfolioView()
    qtbot.addWidget(v)
    v.tr = lambda text, *_a: f"[{text}]"  # stands in for a translation: every text the view says goes through it
    with qtbot.waitSignal(v.loaded, timeout=20_000):
        v.load_folder(folder)
    assert "Undated Ltd / Pilot ([no date])" in v.heatmap.row_labels
    assert "Acme Bank / Fraud detection (2026-01-15)" in v.heatmap.row_labels
    _select(v, "undated.readiness")
    assert "Undated Ltd / Pilot ([no date])" in v.reasons.heading
