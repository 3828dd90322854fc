"""File > Export blank questionnaire… (written off the GUI thread) and File > Import a filled
questionnaire… (whose answers, a validation report before anything is stored, one undoable step)."""

from __future__ import annotations

import threading

from openpyxl import load_workbook

from desktop_app.core.assessment import Participant
from desktop_app.core.self_assessment import HEADER_ROW, NAME_ROW, SHEET
from desktop_app.gui.views.self_assessment_view import ParticipantDialog, ValidationReportDialog


def _blank(opened, qtbot, tmp_path, name="blank.xlsx"):
    target = tmp_path / name
    with qtbot.waitSignal(opened.collab.blank_written, timeout=20000) as blocker:
        writer = opened.collab.export_blank(target)
    assert blocker.args == [str(target), ""]
    return target, writer


def _fill(path, name, answers, extra=()):
    wb = load_workbook(path)
    ws = wb[SHEET]
    ws.cell(NAME_ROW, 2, name)
    rows = {ws.cell(r, 1).value: r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value}
    for qid, value in answers.items():
        ws.cell(rows[qid], 5, value)
    for qid, value in extra:
        ws.cell(ws.max_row + 1, 1, qid)
        ws.cell(ws.max_row, 5, value)
    wb.save(path)


def test_the_blank_questionnaire_is_written_off_the_gui_thread_from_the_file_menu(opened, qtbot, tmp_path):
    files = next(a.menu() for a in opened.menuBar().actions() if a.text() == "&File")
    assert opened.collab.act_export_blank in files.actions() and opened.collab.act_import_filled in files.actions()
    asked = []
    opened.collab.choose_save_file = lambda title, suggested, filters: (
        asked.append((suggested, filters)) or (str(tmp_path / "for the client"), filters.split(";;")[0])
    )
    with qtbot.waitSignal(opened.collab.blank_written, timeout=20000):
        writer = opened.collab.export_blank_dialog()
        assert not opened.collab.act_export_blank.isEnabled()  # one at a time
    assert asked[0][0].endswith("acme self-assessment.xlsx")
    assert writer.thread_id is not None and writer.thread_id != threading.get_ident()
    wb = load_workbook(tmp_path / "for the client.xlsx")
    assert wb[SHEET]["A1"].value == "Acme Health / Imaging pilot: self-assessment before the workshop"
    assert opened.collab.act_export_blank.isEnabled()
    csv_path, _ = _blank(opened, qtbot, tmp_path, "blank.csv")
    assert csv_path.read_text(encoding="utf-8-sig").startswith("question,challenge,question_text")


def test_a_blank_that_cannot_be_written_says_why_and_leaves_no_file(opened, qtbot, tmp_path):
    errors = []
    opened.collab.show_error = errors.append
    assert opened.collab.export_blank(tmp_path / "missing" / "blank.xlsx") is None
    assert "does not exist" in errors[0]
    with qtbot.waitSignal(opened.collab.blank_written, timeout=20000) as blocker:
        opened.collab.export_blank(tmp_path / "blank.txt")
    assert "xlsx or .csv" in blocker.args[1] and errors[1] == blocker.args[1]
    assert not (tmp_path / "blank.txt").exists()


def test_a_filled_questionnaire_shows_a_report_stores_only_what_was_taken_and_undoes_in_one_step(
    opened, qtbot, tmp_path
):
    opened.state.set_participants([Participant("Dana", "CIO")])
    path, _ = _blank(opened, qtbot, tmp_path)
    _fill(
        path,
        "Eli Example",
        {"data.collection.main": "Weak", "compute.cost.requests": "twelve", "data.privacy.main": "Don't know"},
        extra=[("no.such.question", "Good")],
    )
    before = opened.state.document.history(1000)
    seen = {}

    def run(dialog) -> bool:
        qtbot.addWidget(dialog)
        if isinstance(dialog, ParticipantDialog):
            seen["name"] = dialog.chosen_name()
            dialog.role.setText("DPO")
            seen["hint"] = dialog.hint.text()
            return True
        assert isinstance(dialog, ValidationReportDialog)
        table = dialog.table
        seen["rows"] = [tuple(table.item(r, c).text() for c in (1, 2, 3)) for r in range(table.rowCount())]
        seen["heading"] = dialog.heading.text()
        seen["store"] = dialog.store_button.text()
        seen["unchanged"] = len(opened.state.document.history(1000)) == len(before)  # nothing stored yet
        return True

    opened.collab.run_dialog = run
    command = opened.collab.import_filled(path)
    assert command is not None
    assert opened.collab.read_thread_id not in (None, threading.get_ident())  # read off the GUI thread
    assert seen["name"] == "Eli Example" and "is added to the participants" in seen["hint"]
    assert seen["unchanged"]
    rows = {q: (status, text) for q, status, text in seen["rows"]}
    assert rows["data.collection.main"] == ("taken", "Weak")
    assert rows["data.privacy.main"][0] == "taken"
    assert rows["compute.cost.requests"][0] == "refused" and "number" in rows["compute.cost.requests"][1]
    assert rows["no.such.question"] == ("refused", "not a question of this assessment")
    assert "2 row(s) taken, 2 refused" in seen["heading"] and seen["store"] == "&Store 2 answer(s)"
    a = opened.state.assessment
    eli = next(p for p in a.participants if p.name == "Eli Example")
    assert eli.role == "DPO"
    voices = {q: v.value for q, vs in a.voices.items() for v in vs if v.participant_id == eli.id}
    assert voices == {"data.collection.main": "weak", "data.privacy.main": "unknown"}
    assert "compute.cost.requests" not in a.answers and "data.collection.main" not in a.answers  # agreed untouched
    opened.state.undo_stack.undo()
    a = opened.state.assessment
    assert [p.name for p in a.participants] == ["Dana"] and not a.voices
    opened.state.undo_stack.redo()
    assert len(opened.state.assessment.voices) == 2


def test_cancelling_the_report_or_a_file_without_taken_rows_changes_nothing(opened, qtbot, tmp_path):
    path, _ = _blank(opened, qtbot, tmp_path)
    _fill(path, "Eli", {"data.collection.main": "Weak"})
    count = len(opened.state.document.history(1000))
    opened.collab.run_dialog = lambda d: isinstance(d, ParticipantDialog)  # cancel the report
    assert opened.collab.import_filled(path) is None
    _fill(path, "Eli", {"data.collection.main": "Excellent"})  # not an option: refused
    reports = []
    opened.collab.run_dialog = lambda d: reports.append(d) or True
    assert opened.collab.import_filled(path) is None
    assert not hasattr(reports[-1], "store_button") and reports[-1].report.rejected
    assert len(opened.state.document.history(1000)) == count and not opened.state.assessment.voices
    errors = []
    opened.collab.show_error = errors.append
    (tmp_path / "junk.xlsx").write_bytes(b"not a workbook")
    assert opened.collab.import_filled(tmp_path / "junk.xlsx") is None
    assert errors and "junk.xlsx" in errors[0] and "XLSX" in errors[0]
