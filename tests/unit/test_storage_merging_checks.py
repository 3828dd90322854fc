"""storage/merging.py: the checks of what another copy brings, each with its sentence and its bound.

A first mutation run of the module (docs/testing.md) showed that no test read these sentences or
tried a bound at its limit. Each case below edits one field of an item only the other copy has, as a
hostile or damaged file would (SQLite's CHECK constraints switched off where the schema forbids the
value), and merges it: refused with the sentence, nothing written; or, at the limit, taken.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import MAX_TEXT, Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.merge import MergeRefused
from desktop_app.core.timebox import MAX_TEXT as AGENDA_TEXT
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import compare_documents, merge_into

Q2 = "data.preprocessing.main"


@pytest.fixture()
def pair(tmp_path: Path, mini_bank) -> tuple[Path, Path]:
    mine = tmp_path / "a.readiness"
    with ReadinessDocument.create(
        mine, client="Northbridge", project="Imaging", bank=mini_bank, facilitator="Fran",
        participants=[Participant("Dana", "CIO")],
    ) as doc:  # fmt: skip
        doc.set_answer(Answer("data.collection.main", "fair"))
    theirs = tmp_path / "b.readiness"
    with ReadinessDocument.open(mine) as doc:
        doc.save_copy(theirs)
    with ReadinessDocument.open(theirs) as other:  # items only the other copy has
        other.set_answer(Answer(Q2, "good", note="n", rationale="r", note_by="Dana", park_note="p"))
        other.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", phase=1))
        other.set_participants([*other.assessment().participants, Participant("Gus", "CTO", "IT")])
    return mine, theirs


def _doctor(path: Path, sql: str, *params: object) -> None:
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute(sql, params)
    raw.commit()
    raw.close()


def _merge(mine: Path, theirs: Path) -> None:
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        merge_into(doc, other)


LONG = "x" * (MAX_TEXT + 1)


@pytest.mark.parametrize(
    ("sql", "value", "sentence"),
    [
        ("UPDATE answers SET note = ? WHERE question_id = 'Q'", LONG, "answer:Q holds an invalid note"),
        ("UPDATE answers SET rationale = ? WHERE question_id = 'Q'", LONG, "answer:Q holds an invalid rationale"),
        ("UPDATE answers SET park_note = ? WHERE question_id = 'Q'", LONG, "answer:Q holds an invalid park_note"),
        ("UPDATE answers SET note_by = ? WHERE question_id = 'Q'", "x" * 1001, "answer:Q holds an invalid note_by"),
        ("UPDATE answers SET confidence = ? WHERE question_id = 'Q'", "sure", "answer to Q has an invalid confidence"),
        ("UPDATE plan_decisions SET status = ? WHERE key = 'MIT-T-001'", "maybe", "MIT-T-001 has an invalid status"),
        ("UPDATE plan_decisions SET phase = ? WHERE key = 'MIT-T-001'", 4, "MIT-T-001 has an invalid phase"),
        ("UPDATE plan_decisions SET phase = ? WHERE key = 'MIT-T-001'", -1, "MIT-T-001 has an invalid phase"),
        ("UPDATE plan_decisions SET owner = ? WHERE key = 'MIT-T-001'", LONG, "plan:MIT-T-001 holds an invalid owner"),
        ("UPDATE participants SET name = ? WHERE name = 'Gus'", "x" * 1001, "holds an invalid name"),
        ("UPDATE participants SET role = ? WHERE name = 'Gus'", "x" * 1001, "holds an invalid role"),
        ("UPDATE participants SET organisation = ? WHERE name = 'Gus'", "x" * 1001, "holds an invalid organisation"),
        ("UPDATE participants SET position = ? WHERE name = 'Gus'", "second", "has an invalid position"),
    ],
)
def test_a_field_past_its_bound_is_refused_with_its_sentence_and_nothing_changes(pair, sql, value, sentence):
    mine, theirs = pair
    _doctor(theirs, sql.replace("'Q'", f"'{Q2}'"), value)
    before = mine.read_bytes()
    with pytest.raises(MergeRefused) as refused:
        _merge(mine, theirs)
    assert sentence.replace("Q", Q2) in str(refused.value)
    assert mine.read_bytes() == before


@pytest.mark.parametrize(
    ("sql", "value"),
    [
        ("UPDATE answers SET note = ? WHERE question_id = 'Q'", "x" * MAX_TEXT),
        ("UPDATE answers SET note_by = ? WHERE question_id = 'Q'", "x" * 1000),
        ("UPDATE plan_decisions SET phase = ? WHERE key = 'MIT-T-001'", 0),
        ("UPDATE plan_decisions SET phase = ? WHERE key = 'MIT-T-001'", 3),
        ("UPDATE participants SET organisation = ? WHERE name = 'Gus'", "x" * 1000),
    ],
)
def test_a_field_at_its_bound_is_taken(pair, sql, value):
    mine, theirs = pair
    _doctor(theirs, sql.replace("'Q'", f"'{Q2}'"), value)
    _merge(mine, theirs)
    with ReadinessDocument.open(mine, readonly=True) as doc:
        a = doc.assessment()
    assert a.answers[Q2].value == "good" and a.plan["MIT-T-001"].status == "accepted"
    assert [p.name for p in a.participants] == ["Dana", "Gus"]


def test_an_empty_workshop_date_from_the_other_copy_is_taken_but_an_empty_client_is_refused(pair):
    mine, theirs = pair
    with ReadinessDocument.open(theirs) as other:
        other.set_details(workshop_date="2026-12-08")
        other.set_details(workshop_date="")
    _merge(mine, theirs)  # an empty field other than client and project is a value like any other
    with ReadinessDocument.open(theirs) as other:
        other.set_details(project="Imaging 2")
    _doctor(theirs, "UPDATE assessment SET project = ? WHERE id = 1", " ")
    with pytest.raises(MergeRefused, match=r"The other copy has an empty project name; nothing was merged\."):
        _merge(mine, theirs)


# -- the checks' remaining survivors (docs/testing.md, "storage/merging.py"): each sentence word for
# word, the place it names, and the bounds of an item's stamp and of the detail fields


def _gus_id(path: Path) -> str:
    with ReadinessDocument.open(path, readonly=True) as doc:
        return next(p.id for p in doc.assessment().participants if p.name == "Gus")


def _refused(mine: Path, theirs: Path) -> str:
    before = mine.read_bytes()
    with pytest.raises(MergeRefused) as refused:
        _merge(mine, theirs)
    assert mine.read_bytes() == before
    return str(refused.value)


@pytest.mark.parametrize(
    ("sql", "value", "sentence"),
    [
        (
            "UPDATE answers SET answered_by = ? WHERE question_id = 'Q'",
            "x" * 201,
            "The other copy's answer:Q has an invalid changed_by; nothing was merged.",
        ),
        (
            "UPDATE answers SET question_id = ? WHERE question_id = 'Q'",
            "data.nowhere.main",
            "The other copy answers 'data.nowhere.main', which is not in this assessment's question bank.",
        ),
        (
            "UPDATE answers SET value = ? WHERE question_id = 'Q'",
            '" good "',  # accepted by the bank's reader, which trims it, but not as the app stores it
            "The other copy's answer to Q is not valid (not in its stored form); nothing was merged.",
        ),
        (
            "UPDATE plan_decisions SET key = ? WHERE key = 'MIT-T-001'",
            "MIT-T-999",
            "The other copy's plan action 'MIT-T-999' is not in this assessment's mitigation library.",
        ),
    ],
)
def test_each_refusal_says_what_and_where_word_for_word(pair, sql, value, sentence):
    mine, theirs = pair
    _doctor(theirs, sql.replace("'Q'", f"'{Q2}'"), value)
    assert _refused(mine, theirs) == sentence.replace("Q", Q2)


def test_an_items_author_of_200_characters_is_taken(pair):
    mine, theirs = pair
    _doctor(theirs, f"UPDATE answers SET answered_by = ? WHERE question_id = '{Q2}'", "x" * 200)
    _merge(mine, theirs)
    with ReadinessDocument.open(mine, readonly=True) as doc:
        assert doc.assessment().answers[Q2].answered_by == "x" * 200


def test_a_participants_refusal_names_the_participant_item(pair):
    mine, theirs = pair
    gus = _gus_id(theirs)
    _doctor(theirs, "UPDATE participants SET name = ? WHERE id = ?", "x" * 1001, gus)
    assert _refused(mine, theirs) == f"The other copy's participant:{gus} holds an invalid name; nothing was merged."


def test_a_participant_answer_is_checked_against_the_question_after_the_participants_id(pair):
    """A voice's key is ``voice:PARTICIPANT:QUESTION``; the question is what follows the LAST colon
    (question ids never hold one), so an id holding a colon (an answers file may bring one) is read
    whole: never another participant's answer, never a question called ``x:...``."""
    mine, theirs = pair
    gus = _gus_id(theirs)
    with ReadinessDocument.open(theirs) as other:
        other.set_participant_answer(ParticipantAnswer(gus, Q2, "good"))
    _doctor(theirs, "UPDATE participants SET id = ? WHERE id = ?", "p:x", gus)
    _doctor(theirs, "UPDATE participant_answers SET participant_id = ? WHERE question_id = ?", "p:x", Q2)
    _merge(mine, theirs)
    with ReadinessDocument.open(mine, readonly=True) as doc:
        a = doc.assessment()
    assert "p:x" in {p.id for p in a.participants}
    assert [(v.participant_id, v.value) for v in a.voices[Q2]] == [("p:x", "good")]


def test_a_cleared_answers_leftover_value_is_not_checked_and_the_clearing_is_taken(pair):
    mine, theirs = pair
    _doctor(theirs, f"UPDATE answers SET deleted = 1, value = ? WHERE question_id = '{Q2}'", '"excellent"')
    _merge(mine, theirs)  # a tombstone's value is never written: only the clearing travels
    with ReadinessDocument.open(mine, readonly=True) as doc:
        a = doc.assessment()
    assert Q2 not in a.answers and Q2 not in a.unanswered
    assert a.plan["MIT-T-001"].status == "accepted"


def _detail_there(theirs: Path, edit: tuple[str, str], sql: str, value: object) -> None:
    """Change one detail field in the other copy (``edit``: field and a valid value), then doctor it."""
    with ReadinessDocument.open(theirs) as other:
        other.set_details(**dict([edit]))
    _doctor(theirs, sql, value)


@pytest.mark.parametrize(
    ("edit", "sql", "value", "sentence"),
    [
        (
            ("facilitator", "Fred"),
            "UPDATE assessment SET facilitator = ? WHERE id = 1",
            "x" * 1001,
            "The other copy's detail:facilitator holds an invalid value; nothing was merged.",
        ),
        (
            ("client", "Southbridge"),
            "UPDATE assessment SET client = ? WHERE id = 1",
            "  ",
            "The other copy has an empty client name; nothing was merged.",
        ),
        (
            ("currency", "EUR"),
            "UPDATE meta SET value = ? WHERE key = 'currency'",
            "EURO",
            "The other copy's currency is not valid "
            "(a currency is a three-letter ISO 4217 code such as EUR, not 'EURO').",
        ),
    ],
)
def test_a_detail_past_its_bound_is_refused_with_its_sentence(pair, edit, sql, value, sentence):
    mine, theirs = pair
    _detail_there(theirs, edit, sql, value)
    assert _refused(mine, theirs) == sentence


def test_a_detail_field_this_version_does_not_know_is_refused(pair):
    mine, theirs = pair
    _doctor(
        theirs,
        "INSERT INTO details (field, rev, changed_at, changed_by) VALUES (?, 'r', '2026-12-08T00:00:00+00:00', '')",
        "colour",
    )
    assert _refused(mine, theirs) == "The other copy holds an item this version does not know (detail:colour)."


def _long_agenda() -> str:
    """A valid agenda of more than 1,000 characters (the bound of the other detail fields)."""
    agenda = json.dumps({"minutes": {f"{'c' * 190}{i}": 10 for i in range(6)}, "elapsed": {}})
    assert 1000 < len(agenda) <= AGENDA_TEXT
    return agenda


@pytest.mark.parametrize(
    ("field", "value"),
    [("facilitator", "x" * 1000), ("currency", "EUR"), ("agenda", _long_agenda())],
)
def test_a_detail_at_its_bound_is_taken(pair, field, value):
    mine, theirs = pair
    with ReadinessDocument.open(theirs) as other:
        other.set_details(**{field: value})
    _merge(mine, theirs)
    with ReadinessDocument.open(mine, readonly=True) as doc, ReadinessDocument.open(theirs, readonly=True) as other:
        assert compare_documents(doc, other).differences == ()  # taken: the copies now agree
        a = doc.assessment()
    got = {"facilitator": a.facilitator, "currency": a.currency, "agenda": a.agenda.to_json()}
    assert json.loads(got[field]) == json.loads(value) if field == "agenda" else got[field] == value
