"""The rule of importing an answers file (core/importing.py), shared by import-answers and File >
Import answers: what changes, what is left alone, and that the write can be taken back."""

from __future__ import annotations

import pytest

from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.exchange import ImportedAnswers, export_json_text, parse_answers_json
from desktop_app.core.importing import plan_import
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import import_answers, read_side, restore_versions, with_versions

Q1, Q2, Q3 = "data.collection.main", "data.privacy.main", "data.privacy.lawful_basis"


@pytest.fixture()
def doc(tmp_path, mini_bank):
    d = ReadinessDocument.create(
        tmp_path / "here.readiness", client="Acme", project="Pilot", bank=mini_bank, facilitator=""
    )
    d.set_answer(Answer(Q1, "weak", note="two sites", confidence="low", answered_by="Fran"))
    d.set_answer(Answer(Q2, "unknown"))
    d.set_plan_decision(PlanDecision("MIT-T-001", status="accepted", owner="Eli"))
    yield d
    d.close()


def test_only_what_the_file_says_differently_is_taken(doc):
    current = doc.assessment()
    imported = ImportedAnswers(
        answers=[
            Answer(Q1, "weak", note="two sites", confidence="low", answered_by="Someone else"),  # same words
            Answer(Q2, "unknown", note="ask the DPO"),  # a note added
            Answer(Q3, "none"),  # new
        ],
        plan=[
            PlanDecision("MIT-T-001", status="accepted", owner="Eli", changed_by="X", updated_at="2026-01-01"),
            PlanDecision("MIT-T-002", status="rejected"),
        ],
    )
    planned = plan_import(current, imported)
    assert [(c.question, c.before is None) for c in planned.answers] == [(Q2, False), (Q3, True)]
    assert planned.answers[0].before == current.answers[Q2]
    assert [(c.key, c.before is None) for c in planned.plan] == [("MIT-T-002", True)]
    assert planned.unchanged == 2 and not planned.changes_nothing


def test_details_fill_only_empty_fields_and_participants_only_an_empty_room(doc):
    people = [Participant("Dana", "CIO", id="p-dana")]
    imported = ImportedAnswers(
        answers=[],
        details={"client": "Other client", "facilitator": "Fran", "project": ""},
        participants=people,
        voices=[ParticipantAnswer("p-dana", Q1, "good")],
    )
    planned = plan_import(doc.assessment(), imported)
    assert planned.details == {"facilitator": "Fran"}
    assert planned.participants == tuple(people)
    assert planned.voices.answers == (ParticipantAnswer("p-dana", Q1, "good"),)
    doc.set_participants([Participant("Eli", "DPO")])
    assert plan_import(doc.assessment(), imported).participants is None


def test_importing_an_export_of_the_same_assessment_changes_nothing(doc, mini_bank):
    doc.set_participants([Participant("Dana", "CIO")])
    dana = doc.assessment().participants[0]
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "good", note="we audit"))
    text = export_json_text(mini_bank, doc.assessment(), doc.history(100))
    planned = plan_import(doc.assessment(), parse_answers_json(text, mini_bank))
    assert planned.changes_nothing and planned.unchanged == 3  # context.industry is not answered here


def test_the_import_writes_what_was_planned_and_can_be_taken_back(doc, mini_bank):
    before_items = read_side(doc._conn, mini_bank).items
    planned = plan_import(
        doc.assessment(),
        ImportedAnswers(
            answers=[Answer(Q1, "good", note="fixed", answered_by="Dana"), Answer(Q3, "none")],
            details={"facilitator": "Fran"},
        ),
    )
    _, versions = with_versions(doc, lambda: import_answers(doc, planned))
    a = doc.assessment()
    assert (a.answers[Q1].value, a.answers[Q1].note, a.answers[Q1].answered_by) == ("good", "fixed", "Dana")
    assert a.answers[Q3].value == "none" and a.facilitator == "Fran"
    assert a.answers[Q2].value == "unknown"  # not in the file: untouched
    restore_versions(doc, versions.before, "import undone")
    after_undo = doc.assessment()
    assert after_undo.answers[Q1].value == "weak" and Q3 not in after_undo.answers and after_undo.facilitator == ""
    assert {k: v.state for k, v in read_side(doc._conn, mini_bank).items.items()} == {
        k: v.state for k, v in before_items.items()
    }


def test_an_exported_workbook_reads_back_as_its_csv_does(doc, mini_bank, tmp_path):
    from desktop_app.analysis.export import write_xlsx
    from desktop_app.core.exchange import export_csv_text, parse_answers_csv, read_answers_file

    doc.set_answer(Answer(Q3, "none", note="+1 said twice", parked=True, park_note="ask legal", note_by="Dana"))
    a = doc.assessment()
    from_xlsx = read_answers_file(write_xlsx(mini_bank, a, tmp_path / "out.xlsx"), mini_bank)
    from_csv = parse_answers_csv(export_csv_text(mini_bank, a), mini_bank)
    assert from_xlsx.answers == from_csv.answers
    assert {x.question: x.note for x in from_xlsx.answers}[Q3] == "+1 said twice"


def test_a_workbook_that_unpacks_too_large_is_refused_before_it_is_read(tmp_path, mini_bank, monkeypatch):
    import zipfile

    from desktop_app.core import self_assessment
    from desktop_app.core.errors import InputError
    from desktop_app.core.exchange import read_answers_file

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", "<sst>" + "a" * 2_000_000 + "</sst>")
    assert path.stat().st_size < 20_000
    monkeypatch.setattr(self_assessment, "MAX_UNPACKED_BYTES", 1_000_000)
    with pytest.raises(InputError, match="unpacks to 2 MB"):
        read_answers_file(path, mini_bank)
    with pytest.raises(InputError, match="unpacks to"):
        self_assessment.read_filled(path, mini_bank, "Eli")
    assert not self_assessment.is_self_assessment(path)


def test_a_voice_is_new_when_the_person_here_said_something_else_matched_by_id_then_name(doc):
    doc.set_participants([Participant("Dana", "CIO")])
    dana = doc.assessment().participants[0]
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "good", note="we audit"))
    elsewhere = Participant("Dana", "CIO", id="p-other-copy")  # the same person, another file's id
    imported = ImportedAnswers(
        answers=[],
        participants=[elsewhere, Participant("Eli", "DPO", id="p-eli")],
        voices=[
            ParticipantAnswer("p-other-copy", Q1, "good", note="we audit"),  # held here: left alone
            ParticipantAnswer(dana.id, Q1, "none"),  # Dana changed her mind
            ParticipantAnswer("p-eli", Q1, "weak"),  # a person not here yet
        ],
    )
    planned = plan_import(doc.assessment(), imported)
    assert [(v.participant_id, v.value) for v in planned.voices.answers] == [(dana.id, "none"), ("p-eli", "weak")]


def test_a_filled_questionnaire_is_told_from_an_answers_file(doc, mini_bank, tmp_path):
    from desktop_app.core.exchange import export_csv_text
    from desktop_app.core.self_assessment import is_self_assessment, write_blank

    for name in ("blank.xlsx", "blank.csv"):
        write_blank(mini_bank, tmp_path / name, "Acme")
        assert is_self_assessment(tmp_path / name)
    answers = tmp_path / "answers.csv"
    answers.write_text(export_csv_text(mini_bank, doc.assessment()), encoding="utf-8-sig")
    assert not is_self_assessment(answers)
    assert not is_self_assessment(tmp_path / "missing.csv")
    (tmp_path / "odd.json").write_text("{}")
    assert not is_self_assessment(tmp_path / "odd.json")
