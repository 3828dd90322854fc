"""The spreadsheet export reads back equal and never carries a live formula."""

from __future__ import annotations

import pytest

from desktop_app.analysis.export import plan_csv_text, scores_csv_text, write_xlsx
from desktop_app.analysis.tables import ANSWER_COLUMNS, answer_rows, score_rows
from desktop_app.core.scoring import score
from tests.analysis_docs import NEW_ANSWERS, make_doc

HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.fixture()
def exported(tmp_path, mini_bank):
    from desktop_app.analysis.compare import load_assessment

    notes = {"data.collection.main": HOSTILE[0], "compute.cost.main": HOSTILE[1], "data.privacy.main": HOSTILE[2],
             "data.preprocessing.main": HOSTILE[3], "interpretability.black_box.main": HOSTILE[4],
             "context.industry": HOSTILE[5]}  # fmt: skip
    path = make_doc(tmp_path / "a.readiness", mini_bank, NEW_ANSWERS, client="=cmd|' /C calc'!A0", notes=notes)
    bank, assessment = load_assessment(path)
    out = write_xlsx(bank, assessment, tmp_path / "out.xlsx")
    return bank, assessment, out


def _wb(path):
    from openpyxl import load_workbook

    return load_workbook(path)


def test_sheets(exported):
    assert _wb(exported[2]).sheetnames == ["Answers", "Scores", "Plan", "Details", "Voices"]


def test_no_cell_is_a_formula(exported):
    wb = _wb(exported[2])
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), (ws.title, cell.value)


def test_hostile_notes_are_kept_behind_a_quote(exported):
    notes = {
        r[0]: r[ANSWER_COLUMNS.index("note")]
        for r in _wb(exported[2])["Answers"].iter_rows(min_row=2, values_only=True)
    }
    assert notes["data.collection.main"] == "'" + HOSTILE[0]
    # XML turns a bare CR into LF on reading; what matters is the quote in front
    assert notes["context.industry"].replace("\n", "\r") == "'" + HOSTILE[5]


def test_answers_read_back_equal(exported):
    bank, assessment, out = exported
    sheet = list(_wb(out)["Answers"].iter_rows(values_only=True))
    assert sheet[0] == (*ANSWER_COLUMNS, "rationale", "keep_confidence", "parked", "park_note")
    expected = answer_rows(bank, assessment)
    assert len(sheet) - 1 == len(expected) == len(NEW_ANSWERS)
    for got, want in zip(sheet[1:], expected, strict=True):
        assert got[0] == want["question"]
        assert got[ANSWER_COLUMNS.index("answer")] == want["answer"]
        assert got[ANSWER_COLUMNS.index("risk")] == want["risk"]


def test_scores_read_back_equal_to_the_scoring(exported):
    bank, assessment, out = exported
    profile = score(bank, assessment)
    sheet = {r[1]: r for r in _wb(out)["Scores"].iter_rows(min_row=2, values_only=True)}
    assert sheet["data"][3] == round(profile.challenge("data").risk, 1) == 8.3
    assert sheet["interpretability.black_box"][3] == 75.0
    assert sheet["security_privacy"][3] is None
    assert len(sheet) == 1 + 6 + 18


def test_plan_sheet_lists_the_plan(exported):
    from desktop_app.core.plan import build_plan

    bank, assessment, out = exported
    ids = [r[0] for r in _wb(out)["Plan"].iter_rows(min_row=2, values_only=True)]
    assert ids == [it.key for it in build_plan(bank, assessment).items]
    assert ids  # "weak" on black_box triggers an action


def test_write_is_atomic_no_temp_left(exported):
    out = exported[2]
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".tmp-")] == []


def test_missing_folder_is_a_plain_error(exported, tmp_path):
    from desktop_app.core.errors import InputError

    bank, assessment, _ = exported
    with pytest.raises(InputError, match="does not exist"):
        write_xlsx(bank, assessment, tmp_path / "nope" / "x.xlsx")


def test_scores_and_plan_csv_are_neutralised(exported):
    bank, assessment, _ = exported
    text = scores_csv_text(bank, assessment)
    assert text.splitlines()[0].startswith("scope,id,title,risk")
    assert len(text.splitlines()) == 1 + len(score_rows(score(bank, assessment)))
    assert plan_csv_text(bank, assessment).splitlines()[0].startswith("id,title,phase")
