"""What an answer costs the GUI thread: views skip the work whose result nobody sees (issue 15).

Each test counts calls of the costly step (never a time) and checks the view still shows the truth.
"""

from __future__ import annotations

from desktop_app.core.assessment import Answer
from desktop_app.gui.theme import badge_style, level_colour, set_style_sheet


def test_hidden_follow_up_tab_fits_its_rows_when_shown_not_on_every_answer(opened):
    window = opened
    window.tabs.setCurrentWidget(window.splitter)
    view = window.follow_up_view
    fitted: list[int] = []
    original = view.table.resizeRowsToContents
    view.table.resizeRowsToContents = lambda: (fitted.append(1), original())

    window.state.set_answer(Answer("data.collection.main", "unknown"))
    window.state.set_answer(Answer("data.preprocessing.main", "unknown"))
    assert fitted == [], "a hidden table is not measured"
    assert view.model.rowCount() == 2, "its rows are current all the same"

    window.tabs.setCurrentWidget(view)
    assert fitted, "shown: the rows are fitted before anyone looks"
    heights = [view.table.rowHeight(r) for r in range(view.model.rowCount())]
    original()
    assert [view.table.rowHeight(r) for r in range(view.model.rowCount())] == heights

    fitted.clear()
    window.state.set_answer(Answer("compute.energy.main", "unknown"))  # visible: follows every answer
    assert fitted and view.model.rowCount() == 3


def test_set_style_sheet_repolishes_only_on_a_change(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    calls: list[str] = []
    original = label.setStyleSheet
    label.setStyleSheet = lambda css: (calls.append(css), original(css))
    css = badge_style(level_colour("high"))
    set_style_sheet(label, css)
    set_style_sheet(label, css)
    assert calls == [css] and label.styleSheet() == css
    other = badge_style(level_colour("low"))
    set_style_sheet(label, other)
    assert calls == [css, other] and label.styleSheet() == other


def test_live_panel_restyles_a_badge_only_when_its_level_changes(opened):
    window = opened
    panel = window.risk_panel
    badges = {cid: badge for cid, (_name, badge) in panel.rows.items()}
    restyled: list[str] = []
    for cid, badge in badges.items():
        original = badge.setStyleSheet
        badge.setStyleSheet = lambda css, c=cid, o=original: (restyled.append(c), o(css))

    window.state.set_answer(Answer("data.collection.main", "none"))
    data_level = window.state.profile.challenge("data").level
    assert badges["data"].styleSheet() == badge_style(level_colour(data_level), padding="2px 6px")
    unchanged = [c for c in badges if c != "data"]
    assert not set(restyled) & set(unchanged), "the other challenges' levels did not move"
    restyled.clear()
    window.state.set_answer(Answer("data.collection.main", "none"))  # the same answer again: nothing moves
    window.state.edit_answer("data.collection.main", note="said twice")
    assert restyled == []
