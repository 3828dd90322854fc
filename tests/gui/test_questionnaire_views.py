"""Search, filters, presentation mode, the plan and the follow-up list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.views.plan_item_dialog import PlanItemDialog
from desktop_app.storage.document import ReadinessDocument


def test_ctrl_f_searches_questions_and_enter_opens_the_first_match(opened: MainWindow, qtbot):
    qtbot.keyClick(opened, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    nav = opened.navigator
    assert nav.search.hasFocus()
    qtbot.keyClicks(nav.search, "lawful basis")
    assert nav.question_ids() == ["data.privacy.lawful_basis"]
    qtbot.keyClick(nav.search, Qt.Key.Key_Return)
    assert opened.question_view.question.id == "data.privacy.lawful_basis"


def test_search_with_no_match_says_so(opened: MainWindow, qtbot):
    opened.navigator.search.setText("zebra crossing")
    assert opened.navigator.empty_label.isVisibleTo(opened.navigator)


def test_unanswered_filter_hides_answered_and_next_follows_it(opened: MainWindow):
    qv = opened.question_view
    qv.show_question("data.collection.scale_q")
    qv.choose_digit(2)
    opened.navigator.set_filter("unanswered")
    ids = opened.navigator.question_ids()
    assert "data.collection.scale_q" not in ids and "context.industry" not in ids
    qv.show_question("data.collection.main")
    qv.go_next()
    assert qv.question.id == "data.preprocessing.main", "Next skips the answered question"


def test_follow_up_filter_shows_dont_know_answers(opened: MainWindow):
    qv = opened.question_view
    qv.show_question("compute.energy.main")
    qv._choose_special("unknown")
    opened.navigator.set_filter("followup")
    assert opened.navigator.question_ids() == ["compute.energy.main"]


def test_navigator_shows_answered_of_total_and_level(opened: MainWindow):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.choose_option("none")
    model = opened.navigator.model
    idx = model.index_for("data.collection")
    row = model.itemFromIndex(idx).row()
    parent = idx.parent()
    assert model.index(row, 1, parent).data() == "1/2"
    from desktop_app.gui.models.navigator import ROLE_LEVEL

    assert model.index(row, 2, parent).data(ROLE_LEVEL) in ("medium", "high", "critical")


def test_f11_presentation_mode_uses_large_type_and_esc_leaves(opened: MainWindow, qtbot):
    label = opened.question_view.text_label
    normal = label.font().pointSizeF()
    radar_labels = opened.risk_panel.radar.label_items
    radar_normal = radar_labels[0].textItem.font().pointSizeF()
    qtbot.keyClick(opened, Qt.Key.Key_F11)
    assert opened.presentation
    # sized to the screen: PRESENTATION_SCALE on a 1080-line screen, less on this small test screen
    from desktop_app.gui.theme import PRESENTATION_SCALE
    from desktop_app.gui.views.question_view import FULL_HD_LINES, PRESENTATION_MIN_SCALE

    lines = opened.question_view.screen().geometry().height()
    expected = max(PRESENTATION_MIN_SCALE, min(PRESENTATION_SCALE, PRESENTATION_SCALE * lines / FULL_HD_LINES))
    assert label.font().pointSizeF() >= expected * normal * 0.99 > normal
    radar_big = opened.risk_panel.radar.label_items[0].textItem.font().pointSizeF()
    assert radar_big >= 1.8 * radar_normal  # the live radar's labels grow too
    assert not opened.navigator.isVisible()
    assert not opened.menuBar().isVisible()
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_2)  # still answers by keyboard
    assert opened.question_view.question.id in opened.state.assessment.answers
    qtbot.keyClick(opened.focusWidget(), Qt.Key.Key_Escape)
    assert not opened.presentation
    assert label.font().pointSizeF() == normal


def _trigger_actions(window: MainWindow) -> None:
    qv = window.question_view
    qv.show_question("data.collection.main")
    qv.choose_option("weak")  # MIT-T-001
    qv.show_question("compute.cost.main")
    qv.choose_option("none")  # MIT-T-004


def test_plan_accept_reject_and_custom_action_are_saved_in_the_file(opened: MainWindow, qtbot):
    _trigger_actions(opened)
    plan = opened.plan_view
    opened.tabs.setCurrentWidget(plan)
    plan.select_key("MIT-T-001")
    plan.table.setFocus()
    qtbot.keyClick(plan.table, Qt.Key.Key_A)
    plan.select_key("MIT-T-004")
    qtbot.keyClick(plan.table, Qt.Key.Key_R)

    def fill(dialog: PlanItemDialog) -> bool:
        dialog.title_edit.setText("Brief the works council")
        dialog.action_edit.setPlainText("Explain the pilot and its safeguards.")
        dialog.owner_edit.setText("HR lead")
        return True

    plan.run_dialog = fill
    plan.add_custom()
    path = opened.state.path
    opened.close_document()

    with ReadinessDocument.open(path, readonly=True) as doc:
        decisions = doc.assessment().plan
    assert decisions["MIT-T-001"].status == "accepted"
    assert decisions["MIT-T-004"].status == "rejected"
    custom = [d for d in decisions.values() if d.custom]
    assert [(d.title, d.owner, d.status) for d in custom] == [("Brief the works council", "HR lead", "accepted")]


def test_plan_edit_sets_owner_and_due_date_and_undo_takes_it_back(opened: MainWindow):
    _trigger_actions(opened)
    plan = opened.plan_view
    opened.tabs.setCurrentWidget(plan)  # a person edits the plan on its tab (hidden, it refreshes when shown)
    plan.select_key("MIT-T-001")

    def fill(dialog: PlanItemDialog) -> bool:
        dialog.owner_edit.setText("Data lead")
        dialog.due_edit.setDate(dialog.due_edit.date().fromString("2026-06-30", "yyyy-MM-dd"))
        return True

    plan.run_dialog = fill
    plan.edit_selected()
    item = opened.state.plan.item("MIT-T-001")
    assert (item.owner, item.due_date) == ("Data lead", "2026-06-30")
    row = plan.model.row_of("MIT-T-001")
    assert plan.model.index(row, 2).data() == "Data lead"
    opened.state.undo_stack.undo()
    assert opened.state.plan.item("MIT-T-001").owner == ""


def test_follow_up_lists_unknown_and_low_confidence_answers_with_notes(opened: MainWindow):
    qv = opened.question_view
    qv.show_question("compute.energy.main")
    qv.note.setPlainText("ask the facilities team")
    qv._choose_special("unknown")
    qv.show_question("data.collection.main")
    qv.choose_option("good")
    qv.set_confidence("low")
    view = opened.follow_up_view
    assert view.model.rowCount() == 2
    view.copy(email=True)
    text = QGuiApplication.clipboard().text()
    assert "Subject: Imaging pilot" in text
    assert "How mature is energy?" in text and "ask the facilities team" in text
    assert "How mature is collection?" in text and "Low confidence" in text


def test_follow_up_go_to_question_opens_it(opened: MainWindow):
    qv = opened.question_view
    qv.show_question("compute.energy.main")
    qv._choose_special("unknown")
    qv.show_question("data.collection.main")
    opened.tabs.setCurrentWidget(opened.follow_up_view)
    opened.follow_up_view.table.selectRow(0)
    opened.follow_up_view.go_to_selected()
    assert opened.tabs.currentWidget() is opened.splitter
    assert qv.question.id == "compute.energy.main"


def test_every_control_has_an_accessible_name(opened: MainWindow):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    missing = []
    for cls in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox):
        for w in opened.findChildren(cls):
            if w.isVisibleTo(opened) and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text())):
                missing.append(f"{type(w).__name__} {w.objectName()}")
    assert missing == []
