"""Plan and export defects found in the workshop: triggers by name, a custom action's due date, the PDF name."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.gui.report_actions import suggested_file_name
from desktop_app.gui.views.plan_item_dialog import PlanItemDialog
from desktop_app.gui.views.plan_view import PlanView
from tests.gui.analysis_state import open_state

WORKSHOP = "2026-04-15"


@pytest.fixture()
def plan_view(qtbot, tmp_path, mini_bank):
    state = open_state(tmp_path, mini_bank, answers={"context.industry": "financial_services",
                                                    "compute.cost.main": "none"})  # fmt: skip
    view = PlanView(state)
    qtbot.addWidget(view)
    yield view
    state.close()


def test_triggered_by_names_the_question_not_its_id(plan_view):
    key = next(it.key for it in plan_view.state.plan.items if it.triggered_by)
    plan_view.select_key(key)
    html = plan_view.detail.toHtml()
    text = plan_view.detail.toPlainText()
    question = plan_view.state.bank.question(plan_view.state.plan.item(key).triggered_by[0])
    assert question.text in text
    assert "Triggered by: " + question.id not in text
    assert f"q:{question.id}" in html  # a link to the question


def test_a_triggering_question_is_one_click_away(plan_view, qtbot):
    from PySide6.QtCore import QUrl

    key = next(it.key for it in plan_view.state.plan.items if it.triggered_by)
    qid = plan_view.state.plan.item(key).triggered_by[0]
    with qtbot.waitSignal(plan_view.state.navigate_requested) as blocker:
        plan_view.detail.anchorClicked.emit(QUrl(f"q:{qid}"))
    assert blocker.args == [qid]


def test_a_custom_actions_due_date_follows_its_phase(qtbot, mini_bank):
    dialog = PlanItemDialog(None, mini_bank, workshop=date.fromisoformat(WORKSHOP))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Brief the works council")
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData(0))
    assert dialog.due_edit.date().toString("yyyy-MM-dd") == "2026-05-15"  # phase 0: 30 days
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData(2))
    assert dialog.due_edit.date().toString("yyyy-MM-dd") == "2026-10-12"  # phase 2: 180 days
    # left as derived, the stored date stays empty so it keeps following the phase and the workshop date
    assert dialog.result_decision().due_date == ""


def test_a_due_date_the_user_set_is_kept_when_the_phase_changes(qtbot, mini_bank):
    from PySide6.QtCore import QDate

    dialog = PlanItemDialog(None, mini_bank, workshop=date.fromisoformat(WORKSHOP))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("x")
    dialog.due_edit.setDate(QDate(2026, 7, 1))
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData(3))
    assert dialog.result_decision().due_date == "2026-07-01"


def test_pdf_name_keeps_dashes_accents_and_currency_signs():
    from datetime import date

    from desktop_app.core.assessment import Assessment

    name = suggested_file_name(
        Assessment(client="Café Müller – Zürich", project="€2M pilot: phase 1/2"), date(2026, 12, 7)
    )
    assert name == "Café Müller – Zürich - €2M pilot_ phase 1_2 - readiness plan 2026-12-07.pdf"


def _point_size(widget) -> float:
    return widget.font().pointSizeF()


def test_plan_presentation_mode_enlarges_its_type_and_restores_it(plan_view):
    normal = _point_size(plan_view.table)
    plan_view.set_presentation(True)
    assert _point_size(plan_view.table) > 1.5 * normal and _point_size(plan_view.detail) > 1.5 * normal
    plan_view.set_presentation(False)
    assert _point_size(plan_view.table) == normal


def test_whatif_presentation_mode_enlarges_tables_and_radar(qtbot, tmp_path, mini_bank):
    from desktop_app.gui.views.whatif_view import WhatIfView

    state = open_state(tmp_path, mini_bank)
    view = WhatIfView(state)
    qtbot.addWidget(view)
    normal = _point_size(view.deltas)
    view.set_presentation(True)
    assert _point_size(view.deltas) > 1.5 * normal and view.radar.font_scale > 1.5
    # the radar's axis labels are drawn larger too
    assert view.radar.label_items[0].textItem.font().pointSizeF() > 1.5 * 9.5 * 0.99
    view.set_presentation(False)
    assert _point_size(view.deltas) == normal and view.radar.font_scale == 1.0
    state.close()


def test_whatif_keeps_qwidget_actions(qtbot, tmp_path, mini_bank):
    """The actions table no longer hides QWidget.actions() (a list of QActions)."""
    from desktop_app.gui.views.whatif_view import WhatIfView

    state = open_state(tmp_path, mini_bank)
    view = WhatIfView(state)
    qtbot.addWidget(view)
    assert view.actions() == []
    state.close()


def test_risk_profile_presentation_mode_scales_every_chart(qtbot, tmp_path, mini_bank):
    from desktop_app.gui.views.risk_view import RiskProfileView

    state = open_state(tmp_path, mini_bank)
    view = RiskProfileView(state)
    qtbot.addWidget(view)
    view.set_presentation(True)
    assert {view.radar.font_scale, view.matrix.font_scale, view.bars.font_scale} == {view.radar.font_scale}
    assert view.radar.font_scale > 1.5 and view.reasons.font().pointSizeF() > 1.5 * 9
    view.set_presentation(False)
    assert view.bars.font_scale == 1.0
    state.close()
