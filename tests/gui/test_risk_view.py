"""The risk profile view shows the scoring's numbers and leads from a challenge to its answers."""

from __future__ import annotations

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.gui.views.risk_view import RiskProfileView
from tests.gui.analysis_state import open_state


@pytest.fixture()
def view(qtbot, tmp_path, mini_bank):
    state = open_state(tmp_path, mini_bank)
    v = RiskProfileView(state)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    yield v
    state.close()


def test_radar_holds_the_challenge_risks(view):
    expected = [None if c.risk is None else round(c.risk, 6) for c in view.state.profile.challenges]
    assert view.radar.drawn_values("Today") == expected
    assert expected[:3] == [pytest.approx(8.333333), 25.0, 75.0]


def test_readiness_toggle_redraws_radar_and_bars(view, qtbot):
    view.readiness_button.click()
    assert view.radar.mode == "readiness"
    assert view.radar.drawn_values("Today")[1] == 75.0  # compute: 100 - 25
    sub = view.state.profile.challenge("compute").subchallenges[0]
    index = [b.key for b in view.bars.bars].index(sub.key)
    assert view.bars.values()[index] == 100.0 - sub.risk


def test_bars_hold_subchallenge_risks_and_levels(view):
    subs = [s for c in view.state.profile.challenges for s in c.subchallenges]
    assert view.bars.values() == [s.risk for s in subs]
    assert [b.level for b in view.bars.bars] == [s.level for s in subs]


def test_matrix_places_assessed_challenges(view):
    profile = view.state.profile
    expected = {c.id: (c.likelihood, c.impact) for c in profile.challenges if c.assessed}
    assert view.matrix.point_positions() == expected


def test_worst_challenge_is_selected_first(view):
    assert view.selected_challenge == "interpretability"
    assert view.drivers_model.rowCount() == 1
    assert view.drivers_model.rows[0].question == "interpretability.black_box.main"


def test_clicking_a_challenge_on_the_matrix_lists_its_drivers(view):
    view.matrix.challenge_clicked.emit("data")
    assert view.selected_challenge == "data"
    assert view.challenge_box.currentData() == "data"
    assert [d.question for d in view.drivers_model.rows] == ["data.preprocessing.main"]


def test_clicking_a_driver_asks_to_navigate(view, qtbot):
    index = view.drivers_model.index(0, 0)
    with qtbot.waitSignal(view.state.navigate_requested) as blocker:
        view.drivers.clicked.emit(index)
    assert blocker.args == ["interpretability.black_box.main"]


def test_view_follows_state_changes(view):
    view.state.set_answer(Answer("compute.cost.main", "none"))
    assert view.radar.drawn_values("Today")[1] == 100.0


def test_empty_state_without_document(qtbot):
    from desktop_app.gui.document_state import DocumentState

    v = RiskProfileView(DocumentState())
    qtbot.addWidget(v)
    assert v.stack.currentIndex() == 0


def test_header_gives_the_decisions_reasons_blocker_first(qtbot, tmp_path, mini_bank):
    from tests.analysis_docs import NEW_ANSWERS

    state = open_state(tmp_path, mini_bank, answers={**NEW_ANSWERS, "data.privacy.lawful_basis": "none"})
    v = RiskProfileView(state)
    qtbot.addWidget(v)
    lines = v.reasons.plain_lines()
    assert lines[0].startswith("Blocker: Is there a lawful basis")
    assert any(line.startswith("High risk in Model interpretability") for line in lines)
    with qtbot.waitSignal(state.navigate_requested) as blocker:
        v.reasons.activate(0)
    assert blocker.args == ["data.privacy.lawful_basis"]
    state.close()


def test_reasons_follow_a_changed_answer(view):
    from desktop_app.core.assessment import Answer

    view.state.set_answer(Answer("interpretability.black_box.main", "good"))
    assert not any("Model interpretability" in line for line in view.reasons.plain_lines())
