"""Strong disagreement in the room is flagged in the navigator (a marker with a tooltip) and in the
live panel (a line for the question shown and a count), and a change of a participant's answer that
makes the room disagree strongly lowers the agreed answer's confidence unless it is kept."""

from __future__ import annotations

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer
from desktop_app.core.voices import AgreedChoice
from desktop_app.gui.models.navigator import COL_LEVEL, COL_TITLE, ROLE_DISAGREEMENT

Q1, Q2 = "data.collection.main", "data.preprocessing.main"  # options 1 Good (0) 2 Fair (1) 3 Weak (3) 4 None (4)


def _room(opened):
    state = opened.state
    state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO")])
    return state.assessment.participants


def _voice(opened, person, qid, value):
    opened.state.apply_change(lambda d: d.set_participant_answer(ParticipantAnswer(person.id, qid, value)))


def test_the_navigator_marks_a_question_the_room_disagreed_on_strongly(opened):
    dana, eli = _room(opened)
    _voice(opened, dana, Q1, "good")
    _voice(opened, eli, Q1, "none")
    _voice(opened, dana, Q2, "good")
    _voice(opened, eli, Q2, "fair")  # some disagreement only: no marker
    model = opened.navigator.model
    strong = model.index_for(Q1).siblingAtColumn(COL_LEVEL)
    mild = model.index_for(Q2).siblingAtColumn(COL_LEVEL)
    assert strong.data() == "≠" and mild.data() in ("", None)
    assert model.index_for(Q1).siblingAtColumn(COL_TITLE).data(ROLE_DISAGREEMENT) == "strong"
    tip = strong.data(0x0003)  # ToolTipRole
    assert "strong disagreement" in tip.lower() and "Dana: Good" in tip and "Eli: None" in tip and "4" in tip
    _voice(opened, eli, Q1, "good")  # the room comes round: the marker goes
    assert model.index_for(Q1).siblingAtColumn(COL_LEVEL).data() in ("", None)


def test_the_live_panel_says_when_the_question_shown_is_disputed_and_how_many_are(opened):
    dana, eli = _room(opened)
    line = opened.risk_panel.findChild(type(opened.disagreement_line), "disagreementLine")
    assert line is opened.disagreement_line
    opened.question_view.show_question(Q1)
    assert line.isHidden()
    _voice(opened, dana, Q1, "good")
    _voice(opened, eli, Q1, "weak")
    _voice(opened, dana, Q2, "good")
    _voice(opened, eli, Q2, "none")
    assert not line.isHidden()
    assert "this question" in line.text() and "3 risk points" in line.text()
    assert "2 questions" in line.text()
    opened.question_view.show_question("data.collection.scale_q")
    assert "this question" not in line.text() and "2 questions" in line.text()


def test_a_voice_that_splits_the_room_lowers_the_agreed_confidence_unless_kept(opened, qtbot):
    from desktop_app.gui.views.poll_panel import PollPanel

    dana, _eli = _room(opened)
    state = opened.state
    state.apply_change(lambda d: d.set_agreed_answer(Q1, AgreedChoice("good", confidence="high")))
    panel = PollPanel(state)
    qtbot.addWidget(panel)
    panel.show_question(Q1)
    panel.rows[0].activated.emit(1)  # Dana: Good (the room agrees)
    assert state.assessment.answers[Q1].confidence == "high"
    panel.rows[1].setCurrentIndex(4)
    panel.rows[1].activated.emit(4)  # Eli: None: strong disagreement
    assert state.assessment.answers[Q1].confidence == "low"
    state.undo_stack.undo()  # one step: Eli's answer and the lowered confidence together
    assert state.assessment.answers[Q1].confidence == "high"
    assert [v.participant_id for v in state.assessment.voices[Q1]] == [dana.id]
    state.set_answer(Answer(Q1, "good", confidence="high", keep_confidence=True))
    panel.rows[1].activated.emit(4)
    assert state.assessment.answers[Q1].confidence == "high"  # the facilitator kept it
