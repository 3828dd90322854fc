"""storage/backups.py in process: the names of the copies, their order, their age in words, pruning.

The end-to-end behaviour (a copy on open, daily copies, restore from the command line) is in
tests/robustness/test_backups.py. Here: what a mutation run of the module showed no test checked,
and the copies taken at the same instant, which were once written under a name the list skipped.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.storage import backups

WHEN = datetime(2026, 12, 8, 1, 2, 3, 456789)


@pytest.fixture()
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("READINESS_DATA_DIR", str(folder))
    return folder


@pytest.fixture()
def doc(tmp_path: Path, data: Path) -> Path:
    path = tmp_path / "work" / "a.readiness"
    path.parent.mkdir()
    path.write_bytes(b"the document")
    return path


def _take(doc: Path, when: datetime, content: str = "") -> Path:
    """What ``take_backup`` does to the folder, without SQLite: a file at the next free name."""
    path = backups.new_backup_path(doc, when)
    path.write_text(content or path.name, encoding="utf-8")
    return path


# --- copies taken at the same instant --------------------------------------------------------------


def test_copies_taken_at_the_same_instant_are_all_listed_the_latest_first(doc):
    first, second, third = (_take(doc, WHEN) for _ in range(3))
    assert len({first, second, third}) == 3
    listed = backups.list_backups(doc)
    assert [b.path for b in listed] == [third, second, first]
    assert [b.number for b in listed] == [1, 2, 3]
    assert all(b.taken == WHEN for b in listed)


def test_the_tenth_copy_of_an_instant_is_newer_than_the_ninth(doc):
    taken = [_take(doc, WHEN) for _ in range(12)]
    assert [b.path for b in backups.list_backups(doc)] == taken[::-1]


def test_copies_of_one_instant_are_pruned_like_any_other(doc):
    older = _take(doc, WHEN - timedelta(seconds=1))
    same = [_take(doc, WHEN) for _ in range(3)]
    backups.prune(doc, keep=2)
    assert sorted(p.name for p in backups.backup_folder(doc).glob("*.readiness")) == sorted(p.name for p in same[1:])
    assert not older.exists() and not same[0].exists()


def test_a_copy_of_the_same_instant_makes_the_newest_young(doc):
    _take(doc, WHEN - timedelta(days=2))
    _take(doc, WHEN)
    _take(doc, WHEN)
    assert not backups.due(doc, now=WHEN + timedelta(minutes=1))


class _Frozen(datetime):
    """A clock that reads :data:`WHEN` every time (two copies within one tick of a coarse clock)."""

    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
        return WHEN


def test_two_copies_of_a_document_within_one_clock_tick_are_both_offered_for_restore(
    tmp_path, data, mini_bank, monkeypatch
):
    from desktop_app.core.assessment import Answer
    from desktop_app.storage.document import ReadinessDocument, restore_backup

    path = tmp_path / "b.readiness"
    monkeypatch.setattr(backups, "datetime", _Frozen)
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer("data.collection.main", "fair", note="first"))
        assert doc.take_backup(gap=timedelta(0)) is not None
        doc.set_answer(Answer("data.collection.main", "weak", note="second"))
        assert doc.take_backup(gap=timedelta(0)) is not None
    listed = backups.list_backups(path)
    assert len(listed) == 3  # the copy on creation and the two taken above, at one instant
    restore_backup(path, listed[0])
    with ReadinessDocument.open(path, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "second"
    restore_backup(path, listed[1])
    with ReadinessDocument.open(path, readonly=True) as doc:
        assert doc.assessment().answers["data.collection.main"].note == "first"
