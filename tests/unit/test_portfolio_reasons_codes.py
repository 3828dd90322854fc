"""The index keeps each decision's reasons as codes (no question text per row), and gives them back exactly.

10,000 rows of reasons as JSON with every question's text took about 10 KB a row (issue 15: portfolio
memory); the question texts live once per bank in ``questions``, and a row's reasons are decoded when
a view asks for them.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3

import pytest

from desktop_app.analysis.index import PortfolioIndex
from desktop_app.analysis.portfolio import find_files, load_portfolio, summarise_file
from desktop_app.analysis.reasons import DecisionReason
from desktop_app.resources import resource_path
from desktop_app.storage.document import create_from_export

SAMPLES = ("healthcare-synthetic-imaging", "financial-fraud-detection", "insurance-claims-triage")


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("samples")
    for name in SAMPLES:
        create_from_export(resource_path("samples", f"{name}.json"), folder / f"{name}.readiness").close()
    return folder


def test_reasons_read_back_from_the_index_equal_those_of_the_file(samples, tmp_path):
    folder = tmp_path / "folder"
    shutil.copytree(samples, folder)
    expected = {p.name: summarise_file(p, folder).reasons for p in find_files(folder)}
    assert all(len(r) >= 3 for r in expected.values())  # the samples have reasons of several kinds
    index = tmp_path / "index.db"
    for _ in range(2):  # read and stored, then unchanged and read back from the index only
        rows = {r.file: r for r in load_portfolio(folder, index_path=index, workers=1).rows}
        assert {name: tuple(rows[name].reasons) for name in expected} == expected
        assert all(rows[name].reasons == expected[name] for name in expected)
        assert [r.to_dict() for r in rows["financial-fraud-detection.readiness"].reasons] == [
            r.to_dict() for r in expected["financial-fraud-detection.readiness"]
        ]


def test_the_reasons_column_holds_codes_not_question_texts(samples, tmp_path):
    index = tmp_path / "index.db"
    load_portfolio(samples, index_path=index, workers=1).rows  # noqa: B018
    with sqlite3.connect(index) as conn:
        texts = {t for (t,) in conn.execute("SELECT text FROM questions") if len(t) > 30}
        stored = [json.loads(r) for (r,) in conn.execute("SELECT reasons FROM assessments")]
    assert len(stored) == len(SAMPLES)
    for reasons in stored:
        assert reasons and all("code" in r for r in reasons)  # still readable JSON for any SQLite tool
        assert not texts & {r.get("question_text") for r in reasons}  # each bank's texts once, in questions
        assert all(set(r) <= FIELDS for r in reasons)
    full = sum(len(json.dumps([r.to_dict() | {"question_text": r.question_text} for r in summarise_file(p, samples)
                                .reasons])) for p in find_files(samples))  # fmt: skip
    total = sum(len(json.dumps(r)) for r in stored)
    assert total < full * 0.75  # every field of every reason, texts included, was stored before


FIELDS = {f.name for f in dataclasses.fields(DecisionReason)}


def test_an_index_with_question_texts_in_reasons_is_rebuilt(samples, tmp_path):
    """An index of the earlier format is not read with the new decoder: its format number differs."""
    index = tmp_path / "index.db"
    with PortfolioIndex(samples, index) as idx:
        idx.refresh(list(find_files(samples)), workers=1)
        idx.db.execute("UPDATE meta SET value = 'old' WHERE key = 'fingerprint'")
    p = load_portfolio(samples, index_path=index, workers=1)
    assert p.files_read == len(SAMPLES)
