"""Pre-workshop self-assessment: a blank XLSX/CSV questionnaire out, one participant's answers back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.core.assessment import Answer, Participant
from desktop_app.core.errors import InputError
from desktop_app.core.self_assessment import HEADER_ROW, NAME_ROW, SHEET, read_filled, write_blank
from desktop_app.storage.document import ReadinessDocument


@pytest.fixture()
def doc(tmp_path, mini_bank):
    d = ReadinessDocument.create(
        tmp_path / "a.readiness", client="C", project="P", bank=mini_bank, participants=[Participant("Dana")]
    )
    d.set_answer(Answer("data.collection.main", "fair"))
    yield d
    d.close()


def _rows(ws) -> dict[str, int]:
    return {ws.cell(r, 1).value: r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value}


def test_the_blank_workbook_has_one_locked_sheet_with_drop_downs(doc, tmp_path):
    path = tmp_path / "blank.xlsx"
    write_blank(doc.bank, path, "C / P")
    wb = load_workbook(path)
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert visible == [SHEET]
    ws = wb[SHEET]
    assert ws.protection.sheet
    assert "Answer each question" in ws["A2"].value
    rows = _rows(ws)
    assert set(rows) == {q.id for q in doc.bank.all_questions() if not q.computed}
    single = rows["data.collection.main"]
    assert not ws.cell(single, 5).protection.locked and not ws.cell(single, 6).protection.locked
    assert ws.cell(single, 3).protection.locked and not ws.cell(NAME_ROW, 2).protection.locked
    validations = {str(cell): dv for dv in ws.data_validations.dataValidation for cell in dv.sqref.ranges}
    rule = validations[f"E{single}"]
    column = rule.formula1.split("!")[1].split(":")[0].replace("$", "")[0]
    choices = [c.value for c in wb["Lists"][column] if c.value]
    assert choices == ["Good", "Fair", "Weak", "None", "Don't know", "Not applicable"]
    assert f"E{rows['data.preprocessing.sources']}" not in validations  # several answers are typed


def _fill(path: Path, name: str, answers: dict[str, str], extra: list[tuple[str, str]] = ()) -> None:
    wb = load_workbook(path)
    ws = wb[SHEET]
    ws.cell(NAME_ROW, 2, name)
    rows = _rows(ws)
    for qid, value in answers.items():
        ws.cell(rows[qid], 5, value)
    for qid, value in extra:
        row = ws.max_row + 1
        ws.cell(row, 1, qid)
        ws.cell(row, 5, value)
    wb.save(path)


def test_a_filled_workbook_gives_a_precise_report_and_stores_only_the_taken_rows(doc, tmp_path):
    path = tmp_path / "filled.xlsx"
    write_blank(doc.bank, path, "C / P")
    _fill(
        path,
        "Eli Example",
        {
            "data.collection.main": "Weak",  # a label from the list
            "data.preprocessing.sources": "Licensed; Scraped",  # several
            "compute.cost.requests": "twelve",  # not a number
            "data.privacy.main": "Don't know",
        },
        extra=[("no.such.question", "Good"), ("data.collection.main", "Good")],
    )
    report = read_filled(path, doc.bank)
    assert report.participant == "Eli Example"
    assert {t.question: t.value for t in report.taken} == {
        "data.collection.main": "weak",
        "data.preprocessing.sources": ["licensed", "scraped"],
        "data.privacy.main": "unknown",
    }
    reasons = {(r.question, r.reason) for r in report.rejected}
    rows = {r.question: r.row for r in report.rejected}
    assert ("compute.cost.requests", "expected a number, got 'twelve'") in reasons
    assert ("no.such.question", "not a question of this assessment") in reasons
    first = next(t.row for t in report.taken if t.question == "data.collection.main")
    assert ("data.collection.main", f"answered twice (also on row {first})") in reasons
    assert rows["no.such.question"] > HEADER_ROW
    before = doc.assessment()
    person = doc.import_participant_answers(report.participant, [(t.question, t.value, t.note) for t in report.taken])
    after = doc.assessment()
    assert after.answers == before.answers  # the agreed answers are untouched
    assert [p.name for p in after.participants] == ["Dana", "Eli Example"] and person.name == "Eli Example"
    stored = {q: [v.value for v in vs if v.participant_id == person.id] for q, vs in after.voices.items()}
    assert stored == {q: [v] for q, v in {t.question: t.value for t in report.taken}.items()}
    assert "compute.cost.requests" not in after.voices
    assert doc.history(1)[0].action == "self-assessment"


def test_the_csv_round_trip_and_an_existing_participant(doc, tmp_path):
    path = tmp_path / "blank.csv"
    write_blank(doc.bank, path, "C / P")
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "question,challenge,question_text,options,answer,note"
    filled = [lines[0]] + [
        line.replace(",,", ",Good,Checked twice", 1) if line.startswith("data.collection.main,") else line
        for line in lines[1:]
    ]
    path.write_text("\r\n".join(filled), encoding="utf-8")
    report = read_filled(path, doc.bank, participant="Dana")
    assert [(t.question, t.value, t.note) for t in report.taken] == [("data.collection.main", "good", "Checked twice")]
    assert report.empty == len(lines) - 2 and not report.rejected
    person = doc.import_participant_answers("Dana", [(t.question, t.value, t.note) for t in report.taken])
    assert person.id == doc.assessment().participants[0].id  # Dana is not added twice
    assert doc.assessment().voices["data.collection.main"][0].answered_by == "Dana"


def test_a_file_that_is_not_a_workbook_is_refused_and_nothing_is_stored(doc, tmp_path):
    fake = tmp_path / "filled.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable XLSX workbook"):
        read_filled(fake, doc.bank, participant="Eli")
    empty_name = tmp_path / "blank.xlsx"
    write_blank(doc.bank, empty_name, "C / P")
    with pytest.raises(InputError, match="name cell is empty"):
        read_filled(empty_name, doc.bank)


def test_a_question_text_that_looks_like_a_formula_stays_text(mini_bank, tmp_path, monkeypatch):
    import desktop_app.core.self_assessment as sa

    hostile = [sa.BlankRow("data.collection.main", "data", '=HYPERLINK("http://x")', ("Good",), "Good")]
    monkeypatch.setattr(sa, "blank_rows", lambda bank: hostile)
    assert "'=HYPERLINK" in sa.blank_csv(mini_bank)
    path = tmp_path / "blank.xlsx"
    sa.write_blank(mini_bank, path, "=cmd")
    ws = load_workbook(path)[SHEET]
    cell = ws.cell(HEADER_ROW + 1, 3)
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


def test_the_name_written_in_a_workbook_is_read_for_the_import_dialog(doc, tmp_path):
    from desktop_app.core.self_assessment import written_name

    path = tmp_path / "filled.xlsx"
    write_blank(doc.bank, path, "C / P")
    assert written_name(path) == ""
    _fill(path, "  Eli Example ", {})
    assert written_name(path) == "Eli Example"
    csv_path = tmp_path / "filled.csv"
    write_blank(doc.bank, csv_path, "C / P")
    assert written_name(csv_path) == ""  # a CSV has no name cell
    (tmp_path / "broken.xlsx").write_bytes(b"PK not really")
    assert written_name(tmp_path / "broken.xlsx") == ""  # the import itself will say what is wrong
