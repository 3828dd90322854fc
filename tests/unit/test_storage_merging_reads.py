"""storage/merging.py, the reading half: what ``read_side`` reads of each item, the history entry a
merge writes when this copy's version stays (``_kept_entry``), ``compare_documents``' refusals and
the items ``with_versions`` reports.

Written for the survivors of the module's mutation run (docs/testing.md, "storage/merging.py"):
the merge tests compared what a user sees, so a state read with a key misspelt, a tombstone read as
live, or a kept version left without a new revision went unnoticed as long as both copies were
read the same way. Here each state is compared, whole, with what the file format says it holds.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.merge import MergeRefused
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import compare_documents, merge_into, read_side, with_versions

Q1, Q2, Q3 = "data.collection.main", "data.preprocessing.main", "compute.cost.main"
AGENDA = json.dumps({"minutes": {"data": 20}, "elapsed": {"data": 90}}, separators=(",", ":"))


@pytest.fixture()
def full(tmp_path: Path, mini_bank) -> Path:
    """A document holding every kind of item, live and removed, with every field set."""
    path = tmp_path / "full.readiness"
    with ReadinessDocument.create(
        path, client="Northbridge", project="Imaging", bank=mini_bank, facilitator="Fran",
        workshop_date="2026-12-08",
        participants=[Participant("Dana", "CIO", "Radiology"), Participant("Eli", "DPO")],
    ) as doc:  # fmt: skip
        doc.set_answer(
            Answer(Q1, "fair", note="n1", confidence="high", rationale="r1", keep_confidence=True,
                   note_by="Dana", parked=True, park_note="p1")
        )  # fmt: skip
        doc.set_answer(Answer(Q3, "good"))
        doc.clear_answer(Q3)
        dana = doc.assessment().participants[0]
        doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "good", "v1"))
        doc.set_participant_answer(ParticipantAnswer(dana.id, Q2, "weak"))
        doc.clear_participant_answer(dana.id, Q2)
        doc.set_participants([dana])  # Eli removed: a tombstone
        doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Olu", due_date="2027-01-31",
                                           note="pn", phase=2))  # fmt: skip
        doc.set_plan_decision(PlanDecision("MIT-T-002", status="done"))
        doc.remove_plan_decision("MIT-T-002")
        doc.set_plan_decision(
            PlanDecision("CUSTOM-0123456789AB", custom=True, title="T", action="A", challenge="data",
                         subchallenge="collection", phase=0, effort="low", cost="high", owner_role="CTO")
        )  # fmt: skip
        doc.set_details(currency="EUR", agenda=AGENDA)
    return path


def _side(path: Path):
    with ReadinessDocument.open(path, readonly=True) as doc:
        return read_side(doc._conn, doc.bank), [p.id for p in doc.assessment().participants]


def _plan(status: str, **fields: object) -> dict[str, object]:
    state: dict[str, object] = {
        "status": status, "owner": "", "due_date": "", "note": "", "custom": False, "title": "", "action": "",
        "challenge": "", "subchallenge": "", "phase": None, "effort": "", "cost": "", "owner_role": "",
        "deleted": False,
    }  # fmt: skip
    state.update(fields)
    return state


def test_read_side_reads_every_field_of_every_kind_of_item(full):
    side, (dana,) = _side(full)
    with sqlite3.connect(full) as raw:
        eli = raw.execute("SELECT id FROM participants WHERE name = 'Eli'").fetchone()[0]
        uid = raw.execute("SELECT uuid FROM assessment").fetchone()[0]
    assert (side.assessment_id, side.bank) == (uid, "mini-test 0.1.0")
    answer = {"note": "", "confidence": "medium", "rationale": "", "keep_confidence": False, "note_by": "",
              "parked": False, "park_note": ""}  # fmt: skip
    expected = {
        f"answer:{Q1}": {
            "value": "fair",
            "note": "n1",
            "confidence": "high",
            "rationale": "r1",
            "keep_confidence": True,
            "note_by": "Dana",
            "parked": True,
            "park_note": "p1",
            "deleted": False,
        },
        f"answer:{Q3}": {**answer, "value": None, "deleted": True},
        f"voice:{dana}:{Q1}": {"value": "good", "note": "v1", "deleted": False},
        f"voice:{dana}:{Q2}": {"value": None, "note": "", "deleted": True},
        f"participant:{dana}": {
            "name": "Dana",
            "role": "CIO",
            "organisation": "Radiology",
            "position": 0,
            "deleted": False,
        },
        f"participant:{eli}": {"name": "Eli", "role": "DPO", "organisation": "", "position": 1, "deleted": True},
        "plan:MIT-T-001": _plan("accepted", owner="Olu", due_date="2027-01-31", note="pn", phase=2),
        "plan:MIT-T-002": _plan("proposed", deleted=True),
        "plan:CUSTOM-0123456789AB": _plan(
            "proposed",
            custom=True,
            title="T",
            action="A",
            challenge="data",
            subchallenge="collection",
            phase=0,
            effort="low",
            cost="high",
            owner_role="CTO",
        ),
        "detail:client": {"value": "Northbridge"},
        "detail:project": {"value": "Imaging"},
        "detail:workshop_date": {"value": "2026-12-08"},
        "detail:facilitator": {"value": "Fran"},
        "detail:currency": {"value": "EUR"},
        "detail:agenda": {"value": AGENDA},
    }
    assert {k: dict(v.state) for k, v in side.items.items()} == expected
    for item in side.items.values():  # the flags are booleans, as the history's states are
        for name in ("deleted", "custom", "keep_confidence", "parked"):
            assert type(item.state.get(name, False)) is bool, (item.key, name)
    # every item's revisions: those its history entries name, and no entry without a target
    assert set(side.seen) == set(expected)
    assert all(side.items[k].rev in revs and "" not in revs for k, revs in side.seen.items())


def test_a_detail_kept_in_meta_without_its_row_reads_as_empty_and_an_unknown_field_as_empty(full, mini_bank):
    copy = full.with_name("damaged.readiness")
    shutil.copyfile(full, copy)
    raw = sqlite3.connect(copy)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute("DELETE FROM meta WHERE key = 'currency'")
    raw.execute("INSERT INTO details (field, rev, changed_at, changed_by) VALUES ('colour', 'r', 't', '')")
    raw.commit()
    side = read_side(raw, mini_bank)
    raw.close()
    assert side.items["detail:currency"].state == {"value": ""}
    assert side.items["detail:colour"].state == {"value": ""}  # the merge refuses it by name
    assert side.items["detail:agenda"].state == {"value": AGENDA}


def test_the_bank_named_is_the_files_snapshot_else_the_bank_given(full, builtin_bank):
    raw = sqlite3.connect(full)
    try:
        assert read_side(raw, builtin_bank).bank == "mini-test 0.1.0"  # the snapshot, not the bank given
        raw.execute("DELETE FROM bank_snapshot")
        assert read_side(raw, builtin_bank).bank == f"{builtin_bank.id} {builtin_bank.version}"
    finally:
        raw.close()


def _copies(path: Path, *names: str) -> list[Path]:
    out = []
    for name in names:
        out.append(path.with_name(f"{name}.readiness"))
        shutil.copyfile(path, out[-1])
    return out


def test_an_item_the_other_copy_holds_in_an_unreadable_form_is_refused_with_a_sentence(full):
    mine, theirs = _copies(full, "mine", "theirs")
    with sqlite3.connect(theirs) as raw:
        raw.execute("UPDATE answers SET value = '{not json' WHERE question_id = ?", (Q1,))
    raw.close()
    try:
        json.loads("{not json")
    except ValueError as exc:
        reason = str(exc)
    with (
        ReadinessDocument.open(theirs, readonly=True) as other,
        ReadinessDocument.open(mine) as doc,
        pytest.raises(MergeRefused) as refused,
    ):
        compare_documents(doc, other)
    assert str(refused.value) == f"theirs.readiness holds an item this version cannot read ({reason})."


# -- the entry a merge writes when this copy's version stays --------------------------------------


def _edit_each_kind(doc: ReadinessDocument, tag: str) -> None:
    """Change one item of each kind (answer, voice, participant, plan decision, detail)."""
    dana = doc.assessment().participants[0]
    doc.set_answer(Answer(Q1, "weak", note=tag))
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "fair", tag))
    doc.set_participants([Participant("Dana", tag, "Radiology", id=dana.id)])
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="rejected", note=tag))
    doc.set_details(facilitator=f"Fran {tag}")


def _keys(dana: str) -> list[str]:
    return [f"answer:{Q1}", f"voice:{dana}:{Q1}", f"participant:{dana}", "plan:MIT-T-001", "detail:facilitator"]


def _newest_entry(path: Path, key: str) -> tuple[object, ...]:
    with sqlite3.connect(path) as raw:
        row = raw.execute(
            "SELECT actor, action, detail, base_rev, rev, state FROM history WHERE target = ? ORDER BY id DESC",
            (key,),
        ).fetchone()
    raw.close()
    return tuple(row)


def test_keeping_this_copys_version_over_a_change_made_only_there_gives_it_a_new_revision(full):
    mine, theirs = _copies(full, "mine", "theirs")
    with ReadinessDocument.open(theirs) as other:
        _edit_each_kind(other, "theirs")
    before, (dana,) = _side(mine)
    their_side, _ = _side(theirs)
    keys = _keys(dana)
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        result = merge_into(doc, other, choices=dict.fromkeys(keys, "mine"))
    assert result.taken == ()
    after, _ = _side(mine)
    for key in keys:
        new = after.items[key]
        assert dict(new.state) == dict(before.items[key].state), key  # this copy's version stays
        assert new.rev not in (before.items[key].rev, their_side.items[key].rev), key  # under a new revision
        actor, action, detail, base_rev, rev, state = _newest_entry(mine, key)
        assert (actor, action, detail) == ("Fran", "merge kept", "this copy's version kept over theirs.readiness's")
        assert (base_rev, rev) == (their_side.items[key].rev, new.rev), key
        assert json.loads(str(state)) == dict(before.items[key].state), key
        if not key.startswith("detail:"):  # a flag, as in every other entry (was 0 for a participant)
            assert json.loads(str(state))["deleted"] is False, key
    # the new revision is one the other copy never held: a later merge keeps this copy's version again
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        plan = compare_documents(doc, other)
    assert {d.key: d.outcome for d in plan.differences if d.key in keys} == dict.fromkeys(keys, "mine")


@pytest.mark.parametrize("same", [False, True], ids=["conflict", "same change"])
def test_keeping_this_copys_version_of_an_item_changed_on_both_sides_keeps_its_revision(full, same):
    mine, theirs = _copies(full, "mine", "theirs")
    with ReadinessDocument.open(theirs) as other:
        _edit_each_kind(other, "both" if same else "theirs")
    with ReadinessDocument.open(mine) as doc:
        _edit_each_kind(doc, "both" if same else "mine")
    before, (dana,) = _side(mine)
    their_side, _ = _side(theirs)
    keys = _keys(dana)
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        merge_into(doc, other, prefer="mine")
    after, _ = _side(mine)
    for key in keys:
        assert after.items[key].rev == before.items[key].rev, key
        _, action, _, base_rev, rev, state = _newest_entry(mine, key)
        assert (action, base_rev, rev) == ("merge kept", their_side.items[key].rev, before.items[key].rev), key
        assert json.loads(str(state)) == dict(before.items[key].state), key


def test_an_item_the_other_copy_had_and_removed_by_undoing_a_merge_stays_here_with_a_new_revision(full):
    """The other copy took an item of this one in a merge and then undid that merge: its row is
    gone, its history still holds this copy's revision, so the item reads as changed there (taken
    away) with nothing to take. This copy's version stays, under a new revision, and the entry has
    no base revision (the other copy has no version of it)."""
    from desktop_app.storage.merging import merge_undoably, restore_versions

    mine, theirs = _copies(full, "mine", "theirs")
    key = f"answer:{Q2}"
    with ReadinessDocument.open(mine) as doc:
        doc.set_answer(Answer(Q2, "good"))
    with ReadinessDocument.open(mine, readonly=True) as other, ReadinessDocument.open(theirs) as doc:
        _, undo = merge_undoably(doc, other)
        restore_versions(doc, undo.before, "merge undone")
    before, _ = _side(mine)
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        (difference,) = compare_documents(doc, other).differences
        assert (difference.key, difference.outcome, difference.theirs) == (key, "theirs", None)
        result = merge_into(doc, other)
    assert result.taken == () and result.changed
    after, _ = _side(mine)
    assert dict(after.items[key].state) == dict(before.items[key].state)
    assert after.items[key].rev != before.items[key].rev
    _, action, _, base_rev, rev, _ = _newest_entry(mine, key)
    assert (action, base_rev, rev) == ("merge kept", "", after.items[key].rev)


# -- the items a change touched ----------------------------------------------------------------


def test_with_versions_reports_only_the_items_the_write_changed_in_key_order(full):
    with ReadinessDocument.open(full) as doc:
        untouched = read_side(doc._conn, doc.bank).items
        result, undo = with_versions(doc, lambda: len(doc.set_answers([Answer(Q3, "weak"), Answer(Q2, "good")])))
    assert result == 2
    assert list(undo.before) == sorted([f"answer:{Q2}", f"answer:{Q3}"])
    assert list(undo.after) == list(undo.before)
    assert undo.before[f"answer:{Q2}"] is None  # added by the write
    assert undo.before[f"answer:{Q3}"] == untouched[f"answer:{Q3}"]  # the tombstone it replaced
    assert undo.after[f"answer:{Q3}"] is not None and undo.after[f"answer:{Q3}"].state["value"] == "weak"
