"""A stored bank snapshot is parsed once per user, then read back from the cache (issue 15: cold start)."""

from __future__ import annotations

import hashlib

import pytest

from desktop_app.core.bank import builtin_bank_path, discovery, disk_cache
from desktop_app.core.bank.discovery import load_bank_text
from desktop_app.core.bank.disk_cache import load_snapshot
from desktop_app.core.scoring import score


@pytest.fixture()
def text(tmp_path, monkeypatch) -> str:
    monkeypatch.setenv("READINESS_CACHE_DIR", str(tmp_path / "cache"))
    discovery._BANK_CACHE.clear()  # as in a new process
    return builtin_bank_path().read_text(encoding="utf-8")


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _no_parsing(monkeypatch) -> None:
    def refuse(*_a, **_k):
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(discovery, "parse_yaml", refuse)


def test_a_snapshot_built_once_is_read_back_without_parsing_and_scores_the_same(text, monkeypatch):
    from desktop_app.core.assessment import Answer, Assessment

    first = load_snapshot(text, "stored")
    assert disk_cache.entry_path(_key(text), False).is_file()
    discovery._BANK_CACHE.clear()  # the next start
    _no_parsing(monkeypatch)
    again = load_snapshot(text, "stored")
    assert again is not first
    assert [q.id for q in again.all_questions()] == [q.id for q in first.all_questions()]
    assert [q.text for q in again.all_questions()] == [q.text for q in first.all_questions()]
    answers = {q.id: Answer(q.id, q.options[-1].id) for q in first.all_questions() if q.type == "single"}
    assessment = Assessment(client="C", project="P", answers=answers)
    assert score(first, assessment).overall.risk is not None
    assert score(again, assessment).to_dict() == score(first, assessment).to_dict()


def test_a_damaged_entry_is_a_miss_parsed_again_and_replaced(text, caplog):
    load_snapshot(text, "stored")
    entry = disk_cache.entry_path(_key(text), False)
    entry.write_bytes(b"\x80\x05not a pickle at all")
    discovery._BANK_CACHE.clear()
    bank = load_snapshot(text, "stored")
    assert bank.all_questions()
    assert "not usable" in caplog.text
    assert disk_cache.load(_key(text), False) is not None  # written again, whole


def test_an_entry_of_another_type_is_refused(text):
    import pickle

    entry = disk_cache.entry_path(_key(text), False)
    entry.parent.mkdir(parents=True)
    entry.write_bytes(pickle.dumps({"not": "a bank"}))
    assert disk_cache.load(_key(text), False) is None
    assert not entry.exists()


def test_a_bank_checked_against_the_catalogue_is_not_kept_on_disk(text):
    """The catalogue is an input too (it moves without the code moving): only snapshots are kept."""
    load_bank_text(text, "builtin", check_references=True)
    assert not disk_cache.folder().exists() or not list(disk_cache.folder().iterdir())


def test_an_unwritable_cache_only_costs_the_parse(text, tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("READINESS_CACHE_DIR", str(blocker))
    assert load_snapshot(text, "stored").all_questions()


def test_at_most_max_entries_are_kept(text, monkeypatch):
    monkeypatch.setattr(disk_cache, "MAX_ENTRIES", 2)
    bank = load_snapshot(text, "stored")
    for i in range(4):
        disk_cache.store(f"{i:064x}", False, bank)
    assert len(list(disk_cache.folder().glob(f"*{disk_cache.SUFFIX}"))) == 2


def test_opening_a_document_reads_its_bank_from_the_cache_the_second_time(text, sample_path, monkeypatch):
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(sample_path, readonly=True) as doc:
        first = [q.id for q in doc.bank.all_questions()]
    discovery._BANK_CACHE.clear()  # the next start
    _no_parsing(monkeypatch)
    with ReadinessDocument.open(sample_path, readonly=True) as doc:
        assert [q.id for q in doc.bank.all_questions()] == first


def test_the_entry_name_follows_the_framework_catalogue(text, monkeypatch, tmp_path):
    """A stored bank is built with today's catalogue: another catalogue is another entry."""
    from desktop_app import resources

    before = disk_cache.entry_path(_key(text), False)
    other = tmp_path / "frameworks.yaml"
    other.write_text("frameworks: []\n", encoding="utf-8")
    monkeypatch.setattr(resources, "resource_path", lambda *parts: other if parts == ("frameworks.yaml",) else None)
    monkeypatch.setattr(disk_cache, "_code_key", None)
    assert disk_cache.entry_path(_key(text), False) != before
