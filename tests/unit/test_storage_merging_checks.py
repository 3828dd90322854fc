"""storage/merging.py: the checks of what another copy brings, each with its sentence and its bound.

A first mutation run of the module (docs/testing.md) showed that no test read these sentences or
tried a bound at its limit. Each case below edits one field of an item only the other copy has, as a
hostile or damaged file would (SQLite's CHECK constraints switched off where the schema forbids the
value), and merges it: refused with the sentence, nothing written; or, at the limit, taken.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import MAX_TEXT, Answer, Participant, PlanDecision
from desktop_app.core.merge import MergeRefused
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import merge_into

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
