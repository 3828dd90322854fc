"""Answers files: every problem named, nothing half-imported, exports that import back unchanged."""

from __future__ import annotations

import codecs
import json

import pytest

from desktop_app.core.assessment import Answer, Assessment, Participant, PlanDecision
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import (
    export_csv_text,
    export_dict,
    neutralise,
    parse_answers_csv,
    parse_answers_json,
    read_answers_file,
)


def _problems(fn, text, bank) -> list[str]:
    with pytest.raises(InputError) as err:
        fn(text, bank, "in.json")
    return err.value.problems


def test_json_answers_are_checked_and_normalised(mini_bank):
    text = json.dumps(
        {
            "answers": [
                {"question": "data.collection.main", "value": "weak", "note": "n", "confidence": "LOW"},
                {"question": "data.preprocessing.sources", "value": ["scraped", "licensed"]},
                {"question": "data.collection.scale_q", "value": "3"},
                {"question": "compute.cost.requests", "value": "12,500"},
                {"question": "integration.legacy.has_api", "value": True},
                {"question": "security_privacy.breaches.main", "value": "Unknown"},
            ]
        }
    )
    got = {a.question: a for a in parse_answers_json(text, mini_bank).answers}
    assert got["data.collection.main"].confidence == "low"
    assert got["data.preprocessing.sources"].value == ["licensed", "scraped"]
    assert got["data.collection.scale_q"].value == 3
    assert got["compute.cost.requests"].value == 12500
    assert got["integration.legacy.has_api"].value == "yes"
    assert got["security_privacy.breaches.main"].value == "unknown"


def test_every_problem_is_named_with_its_place(mini_bank):
    text = json.dumps(
        {
            "answers": [
                {"question": "no.such.q", "value": "x"},
                {"question": "data.collection.main", "value": "excellent"},
                {"question": "data.collection.scale_q", "value": 9},
                {"question": "compute.cost.requests", "value": "lots"},
                {"question": "data.preprocessing.sources", "value": ["none", "licensed"]},
                {"question": "data.privacy.main", "value": "good", "confidence": "sure"},
                {"question": "data.collection.main", "value": "good"},
            ]
        }
    )
    problems = _problems(parse_answers_json, text, mini_bank)
    assert len(problems) == 7
    assert "answers[0]" in problems[0] and "unknown question 'no.such.q'" in problems[0]
    assert "'excellent' is not an option" in problems[1]
    assert "maturity level from 0 to 4" in problems[2]
    assert "expected a number" in problems[3]
    assert "cannot be combined" in problems[4]
    assert "confidence must be one of" in problems[5]
    assert "answered twice" in problems[6]


def test_wrong_shape_and_bad_json_are_refused(mini_bank):
    assert "expected an object" in _problems(parse_answers_json, "[1, 2]", mini_bank)[0]
    assert _problems(parse_answers_json, '{"answers": [', mini_bank)[0].startswith("in.json:1:")


def test_na_refused_where_question_disallows_it(mini_bank):
    problems = _problems(
        parse_answers_json, '{"answers": [{"question": "context.industry", "value": "na"}]}', mini_bank
    )
    assert "'na' (not applicable) is not allowed" in problems[0]


def test_csv_rows_name_their_line(mini_bank):
    text = (
        "question,value,note,confidence\r\ndata.collection.main,weak,,\r\ndata.collection.main,good,,\r\nx.y.z,1,,\r\n"
    )
    with pytest.raises(InputError) as err:
        parse_answers_csv(text, mini_bank, "in.csv")
    assert err.value.problems[0].startswith("in.csv:3:") and "answered twice" in err.value.problems[0]
    assert err.value.problems[1].startswith("in.csv:4:")


def test_csv_multi_values_joined_with_semicolons(mini_bank):
    text = 'question,value\ndata.preprocessing.sources,"licensed;scraped"\n'
    assert parse_answers_csv(text, mini_bank).answers[0].value == ["licensed", "scraped"]


def test_csv_header_is_required(mini_bank):
    with pytest.raises(InputError, match="header must name"):
        parse_answers_csv("data.collection.main,weak\n", mini_bank, "in.csv")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        ("question,value\ndata.collection.main,wéak\n".encode("latin-1"), "not UTF-8"),
        (b"\x00\x01\x02binary", "NUL"),
    ],
)
def test_bad_encodings_and_empty_files_are_refused(tmp_path, mini_bank, data, message):
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_answers_file(path, mini_bank)


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_byte_order_marks_are_understood(tmp_path, mini_bank, bom):
    text = "question,value\ndata.collection.main,weak\n"
    encoded = bom + (text.encode("utf-16-le") if bom == codecs.BOM_UTF16_LE else text.encode("utf-8"))
    path = tmp_path / "in.csv"
    path.write_bytes(encoded)
    assert read_answers_file(path, mini_bank).answers[0].value == "weak"


def test_unsupported_extension_is_refused(tmp_path, mini_bank):
    path = tmp_path / "answers.txt"
    path.write_text("x")
    with pytest.raises(InputError, match=r"\.json, \.csv or \.xlsx"):
        read_answers_file(path, mini_bank)


def _assessment(bank) -> Assessment:
    answers = {
        "data.collection.main": Answer("data.collection.main", "weak", note="=HYPERLINK(evil)", confidence="low"),
        "data.preprocessing.sources": Answer("data.preprocessing.sources", ["licensed", "scraped"]),
        "compute.cost.requests": Answer("compute.cost.requests", 5000),
        "compute.cost.notes": Answer("compute.cost.notes", "-starts with minus"),
    }
    plan = {
        "MIT-T-001": PlanDecision("MIT-T-001", status="accepted", owner="Sam", due_date="2027-01-01"),
        "CUSTOM-1": PlanDecision("CUSTOM-1", custom=True, title="Extra", challenge="data", phase=2, status="accepted"),
    }
    return Assessment(
        client="C",
        project="P",
        workshop_date="2026-11-01",
        participants=(Participant("Ana", "CIO"),),
        answers=answers,
        plan=plan,
    )


def test_json_export_imports_back_unchanged(mini_bank):
    a = _assessment(mini_bank)
    text = json.dumps(export_dict(mini_bank, a))
    back = parse_answers_json(text, mini_bank)
    assert {x.question: (x.value, x.note, x.confidence) for x in back.answers} == {
        q: (x.value, x.note, x.confidence) for q, x in a.answers.items()
    }
    assert {d.key: (d.status, d.owner, d.custom) for d in back.plan} == {
        k: (d.status, d.owner, d.custom) for k, d in a.plan.items()
    }
    assert back.details["client"] == "C" and back.participants == [Participant("Ana", "CIO")]


def test_csv_export_neutralises_formulas_and_imports_back(mini_bank):
    a = _assessment(mini_bank)
    text = export_csv_text(mini_bank, a)
    assert "'=HYPERLINK(evil)" in text and "'-starts with minus" in text
    back = {x.question: x for x in parse_answers_csv(text, mini_bank).answers}
    assert back["data.collection.main"].note == "=HYPERLINK(evil)"
    assert back["compute.cost.notes"].value == "-starts with minus"
    assert back["data.preprocessing.sources"].value == ["licensed", "scraped"]


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_prefixes_dangerous_cells(cell):
    assert neutralise(cell) == "'" + cell


def test_neutralise_leaves_safe_cells(cell="plain"):
    assert neutralise(cell) == "plain" and neutralise(5) == 5
