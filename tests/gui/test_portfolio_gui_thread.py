"""What a portfolio load leaves to the GUI thread is small: the DataFrame is made in the loader's thread."""

from __future__ import annotations

import threading

from desktop_app.gui.views.portfolio_view import PortfolioView
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc


def test_the_table_frame_is_built_off_the_gui_thread_and_only_once(qtbot, tmp_path, mini_bank, monkeypatch):
    from desktop_app.analysis import portfolio

    make_doc(tmp_path / "a.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    make_doc(tmp_path / "b.readiness", mini_bank, NEW_ANSWERS, workshop_date="2026-04-15")
    threads = []
    real = portfolio.portfolio_frame

    def spy(rows):
        threads.append(threading.current_thread())
        return real(rows)

    monkeypatch.setattr(portfolio, "portfolio_frame", spy)
    view = PortfolioView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.load_folder(tmp_path)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert view.model.rowCount() == 2 and list(view.filtered_frame()["client"]) == ["Acme Bank"] * 2


def test_the_trend_is_drawn_when_its_tab_comes_into_sight(qtbot, tmp_path, mini_bank):
    make_doc(tmp_path / "a.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    make_doc(tmp_path / "b.readiness", mini_bank, NEW_ANSWERS, workshop_date="2026-04-15")
    view = PortfolioView()
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.load_folder(tmp_path)
    assert view.trend.series_items == {} and view._trend_refresh.stale  # the table is in sight, not the trend
    view.tabs.setCurrentWidget(view.trend_tab)
    _x, y = view.trend.series_items["Compute"].getData()
    assert list(y) == [100.0, 25.0]
    view.trend_client.setCurrentIndex(0)  # in sight now: follows at once
    assert not view._trend_refresh.stale


def test_the_table_is_shown_in_one_pass_and_the_heat_map_in_the_next(qtbot, tmp_path, mini_bank, monkeypatch):
    """Issue 15: the table, the heat map and the trend's clients in one pass held the event loop too long."""
    from PySide6.QtCore import QTimer

    make_doc(tmp_path / "a.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    make_doc(tmp_path / "b.readiness", mini_bank, NEW_ANSWERS, workshop_date="2026-04-15")
    view = PortfolioView()
    qtbot.addWidget(view)
    seen: list[tuple[str, int, int, bool]] = []
    later_pass: list[int] = []  # a zero timer started in the table's pass fires in a later pass
    real_table, real_charts = view._show_table, view._show_charts

    def table(frame):
        real_table(frame)
        QTimer.singleShot(0, lambda: later_pass.append(1))
        seen.append(("table", view.model.rowCount(), view.heatmap.values.shape[0], bool(later_pass)))

    def charts(frame):
        real_charts(frame)
        seen.append(("charts", view.model.rowCount(), view.heatmap.values.shape[0], bool(later_pass)))

    monkeypatch.setattr(view, "_show_table", table)
    monkeypatch.setattr(view, "_show_charts", charts)
    loaded: list[int] = []
    view.loaded.connect(lambda: loaded.append(len(seen)))
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.load_folder(tmp_path)
    assert seen == [("table", 2, 0, False), ("charts", 2, 2, True)]
    assert loaded == [2]  # "loaded" once everything is shown
    assert view.trend_client.currentText() == "Acme Bank"
