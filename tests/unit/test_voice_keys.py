"""A participant's own answer is named across copies by ``voice:<participant>:<question>``
(storage/items.py). Question ids never hold a colon (the bank's id rule); participant ids can (an
answers file's ids are any short text), so the key is split at its LAST colon, by the one function
that owns its format (defect found by the mutation review of storage/merging.py, 2026-12-08)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.core.assessment import Participant, ParticipantAnswer
from desktop_app.storage import items
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import merge_into

Q1 = "data.collection.main"


@pytest.mark.parametrize("pid", ["ann", "ann:x", "a:b:c", ":"])
def test_a_voice_key_splits_back_into_its_participant_and_question(pid):
    assert items.split_voice_key(items.voice_key(pid, Q1)) == (pid, Q1)


def test_a_voice_key_without_a_question_is_refused():
    with pytest.raises(ValueError):
        items.split_voice_key("voice:ann")


@pytest.fixture()
def copies(tmp_path, mini_bank) -> tuple[Path, Path]:
    a = tmp_path / "a.readiness"
    with ReadinessDocument.create(
        a, client="C", project="P", bank=mini_bank, participants=[Participant("Ann", "CIO", id="ann:x")]
    ) as doc:
        assert [p.id for p in doc.assessment().participants] == ["ann:x"]
    b = tmp_path / "b.readiness"
    shutil.copyfile(a, b)
    return a, b


def _voices(path: Path) -> dict[str, tuple[tuple[str, object], ...]]:
    with ReadinessDocument.open(path, readonly=True) as doc:
        return {q: tuple((v.participant_id, v.value) for v in vs) for q, vs in doc.assessment().voices.items()}


def _merge(mine: Path, theirs: Path, **kw: object):
    with ReadinessDocument.open(theirs, readonly=True) as other, ReadinessDocument.open(mine) as doc:
        return merge_into(doc, other, **kw)


def test_a_voice_of_a_participant_whose_id_holds_a_colon_merges(copies):
    a, b = copies
    with ReadinessDocument.open(b) as doc:
        doc.set_participant_answer(ParticipantAnswer("ann:x", Q1, "weak"))
    result = _merge(a, b)
    assert [t.key for t in result.taken] == [items.voice_key("ann:x", Q1)]
    assert _voices(a) == {Q1: (("ann:x", "weak"),)}
    # and its clearing travels back the same way
    with ReadinessDocument.open(b) as doc:
        doc.clear_participant_answer("ann:x", Q1)
    _merge(a, b)
    assert _voices(a) == {}


def test_undoing_and_redoing_the_merge_of_such_a_voice(copies):
    from desktop_app.storage.merging import merge_undoably, restore_versions

    a, b = copies
    with ReadinessDocument.open(b) as doc:
        doc.set_participant_answer(ParticipantAnswer("ann:x", Q1, "good"))
    with ReadinessDocument.open(b, readonly=True) as other, ReadinessDocument.open(a) as doc:
        _, undo = merge_undoably(doc, other)
        restore_versions(doc, undo.before, "merge undone")  # the voice the merge added is removed
    assert _voices(a) == {}
    with ReadinessDocument.open(a) as doc:
        restore_versions(doc, undo.after, "merge redone")
    assert _voices(a) == {Q1: (("ann:x", "good"),)}
    assert _merge(a, b).taken == ()  # settled: nothing more to take


def test_a_voice_key_without_a_question_from_the_other_copy_is_refused(copies):
    import sqlite3

    from desktop_app.core.merge import MergeRefused

    a, b = copies
    with ReadinessDocument.open(b) as doc:
        doc.set_participant_answer(ParticipantAnswer("ann:x", Q1, "good"))
    raw = sqlite3.connect(b)
    raw.execute("UPDATE participant_answers SET question_id = ''")
    raw.commit()
    raw.close()
    before = a.read_bytes()
    with pytest.raises(MergeRefused, match="does not know"):
        _merge(a, b)
    assert a.read_bytes() == before


def test_keeping_mine_over_such_a_voice_changed_only_there_sticks(copies):
    a, b = copies
    key = items.voice_key("ann:x", Q1)
    with ReadinessDocument.open(a) as doc:
        doc.set_participant_answer(ParticipantAnswer("ann:x", Q1, "weak"))
    _merge(b, a)
    with ReadinessDocument.open(b) as doc:
        doc.set_participant_answer(ParticipantAnswer("ann:x", Q1, "good"))
    assert _merge(a, b, choices={key: "mine"}).taken == ()
    assert _voices(a) == {Q1: (("ann:x", "weak"),)}
    assert _merge(a, b).changed is False  # the kept version got a new revision: it is not offered again
    assert _voices(a) == {Q1: (("ann:x", "weak"),)}
