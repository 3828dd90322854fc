"""Every field of an export travels, and every refusal of a plan entry names its place and its reason.

Written for the ``core/exchange.py`` mutation run (docs/testing.md): the survivors showed that the
round-trip tests compared a few fields of each answer and plan entry only, and that the messages of
a refused plan entry were never read.
"""

from __future__ import annotations

import codecs
import json

import pytest

from desktop_app.core.assessment import MAX_TEXT, Answer, Assessment, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import (
    MAX_FILE_BYTES,
    MAX_ID,
    export_csv_text,
    export_dict,
    parse_answers_csv,
    parse_answers_json,
    read_answers_file,
)


def _whole(mini_bank) -> Assessment:
    """An assessment in which every exported field holds something other than its default."""
    answers = {
        "data.collection.main": Answer(
            "data.collection.main",
            "weak",
            note="two sites",
            confidence="low",
            answered_by="Jo",
            answered_at="2026-11-01T10:00:00+00:00",
            rationale="most said weak",
            keep_confidence=True,
            note_by="Ana",
            parked=True,
            park_note="ask legal",
        ),
        "compute.cost.requests": Answer("compute.cost.requests", 5000, confidence="high"),
    }
    unanswered = {"data.preprocessing.main": Answer("data.preprocessing.main", None, note="later", parked=True)}
    people = (Participant("Ana", "CIO", "Acme", id="p-ana"), Participant("Ben", "CTO", "", id="p-ben"))
    voices = {
        "data.collection.main": (
            ParticipantAnswer("p-ana", "data.collection.main", "weak", "n1", "Jo", "2026-11-01T10:01:00+00:00"),
            ParticipantAnswer("p-ben", "data.collection.main", "good", "", "Jo", "2026-11-01T10:02:00+00:00"),
        )
    }
    plan = {
        "MIT-T-001": PlanDecision(
            "MIT-T-001",
            status="accepted",
            owner="Sam",
            due_date="2027-01-01",
            note="first",
            title="A retitled action",
            action="What we do",
            owner_role="CISO",
            phase=0,
            updated_at="2026-11-02T09:00:00+00:00",
            changed_by="Jo",
        ),
        "CUSTOM-7": PlanDecision(
            "CUSTOM-7",
            status="done",
            owner="Eli",
            due_date="2027-02-01",
            note="second",
            custom=True,
            title="Extra",
            action="Our own step",
            challenge="data",
            subchallenge="data.collection",
            phase=3,
            effort="L",
            cost="high",
            owner_role="DPO",
            updated_at="2026-11-03T09:00:00+00:00",
            changed_by="Ana",
        ),
    }
    return Assessment(
        client="C",
        project="P",
        workshop_date="2026-11-01",
        facilitator="Jo",
        participants=people,
        answers=answers,
        unanswered=unanswered,
        voices=voices,
        plan=plan,
    )


def test_a_json_export_brings_back_every_field_of_answers_people_voices_and_plan(mini_bank):
    a = _whole(mini_bank)
    back = parse_answers_json(json.dumps(export_dict(mini_bank, a)), mini_bank)
    assert {x.question: x for x in back.answers} == {**a.answers, **a.unanswered}
    assert {d.key: d for d in back.plan} == dict(a.plan)
    assert back.participants == list(a.participants)
    assert [p.id for p in back.participants] == ["p-ana", "p-ben"]
    assert back.voices == [v for vs in a.voices.values() for v in vs]
    assert dict(back.details) == {"client": "C", "project": "P", "workshop_date": "2026-11-01", "facilitator": "Jo"}


def _plan_problems(mini_bank, *entries: dict) -> list[str]:
    with pytest.raises(InputError) as err:
        parse_answers_json(json.dumps({"answers": [], "plan": list(entries)}), mini_bank, "in.json")
    return err.value.problems


CUSTOM = {"custom": True, "challenge": "data", "title": "Extra"}


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        pytest.param(
            {"mitigation": "MIT-T-001", "status": "maybe"},
            "status must be one of proposed, accepted, rejected, done",
            id="status",
        ),
        pytest.param(
            {"mitigation": "MIT-T-001", "owner": 5},
            "owner, due_date, note, title, action, owner_role, changed_by, updated_at must be text",
            id="text",
        ),
        pytest.param(
            {"mitigation": "MIT-T-001", "note": "n" * (MAX_TEXT + 1)},
            "owner, due_date, note, title, action, owner_role, changed_by, updated_at must be text",
            id="too-long",
        ),
        pytest.param({"mitigation": "MIT-T-001", "phase": 4}, "phase must be 0, 1, 2 or 3", id="phase"),
        pytest.param({"mitigation": "MIT-X"}, "unknown mitigation 'MIT-X'", id="mitigation"),
        pytest.param(
            {"custom": True, "title": "Extra"},
            "custom action needs a challenge (one of data, compute, interpretability, ethics_legal, "
            "integration, security_privacy)",
            id="no-ch",
        ),
        pytest.param({"custom": True, "challenge": "data", "title": "  "}, "custom action needs a title", id="title"),
        pytest.param({**CUSTOM, "effort": "XL"}, "effort must be S, M or L and cost low, medium or high", id="effort"),
        pytest.param({**CUSTOM, "cost": "free"}, "effort must be S, M or L and cost low, medium or high", id="cost"),
        pytest.param("MIT-T-001", "must be an object", id="not-object"),
    ],
)
def test_a_refused_plan_entry_names_its_place_and_reason(mini_bank, entry, problem):
    problems = _plan_problems(mini_bank, {"mitigation": "MIT-T-002"}, entry)
    assert len(problems) == 1
    assert problems[0] == f"in.json: plan[1]: {problem}", problems


def test_a_custom_action_without_id_phase_effort_or_cost_gets_the_defaults(mini_bank):
    got = parse_answers_json(json.dumps({"answers": [], "plan": [CUSTOM, CUSTOM]}), mini_bank).plan
    assert [d.key for d in got] == ["CUSTOM-1", "CUSTOM-2"]
    assert [(d.phase, d.effort, d.cost, d.subchallenge, d.status) for d in got] == [(1, "", "", "", "proposed")] * 2


def test_a_text_exactly_at_the_limit_is_taken(mini_bank):
    entry = {"mitigation": "MIT-T-001", "note": "n" * MAX_TEXT}
    got = parse_answers_json(json.dumps({"answers": [], "plan": [entry]}), mini_bank).plan
    assert got[0].note == "n" * MAX_TEXT
    assert "must be text" in _plan_problems(mini_bank, {**entry, "note": "n" * (MAX_TEXT + 1)})[0]


# -- CSV -------------------------------------------------------------------------------------------


def test_a_csv_export_brings_back_every_field_of_the_answers(mini_bank):
    a = _whole(mini_bank)
    both = {**a.answers, "data.preprocessing.sources": Answer("data.preprocessing.sources", ["licensed", "scraped"])}
    a = Assessment(client="C", project="P", answers=both, participants=a.participants, voices=a.voices)
    back = parse_answers_csv(export_csv_text(mini_bank, a), mini_bank)
    assert {x.question: x for x in back.answers} == both


def _csv_problems(mini_bank, text: str) -> list[str]:
    with pytest.raises(InputError) as err:
        parse_answers_csv(text, mini_bank, "in.csv")
    return err.value.problems


HEADER = "question,value,note,confidence,keep_confidence,parked\r\n"


def test_csv_flags_are_read_each_in_its_own_column(mini_bank):
    got = parse_answers_csv(HEADER + "data.collection.main,weak,,,yes,no\r\n", mini_bank).answers[0]
    assert (got.keep_confidence, got.parked) == (True, False)
    got = parse_answers_csv(HEADER + "data.collection.main,weak,,,0,TRUE\r\n", mini_bank).answers[0]
    assert (got.keep_confidence, got.parked) == (False, True)


def test_csv_problems_of_every_row_are_named_not_only_the_first(mini_bank):
    text = (
        HEADER
        + "data.collection.main,weak,,,maybe,no\r\n"
        + "data.collection.main,weak,,,no,no,extra\r\n"
        + "compute.cost.requests,,n,,no,no\r\n"
        + "no.such.q,x,,,no,no\r\n"
    )
    problems = _csv_problems(mini_bank, text)
    assert problems[0] == "in.csv:2: question 'data.collection.main': 'keep_confidence' must be yes or no (not 'maybe')"
    assert problems[1] == "in.csv:3: 7 cells but the header has 6 columns"
    assert problems[2] == "in.csv:4: question 'compute.cost.requests': 'value' is missing"
    assert problems[3].startswith("in.csv:5: ") and "no.such.q" in problems[3]
    assert len(problems) == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("question,note\r\nx,y\r\n", "in.csv:1: the header must name the columns", id="missing"),
        pytest.param(
            "question,value,colour,size\r\n", "in.csv:1: unknown column(s) colour, size", id="unknown-columns"
        ),
        pytest.param("question,value,note,note\r\n", "in.csv:1: a column is named twice", id="twice"),
        pytest.param(" , \r\n\r\n", "in.csv: the file has no rows", id="no-rows"),
        pytest.param('question,value\r\n"a"b,c\r\n', "in.csv: not valid CSV: ", id="strict-quotes"),
    ],
)
def test_a_csv_file_the_importer_cannot_use_is_refused_with_where_and_why(mini_bank, text, message):
    problems = _csv_problems(mini_bank, text)
    assert len(problems) == 1 and problems[0].startswith(message), problems


def test_a_missing_csv_column_is_named():
    from desktop_app.core.exchange import _csv_header

    with pytest.raises(InputError) as err:
        _csv_header([["question", "note"]], "in.csv")
    assert err.value.problems[0].endswith("(missing: value)")
    with pytest.raises(InputError) as err:
        _csv_header([["note"]], "in.csv")
    assert err.value.problems[0].endswith("(missing: question, value)")


def test_a_csv_cell_keeps_its_own_line_breaks_and_apostrophes(mini_bank):
    text = HEADER.replace(",keep_confidence,parked", "") + (
        'data.collection.main,weak,"first\r\nsecond",low\r\n'
        "data.preprocessing.main,good,'plain,low\r\n"
        "compute.cost.requests,5,''=1+1,low\r\n"
    )
    notes = {a.question: a.note for a in parse_answers_csv(text, mini_bank).answers}
    assert notes == {
        "data.collection.main": "first\r\nsecond",  # the file's own line break, not the reader's
        "data.preprocessing.main": "'plain",  # a typed apostrophe stays
        "compute.cost.requests": "'=1+1",  # an export doubled the apostrophe it found
    }


@pytest.mark.parametrize("note", ["'quoted", "''twice", "=1+1", "'=1+1", "-minus"])
def test_a_note_with_apostrophes_or_a_formula_comes_back_from_csv_as_typed(mini_bank, note):
    a = Assessment(
        client="C", project="P", answers={"data.collection.main": Answer("data.collection.main", "weak", note)}
    )
    back = parse_answers_csv(export_csv_text(mini_bank, a), mini_bank)
    assert back.answers[0].note == note


# -- the file and the people ------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_limit(tmp_path, mini_bank):
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 3 * 1_048_576)  # sparse: no disk used
    with pytest.raises(InputError) as err:
        read_answers_file(big, mini_bank)
    assert err.value.problems == ["big.json: the file is 23.0 MB; answers files are limited to 20 MB"]


def test_a_file_that_grows_after_its_size_was_read_is_refused_and_read_no_further(tmp_path, mini_bank, monkeypatch):
    """The size the file system gave is not trusted: at most the limit and one byte are read."""
    import tracemalloc
    from pathlib import Path

    grown = tmp_path / "grown.json"
    with grown.open("wb") as fh:
        fh.truncate(2 * MAX_FILE_BYTES)
    real_stat = Path.stat

    class Small:
        def __init__(self, st):
            self.st_mode, self.st_size = st.st_mode, 10

    monkeypatch.setattr(
        Path, "stat", lambda self, **kw: Small(real_stat(self, **kw)) if self == grown else real_stat(self, **kw)
    )
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as err:
            read_answers_file(grown, mini_bank)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err.value.problems == ["grown.json: the file is larger than 20 MB, the limit of answers files"]
    assert peak < MAX_FILE_BYTES + 4 * 1_048_576  # not the whole 40 MB


def test_a_file_of_exactly_the_limit_is_read(tmp_path, mini_bank, monkeypatch):
    """A file of the limit passes the size checks (its content is then judged: here it is all NUL bytes)."""
    full = tmp_path / "full.json"
    with full.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES)
    with pytest.raises(InputError) as err:
        read_answers_file(full, mini_bank)
    assert err.value.problems == ["full.json: the file contains NUL characters; it is not a text answers file"]


def test_a_pipe_is_not_read_as_an_answers_file(tmp_path, mini_bank):
    import os

    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    with pytest.raises(InputError) as err:
        read_answers_file(pipe, mini_bank)
    assert err.value.problems == ["pipe.csv: not a regular file (a device, pipe or socket); save the answers to a file"]


def _people_problems(mini_bank, people: object) -> list[str]:
    with pytest.raises(InputError) as err:
        parse_answers_json(json.dumps({"answers": [], "assessment": {"participants": people}}), mini_bank, "in.json")
    return err.value.problems


def test_participants_must_be_a_list_of_named_people_with_short_unique_ids(mini_bank):
    assert _people_problems(mini_bank, {"name": "Ana"}) == ["in.json: assessment.participants must be a list"]
    people = [
        {"name": "Ana", "id": "p1"},
        {"name": "Ben", "id": "p1"},
        {"name": "Cy", "id": "x" * (MAX_ID + 1)},
        {"name": "Di", "id": 7},
        {"name": " "},
        {"name": "Ed", "id": "p1"},
    ]
    bad_id = "'id' must be a short text, unique in the list"
    assert _people_problems(mini_bank, people) == [
        f"in.json: assessment.participants[1]: {bad_id}",
        f"in.json: assessment.participants[2]: {bad_id}",
        f"in.json: assessment.participants[3]: {bad_id}",
        "in.json: assessment.participants[4] needs a 'name'",
        f"in.json: assessment.participants[5]: {bad_id}",
    ]


def test_participants_without_ids_role_or_organisation_are_taken(mini_bank):
    people = [{"name": " Ana "}, {"name": "Ben", "role": None}, {"name": "Cy", "id": "x" * MAX_ID, "organisation": "O"}]
    text = json.dumps({"answers": [], "assessment": {"participants": people}})
    got = parse_answers_json(text, mini_bank).participants
    assert got == [Participant("Ana"), Participant("Ben"), Participant("Cy", "", "O")]
    assert [(p.role, p.organisation) for p in got] == [("", ""), ("", ""), ("", "O")]
    assert got[2].id == "x" * MAX_ID


# -- the file's kind, text and time -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "start"),
    [
        pytest.param("bad.json", b"[", "bad.json:1:2: not valid JSON", id="json"),
        pytest.param("bad.csv", b"question,value\r\nno.such.q,x\r\n", "bad.csv:2: ", id="csv"),
    ],
)
def test_the_file_name_leads_every_problem_of_its_kind(tmp_path, mini_bank, name, data, start):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_answers_file(path, mini_bank)
    assert err.value.problems[0].startswith(start), err.value.problems


def test_a_folder_or_an_unreadable_file_is_refused_plainly(tmp_path, mini_bank, monkeypatch):
    from pathlib import Path

    folder = tmp_path / "answers.json"
    folder.mkdir()
    with pytest.raises(InputError) as err:
        read_answers_file(folder, mini_bank)
    assert err.value.problems == [f"{folder}: is a folder, not an answers file"]
    locked = tmp_path / "locked.csv"
    locked.write_text("question,value\r\n", encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError) as err:
        read_answers_file(locked, mini_bank)
    assert err.value.problems == [f"{locked}: cannot read the file (Permission denied)"]


def test_text_that_is_not_utf8_is_refused_at_its_line_and_byte():
    from desktop_app.core.exchange import decode_text

    with pytest.raises(InputError) as err:
        decode_text(b"a\nb\n\xff", "in.csv")
    assert err.value.problems == [
        "in.csv:3: the file is not UTF-8 text (byte 0xff at offset 4); save it as UTF-8 and try again"
    ]
    with pytest.raises(InputError) as err:
        decode_text(codecs.BOM_UTF16_LE + b"a", "in.csv")
    assert err.value.problems == ["in.csv: the file claims to be UTF-16 but is not valid UTF-16"]


def test_answered_at_is_a_time_of_at_most_forty_characters(mini_bank):
    def answered_at(text: str) -> list[str]:
        entry = {"question": "data.collection.main", "value": "weak", "answered_at": text}
        try:
            parse_answers_json(json.dumps({"answers": [entry]}), mini_bank, "in.json")
        except InputError as err:
            return err.problems
        return []

    forty = "2026-11-01T10:00:00.1234+00:00:00.123456"
    assert len(forty) == 40 and answered_at(forty) == []
    bad = "in.json: answers[0]: question 'data.collection.main': 'answered_at' must be a date and time (ISO 8601)"
    assert answered_at(forty.replace(".1234+", ".12345+")) == [bad]
    assert answered_at("yesterday") == [bad]


# -- workbooks ------------------------------------------------------------------------------------


def _workbook(tmp_path, sheet: str, rows: list[list[object]]):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


def test_a_workbook_without_an_answers_sheet_or_with_an_empty_one_is_refused(tmp_path, mini_bank):
    with pytest.raises(InputError) as err:
        read_answers_file(_workbook(tmp_path, "Sheet", [["question", "value"]]), mini_bank)
    assert err.value.problems == [
        "book.xlsx: there is no sheet named 'Answers'; use a workbook exported by the app (a filled "
        "self-assessment questionnaire is imported as one participant's answers)"
    ]
    with pytest.raises(InputError) as err:
        read_answers_file(_workbook(tmp_path, "Answers", []), mini_bank)
    assert err.value.problems == ["book.xlsx: the Answers sheet is empty"]


def test_an_answers_sheet_may_have_the_header_and_five_thousand_rows_not_more(tmp_path, mini_bank):
    from desktop_app.core.exchange import MAX_XLSX_ROWS

    rows: list[list[object]] = [["question", "value"], *([[" "]] * (MAX_XLSX_ROWS - 1))]
    assert read_answers_file(_workbook(tmp_path, "Answers", rows), mini_bank).answers == []
    with pytest.raises(InputError) as err:
        read_answers_file(_workbook(tmp_path, "Answers", [*rows, [" "]]), mini_bank)
    assert err.value.problems == ["book.xlsx: the Answers sheet has more than 5,000 rows"]


def test_a_workbooks_rows_are_named_by_their_line_and_people_columns_are_ignored(tmp_path, mini_bank):
    rows: list[list[object]] = [
        ["question_text", "question", "value", "keep_confidence", "parked"],
        ["Text for people", "data.collection.main", "weak", True, False],
        ["", "compute.cost.requests", 12.0, None, None],
        ["", "no.such.q", "x", None, None],
    ]
    with pytest.raises(InputError) as err:
        read_answers_file(_workbook(tmp_path, "Answers", rows), mini_bank)
    assert len(err.value.problems) == 1 and err.value.problems[0].startswith("book.xlsx:4: ")
    got = read_answers_file(_workbook(tmp_path, "Answers", rows[:3]), mini_bank).answers
    assert [(a.question, a.value, a.keep_confidence, a.parked) for a in got] == [
        ("data.collection.main", "weak", True, False),
        ("compute.cost.requests", 12, False, False),
    ]


def test_a_workbook_cell_reads_as_the_text_a_csv_file_would_hold():
    from datetime import date, datetime

    from desktop_app.core.exchange import _xlsx_text

    assert [_xlsx_text(v) for v in (None, True, False, 3.0, -3.0, 2.5, "x")] == ["", "yes", "no", "3", "-3", "2.5", "x"]
    assert _xlsx_text(999_999_999_999_999.0) == "999999999999999"
    assert _xlsx_text(1e15) == "1000000000000000.0"  # beyond whole-number cells: as Python writes it
    assert _xlsx_text(date(2026, 11, 1)) == "2026-11-01"
    assert _xlsx_text(datetime(2026, 11, 1, 10, 30)) == "2026-11-01T10:30:00"


# -- the export's own shape -----------------------------------------------------------------------


def test_an_export_names_its_format_and_bank_and_lists_answers_and_voices_in_the_banks_order(mini_bank):
    from desktop_app.core.exchange import EXPORT_FORMAT, EXPORT_FORMAT_VERSION, export_json_text

    a = _whole(mini_bank)
    late_first = {q: a.answers[q] for q in ("compute.cost.requests", "data.collection.main")}
    voices = {
        "compute.cost.requests": (ParticipantAnswer("p-ana", "compute.cost.requests", 9),),
        **a.voices,
    }
    a = Assessment(client="C", project="P", answers=late_first, participants=a.participants, voices=voices)
    data = export_dict(mini_bank, a)
    assert (data["format"], data["format_version"]) == (EXPORT_FORMAT, EXPORT_FORMAT_VERSION)
    assert data["assessment"]["bank"] == {"id": "mini-test", "version": "0.1.0"}
    order = [q.id for q in mini_bank.all_questions()]
    assert [x["question"] for x in data["answers"]] == sorted(late_first, key=order.index)
    assert [x["question"] for x in data["voices"]] == ["data.collection.main"] * 2 + ["compute.cost.requests"]
    text = export_json_text(mini_bank, Assessment(client="Zoë", project="P"))
    assert '\n  "format": "readiness-export",' in text and '"client": "Zoë"' in text and text.endswith("}\n")


@pytest.mark.parametrize(
    ("record", "kept"),
    [
        pytest.param(Answer("data.preprocessing.main", None, parked=True), True, id="parked"),
        pytest.param(Answer("data.preprocessing.main", None, park_note="why"), True, id="park-note"),
        pytest.param(Answer("data.preprocessing.main", None, note="n"), True, id="note"),
        pytest.param(Answer("data.preprocessing.main", None, confidence="low"), False, id="confidence-only"),
    ],
)
def test_a_question_not_answered_travels_when_it_holds_a_note_or_a_park(mini_bank, record, kept):
    a = Assessment(client="C", project="P", unanswered={record.question: record})
    assert [x["question"] for x in export_dict(mini_bank, a)["answers"]] == ([record.question] if kept else [])


def test_a_library_action_exports_only_the_fields_it_changed(mini_bank):
    from desktop_app.core.exchange import _plan_entry

    plain = _plan_entry(PlanDecision("MIT-T-001"))
    assert plain == {
        "status": "proposed",
        "owner": "",
        "due_date": "",
        "note": "",
        "mitigation": "MIT-T-001",
        "changed_by": "",
        "updated_at": "",
    }
    changed = _plan_entry(PlanDecision("MIT-T-001", title="T", action="A", owner_role="R", phase=0))
    assert {k: changed[k] for k in ("title", "action", "owner_role", "phase")} == {
        "title": "T",
        "action": "A",
        "owner_role": "R",
        "phase": 0,
    }


# -- a JSON file's shape, bounds and sections ----------------------------------------------------


def _json_problems(mini_bank, data: object | str) -> list[str]:
    text = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(InputError) as err:
        parse_answers_json(text, mini_bank, "in.json")
    return err.value.problems


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        pytest.param([], "in.json: expected an object with a list 'answers' ({\"answers\": [...]})", id="not-object"),
        pytest.param({"answers": {}}, "in.json: expected an object with a list 'answers'", id="answers-not-list"),
        pytest.param({"answers": [], "format": "other"}, "in.json: unknown format 'other'", id="format"),
        pytest.param(
            {"answers": [], "format_version": 3},
            "in.json: export format version 3 is newer than this app understands",
            id="newer",
        ),
        pytest.param(
            {"answers": [], "format_version": "2"},
            "in.json: export format version '2' is newer than this app understands",
            id="version-text",
        ),
        pytest.param('{"answers": [], "n": ' + "9" * 31 + "}", "in.json: a number has 31 digits;", id="digits"),
        pytest.param('{"answers": ["a\\u0000b"]}', "in.json: answers[0] contains a NUL character", id="nul"),
        pytest.param('{"answers": [], "k\\u0000": 1}', "in.json: the file contains a NUL character", id="nul-key"),
        pytest.param("[" * 21 + "]" * 21, "in.json: values are nested 21 levels deep", id="deep"),
        pytest.param('{"answers": [1, 2}', "in.json:1:18: not valid JSON: ", id="syntax"),
    ],
)
def test_a_json_file_of_the_wrong_shape_or_beyond_the_bounds_is_refused_with_where_and_why(mini_bank, data, problem):
    problems = _json_problems(mini_bank, data)
    assert len(problems) == 1 and problems[0].startswith(problem), problems


def test_nesting_is_counted_outside_strings_and_escapes():
    from desktop_app.core.exchange import MAX_JSON_DEPTH, _depth, load_json_safely

    assert _depth('{"a": "[[[[", "b": [{"c": "\\"]]"}]}') == 3
    assert _depth('["\\\\", [1]]') == 2  # an escaped backslash ends before the quote
    deep = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert load_json_safely(deep, "in.json") is not None  # the limit itself is allowed
    assert load_json_safely("9" * 30, "in.json") == int("9" * 30)
    assert load_json_safely("-" + "9" * 30, "in.json") == -int("9" * 30)


def test_a_nul_is_found_in_a_key_or_a_text_anywhere_and_named_by_its_path():
    from desktop_app.core.exchange import _find_nul

    assert _find_nul({"a": [1, {"b": "x\x00"}]}, "") == ".a[1].b"
    assert _find_nul({"a": {"k\x00": 1}}, "") == ".a"
    assert _find_nul(["ok", ["\x00"]], "") == "[1][0]"
    assert _find_nul({"a": ["fine", 2, None]}, "") is None


def test_details_must_be_text_and_the_bank_must_match(mini_bank):
    data = {"answers": [], "assessment": {"client": 5, "project": "P", "bank": {"id": "other-bank"}}}
    assert _json_problems(mini_bank, data) == [
        "in.json: assessment.client must be text",
        "in.json: the answers were given against bank 'other-bank', not 'mini-test'",
    ]
    assert _json_problems(mini_bank, {"answers": [], "assessment": []}) == ["in.json: 'assessment' must be an object"]
    same = {"answers": [], "assessment": {"bank": {"id": "mini-test"}, "workshop_date": "2026-11-01"}}
    assert dict(parse_answers_json(json.dumps(same), mini_bank).details) == {"workshop_date": "2026-11-01"}


def test_each_voice_is_checked_and_every_bad_one_named(mini_bank):
    people = [{"name": "Ana", "id": "p-ana"}, {"name": "Ben", "id": "p-ben"}]
    voices = [
        {"participant": "p-ana", "question": "data.collection.main", "value": "weak", "note": "n", "answered_by": "Jo"},
        {"participant": "p-zed", "question": "data.collection.main", "value": "weak"},
        {"participant": "p-ana", "question": "data.collection.main", "value": "good"},
        {"participant": "p-ben", "question": "data.collection.main", "value": "excellent"},
        {"participant": "p-ben", "question": "data.collection.main", "colour": "red"},
        "p-ben",
        {"participant": "p-ben", "question": "data.collection.main", "value": ""},
    ]
    problems = _json_problems(mini_bank, {"answers": [], "assessment": {"participants": people}, "voices": voices})
    assert problems[0] == "in.json: voices[1]: participant 'p-zed' is not in assessment.participants"
    assert problems[1] == "in.json: voices[2]: this participant answers 'data.collection.main' twice"
    assert problems[2].startswith("in.json: voices[3]: question 'data.collection.main': ")
    fields = "answered_at, answered_by, note, participant, question, value"
    assert problems[3] == f"in.json: voices[4]: must be an object with the fields {fields}"
    assert problems[4] == f"in.json: voices[5]: must be an object with the fields {fields}"
    assert problems[5] == "in.json: voices[6]: question 'data.collection.main': 'value' is missing"
    assert len(problems) == 6
    assert _json_problems(mini_bank, {"answers": [], "voices": {}}) == ["in.json: 'voices' must be a list"]
    good = {"answers": [], "assessment": {"participants": people}, "voices": voices[:1]}
    assert parse_answers_json(json.dumps(good), mini_bank).voices == [
        ParticipantAnswer("p-ana", "data.collection.main", "weak", "n", "Jo", "")
    ]


def test_each_history_entry_needs_its_five_texts(mini_bank):
    entry = {"at": "2026-11-01T10:00:00+00:00", "actor": "Jo", "action": "answer", "item": "q", "detail": "d"}
    history = [entry, {**entry, "detail": 5}, {**entry, "actor": "x" * (MAX_TEXT + 1)}, "entry", {}]
    problems = _json_problems(mini_bank, {"answers": [], "history": history})
    assert problems == [
        f"in.json: history[{i}]: needs the texts at, actor, action, item and detail" for i in (1, 2, 3, 4)
    ]
    assert _json_problems(mini_bank, {"answers": [], "history": {}}) == ["in.json: 'history' must be a list"]
    got = parse_answers_json(json.dumps({"answers": [], "history": [entry]}), mini_bank).history
    assert [tuple(vars(h).values()) for h in got] == [tuple(entry.values())]


def test_each_answer_entry_is_an_object_with_known_fields(mini_bank):
    answers = [
        "data.collection.main",
        {"question": "data.collection.main", "value": "weak", "colour": "red", "size": 1},
        {"question": "compute.cost.requests", "value": 3},
        {"question": "no.such.q", "value": 3},
    ]
    problems = _json_problems(mini_bank, {"answers": answers})
    assert problems[:2] == [
        "in.json: answers[0]: each answer must be an object with 'question' and 'value'",
        "in.json: answers[1]: unexpected field(s) colour, size",
    ]
    assert len(problems) == 3 and problems[2].startswith("in.json: answers[3]: unknown question 'no.such.q'")


def test_text_and_workbooks_read_without_a_file_name_are_named_by_their_kind(mini_bank):
    from desktop_app.core.exchange import parse_answers_xlsx

    for parse, text, name in (
        (parse_answers_csv, "question,value\r\nno.such.q,x\r\n", "answers.csv:2: "),
        (parse_answers_json, "[", "answers.json:1:2: "),
    ):
        with pytest.raises(InputError) as err:
            parse(text, mini_bank)
        assert err.value.problems[0].startswith(name), err.value.problems
    with pytest.raises(InputError) as err:
        parse_answers_xlsx(b"not a workbook", mini_bank)
    assert err.value.problems[0].startswith("answers.xlsx"), err.value.problems


def test_a_workbook_is_read_up_to_its_fortieth_column(tmp_path, mini_bank):
    from desktop_app.core.exchange import MAX_XLSX_COLUMNS

    filler = [f"people {i}" for i in range(MAX_XLSX_COLUMNS - 2)]  # columns a person reads, ignored
    rows: list[list[object]] = [
        ["question", "value", *filler, "note"],  # "note" is column 41: past the bound
        ["data.collection.main", "weak", *([""] * len(filler)), "beyond"],
    ]
    got = read_answers_file(_workbook(tmp_path, "Answers", rows), mini_bank).answers
    assert [(a.question, a.value, a.note) for a in got] == [("data.collection.main", "weak", "")]


def test_a_csv_export_has_the_readable_columns_people_read_in_a_spreadsheet(mini_bank):
    import csv
    import io

    a = _whole(mini_bank)
    voices = {
        "data.collection.main": (
            ParticipantAnswer("p-ben", "data.collection.main", "good"),
            ParticipantAnswer("p-gone", "data.collection.main", "fair"),
            ParticipantAnswer("p-ana", "data.collection.main", "weak"),
        )
    }
    industry = Answer("context.industry", "healthcare")
    a = Assessment(
        client="C",
        project="P",
        answers={**a.answers, industry.question: industry},
        participants=a.participants,
        voices=voices,
    )
    text = export_csv_text(mini_bank, a)
    assert text.count("\r\n") == len(text.splitlines()) and "\n" not in text.replace("\r\n", "")
    rows = {r["question"]: r for r in csv.DictReader(io.StringIO(text, newline=""))}
    main = rows["data.collection.main"]
    assert (main["keep_confidence"], main["parked"]) == ("yes", "yes")
    assert (main["challenge"], main["subchallenge"]) == ("data", "collection")
    assert main["answer"].startswith("Weak") and main["risk"] not in ("", "XXXX")
    assert float(main["risk"]) > 0
    assert main["voices"] == "Ana: Weak; Ben: Good; ?: Fair"  # in the room's order; one no longer in it
    cost = rows["compute.cost.requests"]
    assert (cost["keep_confidence"], cost["parked"], cost["value"]) == ("no", "no", "5000")
    context = rows["context.industry"]
    assert (context["challenge"], context["subchallenge"], context["risk"]) == ("context", "", "")


def test_an_export_too_large_says_which_export_how_large_and_the_limit(mini_bank, monkeypatch):
    from desktop_app.core import exchange
    from desktop_app.core.exchange import _too_large, export_json

    assert str(_too_large("CSV export", 3 * 1_048_576)) == (
        "the CSV export would be 3.0 MB, too large for a file that imports back (answers files are limited to "
        "20 MB); shorten the longest notes and try again"
    )
    big = Assessment(
        client="C", project="P", answers={"data.collection.main": Answer("data.collection.main", "weak", "n" * 5000)}
    )
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 2_000)
    for make, what in (
        (lambda: export_json(mini_bank, big), "export"),
        (lambda: export_csv_text(mini_bank, big), "CSV export"),
    ):
        with pytest.raises(InputError) as err:
            make()
        assert str(err.value).startswith(f"the {what} would be 0.0 MB, too large"), str(err.value)
    entry = type("E", (), {"at": "t", "actor": "a", "action": "x", "target": "q", "detail": "d"})()
    with pytest.raises(InputError) as err:
        export_json(mini_bank, big, [entry])
    assert str(err.value).startswith("the export (without its history) would be 0.0 MB"), str(err.value)


def _one_answer_problems(mini_bank, **fields: object) -> list[str]:
    entry = {"question": "data.collection.main", "value": "weak", **fields}
    try:
        parse_answers_json(json.dumps({"answers": [entry]}), mini_bank, "in.json")
    except InputError as err:
        return err.problems
    return []


def test_names_and_long_texts_of_an_answer_have_their_limits(mini_bank):
    from desktop_app.core.exchange import MAX_NAME

    where = "in.json: answers[0]: question 'data.collection.main': "
    too_long = where + "'answered_by', 'rationale' or 'park_note' is too long"
    assert _one_answer_problems(mini_bank, answered_by="n" * MAX_NAME, rationale="r" * MAX_TEXT) == []
    assert _one_answer_problems(mini_bank, park_note="p" * MAX_TEXT, note_by="b" * MAX_NAME) == []
    assert _one_answer_problems(mini_bank, answered_by="n" * (MAX_NAME + 1)) == [too_long]
    assert _one_answer_problems(mini_bank, rationale="r" * (MAX_TEXT + 1)) == [too_long]
    assert _one_answer_problems(mini_bank, park_note="p" * (MAX_TEXT + 1)) == [too_long]
    assert _one_answer_problems(mini_bank, note_by="b" * (MAX_NAME + 1)) == [
        where + f"'note_by' must be a name (text of at most {MAX_NAME} characters)"
    ]


def test_an_empty_value_is_missing_unless_the_entry_holds_a_note(mini_bank):
    assert _one_answer_problems(mini_bank, value="") == [
        "in.json: answers[0]: question 'data.collection.main': 'value' is missing"
    ]
    entry = {"question": "data.collection.main", "value": "", "note": "ask again"}
    got = parse_answers_json(json.dumps({"answers": [entry]}), mini_bank).answers
    assert [(a.value, a.note) for a in got] == [(None, "ask again")]


def test_an_answer_to_a_question_the_bank_no_longer_has_is_exported_last(mini_bank):
    gone = Answer("data.retired.question", "weak")
    kept = Answer("data.collection.main", "weak")
    voices = {gone.question: (ParticipantAnswer("p", gone.question, "weak"),), kept.question: ()}
    a = Assessment(client="C", project="P", answers={gone.question: gone, kept.question: kept}, voices=voices)
    data = export_dict(mini_bank, a)
    assert [x["question"] for x in data["answers"]] == [kept.question, gone.question]
    assert [x["question"] for x in data["voices"]] == [gone.question]


def test_a_json_export_may_be_as_large_as_the_import_limit_less_a_byte_order_mark(mini_bank, monkeypatch):
    from desktop_app.core import exchange
    from desktop_app.core.exchange import export_json_text

    def export(n: int) -> str:
        note = Answer("data.collection.main", "weak", note="n" * n)
        return export_json_text(mini_bank, Assessment(client="C", project="P", answers={note.question: note}))

    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 10_000)
    base = len(export(0).encode("utf-8"))
    fits = 10_000 - 3 - base  # the note that makes the text exactly the limit less the mark's three bytes
    assert len(export(fits).encode("utf-8")) == 10_000 - 3
    with pytest.raises(InputError):
        export(fits + 1)


def test_a_plan_must_be_a_list_and_an_action_may_appear_once(mini_bank):
    with pytest.raises(InputError) as err:
        parse_answers_json(json.dumps({"answers": [], "plan": {}}), mini_bank, "in.json")
    assert err.value.problems == ["in.json: 'plan' must be a list"]
    twice = [{"mitigation": "MIT-T-001"}, {"mitigation": "MIT-T-002"}, {"mitigation": "MIT-T-001"}]
    twice += [{"mitigation": "MIT-T-002"}, {"mitigation": "MIT-X"}]
    assert _plan_problems(mini_bank, *twice) == [
        "in.json: plan[2]: action 'MIT-T-001' appears twice",
        "in.json: plan[3]: action 'MIT-T-002' appears twice",
        "in.json: plan[4]: unknown mitigation 'MIT-X'",
    ]


def test_a_question_answered_twice_names_the_first_place(mini_bank):
    answers = [
        {"question": "data.collection.main", "value": "weak"},
        {"question": " data.collection.main", "value": "good"},
    ]
    with pytest.raises(InputError) as err:
        parse_answers_json(json.dumps({"answers": answers}), mini_bank, "in.json")
    assert err.value.problems == [
        "in.json: answers[1]: question 'data.collection.main' is answered twice (also at in.json: answers[0])"
    ]


def test_more_of_the_nesting_scan():
    from desktop_app.core.exchange import _depth, load_json_safely

    assert _depth("[[[], [[]]]]") == 4  # a close steps back one level only
    assert _depth('{"c": "\\"[[[["}') == 1  # an escaped quote does not end the text
    with pytest.raises(InputError) as err:
        load_json_safely('{"answers": [], "Xkey": "a\\u0000"}', "in.json")
    assert err.value.problems == ["in.json: Xkey contains a NUL character, which no text may hold"]


def test_a_history_text_of_the_limit_is_taken(mini_bank):
    entry = {"at": "t", "actor": "a" * MAX_TEXT, "action": "x", "item": "q", "detail": "d"}
    got = parse_answers_json(json.dumps({"answers": [], "history": [entry]}), mini_bank).history
    assert got[0].actor == "a" * MAX_TEXT


def test_a_text_value_that_looks_like_a_formula_is_neutralised_in_the_csv_value_column(mini_bank):
    import csv
    import io

    note = Answer("compute.cost.notes", "=HYPERLINK(1)")
    a = Assessment(client="C", project="P", answers={note.question: note})
    rows = list(csv.reader(io.StringIO(export_csv_text(mini_bank, a), newline="")))
    assert rows[1][0] == "compute.cost.notes" and rows[1][1] == "'=HYPERLINK(1)"


def test_a_csv_export_may_be_as_large_as_the_import_limit_less_a_byte_order_mark(mini_bank, monkeypatch):
    from desktop_app.core import exchange

    def export(n: int) -> str:
        note = Answer("data.collection.main", "weak", note="n" * n)
        return export_csv_text(mini_bank, Assessment(client="C", project="P", answers={note.question: note}))

    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 10_000)
    fits = 10_000 - 3 - len(export(0).encode("utf-8"))
    assert len(export(fits).encode("utf-8")) == 10_000 - 3
    with pytest.raises(InputError):
        export(fits + 1)


def _records(n: int, first: str = "same") -> list[dict[str, str]]:
    out = [{"at": f"t{i}", "actor": "a", "action": "x", "item": "q", "detail": "d" * 50} for i in range(n)]
    if first == "small":
        out[0] = {"at": "t"}  # a first entry of fewer lines: the estimate per entry is too small
    elif first == "large":
        out[0] = {f"k{i}": "" for i in range(60)}  # of many lines: the estimate is far too large
    return out


@pytest.mark.parametrize("first", ["same", "small", "large"], ids=["estimate-exact", "overshoot", "undershoot"])
def test_the_history_kept_is_the_most_that_fits_the_budget(first):
    from desktop_app.core.exchange import _fit_history, _json_text

    data = {"answers": [], "history": []}
    records = _records(40, first)
    base = len(_json_text(dict(data, history=[], history_omitted=40)).encode("utf-8"))
    exact = [
        len(_json_text(dict(data, history=records[40 - k :], history_omitted=40 - k)).encode()) for k in (1, 5, 20)
    ]
    for budget in (base, base + 40, base + 700, base + 1500, base + 3000, *exact, *(e - 1 for e in exact)):
        fitted = _fit_history(dict(data), records, budget)
        kept = len(fitted["history"])
        assert fitted["history"] == records[40 - kept :] and fitted["history_omitted"] == 40 - kept
        assert len(_json_text(fitted).encode("utf-8")) <= budget
        one_more = dict(fitted, history=records[40 - kept - 1 :], history_omitted=40 - kept - 1)
        assert kept == 40 or len(_json_text(one_more).encode("utf-8")) > budget, (budget, kept)
    assert len(_fit_history(dict(data), records, base)["history"]) == 0  # exactly the base: fits, with none
    everything = _fit_history(dict(data), records, 10**6)
    assert everything["history"] == records and everything["history_omitted"] == 0
