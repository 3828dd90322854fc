"""Background tabs redraw when they come into view, not on every answer."""

from __future__ import annotations

from desktop_app.core.assessment import Answer


def test_hidden_risk_tab_waits_then_shows_the_new_scores(opened, qtbot):
    window = opened
    window.tabs.setCurrentWidget(window.splitter)
    calls = []
    original = window.risk_view.refresh
    window.risk_view.refresh = lambda: (calls.append(1), original())
    deferred = next(d for d in window.deferred if d.view is window.risk_view)
    deferred._refresh = window.risk_view.refresh

    window.state.set_answer(Answer("data.collection.main", "none"))
    window.state.set_answer(Answer("data.preprocessing.main", "none"))
    assert calls == [] and deferred.stale

    window.tabs.setCurrentWidget(window.risk_view)
    qtbot.waitUntil(lambda: calls == [1])
    data_risk = window.state.profile.challenge("data").risk
    assert window.risk_view.radar.drawn_values("Today")[0] == data_risk


def test_visible_live_panel_follows_every_answer(opened):
    window = opened
    window.state.set_answer(Answer("data.collection.main", "none"))
    assert window.risk_panel.radar.drawn_values("Risk today")[0] == window.state.profile.challenge("data").risk


def test_hidden_plan_tab_waits_and_is_current_as_soon_as_it_is_shown(opened):
    """The plan's table costs 20-30 ms to rebuild: not on every answer while the questionnaire shows."""
    window = opened
    window.tabs.setCurrentWidget(window.splitter)
    calls = []
    original = window.plan_view.refresh
    deferred = next(d for d in window.deferred if d.view is window.plan_view)
    deferred._refresh = lambda: (calls.append(1), original())

    window.state.set_answer(Answer("data.collection.main", "weak"))  # calls for MIT-T-001
    assert calls == [] and deferred.stale

    window.tabs.setCurrentWidget(window.plan_view)
    assert calls == [1], "refreshed when shown, before anyone can look at it"
    assert window.plan_view.model.row_of("MIT-T-001") >= 0
    window.state.set_answer(Answer("compute.cost.main", "none"))  # visible now: follows at once
    assert calls == [1, 1] and window.plan_view.model.row_of("MIT-T-004") >= 0


def test_a_filter_whose_python_side_is_gone_ignores_the_show_event(qtbot):
    """Seen in the suite: a window torn down after its test delivered a Show event to a filter whose
    Python attributes PySide had already cleared; the AttributeError broke the next test's setup."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui.deferred import DeferredRefresh

    view = QWidget()
    qtbot.addWidget(view)
    calls: list[int] = []
    deferred = DeferredRefresh(view, lambda: calls.append(1))
    deferred.changed()
    assert deferred.stale
    deferred.__dict__.clear()  # what teardown leaves: the C++ filter without its Python attributes
    view.show()  # pytest-qt fails the test on an exception raised inside the event filter
    assert calls == []
