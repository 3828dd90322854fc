"""Issue 13: the live panel explains the decision (blockers and stop questions first, one click from the
question), says "Provisional" while little is known, and draws what is not assessed neutrally."""

from __future__ import annotations

from desktop_app.gui.charts.base import NOT_ASSESSED_COLOUR
from desktop_app.gui.main_window import MainWindow


def test_one_answer_gives_a_provisional_verdict_not_pilot_only(opened: MainWindow):
    qv = opened.question_view
    qv.show_question("data.collection.main")
    qv.choose_option("weak")
    panel = opened.risk_panel
    text = panel.decision.text()
    assert text.startswith("Provisional – ")
    assert "% answered" in text
    assert "Pilot only" not in text


def test_a_blocker_is_never_provisional_and_is_the_first_reason(opened: MainWindow, qtbot):
    qv = opened.question_view
    qv.show_question("data.privacy.lawful_basis")
    qv.choose_option("none")  # a blocker
    panel = opened.risk_panel
    assert panel.decision.text() == "Not ready"
    assert panel.reasons.reasons[0].code == "blocker"
    assert panel.reasons.isVisible()
    qv.show_question("compute.cost.main")
    with qtbot.waitSignal(opened.state.navigate_requested) as signal:
        panel.reasons.activate(0)
    assert signal.args == ["data.privacy.lawful_basis"]
    assert qv.question.id == "data.privacy.lawful_basis", "one click from the question that causes it"


def test_enough_answers_give_the_decision_itself(opened: MainWindow):
    from desktop_app.gui.theme import decision_label

    qv = opened.question_view
    bank = opened.state.bank
    for q in bank.all_questions():
        if q.options and not q.is_context and not q.computed:
            qv.show_question(q.id)
            qv.choose_option(q.options[0].id)  # the best answer everywhere
    c = opened.state.profile.completion
    assert 100.0 * c.scored_answered / c.scored_total >= bank.decision.provisional_below
    decision = opened.state.profile.overall.decision
    assert opened.risk_panel.decision.text() == decision_label(decision)


def test_not_assessed_challenges_are_drawn_neutrally(opened: MainWindow):
    panel = opened.risk_panel
    _name, badge = panel.rows["security_privacy"]
    assert badge.text() == "Not assessed"
    assert NOT_ASSESSED_COLOUR.lower() in badge.styleSheet().lower()


def test_every_reason_code_has_words_and_the_sample_opens_with_its_deciding_control(window: MainWindow, sample_path):
    """The live panel's first reason is what decided (a required phase-0 control on the sample), in words."""
    from desktop_app.analysis.reasons import CODES, DecisionReason
    from desktop_app.gui.models.decision_reasons import reason_text

    for code in CODES:
        assert reason_text(DecisionReason(code, question_text="Q?", phase=0, tier="II")) != code, code
    assert window.documents.open_path(sample_path)
    first = window.risk_panel.reasons.reasons[0]
    assert first.code == "control_missing" and first.phase == 0
    text = reason_text(first)
    assert "tier III" in text and "before any deployment" in text
    assert "ethics_legal." not in text  # the control in words, never its id


def test_the_live_panel_says_each_reason_as_the_answers_finding_not_the_question(window: MainWindow, sample_path):
    """Lead 08:26: "Why:" printed the question ("…mostly from: How are patient identifiers removed…?"); the
    chosen option's finding says what is wrong, as on the audience screen (same renderer), cut at a word."""
    assert window.documents.open_path(sample_path)
    state = window.state
    bank = state.bank
    lines = window.risk_panel.reasons.plain_lines()
    shown = window.risk_panel.reasons.reasons[: len(lines)]
    with_finding = 0
    for reason, line in zip(shown, lines, strict=True):
        if reason.question is None:
            continue
        answer = state.answered(reason.question)
        chosen = (
            answer.value
            if answer is not None and isinstance(answer.value, list)
            else [answer.value if answer else None]
        )
        findings = [o.finding for o in bank.question(reason.question).options if o.id in chosen and o.finding]
        if not findings:
            continue
        with_finding += 1
        assert reason.question_text[:40] not in line, line
        assert any(f[:40] in line for f in findings), line
    assert with_finding >= 2, "the sample's control and its high challenge are both said as findings"
    assert "EU AI Act" in lines[0] and "?" not in lines[0], lines[0]


def test_one_finding_is_said_once_when_several_reasons_come_from_the_same_answer(window: MainWindow, tmp_path):
    """Content 02:15: on the financial sample the blocker, the critical level and the missing control all
    printed the same shutdown finding one after the other; the later ones point back instead."""
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    path = tmp_path / "financial.readiness"
    create_from_export(resource_path("samples", "financial-fraud-detection.json"), path).close()
    assert window.documents.open_path(path)
    reasons = window.risk_panel.reasons.reasons
    lines = window.risk_panel.reasons.plain_lines()
    first = reasons[0]
    assert first.code == "blocker" and first.finding and first.finding in lines[0]
    repeats = [i for i, r in enumerate(reasons[: len(lines)]) if i and r.finding == first.finding]
    assert len(repeats) >= 2, "the sample's critical level and missing control come from the blocker's answer"
    for i in repeats:
        assert first.finding[:30] not in lines[i], lines[i]
        assert reasons[i].question_text[:30] not in lines[i], lines[i]  # nor the question instead
        assert lines[i].endswith("."), lines[i]
    assert len(set(lines)) == len(lines)
