"""storage.quick_read: the portfolio's reader gives what the usual open gives, or steps aside.

Every file is read both ways through ``analysis.index.extract_file`` (``quick=True`` and ``quick=False``)
and the two results must be equal: the row, the answers, the reasons, or the sentence why the file is
unreadable. For a damaged or hostile file the quick reader must step aside (``read_summary`` returns
None), so that no check of a file from elsewhere is weaker than the usual open's.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from desktop_app.analysis.index import Extract, extract_file
from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.core.bank import load_bank_text
from desktop_app.core.currency import make_exchange_rate
from desktop_app.resources import resource_path
from desktop_app.storage import connection, quick_read
from desktop_app.storage.document import DocumentError, ReadinessDocument, create_from_export
from desktop_app.storage.quick_read import read_summary
from tests.analysis_docs import FIXTURES, NEW_ANSWERS, make_doc
from tests.robustness.soaklib import BYTE_MUTATIONS, SCHEMA_ADDITIONS
from tests.robustness.test_schema_objects import HOSTILE

SAMPLES = sorted(p.name for p in resource_path("samples").glob("*.json"))


@pytest.fixture(autouse=True)
def _fresh_caches():
    quick_read.forget_caches()
    yield
    quick_read.forget_caches()


def both_ways(path: Path) -> tuple[Extract, Extract]:
    folder = path.parent
    return extract_file(path, folder, quick=True), extract_file(path, folder, quick=False)


def assert_same(path: Path) -> Extract:
    quick, usual = both_ways(path)
    assert quick == usual
    return usual


def _tamper(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    for extra in (path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")):
        extra.unlink(missing_ok=True)


@pytest.fixture()
def good(tmp_path, mini_bank) -> Path:
    """A plain file with notes (one not ASCII), a confidence, a plan decision, a currency and a rate."""
    path = tmp_path / "good.readiness"
    mitigation = next(iter(mini_bank.mitigations))
    with ReadinessDocument.create(path, client="Acme", project="Fraud", bank=mini_bank, currency="USD") as doc:
        doc.import_all(
            [
                Answer("context.industry", "financial_services"),
                Answer("data.collection.main", "weak", note="Réidentification risk", confidence="low"),
                Answer("compute.cost.main", "unknown", note="ask finance"),
                Answer("data.privacy.main", None, note="a note before the answer"),
            ],
            [PlanDecision(key=mitigation, status="accepted", owner="CISO", due_date="2027-01-31")],
        )
    return path


# --------------------------------------------------------------------------------------------
# The same results


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_reads_the_same_both_ways_and_the_quick_reader_reads_it(tmp_path, name):
    path = tmp_path / "sample.readiness"
    create_from_export(resource_path("samples", name), path).close()
    got = read_summary(path)
    assert got is not None  # the plain case: read quickly, not handed to the usual reader
    usual = assert_same(path)
    assert usual.row is not None and len(usual.answers) > 100 and usual.reasons != "[]"
    bank, assessment = got
    with ReadinessDocument.open(path, readonly=True) as doc:
        full = doc.assessment()
        assert bank.sha256 == doc.bank.sha256
    assert {q: (a.value, a.note, a.confidence) for q, a in assessment.answers.items()} == {
        q: (a.value, a.note, a.confidence) for q, a in full.answers.items()
    }
    assert assessment.plan == full.plan
    assert (assessment.client, assessment.project, assessment.workshop_date, assessment.currency) == (
        full.client, full.project, full.workshop_date, full.currency,
    )  # fmt: skip
    assert assessment.exchange_rate == full.exchange_rate


def test_a_file_with_notes_a_plan_a_currency_and_a_rate_reads_the_same(good):
    with ReadinessDocument.open(good) as doc:
        doc.set_details(exchange_rate=make_exchange_rate("EUR", "USD", 1.08, "2026-12-04", "ECB").to_json())
    assert read_summary(good) is not None
    usual = assert_same(good)
    assert {a.question_id: a.note for a in usual.answers}["data.collection.main"] == "Réidentification risk"
    _, assessment = read_summary(good) or (None, None)
    assert assessment is not None and assessment.currency == "USD" and assessment.exchange_rate is not None
    assert "data.privacy.main" not in assessment.answers  # a note alone is not an answer


def test_two_files_of_different_banks_each_get_their_own(tmp_path, mini_bank):
    """The bank cache compares the stored bytes, so a bank differing in one word is parsed as itself."""
    from tests.conftest import MINI_BANK

    text = MINI_BANK.read_text(encoding="utf-8")
    question = mini_bank.question("data.collection.main").text
    other = load_bank_text(text.replace(question, question.replace("a", "o", 1)), "other")
    assert other.question("data.collection.main").text != question
    a = make_doc(tmp_path / "a.readiness", mini_bank, NEW_ANSWERS)
    b = make_doc(tmp_path / "b.readiness", other, NEW_ANSWERS)
    for path, expected in ((a, question), (b, other.question("data.collection.main").text), (a, question)):
        got = read_summary(path)
        assert got is not None and got[0].question("data.collection.main").text == expected
        assert_same(path)


def test_a_list_answer_is_never_shared_between_files(tmp_path, mini_bank):
    multi = next(q for q in mini_bank.all_questions() if q.type == "multi")
    value = [multi.options[0].id]
    first = make_doc(tmp_path / "one.readiness", mini_bank, {**NEW_ANSWERS, multi.id: value})
    second = make_doc(tmp_path / "two.readiness", mini_bank, {**NEW_ANSWERS, multi.id: value})
    a, b = read_summary(first), read_summary(second)
    assert a is not None and b is not None
    a[1].answers[multi.id].value.append("changed")  # type: ignore[union-attr]
    assert b[1].answers[multi.id].value == value


# --------------------------------------------------------------------------------------------
# Stepping aside: the usual reader gives the sentence


def _reason(path: Path) -> str:
    quick, usual = both_ways(path)
    assert quick == usual
    assert usual.row is None and usual.reason, usual
    return usual.reason


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_foreign_schema_object_is_refused_even_after_a_clean_file_was_read(tmp_path, mini_bank, kind):
    clean = make_doc(tmp_path / "clean.readiness", mini_bank, NEW_ANSWERS)
    hostile = make_doc(tmp_path / "hostile.readiness", mini_bank, NEW_ANSWERS)
    assert read_summary(clean) is not None  # its schema is now known clean in this process
    _tamper(hostile, *HOSTILE[kind])
    assert read_summary(hostile) is None
    assert "not created by GenAI Readiness Planner" in _reason(hostile)


@pytest.mark.parametrize("sql", SCHEMA_ADDITIONS)
def test_every_hostile_change_of_the_soak_test_is_left_to_the_usual_reader(tmp_path, mini_bank, sql):
    clean = make_doc(tmp_path / "clean.readiness", mini_bank, NEW_ANSWERS)
    assert read_summary(clean) is not None
    path = make_doc(tmp_path / "hostile.readiness", mini_bank, NEW_ANSWERS)
    try:
        _tamper(path, sql)
    except sqlite3.Error:
        pytest.skip(f"sqlite3 refuses {sql!r} on this build")  # pragma: no cover
    if sql == "PRAGMA journal_mode = WAL":  # the usual reader folds the log in (so the file changes) and reads it
        assert read_summary(path) is None
        quick, usual = both_ways(path)
        assert (quick.row, quick.answers, quick.reasons) == (usual.row, usual.answers, usual.reasons)
        assert usual.row is not None
        return
    assert read_summary(path) is None
    _reason(path)


def test_a_file_that_fails_quick_check_is_refused_by_both(tmp_path, mini_bank):
    """The schema reads, but a page of the answers' index is broken: only ``PRAGMA quick_check`` sees it."""
    path = make_doc(tmp_path / "broken.readiness", mini_bank, NEW_ANSWERS)
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'answers' ORDER BY name"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 1 : start + 3] = (page_size - 7).to_bytes(2, "big")  # the first freeblock: past the end
    path.write_bytes(bytes(data))
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 5  # the schema still reads
        assert raw.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    assert read_summary(path) is None
    assert "integrity check failed" in _reason(path)


def test_text_that_is_not_utf8_is_read_by_the_usual_reader_with_replacement(tmp_path, mini_bank):
    path = make_doc(tmp_path / "latin1.readiness", mini_bank, NEW_ANSWERS, notes={"data.collection.main": "x"})
    latin1 = "CAST(X'52E9756E696F6E' AS TEXT)"  # "Réunion" in Latin-1
    _tamper(path, f"UPDATE answers SET note = {latin1} WHERE question_id = 'data.collection.main'")
    assert read_summary(path) is None
    usual = assert_same(path)
    assert {a.question_id: a.note for a in usual.answers}["data.collection.main"] == "R\ufffdunion"


def test_older_formats_encrypted_files_and_saves_to_recover_are_left_to_the_usual_reader(tmp_path, mini_bank):
    for name in ("format-v1.readiness", "format-v2.readiness"):
        path = tmp_path / name
        path.write_bytes((FIXTURES / name).read_bytes())
        assert read_summary(path) is None
        assert assert_same(path).row is not None  # migrated in memory by the usual reader
    secret = tmp_path / "secret.readiness"
    ReadinessDocument.create(secret, client="C", project="P", bank=mini_bank, password="correct horse 42").close()
    assert read_summary(secret) is None
    assert "password needed" in _reason(secret)
    journal = make_doc(tmp_path / "journal.readiness", mini_bank, NEW_ANSWERS)
    (tmp_path / "journal.readiness-journal").write_bytes(b"")
    assert read_summary(journal) is None
    assert_same(journal)


def test_a_file_built_to_stall_is_stopped_once_with_the_usual_sentence(tmp_path, mini_bank, monkeypatch):
    path = make_doc(tmp_path / "big.readiness", mini_bank, NEW_ANSWERS)
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", ((f"k{i}", "v" * 200) for i in range(60_000)))
    conn.commit()
    conn.close()
    monkeypatch.setattr(connection, "READ_BUDGET_SECONDS", 0.0001)
    with pytest.raises(DocumentError, match="too long to read"):
        read_summary(path)
    assert "too long to read" in _reason(path)


@pytest.mark.parametrize("seed", range(4))
def test_damaged_bytes_give_the_same_result_both_ways(tmp_path, mini_bank, seed):
    good = make_doc(tmp_path / "good.readiness", mini_bank, NEW_ANSWERS, notes={"data.privacy.main": "reviewed"})
    data = good.read_bytes()
    rng = random.Random(seed)
    refused = 0
    for trial in range(30):
        damaged = bytearray(data)
        rng.choice(list(BYTE_MUTATIONS.values()))(damaged, rng)
        path = tmp_path / f"damaged-{trial}.readiness"
        path.write_bytes(bytes(damaged))
        quick, usual = both_ways(path)
        assert quick == usual, trial
        refused += usual.row is None
    assert refused  # the trials did damage something


def test_a_file_cut_off_at_a_page_boundary_is_refused_by_both(tmp_path, mini_bank):
    """Only the header's page count says that pages are missing: the header is checked first."""
    path = make_doc(tmp_path / "cut.readiness", mini_bank, NEW_ANSWERS)
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    path.write_bytes(data[: len(data) - page_size])
    assert read_summary(path) is None
    assert "shorter than it should be" in _reason(path)
