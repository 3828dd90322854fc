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
