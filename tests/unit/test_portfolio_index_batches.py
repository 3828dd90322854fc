"""The parent stores the workers' results a batch of files at a time (``PortfolioIndex._store_batch``,
eighth session): what goes to full-text search, and that a pooled load in many batches writes the
same tables as a load one file at a time."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop_app.analysis.index import PortfolioIndex
from desktop_app.analysis.portfolio import load_portfolio
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc

FREE_TEXT = "Procurement wants a quarterly invoice review."


def _folder(root: Path, bank) -> Path:
    root.mkdir()
    make_doc(root / "a.readiness", bank, {**OLD_ANSWERS, "compute.cost.notes": FREE_TEXT})
    make_doc(root / "b.readiness", bank, NEW_ANSWERS, notes={"data.collection.main": "Consent forms audited."})
    (root / "broken.readiness").write_bytes(b"not a database at all" * 100)
    return root


def test_a_free_text_answer_is_searchable_and_an_options_label_is_not(tmp_path, mini_bank):
    folder = _folder(tmp_path / "p", mini_bank)
    load_portfolio(folder, index_path=tmp_path / "i.db")
    with PortfolioIndex(folder, tmp_path / "i.db") as index:
        hits = index.search("quarterly invoice")
        assert [(h.file, h.question_id, h.answer, h.note) for h in hits] == [
            ("a.readiness", "compute.cost.notes", FREE_TEXT, "")
        ]
        assert index.search("consent")[0].question_id == "data.collection.main"
        # "Fair" and "Weak" are option labels (answers a and b give them), never searched
        assert index.search("fair") == [] and index.search("weak") == []


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        return {
            "files": conn.execute("SELECT path, size, sha256, status, reason FROM files ORDER BY path").fetchall(),
            "assessments": conn.execute("SELECT * FROM assessments ORDER BY path").fetchall(),
            "answers": conn.execute(
                "SELECT path, question_id, challenge, value, answer, note, confidence FROM answers "
                "ORDER BY path, question_id"
            ).fetchall(),
            # each searchable row belongs to its own answer (the rowid is the answer's id)
            "notes": conn.execute(
                "SELECT a.path, a.question_id, n.answer, n.note FROM notes_fts n JOIN answers a ON a.id = n.rowid "
                "ORDER BY a.path, a.question_id"
            ).fetchall(),
            "questions": conn.execute("SELECT * FROM questions ORDER BY bank, question_id").fetchall(),
            "ids": conn.execute("SELECT count(*), count(DISTINCT id), min(id), max(id) FROM answers").fetchall(),
        }
    finally:
        conn.close()


def test_a_pooled_load_in_many_batches_writes_what_a_serial_load_writes(tmp_path, mini_bank):
    sources = sorted(_folder(tmp_path / "p", mini_bank).glob("*.readiness"))
    big = tmp_path / "big"
    big.mkdir()
    for i in range(75):  # 5 batches of 16 and more, a damaged file in every third place
        shutil.copyfile(sources[i % 3], big / f"f-{i:03d}.readiness")
    serial = load_portfolio(big, index_path=tmp_path / "serial.db", workers=1)
    pooled = load_portfolio(big, index_path=tmp_path / "pooled.db", workers=2)
    assert (len(pooled.rows), len(pooled.failures)) == (len(serial.rows), len(serial.failures)) == (50, 25)
    one, many = _tables(tmp_path / "serial.db"), _tables(tmp_path / "pooled.db")
    assert many == one
    count, distinct, low, high = many["ids"][0]
    assert count == distinct == high - low + 1  # ids run on without a gap or a repeat across batches
    assert len(many["notes"]) == 50  # one searchable row per readable file: the free text or the note


def test_a_refresh_that_changes_some_files_of_a_batch_replaces_only_theirs(tmp_path, mini_bank):
    folder = _folder(tmp_path / "p", mini_bank)
    index = tmp_path / "i.db"
    for i in range(60):
        shutil.copyfile(folder / "b.readiness", folder / f"copy-{i:02d}.readiness")
    load_portfolio(folder, index_path=index, workers=2)
    before = _tables(index)
    for name in ("copy-03.readiness", "copy-40.readiness"):
        shutil.copyfile(folder / "a.readiness", folder / name)  # a new content, and a new size
    again = load_portfolio(folder, index_path=index, workers=2)
    assert again.files_read == 2
    after = _tables(index)
    changed = {"copy-03.readiness", "copy-40.readiness"}
    for table in ("answers", "notes"):
        assert [r for r in after[table] if r[0] not in changed] == [r for r in before[table] if r[0] not in changed]
        a_rows = [r[1:] for r in after[table] if r[0] == "a.readiness"]
        for name in changed:
            assert [r[1:] for r in after[table] if r[0] == name] == a_rows
