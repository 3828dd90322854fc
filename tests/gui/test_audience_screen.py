"""Issue 13: the audience screen follows the facilitator, shows the decision with its reasons, the radar
and the phase-0 actions on demand, and keeps the score hidden while the room discusses."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow


def _audience(window: MainWindow, qtbot):
    window.act_audience.trigger()
    screen = window.audience
    assert screen is not None and screen.isVisible()
    return screen


def test_audience_screen_follows_the_facilitators_question(opened: MainWindow, qtbot):
    screen = _audience(opened, qtbot)
    qv = opened.question_view
    qv.show_question("data.collection.main")
    assert screen.question_text.text() == qv.text_label.text()
    qv.go_next()
    assert screen.question_text.text() == opened.state.bank.question(qv.question.id).text
    qv.show_question("data.collection.main")
    qv.choose_option("weak")
    marked = [row for row in screen.options.text().split("<tr>") if "▶" in row]
    assert len(marked) == 1 and "Weak" in marked[0], "the chosen option, and only it, is marked"


def test_audience_screen_uses_large_type(opened: MainWindow, qtbot):
    screen = _audience(opened, qtbot)
    screen.resize(1280, 720)
    qtbot.waitUntil(lambda: screen.question_text.font().pixelSize() > 0)
    assert screen.question_text.font().pixelSize() >= 40  # readable from the back of a room
    assert screen.options.font().pixelSize() >= 28


def test_audience_screen_shows_decision_with_reasons_on_demand(opened: MainWindow, qtbot):
    screen = _audience(opened, qtbot)
    qv = opened.question_view
    qv.show_question("data.privacy.lawful_basis")
    qv.choose_option("none")  # a blocker
    qtbot.keyClick(opened, Qt.Key.Key_F6)
    assert screen.mode == "decision"
    assert screen.verdict_label.text() == "Not ready"
    assert "Blocker" in screen.reasons.text() or "stop" in screen.reasons.text().lower()
    qtbot.keyClick(opened, Qt.Key.Key_F7)
    assert screen.mode == "radar" and screen.radar.isVisibleTo(screen)
    qtbot.keyClick(opened, Qt.Key.Key_F8)
    assert screen.mode == "actions"
    assert "<li" in screen.actions_list.text(), "a blocker puts actions in phase 0"
    qtbot.keyClick(opened, Qt.Key.Key_F5)
    assert screen.mode == "question"


def test_hidden_score_stays_hidden_on_both_screens_until_the_challenge_ends(opened: MainWindow, qtbot):
    screen = _audience(opened, qtbot)
    opened.act_hide_score.trigger()
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.choose_option("weak")
    panel = opened.risk_panel
    assert not panel.decision.isVisibleTo(panel)
    assert panel.hidden_label.isVisibleTo(panel)
    screen.set_mode("decision")
    assert screen.verdict_label.text() == "Score hidden"
    # moving on to the next challenge is the end of this one: the score is revealed
    qv.show_question("compute.cost.main")
    assert panel.decision.isVisibleTo(panel)
    assert screen.verdict_label.text() != "Score hidden"
    # the next answer starts the next discussion: hidden again
    qv.choose_option("good")
    assert not panel.decision.isVisibleTo(panel)
    panel.reveal_button.click()
    assert panel.decision.isVisibleTo(panel)


def test_ctrl_plus_and_minus_zoom_the_whole_window(opened: MainWindow, qtbot):
    label = opened.question_view.text_label
    before = label.font().pointSizeF()
    nav_before = opened.navigator.tree.font().pointSizeF()
    qtbot.keyClick(opened, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(opened, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert label.font().pointSizeF() > before * 1.15
    assert opened.navigator.tree.font().pointSizeF() > nav_before * 1.15
    qtbot.keyClick(opened, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(opened, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(label.font().pointSizeF() - before) < 0.01


def test_leaving_presentation_mode_restores_the_panel_widths(opened: MainWindow, qtbot):
    opened.splitter.setSizes([220, 860, 286])
    before = opened.splitter.sizes()
    opened.set_presentation(True)
    opened.set_presentation(False)
    qtbot.waitUntil(lambda: not opened.isFullScreen())
    assert all(abs(a - b) <= 4 for a, b in zip(opened.splitter.sizes(), before, strict=True)), (
        opened.splitter.sizes(),
        before,
    )


def test_audience_decision_names_the_options_finding_not_its_raw_label(window: MainWindow, qtbot, tmp_path, settings):
    """Issue 13, item 7: the driver text on the audience screen is the chosen option's ``finding``."""
    from desktop_app.core.assessment import Answer
    from desktop_app.core.bank.discovery import builtin_bank_path, load_bank
    from desktop_app.storage.document import ReadinessDocument

    bank = load_bank(builtin_bank_path())
    path = tmp_path / "real.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=bank) as doc:
        doc.set_answer(Answer("data.privacy.lawful_basis", "none"))
    settings.remember_file(path)
    assert window.documents.open_path(path)
    option = bank.question("data.privacy.lawful_basis").option("none")
    assert option is not None and option.finding
    screen = _audience(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert option.finding in screen.reasons.text()
    assert option.label not in screen.reasons.text()
