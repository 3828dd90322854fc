"""storage/backups.py in process: the names of the copies, their order, their age in words, pruning.

The end-to-end behaviour (a copy on open, daily copies, restore from the command line) is in
tests/robustness/test_backups.py. Here: what a mutation run of the module showed no test checked,
and the copies taken at the same instant, which were once written under a name the list skipped.
"""

from __future__ import annotations

import stat
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


# --- what the mutation run of the module showed no test checked ------------------------------------


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (-5, "less than a minute"),  # a clock set back: never a negative age
        (0, "less than a minute"),
        (59, "less than a minute"),
        (60, "1 minute"),
        (119, "1 minute"),
        (120, "2 minutes"),
        (3599, "59 minutes"),
        (3600, "1 hour"),
        (7199, "1 hour"),
        (7200, "2 hours"),
        (86399, "23 hours"),
        (86400, "1 day"),
        (2 * 86400 + 5, "2 days"),
    ],
)
def test_the_age_of_a_copy_in_words(seconds, words):
    assert backups.describe_age(timedelta(seconds=seconds)) == words


def test_a_copy_s_age_is_reckoned_from_now(doc):
    _take(doc, WHEN)
    assert backups.list_backups(doc)[0].age(WHEN + timedelta(hours=3, minutes=5)) == "3 hours"


def test_the_folder_is_named_by_a_hash_of_the_resolved_path(doc, data, monkeypatch):
    import hashlib

    expected = data / "backups" / hashlib.sha256(str(doc.resolve()).encode("utf-8")).hexdigest()[:20]
    assert backups.backup_folder(doc) == expected
    monkeypatch.chdir(doc.parent)
    assert backups.backup_folder(Path(doc.name)) == expected  # the same file by a relative name


def test_a_new_copy_s_name_folder_and_source_note(tmp_path, data):
    doc = tmp_path / ("x" * 70 + ".readiness")
    first = _take(doc, WHEN)
    folder = backups.backup_folder(doc)
    assert first == folder / f"20261208-010203-456789--{'x' * 60}.readiness"
    assert _take(doc, WHEN).name == f"20261208-010203-456789-2--{'x' * 60}.readiness"
    assert _take(doc, WHEN).name == f"20261208-010203-456789-3--{'x' * 60}.readiness"
    assert (folder / "source.txt").read_text(encoding="utf-8") == str(doc.resolve()) + "\n"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_files_in_the_folder_that_are_not_copies_are_skipped_not_the_end_of_the_list(doc):
    taken = [_take(doc, WHEN + timedelta(minutes=i)) for i in range(6)]
    folder = backups.backup_folder(doc)
    for name in ("notes", "20261308-010203-456789--a", "20261208-010203-45678--a", "x--a", "20261208-250203-456789--a"):
        (folder / f"{name}.readiness").write_text("not a copy", encoding="utf-8")
    assert [b.path for b in backups.list_backups(doc)] == taken[::-1]


def test_a_copy_already_removed_by_someone_else_is_no_error_when_pruning(doc, monkeypatch):
    taken = [_take(doc, WHEN + timedelta(minutes=i)) for i in range(3)]
    listed = backups.list_backups(doc)
    taken[0].unlink()  # another instance pruned it between the listing and the removal
    monkeypatch.setattr(backups, "list_backups", lambda _document: listed)
    backups.prune(doc, keep=1)
    assert [p.exists() for p in taken] == [False, False, True]
