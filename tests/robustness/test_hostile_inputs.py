"""Hostile inputs never crash: only our own errors, each a sentence, come out of readers."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.assessment import Answer
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import parse_answers_csv, parse_answers_json, read_answers_file
from desktop_app.core.scoring import score
from desktop_app.storage.document import DocumentError, ReadinessDocument

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(
    entries=st.lists(st.dictionaries(st.sampled_from(["question", "value", "note", "confidence", "x"]), json_values))
)
def test_random_json_answers_give_input_errors_only(mini_bank, entries):
    text = json.dumps({"answers": entries})
    try:
        parse_answers_json(text, mini_bank)
    except InputError as exc:
        assert exc.problems and all(p.startswith("answers.json") for p in exc.problems)


@FUZZ
@given(text=st.text(max_size=400))
def test_random_csv_gives_input_errors_only(mini_bank, text):
    try:
        parse_answers_csv("question,value,note,confidence\n" + text, mini_bank)
    except InputError as exc:
        assert exc.problems


@FUZZ
@given(data=st.binary(max_size=600))
def test_random_bytes_as_answers_file_give_input_errors_only(mini_bank, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "in.json"
    path.write_bytes(data)
    try:
        read_answers_file(path, mini_bank)
    except InputError as exc:
        assert exc.problems


@pytest.fixture()
def good_file(tmp_path, mini_bank) -> Path:
    path = tmp_path / "good.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.import_all([Answer("data.collection.main", "weak", note="x" * 3000), Answer("context.industry", "general")])
    return path


def test_bit_flipped_documents_are_refused_or_read_never_crash(good_file, tmp_path):
    """Flip random bytes all over a valid file 200 times: each copy opens and scores, or is refused."""
    original = good_file.read_bytes()
    rng = random.Random(20261126)
    outcomes = {"refused": 0, "read": 0}
    for i in range(200):
        data = bytearray(original)
        for _ in range(rng.randint(1, 12)):
            pos = rng.randrange(len(data))
            data[pos] = rng.randrange(256)
        path = tmp_path / f"flip-{i}.readiness"
        path.write_bytes(bytes(data))
        try:
            with ReadinessDocument.open(path, readonly=True) as doc:
                score(doc.bank, doc.assessment())
                doc.check()
            outcomes["read"] += 1
        except DocumentError as exc:
            assert str(exc) and "Traceback" not in str(exc)
            outcomes["refused"] += 1
    assert outcomes["refused"] > 0 and sum(outcomes.values()) == 200


def test_tampered_answer_json_is_reported_as_damage(good_file):
    conn = sqlite3.connect(good_file)
    conn.execute("UPDATE answers SET value = '{not json' WHERE question_id = 'data.collection.main'")
    conn.commit()
    conn.close()
    with ReadinessDocument.open(good_file, readonly=True) as doc, pytest.raises(DocumentError, match="damaged"):
        doc.assessment()


def test_tampered_bank_snapshot_is_reported_as_damage(good_file):
    conn = sqlite3.connect(good_file)
    conn.execute("UPDATE bank_snapshot SET content = 'id: [broken'")
    conn.commit()
    conn.close()
    with pytest.raises(DocumentError, match="damaged"):
        ReadinessDocument.open(good_file, readonly=True)


def test_missing_assessment_row_is_reported_as_damage(good_file):
    conn = sqlite3.connect(good_file)
    conn.execute("DELETE FROM assessment")
    conn.commit()
    conn.close()
    with pytest.raises(DocumentError, match="no assessment record"):
        ReadinessDocument.open(good_file, readonly=True)


def test_dropped_table_is_reported_as_damage(good_file):
    conn = sqlite3.connect(good_file)
    conn.execute("DROP TABLE plan_decisions")
    conn.commit()
    conn.close()
    with pytest.raises(DocumentError, match="part of the assessment is missing"):
        ReadinessDocument.open(good_file, readonly=True)
