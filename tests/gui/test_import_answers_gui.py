"""File > Import answers from a file…: an export (JSON, CSV, XLSX) or an answers file is read and
checked, what it changes is shown before anything is written, Import writes it as one undoable step,
and a filled self-assessment questionnaire goes to its own import (one participant's answers)."""

from __future__ import annotations

import json
import threading

import pytest
from openpyxl import load_workbook

from desktop_app.analysis.export import write_xlsx
from desktop_app.core.assessment import Answer, Participant, PlanDecision
from desktop_app.core.exchange import export_csv_text, export_json_text
from desktop_app.core.self_assessment import HEADER_ROW, NAME_ROW, SHEET, write_blank
from desktop_app.gui.views.import_answers_view import ImportPreviewDialog
from desktop_app.gui.views.self_assessment_view import ParticipantDialog
from tests.samples import export_in

Q1, Q2, Q3 = "data.collection.main", "data.privacy.main", "data.privacy.lawful_basis"


@pytest.fixture()
def source(tmp_path, mini_bank):
    """What another copy holds: Q1 answered differently with a note, Q3 new, a plan decision, two people."""
    from desktop_app.core.assessment import Assessment

    return Assessment(
        "Acme Health",
        "Imaging pilot",
        participants=(Participant("Dana", "CIO", id="p-dana"),),
        bank_id=mini_bank.id,
        bank_version=mini_bank.version,
        answers={
            "context.industry": Answer("context.industry", "healthcare"),
            Q1: Answer(Q1, "good", note='=HYPERLINK("x") audited', confidence="high", answered_by="Dana"),
            Q3: Answer(Q3, "none", parked=True, park_note="ask legal"),
        },
        plan={"MIT-T-001": PlanDecision("MIT-T-001", status="accepted", owner="Eli")},
    )


@pytest.fixture()
def files(tmp_path, mini_bank, source):
    out = {}
    out["json"] = tmp_path / "copy.json"
    out["json"].write_text(export_json_text(mini_bank, source), encoding="utf-8-sig")
    out["csv"] = tmp_path / "copy.csv"
    out["csv"].write_text(export_csv_text(mini_bank, source), encoding="utf-8-sig", newline="")
    out["xlsx"] = write_xlsx(mini_bank, source, tmp_path / "copy.xlsx")
    return out


@pytest.fixture()
def here(opened):
    opened.state.set_answer(Answer(Q1, "weak", note="two sites"))
    opened.state.set_answer(Answer(Q2, "unknown"))
    return opened


def _run_and(collab, accept: bool):
    seen: list[object] = []

    def run(dialog) -> bool:
        seen.append(dialog)
        return accept

    collab.run_dialog = run
    return seen


def test_the_entry_is_in_the_file_menu_and_follows_editability(here):
    files = next(a.menu() for a in here.menuBar().actions() if a.text() == "&File")
    act = here.collab.act_import_answers
    assert act in files.actions() and act.isEnabled()
    assert act.text() == "Import &answers from a file…"


@pytest.mark.parametrize("kind", ["json", "csv", "xlsx"])
def test_an_export_shows_what_changes_then_imports_in_one_undoable_step(here, files, kind):
    state = here.state
    before_history = len(state.document.history(1000))
    seen = _run_and(here.collab, True)
    messages: list[str] = []
    here.collab.done.connect(messages.append)
    command = here.collab.import_answers_file(files[kind])
    assert command is not None
    assert here.collab.read_thread_id not in (None, threading.get_ident())  # read off the GUI thread
    preview = seen[0]
    assert isinstance(preview, ImportPreviewDialog)
    changed = [c.question for c in preview.planned.answers]
    assert changed == [Q1, Q3]  # context.industry is already healthcare; Q2 is not in the file
    cells = [[preview.table.item(r, c).text() for c in range(3)] for r in range(preview.table.rowCount())]
    assert cells[0][1].startswith("Weak") and "two sites" in cells[0][1]
    assert cells[0][2].startswith("Good") and 'HYPERLINK("x") audited' in cells[0][2]
    assert cells[1][1] == "(nothing yet)" and "parked" in cells[1][2]
    assert "2 answer(s)" in preview.heading.text() and "1 are already as in the file" in preview.heading.text()
    a = state.assessment
    assert (a.answers[Q1].value, a.answers[Q1].note) == ("good", '=HYPERLINK("x") audited')
    assert a.answers[Q1].answered_by == "Dana" and a.answers[Q3].park_note == "ask legal"
    assert a.answers[Q2].value == "unknown"
    if kind == "json":  # only JSON carries plan decisions and people
        assert a.plan["MIT-T-001"].owner == "Eli" and [p.name for p in a.participants] == ["Dana"]
    assert messages and "Edit > Undo" in messages[-1]
    state.undo_stack.undo()
    a = state.assessment
    assert (a.answers[Q1].value, a.answers[Q1].note) == ("weak", "two sites") and Q3 not in a.answers
    assert "MIT-T-001" not in a.plan and not a.participants
    assert len(state.document.history(1000)) > before_history  # the import and its undo are recorded
    state.undo_stack.redo()
    assert state.assessment.answers[Q1].value == "good"


def test_cancel_in_the_preview_writes_nothing(here, files):
    before, steps = len(here.state.document.history(1000)), here.state.undo_stack.count()
    seen = _run_and(here.collab, False)
    assert here.collab.import_answers_file(files["json"]) is None
    assert len(seen) == 1 and len(here.state.document.history(1000)) == before
    assert here.state.assessment.answers[Q1].value == "weak" and here.state.undo_stack.count() == steps


def test_a_file_with_bad_rows_names_each_problem_and_changes_nothing(here, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(f"question,value\n{Q1},good\nno.such.question,1\n{Q2},maybe\n", encoding="utf-8")
    errors: list[str] = []
    here.collab.show_error = errors.append
    seen = _run_and(here.collab, True)
    before = len(here.state.document.history(1000))
    assert here.collab.import_answers_file(bad) is None
    assert seen == [] and len(errors) == 1
    assert "bad.csv was not imported; nothing was changed" in errors[0]
    assert "bad.csv:3: unknown question 'no.such.question'" in errors[0]
    assert f"bad.csv:4: question '{Q2}': 'maybe' is not an option" in errors[0]
    assert "Traceback" not in errors[0]
    assert len(here.state.document.history(1000)) == before and here.state.assessment.answers[Q1].value == "weak"


def test_a_file_that_changes_nothing_says_so(here, tmp_path, mini_bank):
    same = tmp_path / "same.json"
    same.write_text(json.dumps({"answers": [{"question": Q1, "value": "weak", "note": "two sites"}]}))
    errors: list[str] = []
    here.collab.show_error = errors.append
    seen = _run_and(here.collab, True)
    assert here.collab.import_answers_file(same) is None
    assert seen == [] and "nothing was changed" in errors[0]


def test_a_damaged_workbook_is_a_sentence(here, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    errors: list[str] = []
    here.collab.show_error = errors.append
    assert here.collab.import_answers_file(broken) is None
    assert "not a readable XLSX workbook" in errors[0]


def test_a_filled_self_assessment_goes_to_its_own_import(here, tmp_path, mini_bank):
    path = tmp_path / "filled.xlsx"
    write_blank(mini_bank, path, "Acme")
    wb = load_workbook(path)
    wb[SHEET].cell(NAME_ROW, 2, "Eli Example")
    wb.save(path)
    errors: list[str] = []
    here.collab.show_error = errors.append
    seen = _run_and(here.collab, False)
    assert here.collab.import_answers_file(path) is None
    assert errors == [] and isinstance(seen[0], ParticipantDialog)  # whose answers: the self-assessment flow


def test_a_bug_while_reading_is_a_sentence_and_the_log_has_it(here, files, monkeypatch, caplog):
    from desktop_app.core import exchange

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr(exchange, "read_answers_file", broken)
    errors: list[str] = []
    here.collab.show_error = errors.append
    assert here.collab.import_answers_file(files["json"]) is None
    assert errors == ["copy.json could not be read because of an unexpected problem; see the log."]
    assert "a bug in the reader" in caplog.text


def _filled_questionnaire(path, bank):
    """A self-assessment of Eli Example answering Q1."""
    write_blank(bank, path, "Acme")
    wb = load_workbook(path)
    ws = wb[SHEET]
    ws.cell(NAME_ROW, 2, "Eli Example")
    row = next(r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value == Q1)
    ws.cell(row, 5, "Good")
    wb.save(path)
    return path


@pytest.mark.parametrize(
    "case", [("answers", False), ("answers", True), ("self-assessment", False), ("self-assessment", True)]
)
def test_each_import_is_one_step_said_in_the_status_bar_or_when_its_write_fails_nothing(
    here, files, tmp_path, monkeypatch, case
):
    """Both imports: on success one undo step and a status message; when the write fails, the
    document's error is shown, no step is pushed and no success is announced."""
    from desktop_app.storage import merging
    from desktop_app.storage.document import ReadinessDocument

    kind, fails = case
    path = files["json"] if kind == "answers" else _filled_questionnaire(tmp_path / "filled.xlsx", here.state.bank)
    if fails:

        def broken(*args, **kwargs):
            raise OSError("disk full")

        if kind == "answers":
            monkeypatch.setattr(merging, "import_answers", broken)
        else:
            monkeypatch.setattr(ReadinessDocument, "import_participant_answers", broken)
    from PySide6.QtWidgets import QMessageBox

    messages: list[str] = []
    errors: list[str] = []
    here.collab.done.connect(messages.append)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: errors.append(text)))
    _run_and(here.collab, True)
    steps = here.state.undo_stack.count()
    command = here.collab.import_answers_file(path)
    said = "Imported 3 change(s) from copy.json" if kind == "answers" else "Stored 1 answer(s) of Eli Example"
    if fails:
        assert command is None and here.state.undo_stack.count() == steps
        assert errors and not any(said in m for m in messages)
    else:
        assert command is not None and here.state.undo_stack.count() == steps + 1
        assert not errors and any(m.startswith(said) for m in messages), messages


def test_amounts_in_another_stated_currency_are_a_sentence_and_change_nothing(window, tmp_path, settings):
    """A GBP copy's budget imported into a EUR assessment was taken as euros, silently."""
    from desktop_app.core.bank import builtin_bank_path, load_bank
    from desktop_app.storage.document import ReadinessDocument

    path = tmp_path / "eur.readiness"
    bank = load_bank(builtin_bank_path())
    ReadinessDocument.create(path, client="Acme", project="Pilot", bank=bank, currency="EUR").close()
    settings.remember_file(path)
    assert window.documents.open_path(path)
    gbp = tmp_path / "gbp.json"
    gbp.write_text(export_in("GBP", {"compute.cost.monthly_budget": 6000}), encoding="utf-8")
    errors: list[str] = []
    window.collab.show_error = errors.append
    seen = _run_and(window.collab, True)
    assert window.collab.import_answers_file(gbp) is None
    assert seen == [] and len(errors) == 1, errors
    assert "gbp.json was not imported; nothing was changed" in errors[0]
    assert "in GBP and this assessment is in EUR" in errors[0] and "compute.cost.monthly_budget (6000)" in errors[0]
    assert window.state.assessment.answers == {} and not window.state.undo_stack.canUndo()
