"""File > Export from the GUI: XLSX, CSV and JSON written atomically, read back, failures said plainly."""

from __future__ import annotations

import csv
import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core import files
from desktop_app.core.assessment import Answer, Participant, PlanDecision
from desktop_app.core.exchange import read_answers_file
from desktop_app.gui.main_window import MainWindow


@pytest.fixture()
def answered(opened: MainWindow) -> MainWindow:
    """The open document with a few answers (one with a formula-like note), a participant and a plan decision."""
    state = opened.state
    state.set_answer(Answer("data.collection.main", "weak", note='=HYPERLINK("x")', confidence="low"))
    state.set_answer(Answer("data.privacy.main", "unknown"))
    state.set_participants([Participant("Zoë Adams", "CISO", "Acme Health")])
    state.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Zoë"))
    return opened


@pytest.fixture()
def save_as(monkeypatch):
    """Answer the save dialog with a chosen path, recording the suggestion it was given."""
    calls: list[tuple[str, str]] = []

    def choose(path: Path | str):
        def fake(parent, title, suggested, file_filter):
            calls.append((suggested, file_filter))
            return str(path), file_filter

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return calls

    return choose


@pytest.fixture()
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def _trigger(window: MainWindow, label_start: str) -> None:
    action = next(a for a in window.export_actions if a.text().replace("&", "").startswith(label_start))
    assert action.isEnabled()
    action.trigger()


def test_xlsx_export_holds_every_sheet_and_no_formulas(answered, save_as, warnings, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "out.xlsx"
    save_as(target)
    _trigger(answered, "Answers, scores and plan")
    assert warnings == []
    wb = load_workbook(target)
    assert wb.sheetnames == ["Answers", "Scores", "Plan", "Details", "Voices", "History"]
    cells = [c.value for ws in wb for row in ws.iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith("=") for v in cells)
    assert '\'=HYPERLINK("x")' in cells  # the note is there, neutralised
    details = {row[0]: row[1] for row in wb["Details"].iter_rows(min_row=2, values_only=True)}
    assert details["client"] == "Acme Health" and details["participants"] == "Zoë Adams"


def test_answers_csv_imports_back(answered, save_as, warnings, tmp_path):
    target = tmp_path / "answers.csv"
    save_as(target)
    _trigger(answered, "Answers (CSV)")
    imported = read_answers_file(target, answered.state.bank)
    got = {a.question: (a.value, a.note, a.confidence) for a in imported.answers}
    want = {q: (a.value, a.note, a.confidence) for q, a in answered.state.assessment.answers.items()}
    assert got == want and warnings == []


def test_json_export_imports_back_with_details_participants_and_plan(answered, save_as, tmp_path):
    target = tmp_path / "assessment.json"
    save_as(target)
    _trigger(answered, "Assessment (JSON)")
    imported = read_answers_file(target, answered.state.bank)
    assert imported.details["client"] == "Acme Health"
    assert imported.details["workshop_date"] == "2026-03-02"
    assert imported.participants == [Participant("Zoë Adams", "CISO", "Acme Health")]
    assert [(d.key, d.status, d.owner) for d in imported.plan] == [("MIT-T-001", "accepted", "Zoë")]
    assert {a.question for a in imported.answers} == set(answered.state.assessment.answers)


def test_scores_and_plan_csv_are_tables_with_headers(answered, save_as, tmp_path):
    for label, name, first in (("Scores (CSV)", "scores.csv", "scope"), ("Plan (CSV)", "plan.csv", None)):
        target = tmp_path / name
        save_as(target)
        _trigger(answered, label)
        rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
        assert len(rows) > 1, name
        if first:
            assert rows[0][0] == first
    plan_rows = target.read_text(encoding="utf-8-sig")
    assert "MIT-T-001" in plan_rows


def test_the_suggested_name_sits_beside_the_document_and_the_suffix_is_added(answered, save_as, tmp_path):
    calls = save_as(tmp_path / "typed-without-suffix")
    _trigger(answered, "Answers (CSV)")
    suggested, file_filter = calls[0]
    assert Path(suggested).parent == answered.state.path.parent
    assert Path(suggested).name == "Acme Health - Imaging pilot - answers.csv" and "*.csv" in file_filter
    assert (tmp_path / "typed-without-suffix.csv").is_file()


def test_success_is_reported_in_the_status_bar(answered, save_as, tmp_path):
    target = tmp_path / "a.json"
    save_as(target)
    _trigger(answered, "Assessment (JSON)")
    assert answered.statusBar().currentMessage() == f"Exported: {target}"


def test_cancelling_the_file_dialog_writes_nothing(answered, save_as, warnings, tmp_path):
    save_as("")
    before = set(tmp_path.iterdir())
    _trigger(answered, "Answers, scores and plan")
    assert set(tmp_path.iterdir()) == before and warnings == []


@pytest.mark.parametrize("label", ["Answers (CSV)", "Answers, scores and plan"])
def test_a_failed_write_is_a_plain_message_and_leaves_no_partial_file(answered, save_as, warnings, tmp_path, label):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / ("out.csv" if "CSV" in label else "out.xlsx")
    target.write_bytes(b"the previous export")
    save_as(target)

    def disk_full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(files.os, "fsync", disk_full)
        _trigger(answered, label)
    assert len(warnings) == 1
    assert "could not be written" in warnings[0] and "No space left on device" in warnings[0]
    assert "Traceback" not in warnings[0]
    assert [p.name for p in folder.iterdir()] == ["out.csv" if "CSV" in label else "out.xlsx"]
    assert target.read_bytes() == b"the previous export"
    assert answered.statusBar().currentMessage() == ""


def test_a_missing_folder_is_a_plain_message(answered, save_as, warnings, tmp_path):
    save_as(tmp_path / "no-such-folder" / "out.json")
    _trigger(answered, "Assessment (JSON)")
    assert len(warnings) == 1 and "does not exist" in warnings[0]


def test_exported_files_get_the_users_usual_permissions(answered, save_as, tmp_path):
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out.xlsx"
    save_as(target)
    _trigger(answered, "Answers, scores and plan")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_export_works_on_a_read_only_file(window, doc_path, save_as, warnings, tmp_path):
    """A manager who received a file can export it without enabling editing."""
    assert window.documents.open_path(doc_path)
    assert window.state.readonly
    target = tmp_path / "received.json"
    save_as(target)
    _trigger(window, "Assessment (JSON)")
    assert target.is_file() and warnings == []


def test_export_actions_are_disabled_without_a_document(window):
    assert window.export_actions and not any(a.isEnabled() for a in window.export_actions)


def test_the_main_window_does_not_load_openpyxl_or_pandas_at_start():
    probe = (
        "import desktop_app.gui.main_window, sys\n"
        "print(' '.join(m for m in ('openpyxl', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == []


@pytest.mark.parametrize("label_name", [("Answers, scores and plan", "out.xlsx"), ("Assessment (JSON)", "out.json")])
def test_a_history_that_cannot_be_read_is_a_plain_message_and_writes_nothing(
    answered, save_as, warnings, tmp_path, label_name
):
    """The XLSX and JSON exports read the history first: a damaged page there is a sentence, no traceback,
    and the earlier file of that name stays as it was."""
    import sqlite3

    label, name = label_name
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / name
    target.write_bytes(b"the previous export")
    save_as(target)

    def damaged(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(answered.state.document, "history", damaged)
        _trigger(answered, label)
    assert len(warnings) == 1
    assert name in warnings[0] and "could not be written" in warnings[0]
    assert "history" in warnings[0] and "malformed" in warnings[0]
    assert "Traceback" not in warnings[0]
    assert [p.name for p in folder.iterdir()] == [name]
    assert target.read_bytes() == b"the previous export"
    assert answered.statusBar().currentMessage() == ""


def test_a_json_export_that_leaves_out_old_history_says_so_and_imports_back(answered, save_as, tmp_path):
    import json

    from desktop_app.core import exchange

    state = answered.state
    entries = len(state.document.history(1000))
    bare = exchange.export_json_text(state.bank, state.assessment, [])
    told: list[str] = []
    answered.exports.tell = told.append
    target = tmp_path / "small.json"
    save_as(target)
    with pytest.MonkeyPatch.context() as monkeypatch:  # room for the assessment and about one change
        monkeypatch.setattr(exchange, "MAX_FILE_BYTES", len(bare.encode("utf-8")) + 3 + 400)
        _trigger(answered, "Assessment (JSON)")
        imported = read_answers_file(target, state.bank)
    data = json.loads(target.read_text(encoding="utf-8-sig"))
    omitted = data["history_omitted"]
    assert 0 < omitted < entries and len(data["history"]) == entries - omitted == len(imported.history)
    assert len(told) == 1 and f"not the {omitted} oldest" in told[0] and "keeps them all" in told[0]
    told.clear()
    _trigger(answered, "Assessment (JSON)")  # with the real limit: the whole history, nothing to say
    assert told == [] and "history_omitted" not in json.loads(target.read_text(encoding="utf-8-sig"))


def test_an_xlsx_export_that_leaves_out_old_history_says_so_and_imports_back(answered, save_as, warnings, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.analysis.export import write_xlsx
    from desktop_app.core import exchange

    state = answered.state
    for i in range(40):
        state.set_answer(Answer("data.privacy.main", "weak", note=f"note {i}"))
    entries = len(state.document.history(1000))
    bare = write_xlsx(state.bank, state.assessment, tmp_path / "bare.xlsx", []).stat().st_size
    full = write_xlsx(state.bank, state.assessment, tmp_path / "full.xlsx", state.document.history(1000)).stat().st_size
    told: list[str] = []
    answered.exports.tell = told.append
    target = tmp_path / "small.xlsx"
    save_as(target)
    with pytest.MonkeyPatch.context() as monkeypatch:  # room for the assessment and about half its history
        monkeypatch.setattr(exchange, "MAX_FILE_BYTES", (bare + full) // 2)
        _trigger(answered, "Answers, scores and plan")
        imported = read_answers_file(target, state.bank)
        assert target.stat().st_size <= exchange.MAX_FILE_BYTES
    assert warnings == [] and {a.question: a.note for a in imported.answers}["data.privacy.main"] == "note 39"
    wb = load_workbook(target, read_only=True)
    kept = wb["History"].max_row - 1
    wb.close()
    omitted = entries - kept
    assert 0 < omitted < entries and answered.exports.history_omitted == omitted
    assert len(told) == 1 and f"not the {omitted} oldest" in told[0] and "keeps them all" in told[0]
    told.clear()
    _trigger(answered, "Answers, scores and plan")  # with the real limit: the whole history, nothing to say
    assert told == [] and answered.exports.history_omitted == 0


def test_an_xlsx_export_with_a_note_longer_than_a_cell_says_where_and_writes_nothing(
    answered, save_as, warnings, tmp_path
):
    answered.state.set_answer(Answer("data.privacy.main", "weak", note="n" * 40_000))
    target = tmp_path / "long.xlsx"
    target.write_bytes(b"the previous export")
    before = sorted(p.name for p in tmp_path.iterdir())
    save_as(target)
    _trigger(answered, "Answers, scores and plan")
    assert len(warnings) == 1 and "long.xlsx could not be written" in warnings[0]
    assert "data.privacy.main" in warnings[0] and "32,767" in warnings[0] and "JSON" in warnings[0]
    assert target.read_bytes() == b"the previous export" and sorted(p.name for p in tmp_path.iterdir()) == before
