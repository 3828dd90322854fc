"""Merging two copies of one assessment (core/merge.py, storage/merging.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.merge import CONFLICT, MINE, SAME_CHANGE, THEIRS, ItemVersion, MergeRefused, Side, compare_sides
from desktop_app.storage import items
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import compare_documents, merge_into

FIXTURES = Path(__file__).parent.parent / "fixtures"
Q1, Q2, Q3 = "data.collection.main", "data.preprocessing.main", "compute.cost.main"


@pytest.fixture()
def base(tmp_path, mini_bank) -> Path:
    path = tmp_path / "base.readiness"
    with ReadinessDocument.create(
        path,
        client="Northbridge",
        project="Imaging",
        bank=mini_bank,
        facilitator="Fran",
        participants=[Participant("Dana", "CIO"), Participant("Eli", "DPO")],
    ) as doc:
        doc.set_answer(Answer(Q1, "fair", note="base note"))
        doc.set_plan_decision(PlanDecision("MIT-T-001", status="proposed"))
    return path


def copies(base: Path, *names: str) -> list[Path]:
    out = []
    for name in names:
        target = base.with_name(f"{name}.readiness")
        shutil.copyfile(base, target)
        out.append(target)
    return out


def merge(mine: Path, theirs: Path, prefer=None, choices=None, dry_run=False):
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        return merge_into(doc, other, prefer, choices, dry_run)


def read(path: Path):
    with ReadinessDocument.open(path, readonly=True) as doc:
        return doc.assessment()


def content(path: Path):
    """What a user sees: details, participants (with ids), answers, notes, plan and voices."""
    a = read(path)
    return (
        (a.client, a.project, a.workshop_date, a.facilitator),
        tuple((p.id, p.name, p.role) for p in a.participants),
        {q: (x.value, x.note, x.confidence) for q, x in {**a.unanswered, **a.answers}.items()},
        {k: (d.status, d.owner, d.title) for k, d in a.plan.items()},
        {q: tuple((v.participant_id, v.value) for v in vs) for q, vs in a.voices.items()},
    )


def edit(path: Path, fn) -> None:
    with ReadinessDocument.open(path) as doc:
        fn(doc)


# -- the rule, on plain data ---------------------------------------------------------------


def _v(key: str, rev: str, value: str) -> ItemVersion:
    return ItemVersion(key, rev, "t", "x", {"value": value, "deleted": False})


def test_the_rule_on_hand_made_sides():
    """r0 is the common version; each side's history says which revisions it has held."""
    mine = Side(
        "A",
        "b 1",
        {
            "answer:same": _v("answer:same", "r0", "x"),
            "answer:mine": _v("answer:mine", "m1", "new"),
            "answer:theirs": _v("answer:theirs", "r0", "old"),
            "answer:both": _v("answer:both", "m1", "mine"),
            "answer:both_same": _v("answer:both_same", "m1", "same"),
            "answer:only_mine": _v("answer:only_mine", "m1", "new"),
        },
        {"answer:mine": frozenset({"r0"}), "answer:both": frozenset({"r0"}), "answer:both_same": frozenset({"r0"})},
    )
    theirs = Side(
        "A",
        "b 1",
        {
            "answer:same": _v("answer:same", "r0", "x"),
            "answer:mine": _v("answer:mine", "r0", "old"),
            "answer:theirs": _v("answer:theirs", "t1", "new"),
            "answer:both": _v("answer:both", "t1", "theirs"),
            "answer:both_same": _v("answer:both_same", "t1", "same"),
            "answer:only_theirs": _v("answer:only_theirs", "t1", "new"),
        },
        {"answer:theirs": frozenset({"r0"}), "answer:both": frozenset({"r0"}), "answer:both_same": frozenset({"r0"})},
    )
    plan = compare_sides(mine, theirs)
    outcomes = {d.key.split(":")[1]: d.outcome for d in plan.differences}
    assert outcomes == {
        "mine": MINE,
        "theirs": THEIRS,
        "both": CONFLICT,
        "both_same": SAME_CHANGE,
        "only_mine": MINE,
        "only_theirs": THEIRS,
    }
    assert [t.key for t in plan.to_take("mine")] == ["answer:only_theirs", "answer:theirs"]
    assert {t.key for t in plan.to_take("theirs")} == {"answer:only_theirs", "answer:theirs", "answer:both"}
    with pytest.raises(MergeRefused, match="answer:both"):
        plan.to_take()


def test_a_copy_of_another_assessment_is_refused(tmp_path, mini_bank, base):
    other = tmp_path / "other.readiness"
    ReadinessDocument.create(other, client="Northbridge", project="Imaging", bank=mini_bank).close()
    before = base.read_bytes()
    with pytest.raises(MergeRefused, match="different assessments"):
        merge(base, other, prefer="theirs")
    assert base.read_bytes() == before


# -- round trips on real files -------------------------------------------------------------


def test_a_change_on_one_side_only_is_taken_from_that_side(base):
    a, b = copies(base, "a", "b")
    edit(b, lambda d: d.set_answer(Answer(Q2, "good", note="from B")))
    assert merge(b, a).changed is False  # nothing new in A
    result = merge(a, b)
    assert result.changed and [t.key for t in result.taken] == [items.answer_key(Q2)]
    assert read(a).answers[Q2].note == "from B"
    assert content(a) == content(b)


def test_conflicts_without_a_preference_change_nothing(base):
    a, b = copies(base, "a", "b")
    edit(a, lambda d: d.set_answer(Answer(Q1, "weak")))
    edit(b, lambda d: d.set_answer(Answer(Q1, "good")))
    before = a.read_bytes()
    with ReadinessDocument.open(b, readonly=True) as other, ReadinessDocument.open(a) as doc:
        plan = compare_documents(doc, other)
        assert [d.key for d in plan.conflicts] == [items.answer_key(Q1)]
        with pytest.raises(MergeRefused, match="changed on both sides"):
            merge_into(doc, other)
    assert a.read_bytes() == before


@pytest.mark.parametrize(("prefer", "expected"), [("mine", "weak"), ("theirs", "good")])
def test_a_preference_resolves_conflicts_and_the_history_keeps_both_versions(base, prefer, expected):
    a, b = copies(base, "a", "b")
    edit(a, lambda d: d.set_answer(Answer(Q1, "weak")))
    edit(b, lambda d: d.set_answer(Answer(Q1, "good")))
    merge(a, b, prefer=prefer)
    assert read(a).answers[Q1].value == expected
    with ReadinessDocument.open(a, readonly=True) as doc:
        values = [e.detail for e in doc.history(target=items.answer_key(Q1))]
        assert '"weak"' in values and '"good"' in values and '"fair"' in values
        assert doc.verify_history().ok
        newest = doc.history(1, target=items.answer_key(Q1))[0]
        assert f'"{expected}"' in (newest.state or "")  # the newest entry is the current version
    # and merging back the other way brings B the same resolution, without a conflict
    merge(b, a)
    assert read(b).answers[Q1].value == expected


def test_a_cleared_answer_against_an_edited_one_is_a_conflict(base):
    a, b = copies(base, "a", "b")
    edit(a, lambda d: d.clear_answer(Q1))
    edit(b, lambda d: d.set_answer(Answer(Q1, "good", note="edited in B")))
    with ReadinessDocument.open(b, readonly=True) as other, ReadinessDocument.open(a) as doc:
        assert [d.outcome for d in compare_documents(doc, other).differences] == [CONFLICT]
    kept, taken = copies(a, "kept", "taken")
    merge(kept, b, prefer="mine")
    assert read(kept).record(Q1) is None
    merge(taken, b, prefer="theirs")
    assert read(taken).answers[Q1].note == "edited in B"


def test_a_clearing_on_one_side_travels_to_the_other(base):
    a, b = copies(base, "a", "b")
    edit(a, lambda d: d.clear_answer(Q1))
    merge(b, a)
    assert read(b).record(Q1) is None


def test_custom_actions_added_on_both_laptops_are_both_kept(base):
    a, b = copies(base, "a", "b")
    for path, title in ((a, "From A"), (b, "From B")):
        edit(path, lambda d, t=title: d.set_plan_decision(PlanDecision(d.next_custom_key(), custom=True, title=t)))
    merge(a, b)
    titles = sorted(d.title for d in read(a).plan.values() if d.custom)
    assert titles == ["From A", "From B"]


def test_a_three_way_chain_a_merges_b_then_c(base):
    a, b, c = copies(base, "a", "b", "c")
    edit(b, lambda d: d.set_answer(Answer(Q2, "good")))
    edit(c, lambda d: d.set_answer(Answer(Q3, "weak")))
    edit(c, lambda d: d.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Sam")))
    merge(a, b)
    result = merge(a, c)
    assert not result.plan.conflicts
    merged = read(a)
    assert merged.answers[Q2].value == "good" and merged.answers[Q3].value == "weak"
    assert merged.plan["MIT-T-001"].owner == "Sam"
    # C learns B's change from A, and B learns C's: all three end up alike
    merge(c, a)
    merge(b, a)
    assert content(a) == content(b) == content(c)


def test_merging_the_same_copy_twice_changes_nothing_the_second_time(base):
    a, b = copies(base, "a", "b")
    edit(a, lambda d: d.set_answer(Answer(Q1, "weak")))
    edit(b, lambda d: d.set_answer(Answer(Q1, "good")))
    edit(b, lambda d: d.set_answer(Answer(Q2, "good")))
    merge(a, b, prefer="mine")
    before = a.read_bytes()
    again = merge(a, b, prefer="theirs")
    assert again.changed is False and not again.taken
    assert a.read_bytes() == before


def test_merging_is_commutative_on_items_without_a_conflict(base):
    a, b = copies(base, "a", "b")

    def on_a(d):
        d.set_answer(Answer(Q2, "good", note="A"))
        d.set_plan_decision(PlanDecision("MIT-T-001", status="accepted"))
        d.set_details(project="Imaging pilot")

    def on_b(d):
        d.set_answer(Answer(Q3, "weak"))
        d.clear_answer(Q1)
        d.set_participants([*d.assessment().participants, Participant("Gus", "PO")])

    edit(a, on_a)
    edit(b, on_b)
    ab, ba = copies(a, "ab")[0], copies(b, "ba")[0]
    merge(ab, b)
    merge(ba, a)
    assert content(ab) == content(ba)
    assert read(ab).project == "Imaging pilot" and [p.name for p in read(ab).participants][-1] == "Gus"


def test_participants_and_their_own_answers_merge_by_id(base):
    a, b = copies(base, "a", "b")
    dana, eli = read(a).participants

    def on_a(d):
        d.set_participants([Participant("Dana", "CTO", id=dana.id), eli])
        d.set_participant_answer(ParticipantAnswer(dana.id, Q1, "weak"))

    edit(a, on_a)
    edit(b, lambda d: d.set_participant_answer(ParticipantAnswer(eli.id, Q1, "good")))
    merge(b, a)
    merged = read(b)
    assert [(p.name, p.role) for p in merged.participants] == [("Dana", "CTO"), ("Eli", "DPO")]
    assert sorted(v.value for v in merged.voices[Q1]) == ["good", "weak"]


def test_keeping_mine_over_a_change_made_only_there_sticks(base):
    """Per-item choice in the merge view: refuse their change; a second merge does not bring it back."""
    a, b = copies(base, "a", "b")
    edit(b, lambda d: d.set_answer(Answer(Q1, "good")))
    merge(a, b, choices={items.answer_key(Q1): "mine"})
    assert read(a).answers[Q1].value == "fair"
    assert merge(a, b).changed is False
    assert read(a).answers[Q1].value == "fair"
    merge(b, a)  # and B takes A's decision
    assert read(b).answers[Q1].value == "fair"


def test_a_dry_run_changes_nothing(base):
    a, b = copies(base, "a", "b")
    edit(b, lambda d: d.set_answer(Answer(Q2, "good")))
    before = a.read_bytes()
    result = merge(a, b, dry_run=True)
    assert [t.key for t in result.taken] == [items.answer_key(Q2)] and not result.changed
    assert a.read_bytes() == before


def test_an_invalid_value_in_the_other_copy_is_refused_and_changes_nothing(base):
    a, b = copies(base, "a", "b")
    edit(b, lambda d: d.set_answer(Answer(Q2, "good")))
    raw = sqlite3.connect(b)
    raw.execute("UPDATE answers SET value = '\"no-such-option\"' WHERE question_id = ?", (Q2,))
    raw.commit()
    raw.close()
    before = a.read_bytes()
    with pytest.raises(MergeRefused, match=f"answer to {Q2} is not valid"):
        merge(a, b)
    assert a.read_bytes() == before


def test_an_other_copy_with_an_altered_history_is_refused(base):
    a, b = copies(base, "a", "b")
    raw = sqlite3.connect(b)
    raw.execute("UPDATE history SET actor = 'Mallory' WHERE id = 2")
    raw.commit()
    raw.close()
    with pytest.raises(MergeRefused, match="altered history"):
        merge(a, b)


def test_round_trip_on_the_format_2_fixture_with_conflicts(tmp_path):
    a, b = tmp_path / "a.readiness", tmp_path / "b.readiness"
    for p in (a, b):
        shutil.copyfile(FIXTURES / "format-v2.readiness", p)
    edit(a, lambda d: d.set_answer(Answer("data.privacy.main", "weak", note="answered in A")))
    edit(b, lambda d: d.set_answer(Answer("data.privacy.main", None, note="still open in B")))
    edit(b, lambda d: d.set_answer(Answer("compute.cost.main", "fair")))  # cleared in the fixture, answered in B
    merge(a, b, prefer="mine")
    merged = read(a)
    assert merged.answers["data.privacy.main"].note == "answered in A"
    assert merged.answers["compute.cost.main"].value == "fair"


def test_two_migrated_copies_of_a_v1_file_merge_without_conflicts(tmp_path):
    a, b = tmp_path / "a.readiness", tmp_path / "b.readiness"
    for p in (a, b):
        shutil.copyfile(FIXTURES / "format-v1.readiness", p)
    edit(a, lambda d: d.set_answer(Answer("data.collection.main", "good")))
    edit(b, lambda d: d.set_answer(Answer("data.preprocessing.main", "fair")))
    result = merge(a, b)
    assert not result.plan.conflicts
    assert [t.key for t in result.taken] == [items.answer_key("data.preprocessing.main")]
    assert read(a).answers["data.collection.main"].value == "good"


# -- undoing a merge (the GUI's merge view is one undoable step) ------------------------------


def test_a_merge_can_be_undone_and_redone_exactly_and_the_history_keeps_every_version(base):
    from desktop_app.storage.merging import merge_undoably, restore_versions

    mine, theirs = copies(base, "mine", "theirs")
    edit(mine, lambda d: d.set_answer(Answer(Q2, "weak", note="mine only")))
    edit(theirs, lambda d: d.set_answer(Answer(Q1, "none", note="theirs")))  # changed there only
    edit(theirs, lambda d: d.set_answer(Answer(Q3, "good")))  # added there
    edit(theirs, lambda d: d.set_details(project="Imaging v2"))
    edit(mine, lambda d: d.set_plan_decision(PlanDecision("MIT-T-001", status="accepted")))
    edit(theirs, lambda d: d.set_plan_decision(PlanDecision("MIT-T-001", status="rejected")))  # a conflict
    before = content(mine)
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        result, undo = merge_undoably(doc, other, choices={"plan:MIT-T-001": "mine"})
        assert {t.key for t in result.taken} == {"answer:" + Q1, "answer:" + Q3, "detail:project"}
        merged = doc.assessment()
        restore_versions(doc, undo.before, "merge undone")
        assert doc.assessment().answers.keys() == read(base).answers.keys() | {Q2}
        undone_history = doc.history(500)
    assert content(mine) == before
    assert {"merge", "merge undone"} <= {e.action for e in undone_history}
    assert {e.detail for e in undone_history if e.target == "answer:" + Q1} >= {'"fair"', '"none"'}
    with ReadinessDocument.open(mine) as doc:
        restore_versions(doc, undo.after, "merge redone")
        again = doc.assessment()
    assert (again.answers[Q1].value, again.answers[Q3].value, again.project) == ("none", "good", "Imaging v2")
    assert again.plan["MIT-T-001"].status == merged.plan["MIT-T-001"].status == "accepted"
    # redone, the copies are settled: a second merge takes nothing
    assert merge(mine, theirs, prefer="theirs").taken == ()


def test_after_an_undone_merge_a_new_merge_offers_the_same_items_again(base):
    from desktop_app.storage.merging import merge_undoably, restore_versions

    mine, theirs = copies(base, "mine", "theirs")
    edit(theirs, lambda d: d.set_answer(Answer(Q3, "good")))
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        _, undo = merge_undoably(doc, other)
        restore_versions(doc, undo.before, "merge undone")
        assert Q3 not in doc.assessment().answers
        assert [d.key for d in compare_documents(doc, other).from_theirs] == ["answer:" + Q3]


def test_undoing_a_merge_that_set_a_new_detail_empties_it_again(base):
    from desktop_app.storage.merging import merge_undoably, restore_versions

    mine, theirs = copies(base, "mine", "theirs")
    edit(theirs, lambda d: d.set_details(currency="EUR"))
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        had = doc.assessment().currency
        _, undo = merge_undoably(doc, other)
        assert doc.assessment().currency == "EUR"
        restore_versions(doc, undo.before, "merge undone")
        assert doc.assessment().currency == had
        restore_versions(doc, undo.after, "merge redone")
        assert doc.assessment().currency == "EUR"
