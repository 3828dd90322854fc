"""Ticking plan actions shows the projection that core.plan computes."""

from __future__ import annotations

import pytest

from desktop_app.core.plan import projected_profile
from desktop_app.gui.views.whatif_view import WhatIfView
from tests.gui.analysis_state import open_state


@pytest.fixture()
def view(qtbot, tmp_path, mini_bank):
    state = open_state(tmp_path, mini_bank)
    v = WhatIfView(state)
    qtbot.addWidget(v)
    yield v
    state.close()


def test_nothing_ticked_projection_equals_today(view):
    assert view.radar.drawn_values("Projected") == view.radar.drawn_values("Today")
    assert all(r.delta in (0.0, None) for r in view.deltas_model.rows)


def test_ticking_an_action_projects_lower_risk(view):
    keys = [r.key for r in view.actions_model.rows]
    assert keys, "the fixture's answers trigger plan actions"
    view.tick(keys[:1])
    expected = projected_profile(view.state.bank, view.state.assessment, keys[:1])
    assert view.radar.drawn_values("Projected") == [
        None if c.risk is None else round(c.risk, 6) for c in expected.challenges
    ]
    assert [r.after_level for r in view.deltas_model.rows] == [c.level for c in expected.challenges]


def test_tick_box_in_the_table_drives_the_projection(view, qtbot):
    from PySide6.QtCore import Qt

    index = view.actions_model.index(0, 0)
    view.actions_model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert view.ticked == {view.actions_model.rows[0].key}
    assert any(r.delta and r.delta < 0 for r in view.deltas_model.rows)


def test_projected_decision_badge_shows_the_projection(view):
    from desktop_app.core.scoring import DECISION_LABELS

    view.tick_all()
    expected = projected_profile(view.state.bank, view.state.assessment, view.ticked)
    assert view.projected_decision.text() == DECISION_LABELS[expected.overall.decision]


def test_clear_removes_all_ticks(view):
    view.tick_all()
    view.clear_button.click()
    assert view.ticked == set()


def test_ticks_survive_a_document_change(view):
    from desktop_app.core.assessment import Answer

    key = view.actions_model.rows[0].key
    view.tick([key])
    view.state.set_answer(Answer("integration.legacy.main", "good"))
    assert key in view.ticked
