"""storage/merging.py, the writing half: what a merge writes, how it is undone and redone, and the
import of answers and participants' own answers.

Written for the survivors of a mutation run of the module (docs/testing.md, "the writing half"):
the existing tests merged and undid mostly answers and details and looked at what a user sees; these
read the rows and the history entries each write leaves, for every kind of item (an answer with every
field set, a participant, a participant's own answer, a plan decision, a detail), and the import's
matching of the people an export's answers name.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import MAX_TEXT, Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.currency import make_exchange_rate
from desktop_app.core.exchange import ImportedAnswers
from desktop_app.core.importing import plan_import
from desktop_app.core.merge import MergeRefused
from desktop_app.storage import items
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import (
    MAX_STATE,
    import_answers,
    merge_into,
    merge_undoably,
    read_side,
    restore_versions,
    write_imported_voices,
)

Q1, Q2, Q3 = "data.collection.main", "data.preprocessing.main", "compute.cost.main"
TEXT_Q, MULTI_Q = "compute.cost.notes", "data.preprocessing.sources"


@pytest.fixture()
def base(tmp_path: Path, mini_bank) -> Path:
    path = tmp_path / "base.readiness"
    with ReadinessDocument.create(
        path, client="Northbridge", project="Imaging", bank=mini_bank, facilitator="Fran",
        participants=[Participant("Dana", "CIO", "Ops"), Participant("Eli", "DPO", "Legal")],
    ) as doc:  # fmt: skip
        doc.set_answer(Answer(Q1, "fair", note="base note"))
    return path


def copies(base: Path, *names: str) -> list[Path]:
    out = []
    for name in names:
        target = base.with_name(f"{name}.readiness")
        shutil.copyfile(base, target)
        out.append(target)
    return out


def edit(path: Path, fn) -> None:
    with ReadinessDocument.open(path) as doc:
        fn(doc)


def people(doc: ReadinessDocument) -> list[tuple[str, str, str, str]]:
    return [(p.id, p.name, p.role, p.organisation) for p in doc.assessment().participants]


def voices(doc: ReadinessDocument) -> set[tuple[str, str, object]]:
    return {(v.participant_id, q, v.value) for q, vs in doc.assessment().voices.items() for v in vs}


def new_entries(doc: ReadinessDocument, since: int) -> list:
    """The history entries written after the first ``since``, oldest first."""
    every = doc.history(10_000)
    return list(reversed(every[: len(every) - since]))


# -- what a merge writes (_write_item, merge_into) --------------------------------------------------

OLD = "2026-01-02T03:04:05+00:00"  # a time no write of this test run can stamp


def _doctor(path: Path, *statements: str) -> None:
    raw = sqlite3.connect(path)
    for sql in statements:
        raw.execute(sql)
    raw.commit()
    raw.close()


@pytest.fixture()
def other_copy(base: Path):
    """Mine and theirs; theirs, by Tess, changes or adds one item of every kind, every field set,
    and its rows are stamped with an old time (a copy edited weeks ago)."""
    with ReadinessDocument.open(base) as doc:
        eli = doc.assessment().participants[1]
        doc.set_participant_answer(ParticipantAnswer(eli.id, Q2, "fair"))
        doc.set_plan_decision(PlanDecision("MIT-T-002", status="proposed", owner="Eli"))
    mine, theirs = copies(base, "mine", "theirs")
    with ReadinessDocument.open(theirs) as d:
        d.actor = "Tess"
        dana, eli = d.assessment().participants
        d.set_answer(
            Answer(Q2, "good", note="n", confidence="high", rationale="r", keep_confidence=True,
                   note_by="Dana", parked=True, park_note="p")
        )  # fmt: skip
        d.clear_answer(Q1)
        d.set_participant_answer(ParticipantAnswer(dana.id, Q1, "weak", note="from the floor"))
        d.clear_participant_answer(eli.id, Q2)
        d.set_participants([Participant("Dana", "CIO", "Ops 2", id=dana.id), Participant("Gus", "CTO", "IT")])
        d.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Sam", phase=2, note="soon"))
        d.remove_plan_decision("MIT-T-002")
        d.set_details(workshop_date="2026-12-08")
    _doctor(
        theirs,
        f"UPDATE participants SET changed_at = '{OLD}' WHERE changed_by = 'Tess'",
        f"UPDATE details SET changed_at = '{OLD}' WHERE changed_by = 'Tess'",
        f"UPDATE plan_decisions SET updated_at = '{OLD}' WHERE changed_by = 'Tess'",
        f"UPDATE participant_answers SET answered_at = '{OLD}' WHERE answered_by = 'Tess'",
        f"UPDATE answers SET answered_at = '{OLD}'",
    )
    return mine, theirs


def test_each_item_taken_is_stored_as_the_other_copy_has_it_with_its_revision_author_and_time(other_copy):
    mine, theirs = other_copy
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        their_items = read_side(other._conn, other.bank).items
        result = merge_into(doc, other)
        taken = {t.key for t in result.taken}
        here = read_side(doc._conn, doc.bank).items
        a = doc.assessment()
    kinds = sorted({k.split(":")[0] for k in taken})
    assert kinds == ["answer", "detail", "participant", "plan", "voice"] and len(taken) == 10
    for key in taken:
        assert here[key] == their_items[key], key  # rev, changed_at, changed_by and the whole state
    assert {here[k].changed_at for k in taken} == {OLD}  # not the time of the merge
    assert {here[k].changed_by for k in taken if not k.startswith("answer:")} == {"Tess"}  # not Fran, who merged
    q2 = a.answers[Q2]
    assert (q2.rationale, q2.keep_confidence, q2.note_by, q2.parked, q2.park_note) == ("r", True, "Dana", True, "p")
    assert a.record(Q1) is None and "MIT-T-002" not in a.plan  # the clearing and the removal travelled
    assert [(p.name, p.organisation) for p in a.participants] == [("Dana", "Ops 2"), ("Gus", "IT")]
    assert {(q, v.value, v.note) for q, vs in a.voices.items() for v in vs} == {(Q1, "weak", "from the floor")}


def test_a_merge_writes_the_other_copys_entries_it_lacks_and_one_summary_and_no_entry_of_its_own(other_copy):
    mine, theirs = other_copy
    with ReadinessDocument.open(theirs, readonly=True) as other:
        theirs_ids = [e.entry_id for e in reversed(other.history(10_000))]
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        had = [e.entry_id for e in reversed(doc.history(10_000))]
        result = merge_into(doc, other)
        entries = new_entries(doc, len(had))
        assert doc.verify_history().ok
    lacked = [i for i in theirs_ids if i not in had]
    assert result.history_copied == len(lacked) > 0
    assert [e.entry_id for e in entries[:-1]] == lacked
    summary = entries[-1]
    assert (summary.actor, summary.action, summary.target) == ("Fran", "merge", "")
    assert summary.detail == f"from theirs.readiness: {len(result.taken)} item(s) taken, 0 conflict(s)"


def test_a_tombstone_from_the_other_copy_is_written_without_the_value_its_row_holds(other_copy):
    """The checks skip a cleared answer's value; the write must not store it (a damaged or hostile row)."""
    mine, theirs = other_copy
    _doctor(theirs, f"UPDATE answers SET value = '\"no-such-option\"' WHERE question_id = '{Q1}'")
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        merge_into(doc, other)
        row = doc._conn.execute("SELECT value, deleted FROM answers WHERE question_id = ?", (Q1,)).fetchone()
    assert row == (None, 1)


def test_a_participants_answer_without_a_value_is_refused_not_stored_as_an_empty_answer(other_copy):
    """A damaged or hostile row: a live participant's answer whose value is NULL (that copy reads it
    as no answer at all). The merge wrote it here as the value "" (no option of the question)."""
    mine, theirs = other_copy
    _doctor(theirs, f"UPDATE participant_answers SET value = NULL WHERE question_id = '{Q1}' AND deleted = 0")
    before = mine.read_bytes()
    with (
        pytest.raises(MergeRefused) as refused,
        ReadinessDocument.open(theirs, readonly=True) as other,
        ReadinessDocument.open(mine) as doc,
    ):
        merge_into(doc, other)
    assert str(refused.value) == (
        f"The other copy's answer to {Q1} is not valid (a participant's answer without a value); nothing was merged."
    )
    assert mine.read_bytes() == before


def test_an_answer_record_with_only_a_note_is_taken_from_the_other_copy(base):
    """Only a participant's answer needs a value: an answer record may hold a note and no answer."""
    mine, theirs = copies(base, "mine", "theirs")
    edit(theirs, lambda d: d.set_answer(Answer(Q3, None, note="ask finance")))
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        merge_into(doc, other)
        record = doc.assessment().record(Q3)
    assert record is not None and (record.value, record.note) == (None, "ask finance")


def _append_entry(path: Path, *, rev: str = "r", state: str | None = None) -> None:
    """Append a well-chained entry to a copy's history, as a hostile file may (its hashes fit)."""
    with ReadinessDocument.open(path) as d, d.transaction() as c:
        items.log_raw(c, ("e-" + "0" * 30, OLD, "Tess", "note", "", "hand-made", "", rev, state))


@pytest.mark.parametrize(
    ("field", "bound"),
    [("rev", 2 * MAX_TEXT), ("state", MAX_STATE)],
)
def test_a_history_entry_past_its_bound_is_refused_with_its_sentence_and_nothing_changes(base, field, bound):
    mine, theirs = copies(base, "mine", "theirs")
    edit(theirs, lambda d: d.set_answer(Answer(Q2, "good")))
    _append_entry(theirs, **{field: '"' + "x" * (bound - 1) + '"'})  # one past
    before = mine.read_bytes()
    with (
        pytest.raises(MergeRefused) as refused,
        ReadinessDocument.open(theirs, readonly=True) as other,
        ReadinessDocument.open(mine) as doc,
    ):
        merge_into(doc, other)
    assert str(refused.value) == "theirs.readiness holds a history entry this version cannot read; it was not merged."
    assert mine.read_bytes() == before


@pytest.mark.parametrize(
    ("field", "bound"),
    [("rev", 2 * MAX_TEXT), ("state", MAX_STATE)],
)
def test_a_history_entry_at_its_bound_is_copied(base, field, bound):
    mine, theirs = copies(base, "mine", "theirs")
    _append_entry(theirs, **{field: '"' + "x" * (bound - 2) + '"'})
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        result = merge_into(doc, other)
        copied = doc.history(2)[1]
    assert result.history_copied == 1 and copied.detail == "hand-made"
    assert len(getattr(copied, field)) == bound


def test_a_state_bound_holds_the_longest_state_this_version_writes():
    """A plan decision's ten text fields at their longest, every character escaped as JSON escapes a
    control character (six characters each)."""
    longest = {f: "\x01" * MAX_TEXT for f in items.PLAN_FIELDS if f not in ("custom", "phase", "status")}
    assert len(json.dumps({**longest, "custom": True, "phase": 3, "status": "accepted"})) < MAX_STATE


def test_new_history_entries_alone_are_a_change_and_the_exchange_rate_stays_this_copys(base):
    mine, theirs = copies(base, "mine", "theirs")
    rate = make_exchange_rate("EUR", "USD", 1.05, "2026-11-26", "set by Tess")
    edit(theirs, lambda d: d.set_details(exchange_rate=rate.to_json()))  # an entry, no item
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        dry = merge_into(doc, other, dry_run=True)
        assert (dry.taken, dry.history_copied, dry.changed) == ((), 1, False)
        assert dry.plan.differences == ()
        result = merge_into(doc, other)
        assert (result.taken, result.history_copied, result.changed) == ((), 1, True)
        assert [e.action for e in doc.history(2)] == ["merge", "exchange rate"]
        assert doc.assessment().exchange_rate is None  # each copy keeps its own rate (docs/file-format.md)
        again = merge_into(doc, other)
    assert (again.history_copied, again.changed) == (0, False) and again.plan is not None


@pytest.mark.parametrize(
    ("prefer", "choices", "named"), [("mine", None, "mine"), (None, {"answer:" + Q1: "mine"}, "per item")]
)
def test_a_merge_resolving_a_conflict_says_how_and_records_whose_version_stayed(base, prefer, choices, named):
    mine, theirs = copies(base, "mine", "theirs")
    edit(mine, lambda d: d.set_answer(Answer(Q1, "weak")))
    edit(theirs, lambda d: d.set_answer(Answer(Q1, "good")))
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        merge_into(doc, other, prefer, choices)
        summary, kept = doc.history(2)
    assert summary.detail == f"from theirs.readiness: 0 item(s) taken, 1 conflict(s) resolved ({named})"
    assert (kept.action, kept.target, kept.detail) == (
        "merge kept",
        "answer:" + Q1,
        "this copy's version kept over theirs.readiness's",
    )


# -- undoing and redoing a merge (restore_versions, _remove_item, merge_undoably) ------------------


@pytest.fixture()
def merged_in(base: Path):
    """Theirs adds one item of each kind; mine is open with the merge done and its undo record."""
    mine, theirs = copies(base, "mine", "theirs")

    def on_theirs(d: ReadinessDocument) -> None:
        eli = d.assessment().participants[1]
        d.set_answer(Answer(TEXT_Q, "Café crème, 2 sites"))
        d.set_answer(Answer(MULTI_Q, ["licensed", "scraped"]))
        d.set_participant_answer(ParticipantAnswer(eli.id, Q1, "good", note="seen it"))
        d.set_participants([*d.assessment().participants, Participant("Gus", "CTO", "IT")])
        d.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Sam"))
        d.set_details(currency="EUR")  # a detail this copy has never set

    edit(theirs, on_theirs)
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        result, undo = merge_undoably(doc, other)
        yield doc, result, undo


def test_undoing_a_merge_removes_every_item_it_added_each_with_its_entry(merged_in):
    doc, result, undo = merged_in
    eli = people(doc)[1][0]
    added = sorted(k for k, v in undo.before.items() if v is None)
    assert added == sorted(t.key for t in result.taken)  # each of them new here
    assert f"voice:{eli}:{Q1}" in added and "detail:currency" in added
    revs = {k: v.rev for k, v in read_side(doc._conn, doc.bank).items.items()}
    count = len(doc.history(10_000))
    restore_versions(doc, undo.before, "merge undone")
    a = doc.assessment()
    assert TEXT_Q not in a.answers and MULTI_Q not in a.answers and "MIT-T-001" not in a.plan
    assert voices(doc) == set()  # the participant's own answer the merge brought is gone
    assert [p[1] for p in people(doc)] == ["Dana", "Eli"]
    assert doc._conn.execute("SELECT value FROM meta WHERE key = 'currency'").fetchone()[0] == "" and not set(
        added
    ) & set(read_side(doc._conn, doc.bank).items)
    entries = new_entries(doc, count)
    assert [(e.actor, e.action, e.target, e.detail, e.base_rev, e.rev, e.state) for e in entries] == [
        *[("Fran", "merge undone", k, "removed again", revs[k], "", None) for k in undo.before],
        ("Fran", "merge undone", "", f"{len(undo.before)} item(s)", "", "", None),
    ]  # one per item, then the summary; emptying the detail wrote no entry of its own
    assert doc.verify_history().ok


def test_redoing_a_merge_puts_every_item_back_each_entry_with_its_value_and_state(merged_in):
    doc, _, undo = merged_in
    after = {k: (v.rev, v.state) for k, v in read_side(doc._conn, doc.bank).items.items()}
    restore_versions(doc, undo.before, "merge undone")
    count = len(doc.history(10_000))
    restore_versions(doc, undo.after, "merge redone")
    assert {k: (v.rev, v.state) for k, v in read_side(doc._conn, doc.bank).items.items()} == after
    entries = {e.target: e for e in new_entries(doc, count)}
    details = {k: e.detail for k, e in entries.items()}
    assert details[items.answer_key(TEXT_Q)] == '"Café crème, 2 sites"'  # as typed, not \u escapes
    assert details[items.answer_key(MULTI_Q)] == '["licensed", "scraped"]'
    assert details["detail:currency"] == '"EUR"'
    gus = next(k for k in details if k.startswith("participant:"))
    assert details[gus] == "" and details[items.plan_key("MIT-T-001")] == ""  # no value to show
    for key, version in undo.after.items():
        assert version is not None
        e = entries[key]
        assert (e.actor, e.action, e.base_rev, e.rev) == ("Fran", "merge redone", "", version.rev)  # was removed
        assert json.loads(e.state or "null") == dict(version.state)
    assert (entries[""].actor, entries[""].action, entries[""].detail) == (
        "Fran",
        "merge redone",
        f"{len(undo.after)} item(s)",
    )
    assert doc.verify_history().ok


def test_undoing_puts_a_changed_item_back_naming_the_revision_it_replaces(base):
    mine, theirs = copies(base, "mine", "theirs")
    edit(theirs, lambda d: d.set_answer(Answer(Q1, "good", note="theirs")))
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        was = read_side(doc._conn, doc.bank).items[items.answer_key(Q1)]
        _, undo = merge_undoably(doc, other)
        now = read_side(doc._conn, doc.bank).items[items.answer_key(Q1)]
        restore_versions(doc, undo.before, "merge undone")
        entry = doc.history(1, target=items.answer_key(Q1))[0]
        assert (entry.detail, entry.base_rev, entry.rev) == ('"fair"', now.rev, was.rev)
        assert read_side(doc._conn, doc.bank).items[items.answer_key(Q1)] == was


def test_merge_undoably_passes_the_preference_on(base):
    mine, theirs = copies(base, "mine", "theirs")
    edit(mine, lambda d: d.set_answer(Answer(Q1, "weak")))
    edit(theirs, lambda d: d.set_answer(Answer(Q1, "good")))
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        with pytest.raises(MergeRefused, match="changed on both sides"):
            merge_undoably(doc, other)
        result, undo = merge_undoably(doc, other, prefer="theirs")
        assert doc.assessment().answers[Q1].value == "good"
        assert [t.key for t in result.taken] == [items.answer_key(Q1)]
        assert undo.before[items.answer_key(Q1)].state["value"] == "weak"


# -- participants' own answers from an export (write_imported_voices) -------------------------------


@pytest.fixture()
def room(tmp_path: Path, mini_bank):
    """Two participants whose ids sort the other way round from their places in the list."""
    with ReadinessDocument.create(
        tmp_path / "room.readiness", client="Acme", project="Pilot", bank=mini_bank, facilitator="Fran",
        participants=[Participant("Zed", "CIO", "Org Z", id="p-2"), Participant("Amy", "DPO", "Org A", id="p-1")],
    ) as doc:  # fmt: skip
        yield doc


def test_no_voices_write_nothing_and_say_so(room):
    count = len(room.history(10_000))
    with room.transaction() as c:
        assert write_imported_voices(c, [], [Participant("Gus", id="x")], items.Write("Fran")) == 0
    assert len(room.history(10_000)) == count and people(room)[0] == ("p-2", "Zed", "CIO", "Org Z")


def test_voices_of_known_and_new_people_keep_the_room_as_it_was_and_add_the_new_one(room):
    exported = [Participant("Gus", "CTO", "IT", id="x-9"), Participant("Amy", "someone", "else", id="x-1")]
    answers = [
        ParticipantAnswer("p-2", Q1, "good"),  # by this document's id (not in the export's list)
        ParticipantAnswer("x-9", Q1, "weak"),  # a person this document lacks
        ParticipantAnswer("x-1", Q2, "fair"),  # the export's id of a person this document has by name
    ]
    with room.transaction() as c:
        assert write_imported_voices(c, answers, exported, items.Write("Fran")) == 3
    listed = people(room)
    assert listed[:2] == [("p-2", "Zed", "CIO", "Org Z"), ("p-1", "Amy", "DPO", "Org A")]  # unchanged, in order
    assert listed[2:] == [("x-9", "Gus", "CTO", "IT")]  # added as the export lists him, with its id
    assert voices(room) == {("p-2", Q1, "good"), ("x-9", Q1, "weak"), ("p-1", Q2, "fair")}


def test_a_voice_naming_nobody_of_the_export_is_refused_with_its_question(room):
    refused = pytest.raises(ValueError, match=rf"^the answer to {Q2} names no participant of the export$")
    with refused, room.transaction() as c:
        write_imported_voices(c, [ParticipantAnswer("x-7", Q2, "fair")], [], items.Write("Fran"))
    assert voices(room) == set()


# -- an import of an answers file (import_answers) -------------------------------------------------


def test_an_import_sets_its_participants_and_their_answers_and_counts_answers_and_plan(tmp_path, mini_bank):
    with ReadinessDocument.create(
        tmp_path / "empty.readiness", client="Acme", project="Pilot", bank=mini_bank, facilitator="Fran"
    ) as doc:
        imported = ImportedAnswers(
            answers=[Answer(Q1, "good"), Answer(Q2, "weak"), Answer(Q3, "fair")],
            plan=[PlanDecision("MIT-T-001", status="rejected")],
            participants=[Participant("Dana", "CIO", id="x-dana"), Participant("Eli", "DPO", id="x-eli")],
            voices=[ParticipantAnswer("x-dana", Q1, "good")],
        )
        assert import_answers(doc, plan_import(doc.assessment(), imported)) == 4
        listed = people(doc)
        assert [p[1:3] for p in listed] == [("Dana", "CIO"), ("Eli", "DPO")]  # Eli has no answer of his own
        assert voices(doc) == {(listed[0][0], Q1, "good")}
        assert doc.assessment().plan["MIT-T-001"].status == "rejected"
