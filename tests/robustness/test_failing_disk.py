"""A full disk and a read-only folder while the command line writes (issue 10, defect 5): a plain
sentence that names the file, exit 2, and the assessment byte-identical. The suite runs as root, who
may write anywhere, so the folder's refusal is stood in for where the app asks or opens; the full
disk is SQLite's own "database or disk is full" (a page limit on the document's connection)."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core import files
from desktop_app.storage import document
from desktop_app.storage.document import ReadinessDocument

QID = "data.collection.main"


@pytest.fixture()
def doc(tmp_path: Path, mini_bank) -> Path:
    path = tmp_path / "a.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    return path


def _answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    entries = [{"question": QID, "value": "fair", "note": "n" * 20_000}]
    path.write_text(json.dumps({"answers": entries}), encoding="utf-8")
    return path


def _plain(err: str, name: str) -> str:
    assert name in err and "Traceback" not in err and "unexpected failure" not in err, err
    assert ".tmp-" not in err and "/proc/" not in err, err
    return err


def test_an_import_on_a_full_disk_says_so_and_keeps_the_file(doc, tmp_path, monkeypatch, capsys):
    before = doc.read_bytes()
    real = document.connect

    def full(path, **kwargs):
        conn = real(path, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: the disk is full
        return conn

    monkeypatch.setattr(document, "connect", full)
    assert main(["import-answers", str(doc), str(_answers(tmp_path))]) == 2
    err = _plain(capsys.readouterr().err, "a.readiness")
    assert "the disk is full" in err and "Everything saved before is still there" in err, err
    monkeypatch.undo()
    assert doc.read_bytes() == before
    with ReadinessDocument.open(doc, readonly=True) as d:
        assert QID not in d.assessment().answers


def test_an_import_into_a_file_in_a_read_only_folder_says_so_and_keeps_the_file(doc, tmp_path, monkeypatch, capsys):
    before = doc.read_bytes()
    monkeypatch.setattr(document.os, "access", lambda path, mode: not (mode & os.W_OK))
    assert main(["import-answers", str(doc), str(_answers(tmp_path))]) == 2
    err = _plain(capsys.readouterr().err, "a.readiness")
    assert "read-only" in err or "write-protected" in err, err
    monkeypatch.undo()
    assert doc.read_bytes() == before


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_an_export_into_a_read_only_folder_or_a_full_disk_says_so(doc, tmp_path, monkeypatch, capsys, suffix):
    out = tmp_path / f"out{suffix}"
    for problem in (errno.EACCES, errno.EROFS, errno.ENOSPC):

        def refuse(_folder, problem=problem):
            raise OSError(problem, os.strerror(problem))

        monkeypatch.setattr(files, "_anonymous_file", refuse)
        assert main(["export", str(doc), "-o", str(out)]) == 2
        err = _plain(capsys.readouterr().err, out.name)
        assert os.strerror(problem) in err, err
        assert not out.exists()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.readiness"]
