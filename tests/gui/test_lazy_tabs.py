"""The tabs out of sight at start are built when first shown (issue 15: cold start), and are then
exactly what they would have been had they been built with the window: every answer, question and
mode given before is in them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.assessment import Answer
from desktop_app.gui.lazy_tabs import LazyTab, LazyTabWidget
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import presentation_scale

Q = "data.collection.main"


def _built(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(window.tabs.indexOf(p)) for p in window.tabs.lazy_pages() if p.is_built]


def _show_tab(window: MainWindow, label: str) -> QWidget:
    """Bring a tab into sight as a click on it does (by its index: the view may not exist yet)."""
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == label)
    window.tabs.setCurrentIndex(index)
    return window.tabs.currentWidget()


def test_no_background_tab_is_built_with_the_window_nor_by_opening_and_answering(opened: MainWindow):
    window = opened
    assert len(window.tabs.lazy_pages()) == window.tabs.count() - 1, "every tab but the questionnaire"
    window.question_view.show_question(Q)
    window.state.set_answer(Answer(Q, "none"))
    assert _built(window) == []


def test_a_tab_built_when_first_shown_holds_the_answers_given_before(opened: MainWindow):
    window = opened
    window.state.set_answer(Answer(Q, "weak"))  # calls for MIT-T-001
    window.state.set_answer(Answer("data.preprocessing.main", "unknown"))  # a follow-up
    assert _built(window) == []

    risk = _show_tab(window, "&Risk profile")
    assert risk is window.risk_view and risk.isVisible(), "shown at once, not on a later pass"
    assert risk.radar.drawn_values("Today")[0] == window.state.profile.challenge("data").risk
    plan = _show_tab(window, "&Plan")
    assert plan is window.plan_view and plan.model.row_of("MIT-T-001") >= 0
    follow_up = _show_tab(window, "Follow-&up")
    rows = [follow_up.model.item(r) for r in range(follow_up.model.rowCount())]
    assert follow_up is window.follow_up_view and "data.preprocessing.main" in {f.question for f in rows}
    assert _built(window) == ["&Risk profile", "&Plan", "Follow-&up"]


def test_a_built_tab_out_of_sight_waits_and_is_current_when_shown_again(opened: MainWindow):
    window = opened
    risk = _show_tab(window, "&Risk profile")
    window.tabs.setCurrentWidget(window.splitter)
    deferred = next(d for d in window.deferred if d.view is risk)
    window.state.set_answer(Answer(Q, "none"))
    assert deferred.stale, "out of sight: not redrawn on the answer"
    window.tabs.setCurrentWidget(risk)
    assert not deferred.stale
    assert risk.radar.drawn_values("Today")[0] == window.state.profile.challenge("data").risk


def test_poll_and_history_tabs_built_late_show_the_question_shown_before(opened: MainWindow):
    window = opened
    window.question_view.show_question(Q)
    window.state.set_answer(Answer(Q, "weak"))
    assert _built(window) == []
    poll = _show_tab(window, "Poll the room")
    assert poll is window.poll_panel and poll.question is not None and poll.question.id == Q
    history = _show_tab(window, "Histor&y")
    assert history is window.history_view and history.question_id == Q
    assert history.table.rowCount() >= 1 and history.entries[0].action == "answer"
    window.question_view.show_question("data.preprocessing.main")  # built: they follow as before
    assert poll.question.id == "data.preprocessing.main" and history.question_id == "data.preprocessing.main"


def test_a_tab_first_shown_in_presentation_mode_is_built_in_large_type(opened: MainWindow, qtbot):
    window = opened
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.presentation and _built(window) == []
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    risk = window.tabs.currentWidget()
    assert risk is window.risk_view
    factor = presentation_scale(risk)
    assert factor > 1.1 and risk.radar.font_scale == factor
    window.set_presentation(False)
    assert risk.radar.font_scale == 1.0


def test_lazy_tab_makes_its_view_once_and_the_tab_widget_knows_it_by_the_view(qtbot):
    tabs = LazyTabWidget()
    qtbot.addWidget(tabs)
    first = QLabel("first")
    tabs.addTab(first, "First")
    made: list[QLabel] = []
    wired: list[QWidget] = []

    def factory() -> QLabel:
        made.append(QLabel("second"))
        return made[-1]

    page = tabs.add_lazy_tab(factory, "Second")
    page.on_built.append(wired.append)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert made == [] and not page.is_built and page.built_view is None
    assert tabs.indexOf(first) == 0 and tabs.currentWidget() is first
    tabs.setCurrentIndex(1)
    assert len(made) == 1 and wired == made and made[0].isVisible()
    assert tabs.currentWidget() is made[0] and tabs.indexOf(made[0]) == 1
    tabs.setCurrentWidget(first)
    tabs.setCurrentWidget(made[0])
    assert tabs.currentIndex() == 1 and page.view() is made[0] and len(made) == 1
    assert tabs.indexOf(QLabel("not here")) == -1


def test_asking_for_the_view_of_a_hidden_lazy_tab_makes_it_out_of_sight(qtbot):
    page = LazyTab(lambda: QLabel("made"))
    qtbot.addWidget(page)
    view = page.view()
    assert page.is_built and not view.isVisible()
    page.show()
    assert view.isVisible()
