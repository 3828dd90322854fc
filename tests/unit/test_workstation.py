"""The record of this user's own files (storage.workstation): bounded, tolerant, keyed by path and id."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage import workstation
from desktop_app.storage.workstation import Workstation


def test_remembered_file_is_mine_only_with_the_same_assessment(tmp_path: Path):
    ws = Workstation(tmp_path)
    ws.remember(tmp_path / "a.readiness", "id-1")
    assert ws.is_mine(tmp_path / "a.readiness", "id-1")
    assert not ws.is_mine(tmp_path / "a.readiness", "id-2")
    assert not ws.is_mine(tmp_path / "b.readiness", "id-1")


def test_list_keeps_the_newest_entries_only(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(workstation, "MAX_ENTRIES", 3)
    ws = Workstation(tmp_path)
    for i in range(5):
        ws.remember(tmp_path / f"{i}.readiness", str(i))
    assert [Path(e.path).name for e in ws.entries()] == ["4.readiness", "3.readiness", "2.readiness"]


def test_damaged_or_oversized_list_reads_as_empty(tmp_path: Path, monkeypatch):
    ws = Workstation(tmp_path)
    ws.path.write_text('{"files": [{"path": 3}, "x", {"path": "/a", "assessment_id": 7}]}', encoding="utf-8")
    assert ws.entries() == [workstation.KnownFile("/a", "")]
    ws.path.write_bytes(b"\x00\xff")
    assert ws.entries() == []
    monkeypatch.setattr(workstation, "MAX_BYTES", 10)
    ws.path.write_text('{"files": [{"path": "/a"}]}', encoding="utf-8")
    assert ws.entries() == []


def test_config_dir_follows_the_override(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(tmp_path))
    assert workstation.config_dir() == tmp_path
