"""storage/workstation.py: what a mutation run of the module showed tests/unit/test_workstation.py left
unchecked (the list file's name and layout, its size limit to the byte, entries from an older
version, a list that cannot be written, the warnings, paths given in other forms)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop_app.storage import workstation
from desktop_app.storage.workstation import KnownFile, Workstation


def test_the_list_is_one_json_file_in_the_configuration_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(tmp_path / "config"))
    assert Workstation().path == tmp_path / "config" / "known-files.json"
    assert Workstation(tmp_path / "else").path == tmp_path / "else" / "known-files.json"
    workstation.remember_written(tmp_path / "a.readiness", "id-a")  # the commands' way in
    assert Workstation().entries() == [KnownFile(str((tmp_path / "a.readiness").resolve()), "id-a")]


def test_the_list_s_layout_a_person_can_read(tmp_path):
    ws = Workstation(tmp_path / "config")  # the folder is created when first written
    doc = tmp_path / "Évaluation.readiness"
    ws.remember(doc, "id-1")
    text = ws.path.read_text(encoding="utf-8")
    assert json.loads(text) == {"format": 1, "files": [{"path": str(doc.resolve()), "assessment_id": "id-1"}]}
    assert "Évaluation" in text  # not escaped as \\u00c9
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=0)


def test_remembering_a_file_again_moves_it_first_without_a_second_entry(tmp_path):
    ws = Workstation(tmp_path)
    for name in ("a", "b", "c"):
        ws.remember(tmp_path / f"{name}.readiness", name)
    ws.remember(tmp_path / "a.readiness", "a2")
    assert [(Path(e.path).stem, e.assessment_id) for e in ws.entries()] == [("a", "a2"), ("c", "c"), ("b", "b")]


def test_a_list_exactly_at_the_size_limit_is_read_one_byte_over_is_not(tmp_path, monkeypatch, caplog):
    ws = Workstation(tmp_path)
    ws.remember(tmp_path / "a.readiness", "id-a")
    size = ws.path.stat().st_size
    monkeypatch.setattr(workstation, "MAX_BYTES", size)
    assert len(ws.entries()) == 1
    monkeypatch.setattr(workstation, "MAX_BYTES", size - 1)
    with caplog.at_level(logging.WARNING, logger="desktop_app.storage.workstation"):
        assert ws.entries() == []
    assert [r.getMessage() for r in caplog.records] == [f"{ws.path} is too large to be ours; ignored"]


def test_a_damaged_list_is_said_in_the_log(tmp_path, caplog):
    ws = Workstation(tmp_path)
    ws.path.write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="desktop_app.storage.workstation"):
        assert ws.entries() == []
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"{ws.path} cannot be read (Expecting property name")  # json's own words
    assert message.endswith("); every file opens read-only")


@pytest.mark.parametrize(
    "text",
    ['[{"path": "/a"}]', '{"files": {"path": "/a"}}', '{"files": [["/a"]]}', '{"other": []}', "null"],
)
def test_a_list_of_another_shape_reads_as_empty(tmp_path, text):
    ws = Workstation(tmp_path)
    ws.path.write_text(text, encoding="utf-8")
    assert ws.entries() == []


def test_an_entry_from_an_older_version_without_an_id_trusts_the_path(tmp_path):
    ws = Workstation(tmp_path)
    doc = (tmp_path / "a.readiness").resolve()
    ws.path.write_text(json.dumps({"files": [{"path": str(doc)}]}), encoding="utf-8")
    assert ws.lookup(doc) == KnownFile(str(doc), "")
    assert ws.is_mine(doc, "any id")


def test_a_list_that_cannot_be_written_leaves_the_file_usable_and_says_so(tmp_path, caplog):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    ws = Workstation(blocker / "config")
    with caplog.at_level(logging.WARNING, logger="desktop_app.storage.workstation"):
        ws.remember(tmp_path / "a.readiness", "id-a")  # no exception
    message = caplog.records[-1].getMessage()  # after the list's own "cannot be read"
    assert message.startswith(f"could not record {tmp_path / 'a.readiness'} as written here: [Errno ")
    assert ws.entries() == []


def test_the_configuration_folder_and_its_parents_are_created_when_first_written(tmp_path):
    ws = Workstation(tmp_path / "new" / "deeper" / "config")
    ws.remember(tmp_path / "a.readiness", "id-a")
    assert len(ws.entries()) == 1


def test_a_file_remembered_without_an_id_is_trusted_by_its_path(tmp_path, monkeypatch):
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(tmp_path / "config"))
    Workstation().remember(tmp_path / "a.readiness")
    workstation.remember_written(tmp_path / "b.readiness")
    assert [e.assessment_id for e in Workstation().entries()] == ["", ""]
    assert Workstation().is_mine(tmp_path / "a.readiness", "whatever it holds")


def test_a_file_is_found_by_any_name_that_resolves_to_it(tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "work").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    ws = Workstation(tmp_path / "config")
    ws.remember("~/work/a.readiness", "id-a")
    assert ws.entries()[0].path == str((home / "work" / "a.readiness").resolve())
    monkeypatch.chdir(home / "work")
    assert ws.is_mine("a.readiness", "id-a")
    assert ws.lookup(home / "work" / ".." / "work" / "a.readiness") is not None
