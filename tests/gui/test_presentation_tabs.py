"""Issue 13: presentation mode (F11) is large type on every tab the facilitator shows, not only the
questionnaire: the risk profile, plan, follow-up list and what-if have presentation layouts, and
Ctrl+2 … Ctrl+5 reach them while the tab bar and menus are hidden. Leaving restores the normal type."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import presentation_scale


def test_other_tabs_in_presentation_mode_use_large_type_and_leave_it(opened: MainWindow, qtbot):
    risk, plan, whatif = opened.risk_view, opened.plan_view, opened.whatif_view
    normal_plan = plan.table.font().pointSizeF()
    follow_up = opened.follow_up_view
    normal_follow_up = follow_up.table.font().pointSizeF()
    qtbot.keyClick(opened, Qt.Key.Key_F11)
    assert opened.presentation
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert opened.tabs.currentWidget() is risk, "Ctrl+2 reaches the risk profile with the tab bar hidden"
    factor = presentation_scale(risk)  # sized to the screen (small in the tests)
    assert factor > 1.1 and risk.radar.font_scale == factor
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert opened.tabs.currentWidget() is plan
    assert plan.table.font().pointSizeF() >= 0.99 * factor * normal_plan
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert opened.tabs.currentWidget() is follow_up
    assert follow_up.table.font().pointSizeF() >= 0.99 * factor * normal_follow_up
    assert follow_up.summary.font().pointSizeF() > normal_follow_up
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert opened.tabs.currentWidget() is whatif
    assert whatif.radar.font_scale == factor
    opened.set_presentation(False)
    assert risk.radar.font_scale == 1.0 and whatif.radar.font_scale == 1.0
    assert plan.table.font().pointSizeF() == normal_plan
    assert follow_up.table.font().pointSizeF() == normal_follow_up
