"""Exports carry the room: each participant's own answers (voices), the agreed answer's rationale and
override, the author and time of every item and the history; imports read them back. Exports of
format 1 (tests/fixtures/export-v1.*) still import as before."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, ImportedVoices, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import (
    EXPORT_FORMAT_VERSION,
    export_csv_text,
    export_dict,
    export_json_text,
    parse_answers_csv,
    parse_answers_json,
)
from desktop_app.core.voices import AgreedChoice
from desktop_app.storage.document import ReadinessDocument, create_from_export

FIXTURES = Path(__file__).parent.parent / "fixtures"
Q1, Q2 = "data.collection.main", "data.preprocessing.sources"


@pytest.fixture()
def polled(tmp_path, mini_bank) -> ReadinessDocument:
    doc = ReadinessDocument.create(
        tmp_path / "polled.readiness",
        client="Northbridge",
        project="Imaging",
        bank=mini_bank,
        facilitator="Fran",
        participants=[Participant("Dana", "CIO", "Northbridge"), Participant("Eli", "DPO")],
    )
    dana, eli = doc.assessment().participants
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "good", note="we audit"))
    doc.set_participant_answer(ParticipantAnswer(eli.id, Q1, "none"))
    doc.set_participant_answer(ParticipantAnswer(eli.id, Q2, ["licensed", "scraped"]))
    doc.set_agreed_answer(Q1, AgreedChoice("weak", rationale="Eli's site has no process", keep_confidence=True))
    doc.set_answer(Answer("context.industry", "healthcare", answered_by="Dana"))
    doc.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Eli"))
    yield doc
    doc.close()


def _voices(a) -> dict[tuple[str, str], tuple[object, str]]:
    names = {p.id: p.name for p in a.participants}
    return {(names[v.participant_id], q): (v.value, v.note) for q, vs in a.voices.items() for v in vs}


def test_the_json_export_carries_voices_rationale_authors_and_history(polled):
    a = polled.assessment()
    data = export_dict(polled.bank, a, history=polled.history(1000))
    assert data["format_version"] == EXPORT_FORMAT_VERSION == 2
    people = data["assessment"]["participants"]
    assert [(p["name"], bool(p["id"])) for p in people] == [("Dana", True), ("Eli", True)]
    (agreed,) = [x for x in data["answers"] if x["question"] == Q1]
    assert (agreed["rationale"], agreed["keep_confidence"], agreed["confidence"]) == (
        "Eli's site has no process",
        True,
        "medium",
    )
    assert agreed["answered_at"] == a.answers[Q1].answered_at != ""
    ids = {p["name"]: p["id"] for p in people}
    voice = next(v for v in data["voices"] if v["participant"] == ids["Dana"])
    assert (voice["question"], voice["value"], voice["note"]) == (Q1, "good", "we audit")
    assert voice["answered_by"] and voice["answered_at"]
    assert data["plan"][0]["changed_by"] and data["plan"][0]["updated_at"]
    actions = [h["action"] for h in data["history"]]
    assert actions[0] == "created" and "participant answer" in actions and "answer" in actions
    assert all(set(h) == {"at", "actor", "action", "item", "detail"} for h in data["history"])


def test_the_json_export_reads_back_unchanged(polled):
    a = polled.assessment()
    back = parse_answers_json(export_json_text(polled.bank, a, history=polled.history(1000)), polled.bank)
    answers = {x.question: x for x in back.answers}
    original = a.answers[Q1]
    got = answers[Q1]
    assert (got.value, got.rationale, got.keep_confidence, got.answered_by, got.answered_at) == (
        original.value,
        original.rationale,
        original.keep_confidence,
        original.answered_by,
        original.answered_at,
    )
    assert [(p.name, p.role, p.id) for p in back.participants] == [(p.name, p.role, p.id) for p in a.participants]
    assert {(v.participant_id, v.question, json.dumps(v.value), v.note, v.answered_at) for v in back.voices} == {
        (v.participant_id, q, json.dumps(v.value), v.note, v.answered_at) for q, vs in a.voices.items() for v in vs
    }
    assert back.plan[0].changed_by == a.plan["MIT-T-001"].changed_by
    assert len(back.history) == len(polled.history(1000)) and back.history[0].action == "created"


def test_a_file_made_from_the_export_holds_the_same_room(polled, tmp_path, user_banks):
    export = tmp_path / "polled.json"
    export.write_text(export_json_text(polled.bank, polled.assessment(), history=polled.history(1000)))
    a = polled.assessment()
    with create_from_export(export, tmp_path / "again.readiness") as again:
        b = again.assessment()
    assert _voices(b) == _voices(a) and len(_voices(b)) == 3
    assert [p.id for p in b.participants] == [p.id for p in a.participants]  # the same people, not look-alikes
    assert (b.answers[Q1].rationale, b.answers[Q1].keep_confidence) == ("Eli's site has no process", True)
    assert b.answers[Q1].answered_at == a.answers[Q1].answered_at  # the time of the answer, not of the import
    assert b.answers["context.industry"].answered_by == "Dana"


def test_importing_voices_into_another_assessment_matches_people_by_name_and_adds_the_missing(
    polled, tmp_path, mini_bank
):
    from desktop_app.core.exchange import read_answers_file

    export = tmp_path / "polled.json"
    export.write_text(export_json_text(polled.bank, polled.assessment()))
    with ReadinessDocument.create(
        tmp_path / "other.readiness", client="X", project="Y", bank=mini_bank, participants=[Participant("Eli")]
    ) as other:
        imported = read_answers_file(export, other.bank)
        other.import_all(
            imported.answers,
            imported.plan,
            voices=ImportedVoices(tuple(imported.voices), tuple(imported.participants or ())),
        )
        b = other.assessment()
    assert [p.name for p in b.participants] == ["Eli", "Dana"]
    assert _voices(b) == _voices(polled.assessment())


def test_bad_voices_in_an_export_are_named_and_nothing_is_taken(polled):
    data = export_dict(polled.bank, polled.assessment())
    data["voices"][0]["participant"] = "nobody"
    data["voices"][1]["value"] = "excellent"
    data["voices"][2]["question"] = "no.such.question"
    data["history"] = [{"at": 5}]
    with pytest.raises(InputError) as err:
        parse_answers_json(json.dumps(data), polled.bank, "x.json")
    text = "\n".join(err.value.problems)
    assert "x.json: voices[0]: participant 'nobody' is not in assessment.participants" in text
    assert "x.json: voices[1]: question 'data.collection.main': 'excellent' is not an option" in text
    assert "x.json: voices[2]: unknown question 'no.such.question'" in text
    assert "x.json: history[0]" in text


def test_the_csv_export_carries_the_rationale_and_the_room_and_reads_back(polled):
    a = polled.assessment()
    text = export_csv_text(polled.bank, a)
    header = text.splitlines()[0].split(",")
    assert header[:4] == ["question", "value", "note", "confidence"] and {"rationale", "voices"} <= set(header)
    assert "Dana: Good; Eli: None" in text
    back = {x.question: x for x in parse_answers_csv(text, polled.bank).answers}
    assert back[Q1].rationale == "Eli's site has no process"
    assert back[Q1].answered_at == a.answers[Q1].answered_at


def test_the_xlsx_export_has_the_rationale_the_voices_and_the_history(polled, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.analysis.export import write_xlsx

    out = write_xlsx(polled.bank, polled.assessment(), tmp_path / "out.xlsx", history=polled.history(1000))
    wb = load_workbook(out)
    assert wb.sheetnames == ["Answers", "Scores", "Plan", "Details", "Voices", "History"]
    answers = list(wb["Answers"].values)
    col = answers[0].index("rationale")
    assert any(r[0] == Q1 and r[col] == "Eli's site has no process" for r in answers[1:])
    voices = list(wb["Voices"].values)
    assert voices[0][:5] == ("question", "participant", "role", "value", "answer")
    assert ("data.collection.main", "Dana", "CIO", "good", "Good") in {r[:5] for r in voices[1:]}
    history = list(wb["History"].values)
    assert history[0] == ("at", "actor", "action", "item", "detail") and len(history) == len(polled.history(1000)) + 1


# -- older exports ---------------------------------------------------------------------------


def test_a_format_1_json_export_still_imports_as_before(tmp_path, mini_bank, user_banks):
    back = parse_answers_json((FIXTURES / "export-v1.json").read_text(encoding="utf-8"), mini_bank)
    assert {x.question: x.value for x in back.answers} == {
        "context.industry": "healthcare",
        "data.collection.main": "weak",
        "data.preprocessing.sources": ["licensed", "scraped"],
    }
    assert [(p.name, p.id) for p in back.participants] == [("Dana", ""), ("Eli", "")]
    assert back.voices == [] and back.history == []
    assert {d.key for d in back.plan} == {"MIT-T-001", "CUSTOM-1"}
    with create_from_export(FIXTURES / "export-v1.json", tmp_path / "v1.readiness") as doc:
        a = doc.assessment()
    assert a.answers["data.collection.main"].note == "two sites"
    assert a.answers["data.collection.main"].answered_at == "2026-11-01T09:05:00+00:00"
    assert [p.name for p in a.participants] == ["Dana", "Eli"] and all(p.id for p in a.participants)


def test_a_format_1_csv_export_still_imports_as_before(mini_bank):
    back = parse_answers_csv((FIXTURES / "export-v1.csv").read_text(encoding="utf-8"), mini_bank)
    assert [(x.question, x.value, x.confidence) for x in back.answers] == [
        ("context.industry", "healthcare", "high"),
        ("data.collection.main", "weak", "low"),
        ("data.preprocessing.sources", ["licensed", "scraped"], "medium"),
    ]


# -- the room's capture: note authors and parked questions -------------------------------------

Q3 = "data.preprocessing.main"


@pytest.fixture()
def parked(polled) -> ReadinessDocument:
    """Q1 answered and parked with a reason; Q3 parked without an answer; a note said by Eli."""
    a = polled.assessment()
    polled.set_answer(replace(a.answers[Q1], parked=True, park_note="ask the second site", note_by="Eli", note="x"))
    polled.set_answer(Answer(Q3, None, note="nobody knew", note_by="Dana", parked=True, park_note="find the owner"))
    return polled


def _capture(a, qid):
    x = a.record(qid)
    return (x.value, x.note, x.note_by, x.parked, x.park_note)


def test_the_json_export_carries_note_authors_and_parked_questions_answered_or_not(parked):
    data = export_dict(parked.bank, parked.assessment())
    entries = {x["question"]: x for x in data["answers"]}
    assert (entries[Q1]["note_by"], entries[Q1]["parked"], entries[Q1]["park_note"]) == (
        "Eli",
        True,
        "ask the second site",
    )
    assert (entries[Q3]["value"], entries[Q3]["parked"], entries[Q3]["park_note"], entries[Q3]["note_by"]) == (
        None,
        True,
        "find the owner",
        "Dana",
    )
    assert entries["context.industry"]["parked"] is False


def test_parked_questions_and_note_authors_read_back_into_a_new_file(parked, tmp_path, user_banks):
    a = parked.assessment()
    back = parse_answers_json(export_json_text(parked.bank, a), parked.bank)
    got = {x.question: (x.value, x.note, x.note_by, x.parked, x.park_note) for x in back.answers}
    assert got[Q1] == _capture(a, Q1) and got[Q3] == _capture(a, Q3) == (
        None,
        "nobody knew",
        "Dana",
        True,
        "find the owner",
    )
    export = tmp_path / "parked.json"
    export.write_text(export_json_text(parked.bank, a))
    with create_from_export(export, tmp_path / "again.readiness") as again:
        b = again.assessment()
    assert Q3 not in b.answers and _capture(b, Q3) == _capture(a, Q3)  # still unanswered: not scored
    assert _capture(b, Q1) == _capture(a, Q1)


def test_an_answer_entry_without_a_value_needs_a_note_or_a_park(parked):
    data = export_dict(parked.bank, parked.assessment())
    data["answers"].append({"question": "data.collection.scale_q", "value": None})
    data["answers"].append({"question": "context.data_sensitivity", "value": None, "parked": "yes"})
    data["answers"].append({"question": "context.jurisdictions", "value": ["eu"], "park_note": 7})
    with pytest.raises(InputError) as err:
        parse_answers_json(json.dumps(data), parked.bank, "x.json")
    text = "\n".join(err.value.problems)
    assert "question 'data.collection.scale_q': 'value' is missing" in text
    assert "question 'context.data_sensitivity': 'parked' must be true or false" in text
    assert "question 'context.jurisdictions': 'park_note' must be text" in text


def test_the_csv_export_carries_note_authors_parks_and_the_override_and_reads_back(parked):
    a = parked.assessment()
    text = export_csv_text(parked.bank, a)
    header = text.splitlines()[0].split(",")
    assert {"note_by", "parked", "park_note", "keep_confidence"} <= set(header)
    back = {x.question: x for x in parse_answers_csv(text, parked.bank).answers}
    assert (back[Q1].note_by, back[Q1].parked, back[Q1].park_note, back[Q1].keep_confidence) == (
        "Eli",
        True,
        "ask the second site",
        True,
    )
    assert back["context.industry"].parked is False and back["context.industry"].keep_confidence is False


def test_a_csv_flag_that_is_not_yes_or_no_is_named(mini_bank):
    text = "question,value,parked,keep_confidence\r\ndata.collection.main,weak,maybe,\r\n"
    with pytest.raises(InputError) as err:
        parse_answers_csv(text, mini_bank, "a.csv")
    assert "a.csv:2: question 'data.collection.main': 'parked' must be yes or no (not 'maybe')" in err.value.problems


def test_the_xlsx_answers_sheet_shows_the_park_and_its_reason(parked, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.analysis.export import write_xlsx

    rows = list(load_workbook(write_xlsx(parked.bank, parked.assessment(), tmp_path / "p.xlsx"))["Answers"].values)
    col = {name: i for i, name in enumerate(rows[0])}
    (q1,) = [r for r in rows[1:] if r[0] == Q1]
    assert (q1[col["note_by"]], q1[col["parked"]], q1[col["park_note"]]) == ("Eli", True, "ask the second site")
