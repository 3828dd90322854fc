"""Several voices: the disagreement measure on hand-computed cases, and the agreed answer's confidence."""

from __future__ import annotations

import pytest

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer
from desktop_app.core.voices import NONE, SOME, STRONG, AgreedChoice, agreed_answer, disagreements, measure
from desktop_app.storage.document import ReadinessDocument

# good 0, fair 1, weak 3, none 4 risk points; "unknown" scores the upper middle option's 3 (above the bank's 2)
Q = "data.collection.main"


def voices(qid: str, *values) -> list[ParticipantAnswer]:
    return [ParticipantAnswer(f"p{i}", qid, v) for i, v in enumerate(values)]


@pytest.mark.parametrize(
    ("values", "level", "spread", "agreement"),
    [
        (("good", "good", "good"), NONE, 0.0, 1.0),  # everyone agrees
        (("good",), NONE, 0.0, 1.0),  # one voice is no disagreement
        (("good", "fair"), SOME, 1.0, 0.5),  # risks 0 and 1: spread 1
        (("good", "good", "weak"), STRONG, 3.0, 2 / 3),  # risks 0, 0, 3: spread 3 although 2 of 3 agree
        (("fair", "unknown"), STRONG, 2.0, 0.5),  # risks 1 and 3 (unknown = 3)
        (("weak", "unknown"), SOME, 0.0, 0.5),  # different answers of the same risk 3: some disagreement
        (("fair", "weak", "none"), STRONG, 3.0, 1 / 3),  # risks 1, 3, 4: spread 3
        (("weak", "none"), SOME, 1.0, 0.5),  # risks 3 and 4
    ],
)
def test_disagreement_on_a_scored_question(mini_bank, values, level, spread, agreement):
    d = measure(mini_bank, mini_bank.question(Q), voices(Q, *values))
    assert (d.level, d.spread, d.agreement) == (level, spread, pytest.approx(agreement))


def test_disagreement_on_an_unscored_question_uses_the_share_of_the_largest_group(mini_bank):
    q = mini_bank.question("compute.cost.notes")  # free text: no risk points
    three_of_four = measure(mini_bank, q, voices(q.id, "a", "a", "a", "b"))
    assert (three_of_four.level, three_of_four.spread, three_of_four.agreement) == (SOME, None, 0.75)
    half = measure(mini_bank, q, voices(q.id, "a", "a", "b", "c"))
    assert (half.level, half.agreement) == (STRONG, 0.5)
    assert half.counts == (("a", 2), ("b", 1), ("c", 1))


def test_multiple_choice_voices_compare_their_worst_option(mini_bank):
    q = mini_bank.question("data.preprocessing.sources")  # licensed 0, scraped 3, customer 2
    d = measure(mini_bank, q, voices(q.id, ["licensed"], ["licensed", "scraped"]))
    assert (d.level, d.spread) == (STRONG, 3.0)
    d = measure(mini_bank, q, voices(q.id, ["licensed", "customer"], ["licensed", "scraped"]))
    assert (d.level, d.spread) == (SOME, 1.0)


def test_strong_disagreement_lowers_the_confidence_unless_the_facilitator_keeps_it(mini_bank):
    strong = measure(mini_bank, mini_bank.question(Q), voices(Q, "good", "weak"))
    some = measure(mini_bank, mini_bank.question(Q), voices(Q, "good", "fair"))
    current = Answer(Q, None, note="said in the room", confidence="high")
    lowered = agreed_answer(Q, current, AgreedChoice("fair", rationale="  two sites,\n one weak "), strong)
    assert (lowered.value, lowered.confidence, lowered.rationale, lowered.note) == (
        "fair",
        "low",
        "two sites, one weak",
        "said in the room",
    )
    kept = agreed_answer(Q, current, AgreedChoice("fair", keep_confidence=True), strong)
    assert kept.confidence == "high" and kept.keep_confidence
    assert agreed_answer(Q, current, AgreedChoice("fair"), some).confidence == "high"


def test_the_agreed_answer_is_stored_scored_alone_and_the_room_is_flagged(tmp_path, mini_bank):
    from desktop_app.core.scoring import score

    with ReadinessDocument.create(
        tmp_path / "a.readiness",
        client="C",
        project="P",
        bank=mini_bank,
        participants=[Participant("Dana"), Participant("Eli")],
    ) as doc:
        dana, eli = doc.assessment().participants
        doc.set_participant_answer(ParticipantAnswer(dana.id, Q, "good"))
        doc.set_participant_answer(ParticipantAnswer(eli.id, Q, "none"))
        without = score(mini_bank, doc.assessment())
        stored = doc.set_agreed_answer(Q, AgreedChoice("weak", rationale="Eli's site has no process"))
        a = doc.assessment()
        assert a.answers[Q] == stored and stored.confidence == "low" and stored.rationale.startswith("Eli")
        assert disagreements(mini_bank, a)[Q].strong
        with_answer = score(mini_bank, a)
        assert with_answer.completion.answered == without.completion.answered + 1
        assert Q in {f.question for f in with_answer.follow_up}  # low confidence: on the follow-up list


def test_room_disagreements_lists_the_strong_ones_in_bank_order_with_names_and_the_agreed_answer(tmp_path, mini_bank):
    from desktop_app.core.voices import room_disagreements

    with ReadinessDocument.create(
        tmp_path / "a.readiness",
        client="C",
        project="P",
        bank=mini_bank,
        participants=[Participant("Dana", "CIO"), Participant("Eli", "DPO")],
    ) as doc:
        dana, eli = doc.assessment().participants
        sources = "data.preprocessing.sources"
        # bank order: data.collection.main comes before data.preprocessing.sources
        doc.set_participant_answer(ParticipantAnswer(dana.id, sources, ["licensed"]))
        doc.set_participant_answer(ParticipantAnswer(eli.id, sources, ["licensed", "scraped"]))
        doc.set_participant_answer(ParticipantAnswer(dana.id, Q, "good", note="we audit"))
        doc.set_participant_answer(ParticipantAnswer(eli.id, Q, "none"))
        doc.set_agreed_answer(Q, AgreedChoice("weak", rationale="Eli's site has no process", keep_confidence=True))
        # a mild difference is not listed by default
        doc.set_participant_answer(ParticipantAnswer(dana.id, "data.preprocessing.main", "good"))
        doc.set_participant_answer(ParticipantAnswer(eli.id, "data.preprocessing.main", "fair"))
        rows = room_disagreements(mini_bank, doc.assessment())
        assert [r.question for r in rows] == [Q, sources]
        first = rows[0]
        assert first.text == mini_bank.question(Q).text
        assert (first.challenge, first.subchallenge) == ("data", "collection")
        assert first.disagreement.strong and first.disagreement.spread == 4.0
        assert [(v.name, v.role, v.value, v.note) for v in first.voices] == [
            ("Dana", "CIO", "good", "we audit"),
            ("Eli", "DPO", "none", ""),
        ]
        assert (first.agreed, first.rationale, first.keep_confidence) == ("weak", "Eli's site has no process", True)
        assert rows[1].agreed is None and rows[1].confidence == ""
        with_some = room_disagreements(mini_bank, doc.assessment(), minimum=SOME)
        assert [r.question for r in with_some] == [Q, "data.preprocessing.main", sources]
