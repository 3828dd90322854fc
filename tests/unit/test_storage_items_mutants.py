"""storage/items.py: what the survivors of a mutation run showed no test checked.

The items writer stamps every change with a revision, an author, a time and a history entry whose
``state`` is the item after the change (docs/file-format.md, "The history"). The merge, the history
view's "restore" and ``check`` all read those entries, but the tests only looked at the rows. Here:
every item's newest entry is its current version (revision, time, author, whole state); each entry's
action, summary and previous revision; writes that change nothing write nothing (participants); the
return values of the writers; and a removed custom action that still merges.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.currency import make_exchange_rate
from desktop_app.storage import items
from desktop_app.storage.document import HistoryEntry, ReadinessDocument
from desktop_app.storage.merging import merge_into, read_side

Q1 = "data.collection.main"
Q2 = "data.preprocessing.main"
TEXT_Q = "compute.cost.notes"
WHEN = "2026-10-01T09:00:00+00:00"


@pytest.fixture()
def doc(tmp_path: Path, mini_bank) -> Iterator[ReadinessDocument]:
    d = ReadinessDocument.create(
        tmp_path / "a.readiness",
        client="Northbridge",
        project="Imaging",
        bank=mini_bank,
        facilitator="A. Consultant",
        currency="USD",
        participants=[Participant("Dana", "CIO", "Northbridge"), Participant("Eli", "DPO")],
    )
    yield d
    d.close()


def _entries(doc: ReadinessDocument, target: str) -> list[HistoryEntry]:
    """The item's history entries, newest first."""
    return doc.history(1000, target=target)


def _newest(doc: ReadinessDocument) -> HistoryEntry:
    return doc.history(1)[0]


def _everything_once(doc: ReadinessDocument) -> None:
    """One change of every kind the items writer makes, including tombstones."""
    dana, eli = doc.assessment().participants
    doc.set_answer(
        Answer(
            Q1,
            "weak",
            note="Ask the data team",
            confidence="low",
            rationale="two of three said weak",
            keep_confidence=True,
            note_by="Dana",
            parked=True,
            park_note="after lunch",
        )
    )
    doc.set_answer(Answer(Q2, None, note="only a note"))
    doc.set_answer(Answer(TEXT_Q, "Zürich office"))
    doc.clear_answer(TEXT_Q)
    doc.import_all([Answer("data.privacy.main", "fair", answered_by="Gus", answered_at=WHEN)])
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "weak", note="we lack labels"))
    doc.set_participant_answer(ParticipantAnswer(eli.id, Q1, "good"))
    doc.clear_participant_answer(eli.id, Q1)
    doc.set_participants([Participant("Eli", "DPO", "Legal", id=eli.id), dana, Participant("Gus", "CTO")])
    doc.set_participants([dana, Participant("Gus", "CTO")])  # Eli removed: a tombstone
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Dana", due_date="2027-01-31"))
    key = doc.next_custom_key()
    doc.set_plan_decision(PlanDecision(key, custom=True, title="Label data", challenge="data", phase=1))
    doc.remove_plan_decision(key)
    doc.set_details(client="Northbridge Ltd", workshop_date="2026-12-08", agenda='{"minutes":{"data":15}}')


def test_every_items_newest_history_entry_is_its_current_version(doc):
    _everything_once(doc)
    side = read_side(doc._conn, doc.bank)
    kinds = {key.split(":", 1)[0] for key in side.items}
    assert kinds == {"answer", "voice", "participant", "plan", "detail"}
    for key, item in side.items.items():
        newest = _entries(doc, key)[0]
        assert newest.rev == item.rev, key
        assert newest.at == item.changed_at, key
        assert newest.state is not None and json.loads(newest.state) == dict(item.state), key
        # the history names who made the change; an answer's row keeps its own author (empty when typed here)
        assert newest.actor == (item.changed_by or "A. Consultant"), key
    assert side.items["answer:data.privacy.main"].changed_at == WHEN
    assert _entries(doc, "answer:data.privacy.main")[0].actor == "Gus"
    assert side.items[f"answer:{TEXT_Q}"].state["deleted"] is True
    assert side.items["plan:MIT-T-001"].state["owner"] == "Dana"


def test_each_entry_names_its_action_and_a_summary(doc):
    dana, eli = doc.assessment().participants
    doc.set_answer(Answer(Q1, "weak"))
    assert (_newest(doc).action, _newest(doc).detail) == ("answer", '"weak"')
    doc.set_answer(Answer(Q2, None, note="only a note"))
    assert (_newest(doc).action, _newest(doc).detail) == ("note", "only a note")
    doc.set_answer(Answer(TEXT_Q, "Zürich, Łódź"))  # kept as typed, not as \u escapes
    assert (_newest(doc).action, _newest(doc).detail) == ("answer", '"Zürich, Łódź"')
    assert doc._conn.execute("SELECT value FROM answers WHERE question_id = ?", (TEXT_Q,)).fetchone() == (
        '"Zürich, Łódź"',
    )
    doc.clear_answer(TEXT_Q)
    assert (_newest(doc).action, _newest(doc).detail) == ("clear answer", "")
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "weak", note="n"))
    assert (_newest(doc).action, _newest(doc).detail) == ("participant answer", '"weak"')
    doc.clear_participant_answer(dana.id, Q1)
    cleared = _newest(doc)
    assert (cleared.action, cleared.detail, cleared.target) == (
        "participant answer cleared",
        "",
        f"voice:{dana.id}:{Q1}",
    )
    doc.set_participants([dana])
    removed = _newest(doc)
    assert (removed.action, removed.detail, removed.target) == ("participant removed", "Eli", f"participant:{eli.id}")
    doc.set_participants([dana, Participant("Gus")])
    assert (_newest(doc).action, _newest(doc).detail) == ("participant", "Gus")
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted"))
    assert (_newest(doc).action, _newest(doc).detail) == ("plan", "accepted")
    doc.remove_plan_decision("MIT-T-001")
    assert (_newest(doc).action, _newest(doc).detail) == ("plan removed", "")
    doc.set_details(project="Imaging 2")
    detail = _newest(doc)
    assert (detail.action, detail.target, detail.detail) == ("details", "detail:project", "Imaging 2")


def test_the_state_keeps_text_as_typed(doc):
    doc.set_answer(Answer(Q1, "weak", note="Ωμέγα 東京"))
    state = _newest(doc).state
    assert state is not None and "Ωμέγα 東京" in state and "\\u" not in state


def test_an_items_first_entry_has_no_previous_revision_and_each_later_one_names_the_one_before(doc):
    dana, _ = doc.assessment().participants
    doc.set_answer(Answer(Q1, "weak"))
    doc.set_answer(Answer(Q1, "fair"))
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "weak"))
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "good"))
    doc.set_participants([dana, Participant("Gus")])
    doc.set_participants([dana, Participant("Gus", "CTO")])
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted"))
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="done"))
    doc.set_details(workshop_date="2026-12-08")
    doc.set_details(workshop_date="2026-12-09")
    gus = doc.assessment().participants[1]
    for key in (
        f"answer:{Q1}",
        f"voice:{dana.id}:{Q1}",
        f"participant:{gus.id}",
        "plan:MIT-T-001",
        "detail:workshop_date",
    ):
        entries = _entries(doc, key)
        assert len(entries) >= 2 and entries[-1].base_rev == "", key
        for newer, older in itertools.pairwise(entries):
            assert newer.base_rev == older.rev and newer.rev != older.rev, key


def test_a_stored_answer_is_returned_with_its_author_and_time(doc):
    stored = doc.set_answer(Answer(Q1, "weak"))
    assert stored.answered_by == "" and stored.answered_at == _newest(doc).at
    doc.import_all([Answer(Q2, "good", answered_by="Gus", answered_at=WHEN)])
    row = doc._conn.execute("SELECT answered_by, answered_at FROM answers WHERE question_id = ?", (Q2,)).fetchone()
    assert row == ("Gus", WHEN)


def test_a_participants_answer_is_returned_as_stored(doc):
    dana, _ = doc.assessment().participants
    stored = doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "weak", note="labels"))
    entry = _newest(doc)
    assert stored == ParticipantAnswer(dana.id, Q1, "weak", "labels", "A. Consultant", entry.at)
    given = doc.set_participant_answer(ParticipantAnswer(dana.id, Q2, "good", answered_by="Dana", answered_at=WHEN))
    assert given == ParticipantAnswer(dana.id, Q2, "good", "", "Dana", WHEN)
    assert (_newest(doc).actor, _newest(doc).at) == ("Dana", WHEN)


def test_clearing_and_removing_say_whether_there_was_anything(doc):
    w = items.Write("A. Consultant")
    with doc.transaction() as c:
        assert items.clear_answer(c, Q1, w) is False
        assert items.remove_decision(c, "MIT-T-001", w) is False
    assert doc.history(5)[0].action not in ("clear answer", "plan removed")
    doc.set_answer(Answer(Q1, "weak"))
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted"))
    with doc.transaction() as c:
        assert items.clear_answer(c, Q1, w) is True
        assert items.remove_decision(c, "MIT-T-001", w) is True
        assert items.clear_answer(c, Q1, w) is False  # already a tombstone
        assert items.remove_decision(c, "MIT-T-001", w) is False


# --- participants -----------------------------------------------------------------------------


def _item_rows(c: sqlite3.Connection) -> list[tuple[object, ...]]:
    return c.execute(
        "SELECT id, position, name, role, organisation, deleted, rev FROM participants ORDER BY id"
    ).fetchall()


def test_setting_the_same_participants_again_writes_nothing(doc):
    dana, eli = doc.assessment().participants
    doc.set_participants([dana, Participant("Eli", "DPO", "Legal", id=eli.id), Participant("Gus", "CTO", "IT")])
    doc.set_participants([dana, Participant("Gus", "CTO", "IT")])  # Eli removed
    before, entries = _item_rows(doc._conn), len(doc.history(1000))
    listed = doc.assessment().participants
    doc.set_participants(listed)  # the stored list, with ids
    doc.set_participants([Participant(p.name, p.role, p.organisation) for p in listed])  # as typed, no ids
    assert _item_rows(doc._conn) == before
    assert len(doc.history(1000)) == entries


def test_a_removed_participant_is_a_tombstone_of_the_person_as_they_were(doc):
    dana, eli = doc.assessment().participants
    doc.set_participants([Participant("Eli", "DPO", "Legal", id=eli.id), dana])
    doc.set_participants([dana])
    row = doc._conn.execute(
        "SELECT position, name, role, organisation, deleted FROM participants WHERE id = ?", (eli.id,)
    )
    assert row.fetchone() == (0, "Eli", "DPO", "Legal", 1)
    doc.set_participants([dana, Participant("Eli", "DPO", "Legal", id=eli.id)])  # back, under the same id
    assert [(p.name, p.id) for p in doc.assessment().participants] == [("Dana", dana.id), ("Eli", eli.id)]


def test_a_typed_name_takes_the_id_of_the_first_stored_person_of_that_name(doc):
    # ids that sort the other way round from the positions
    people = [Participant("Alex", "first", id="zz-first"), Participant("Alex", "second", id="aa-second")]
    doc.set_participants(people)
    result = doc.set_participants([Participant("Alex", "one only")])
    assert [p.id for p in result] == ["zz-first"]
    gone = doc._conn.execute("SELECT id FROM participants WHERE deleted = 1 ORDER BY id").fetchall()
    assert ("aa-second",) in gone and ("zz-first",) not in gone


def test_two_typed_people_of_one_name_stay_two_people(doc):
    dana, _ = doc.assessment().participants
    result = doc.set_participants([Participant("Dana", "CIO"), Participant("Dana", "intern")])
    assert result[0].id == dana.id and result[1].id not in ("", dana.id)
    assert [(p.name, p.role) for p in doc.assessment().participants] == [("Dana", "CIO"), ("Dana", "intern")]


# --- plan decisions ----------------------------------------------------------------------------


def test_a_decision_edited_by_someone_else_is_stamped_with_them_not_its_old_author(doc):
    doc.actor = "Ana"
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted"))
    first = doc.assessment().plan["MIT-T-001"]
    assert first.changed_by == "Ana"
    doc.actor = "Ben"
    old = PlanDecision("MIT-T-001", status="done", updated_at=WHEN, changed_by="Ana")  # as read back, then edited
    doc.set_plan_decision(old)
    stored = doc.assessment().plan["MIT-T-001"]
    assert stored.changed_by == "Ben" and stored.updated_at not in (WHEN, "")
    assert (_newest(doc).actor, _newest(doc).at) == ("Ben", stored.updated_at)


def test_a_custom_action_removed_in_one_copy_is_removed_by_the_merge(doc, tmp_path):
    key = doc.next_custom_key()
    doc.set_plan_decision(PlanDecision(key, custom=True, title="Label data", challenge="data", phase=1))
    other = ReadinessDocument.open(doc.save_copy(tmp_path / "b.readiness"))
    try:
        other.remove_plan_decision(key)
        assert other._conn.execute("SELECT custom, deleted FROM plan_decisions WHERE key = ?", (key,)).fetchone() == (
            1,
            1,
        )
        merge_into(doc, other)
    finally:
        other.close()
    assert key not in doc.assessment().plan


def test_a_custom_key_is_twelve_upper_case_hex_digits():
    keys = {items.new_custom_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(re.fullmatch(r"CUSTOM-[0-9A-F]{12}", k) for k in keys), keys


# --- details and the exchange rate -------------------------------------------------------------


def test_an_unknown_detail_is_refused_by_name(doc):
    with doc.transaction() as c, pytest.raises(ValueError, match=r"^unknown detail 'colour'$"):
        items.write_details(c, {"colour": "blue"}, items.Write("A. Consultant"))


def test_a_stamped_write_records_its_own_time_in_the_history(doc):
    w = items.Write("Ana", at=WHEN)
    rate_json = make_exchange_rate("EUR", "USD", 1.08, "2026-12-04", "Ana").to_json()
    with doc.transaction() as c:
        items.write_details(c, {"project": "Imaging 2"}, w)
        items.write_exchange_rate(c, rate_json, w)
        items.write_exchange_rate(c, "", w)
        items.write_participant(c, Participant("Gus", "CTO", id="gus-id"), 2, w)
        items.write_decision(c, PlanDecision("MIT-T-001", status="accepted"), w)
    decision, person, removed, rate, detail = doc.history(5)
    assert (person.target, person.at, decision.target, decision.at) == (
        "participant:gus-id",
        WHEN,
        "plan:MIT-T-001",
        WHEN,
    )
    assert doc.assessment().plan["MIT-T-001"].updated_at == WHEN
    assert (detail.at, detail.actor, json.loads(detail.state or "null")) == (WHEN, "Ana", {"value": "Imaging 2"})
    assert (rate.action, rate.target, rate.at, rate.detail) == (
        "exchange rate",
        "",
        WHEN,
        "1 EUR = 1.08 USD (2026-12-04; Ana)",
    )
    assert json.loads(rate.state or "null") == {"value": rate_json}
    assert (removed.action, removed.target, removed.at, removed.detail) == ("exchange rate removed", "", WHEN, "")
    assert json.loads(removed.state or "null") == {"value": ""}


def test_a_participants_organisation_and_removal_travel_to_the_other_copy(doc, tmp_path):
    dana, eli = doc.assessment().participants
    other = ReadinessDocument.open(doc.save_copy(tmp_path / "b.readiness"))
    try:
        other.set_participants([Participant("Dana", "CIO", "Northbridge Health", id=dana.id)])  # Eli removed there
        merge_into(doc, other)
    finally:
        other.close()
    people = doc.assessment().participants
    assert [(p.id, p.name, p.organisation) for p in people] == [(dana.id, "Dana", "Northbridge Health")]
    assert doc._conn.execute("SELECT deleted FROM participants WHERE id = ?", (eli.id,)).fetchone() == (1,)
