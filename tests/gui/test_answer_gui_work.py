"""What an answer costs the GUI thread: views skip the work whose result nobody sees (issue 15).

Each test counts calls of the costly step (never a time) and checks the view still shows the truth.
"""

from __future__ import annotations

from desktop_app.core.assessment import Answer
from desktop_app.gui.repaint import set_progress, set_style_sheet
from desktop_app.gui.theme import badge_style, level_colour


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


def _reasons(n: int):
    from desktop_app.analysis.reasons import DecisionReason

    return [
        DecisionReason("blocker", question=f"q{i}", question_text=f"Is control number {i} in place and tested?")
        for i in range(n)
    ]


def _own_height(label) -> int:
    """What the label itself needs at its width (a QLabel's height for a width is never below its minimum)."""
    keep = label.minimumHeight()
    label.setMinimumHeight(0)
    need = label.heightForWidth(label.width())
    label.setMinimumHeight(keep)
    return need


def test_reasons_fit_as_many_as_the_height_holds_measured_like_the_label_itself(qtbot):
    from desktop_app.gui.views.reasons_label import ReasonsLabel

    label = ReasonsLabel()
    qtbot.addWidget(label)
    label.resize(260, 400)
    label.show()
    label.set_reasons(_reasons(6), "Why:")
    label.max_shown = 1
    label._render()
    one = _own_height(label)
    label.max_shown = 3
    label._render()
    three = _own_height(label)
    assert one < three

    label.fit(three, 6)  # room for three reasons (and the "and 3 more" line? only if it fits)
    assert 1 <= label.max_shown <= 3
    assert label.minimumHeight() == _own_height(label) <= three
    label.max_shown += 1
    label._render()
    assert _own_height(label) > three, "one more would not have fitted"

    label.fit(one - 1, 6)  # no room at all: still one reason, and the height it needs
    assert label.max_shown == 1 and label.minimumHeight() == _own_height(label) == one


def test_fitting_the_same_reasons_again_changes_nothing_of_the_label(qtbot):
    """Lowering the minimum to measure and raising it again made the main window lay itself out
    and repaint whole after every answer."""
    from desktop_app.gui.views.reasons_label import ReasonsLabel

    label = ReasonsLabel()
    qtbot.addWidget(label)
    label.resize(260, 400)
    label.show()
    label.set_reasons(_reasons(5), "Why:")
    label.fit(200, 4)
    calls: list[object] = []
    set_min, set_text = label.setMinimumHeight, label.setText
    label.setMinimumHeight = lambda h: (calls.append(("min", h)), set_min(h))
    label.setText = lambda t: (calls.append("text"), set_text(t))
    label.fit(200, 4)
    label.set_reasons(_reasons(5), "Why:")
    label.fit(200, 4)
    assert calls == []
    label.set_reasons(_reasons(1), "Why:")
    label.fit(200, 4)
    assert "text" in calls and any(c[0] == "min" for c in calls if isinstance(c, tuple))


def test_set_progress_paints_with_the_window_not_at_once(qtbot):
    """QProgressBar.setValue repaints synchronously, painting everything else waiting to be painted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    bar = QProgressBar()
    QVBoxLayout(window).addWidget(bar)
    bar.setRange(0, 10)
    bar.setValue(1)
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is bar and event.type() == QEvent.Type.Paint:
                painted.append(bar.value())
            return False

    spy = Paints()
    bar.installEventFilter(spy)
    window.show()
    qtbot.waitUntil(lambda: 1 in painted)  # shown and painted once
    painted.clear()
    bar.setValue(2)
    assert painted == [2], "Qt's own setValue paints before it returns (what set_progress avoids)"
    painted.clear()
    set_progress(bar, 7)
    assert painted == [] and bar.value() == 7 and bar.updatesEnabled()
    qtbot.waitUntil(lambda: 7 in painted)  # painted on the event loop's next pass
    assert bar.text() == "70%"


def test_live_panel_progress_follows_a_new_answer(opened):
    window = opened
    before = window.risk_panel.completion.value()
    window.state.set_answer(Answer("data.collection.main", "none"))
    assert window.risk_panel.completion.value() == before + 1
    assert window.risk_panel.completion.format().startswith(f"{before + 1} of ")


def test_the_position_line_counts_answers_not_notes_and_the_order_is_worked_out_once(opened, monkeypatch):
    """The question view's position line ran the question order twice and read every answer again on
    every answer; it now works the order out once, with the same count."""
    import desktop_app.gui.views.question_view as qv_module
    from desktop_app.gui.models.navigator import answered_values, question_order

    window = opened
    view = window.question_view
    state = window.state
    view.show_question("data.collection.main")
    state.edit_answer("data.preprocessing.main", note="a note alone answers nothing")
    calls: list[int] = []
    real = qv_module.question_order
    monkeypatch.setattr(qv_module, "question_order", lambda *a: (calls.append(1), real(*a))[1])

    state.set_answer(Answer("data.collection.main", "weak"))
    assert calls == [1], "once per refresh"
    ids = [q.id for q in question_order(state.bank, answered_values(state.assessment))]
    done = sum(1 for i in ids if state.answered(i) is not None)
    assert state.assessment.record("data.preprocessing.main").value is None
    pos = ids.index("data.collection.main") + 1
    assert view.position_label.text() == f"Question {pos} of {len(ids)}  ·  {done} answered"
    assert view.next_button.isEnabled() and view.prev_button.isEnabled() == (pos > 1)


def test_a_fit_measures_each_text_once_and_again_after_a_font_change(qtbot):
    """Answers bring back reasons shown before: their heights are remembered, by text, width and font."""
    from desktop_app.gui.views.reasons_label import ReasonsLabel

    label = ReasonsLabel()
    qtbot.addWidget(label)
    label.resize(260, 400)
    label.show()
    measured: list[str] = []
    twin = label._twin()
    real = twin.setText
    twin.setText = lambda text: (measured.append(text), real(text))
    label.set_reasons(_reasons(5), "Why:")
    label.fit(200, 4)
    first = (label.max_shown, label.minimumHeight(), label.text())
    label.set_reasons(_reasons(1), "Why:")
    label.fit(200, 4)
    count = len(measured)
    label.set_reasons(_reasons(5), "Why:")
    label.fit(200, 4)
    assert len(measured) == count, "the five reasons' texts were measured before"
    assert (label.max_shown, label.minimumHeight(), label.text()) == first

    fresh = ReasonsLabel()
    qtbot.addWidget(fresh)
    fresh.resize(260, 400)
    fresh.show()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    for each in (label, fresh):
        each.setFont(font)
        each.set_reasons(_reasons(5), "Why:")
        each.fit(200, 4)
    assert len(measured) > count, "measured again in the larger type"
    assert (label.max_shown, label.minimumHeight()) == (fresh.max_shown, fresh.minimumHeight())
    assert label.minimumHeight() != first[1]
