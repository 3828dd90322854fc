"""storage/document.py's write paths: what the mutation run of the eighth session found no test for
(docs/testing.md, "storage/document.py: connect, the open path's rest, the write paths").

Each test is about what ``ReadinessDocument`` itself adds on top of ``storage/items.py``: the
sentences of its refusals, what it passes on (roles, notes, the current record, the exchange rate
and the details of an import), and the history entries it writes itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.core.assessment import Answer, Participant, ParticipantAnswer, PlanDecision
from desktop_app.core.currency import make_exchange_rate
from desktop_app.core.voices import AgreedChoice
from desktop_app.storage import document, items
from desktop_app.storage.document import DocumentError, ReadinessDocument

Q1 = "data.collection.main"  # good 0, fair 1, weak 3, none 4 risk points; "unknown" the bank's rule
Q2 = "data.preprocessing.main"
TEXT_Q = "compute.cost.notes"


@pytest.fixture()
def doc(tmp_path: Path, mini_bank) -> Iterator[ReadinessDocument]:
    d = ReadinessDocument.create(
        tmp_path / "w.readiness",
        client="Northbridge",
        project="Imaging",
        bank=mini_bank,
        facilitator="A. Consultant",
        participants=[Participant("Dana", "CIO", "Northbridge"), Participant("Eli", "DPO")],
    )
    yield d
    d.close()


def _count(doc: ReadinessDocument) -> int:
    return len(doc.history(100_000))


# -- refusals: their sentences, and nothing written -------------------------------------------------


def test_an_answer_to_a_question_not_in_the_bank_is_refused_by_name(doc):
    before = _count(doc)
    with pytest.raises(DocumentError) as err:
        doc.set_answer(Answer("data.nowhere.main", "good"))
    assert str(err.value) == "Question 'data.nowhere.main' is not in this assessment's question bank."
    assert _count(doc) == before


def test_a_voice_of_someone_not_taking_part_is_refused(doc):
    before = _count(doc)
    with pytest.raises(DocumentError) as err:
        doc.set_participant_answer(ParticipantAnswer("not-a-participant", Q1, "good"))
    assert str(err.value) == "That participant is not in this assessment."
    assert _count(doc) == before and doc.assessment().voices == {}


def test_a_decision_on_an_action_not_in_the_library_is_refused_by_name(doc):
    before = _count(doc)
    with pytest.raises(DocumentError) as err:
        doc.set_plan_decision(PlanDecision("MIT-NOWHERE", status="accepted"))
    assert str(err.value) == "Action 'MIT-NOWHERE' is not in this assessment's mitigation library."
    assert _count(doc) == before


def test_unknown_details_are_refused_by_name_all_of_them_before_anything_is_written(doc):
    before = _count(doc)
    with pytest.raises(ValueError) as err:
        doc.set_details(size="L", client="Southbridge", colour="blue")
    assert str(err.value) == "unknown detail(s): colour, size"
    assert _count(doc) == before and doc.assessment().client == "Northbridge"


@pytest.mark.parametrize("field", ["client", "project"])
@pytest.mark.parametrize("blank", ["", "   "])
def test_a_client_or_a_project_alone_cannot_be_emptied(doc, field, blank):
    before = _count(doc)
    with pytest.raises(DocumentError) as err:
        doc.set_details(**{field: blank})
    assert str(err.value) == "The client and the project need a name."
    a = doc.assessment()
    assert (a.client, a.project) == ("Northbridge", "Imaging") and _count(doc) == before


# -- the agreed answer after polling the room ---------------------------------------------------------


def test_the_agreed_answer_keeps_the_notes_and_the_confidence_already_recorded(doc):
    """The current record (here a note and a confidence without an answer yet) is what the agreed
    answer starts from."""
    doc.set_answer(Answer(Q1, None, note="asked IT", confidence="high"))
    stored = doc.set_agreed_answer(Q1, AgreedChoice("fair", rationale="the room agreed"))
    assert (stored.value, stored.note, stored.confidence) == ("fair", "asked IT", "high")
    assert doc.assessment().answers[Q1] == stored


def test_the_agreed_answer_measures_the_voices_with_the_banks_rules(doc):
    """An "unknown" voice is given its risk by the bank's scoring rules: "good" (0) and "unknown" (3)
    is a strong disagreement, so the confidence is lowered."""
    dana, eli = doc.assessment().participants
    doc.set_participant_answer(ParticipantAnswer(dana.id, Q1, "good"))
    doc.set_participant_answer(ParticipantAnswer(eli.id, Q1, "unknown"))
    stored = doc.set_agreed_answer(Q1, AgreedChoice("good", confidence="high"))
    assert stored.confidence == "low"


# -- a participant's self-assessment ----------------------------------------------------------------


def test_a_self_assessment_adds_its_person_with_their_role_and_keeps_their_notes(doc):
    rows = [(Q1, "weak", "no audit yet"), (Q2, "fair", "")]
    person = doc.import_participant_answers("Gus", rows, role="CTO")
    a = doc.assessment()
    assert [(p.name, p.role) for p in a.participants] == [("Dana", "CIO"), ("Eli", "DPO"), ("Gus", "CTO")]
    assert person == a.participants[-1] and person.id == a.participants[-1].id
    mine = {v.question: (v.value, v.note, v.answered_by) for vs in a.voices.values() for v in vs}
    assert mine == {Q1: ("weak", "no audit yet", "Gus"), Q2: ("fair", "", "Gus")}
    newest = doc.history(1)[0]
    assert (newest.action, newest.target, newest.detail, newest.actor) == (
        "self-assessment",
        items.participant_key(person.id),
        "2 answers",
        "A. Consultant",
    )


def test_a_self_assessment_without_a_role_adds_a_person_without_one(doc):
    person = doc.import_participant_answers("Gus", [(Q1, "weak", "")])
    assert (person.name, person.role) == ("Gus", "")
    assert [(p.name, p.role) for p in doc.assessment().participants][-1] == ("Gus", "")


# -- a custom action's key ----------------------------------------------------------------------------


def test_a_new_custom_key_is_never_one_already_taken(doc, monkeypatch):
    doc.set_plan_decision(PlanDecision("CUSTOM-AAAAAAAAAAAA", status="accepted", custom=True, title="Ours"))
    drawn = iter(["CUSTOM-AAAAAAAAAAAA", "CUSTOM-AAAAAAAAAAAA", "CUSTOM-BBBBBBBBBBBB"])
    monkeypatch.setattr(items, "new_custom_key", lambda: next(drawn))
    assert doc.next_custom_key() == "CUSTOM-BBBBBBBBBBBB"


# -- an import: everything it carries, in one history entry -------------------------------------------


def test_an_import_writes_the_details_the_rate_and_the_participants_it_carries(doc):
    rate = make_exchange_rate("EUR", "USD", 1.1, "2026-10-01", "set by Ana")
    details = {
        "client": "Southbridge",
        "project": "Imaging 2",
        "workshop_date": "2026-12-01",
        "facilitator": "B. Consultant",
        "currency": "USD",
        "exchange_rate": rate.to_json(),
    }
    people = [Participant("Fay", "CISO")]
    doc.import_all([Answer(Q1, "fair")], details=details, participants=people)
    a = doc.assessment()
    assert (a.client, a.project, a.workshop_date, a.facilitator, a.currency) == (
        "Southbridge",
        "Imaging 2",
        "2026-12-01",
        "B. Consultant",
        "USD",
    )
    assert a.exchange_rate == rate
    assert [(p.name, p.role) for p in a.participants] == [("Fay", "CISO")]
    assert a.answers[Q1].value == "fair"


def test_an_import_leaves_the_rate_alone_when_it_carries_an_empty_one_or_none(doc):
    rate = make_exchange_rate("EUR", "USD", 1.1, "2026-10-01", "set by Ana")
    doc.set_details(exchange_rate=rate.to_json())
    doc.import_all([Answer(Q1, "fair")], details={"exchange_rate": ""})
    doc.import_all([Answer(Q2, "fair")], details={"client": "Southbridge"})
    a = doc.assessment()
    assert a.exchange_rate == rate and a.client == "Southbridge"


def test_an_import_is_one_history_entry_naming_what_it_brought(doc):
    doc.actor = "C. Analyst"
    plan = [PlanDecision("MIT-T-001", status="accepted")]
    doc.import_all([Answer(Q1, "fair"), Answer(Q2, "weak")], plan=plan)
    newest = doc.history(1)[0]
    assert (newest.actor, newest.action, newest.target, newest.detail) == (
        "C. Analyst",
        "import",
        "",
        "2 answers, 1 plan entries",
    )


# -- the history as read back --------------------------------------------------------------------------


def test_the_history_gives_the_newest_200_changes_unless_asked_for_more(doc):
    before = _count(doc)
    with doc.transaction() as c:
        for i in range(205):
            items.log(c, items.Change("A. Consultant", "note", "", f"entry {i}"))
    newest = doc.history()
    assert len(newest) == 200
    assert newest[0].detail == "entry 204" and newest[-1].detail == "entry 5"
    assert len(doc.history(1000)) == 205 + before


# -- creating a document (create, _fill_new) ------------------------------------------------------------

CREATED = "2026-11-30T08:00:00+00:00"


def _raw_meta(path: Path) -> dict[str, str]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(raw.execute("SELECT key, value FROM meta").fetchall())
    finally:
        raw.close()


def test_a_new_document_records_its_creation_at_one_time_by_its_facilitator(tmp_path, mini_bank, monkeypatch):
    """The record, the meta rows (docs/file-format.md) and the first history entries carry the one
    moment of the creation, even when the clock moves on while it is written."""
    monkeypatch.setattr(document, "now_iso", lambda: CREATED)  # items.py reads the real clock
    path = tmp_path / "n.readiness"
    with ReadinessDocument.create(
        path, client="  Northbridge ", project=" Imaging", bank=mini_bank, facilitator="A. Consultant", currency="usd "
    ) as doc:
        a = doc.assessment()
        assert (a.client, a.project, a.currency, a.created_at) == ("Northbridge", "Imaging", "USD", CREATED)
        entries = doc.history(1000)[::-1]  # oldest first
    first = entries[0]
    assert (first.actor, first.action, first.target, first.detail, first.at) == (
        "A. Consultant",
        "created",
        "",
        "Northbridge / Imaging",
        CREATED,
    )
    details = [e for e in entries if e.action == "details"]
    assert {e.target for e in details} >= {"detail:client", "detail:project", "detail:currency"}
    assert {e.at for e in details} == {CREATED}
    meta = _raw_meta(path)
    assert meta["created_by"] == f"GenAI Readiness Planner {__version__}" and meta["created_at"] == CREATED
    assert meta["currency"] == "USD"  # stored as read: a merge copies the stored text


def test_a_new_document_without_a_facilitator_or_a_date_leaves_them_empty(tmp_path, mini_bank):
    with ReadinessDocument.create(tmp_path / "e.readiness", client="C", project="P", bank=mini_bank) as doc:
        a = doc.assessment()
        assert (a.facilitator, a.workshop_date) == ("", "")
        assert doc.history(1000)[-1].actor == ""


@pytest.mark.parametrize(("client", "project"), [("", "P"), ("C", "  "), (" ", "")])
def test_a_new_document_needs_a_client_and_a_project(tmp_path, mini_bank, client, project):
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.create(tmp_path / "x.readiness", client=client, project=project, bank=mini_bank)
    assert str(err.value) == "A new assessment needs a client and a project name."
    assert list(tmp_path.iterdir()) == []


def test_a_new_document_in_a_missing_folder_or_with_a_bad_currency_is_refused_with_a_sentence(tmp_path, mini_bank):
    missing = tmp_path / "nowhere"
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.create(missing / "x.readiness", client="C", project="P", bank=mini_bank)
    assert str(err.value) == f"The folder {missing} does not exist."
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.create(tmp_path / "x.readiness", client="C", project="P", bank=mini_bank, currency="EURO")
    assert str(err.value) == (
        "The currency is not valid: a currency is a three-letter ISO 4217 code such as EUR, not 'EURO'."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_new_document_may_replace_an_existing_file_when_told_to(tmp_path, mini_bank):
    path = tmp_path / "o.readiness"
    ReadinessDocument.create(path, client="Old", project="P", bank=mini_bank).close()
    with pytest.raises(DocumentError, match="already exists"):
        ReadinessDocument.create(path, client="New", project="P", bank=mini_bank)
    with ReadinessDocument.create(path, client="New", project="P", bank=mini_bank, overwrite=True) as doc:
        assert doc.assessment().client == "New"


def test_a_new_document_is_built_in_a_hidden_file_beside_it(tmp_path, mini_bank, monkeypatch):
    """Built beside its place (so the move into place is one rename on one drive), under a name that
    starts with a dot and ends with the suffix; nothing but the document is left."""
    seen: list[list[str]] = []
    real = document._fill_new

    def fill(conn, new):
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        real(conn, new)

    monkeypatch.setattr(document, "_fill_new", fill)
    ReadinessDocument.create(tmp_path / "h.readiness", client="C", project="P", bank=mini_bank).close()
    (names,) = seen
    building = [n for n in names if not n.endswith("-journal")]
    assert len(building) == 1 and building[0].startswith(".new-") and building[0].endswith(".readiness"), names
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.readiness"]


def test_a_new_document_that_cannot_be_written_says_why_and_leaves_nothing(tmp_path, mini_bank, monkeypatch):
    def failing(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(document, "connect", failing)  # fails before the temporary file is made again
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.create(tmp_path / "f.readiness", client="C", project="P", bank=mini_bank)
    assert str(err.value) == "Could not create f.readiness: unable to open database file."
    assert list(tmp_path.iterdir()) == []


def test_a_new_document_that_cannot_be_moved_into_place_says_why_and_leaves_nothing(tmp_path, mini_bank, monkeypatch):
    """The move fails with the temporary file already gone (another program removed it)."""

    def failing(src, dst):
        Path(src).unlink()
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(document.os, "replace", failing)
    with pytest.raises(DocumentError) as err:
        ReadinessDocument.create(tmp_path / "m.readiness", client="C", project="P", bank=mini_bank)
    assert str(err.value) == "Could not create m.readiness: No such file or directory."
    assert list(tmp_path.iterdir()) == []


def test_a_new_document_keeps_the_lock_setting_for_opening_again(tmp_path, mini_bank):
    with ReadinessDocument.create(
        tmp_path / "l.readiness", client="C", project="P", bank=mini_bank, lock_names=True
    ) as doc:
        assert doc.lock_names is True
