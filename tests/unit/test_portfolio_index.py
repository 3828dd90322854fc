"""The portfolio index: incremental refresh, damaged and vanished files, search, the export."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.analysis.index import PortfolioIndex, default_index_path, fts_query
from desktop_app.analysis.portfolio import load_portfolio
from desktop_app.core.assessment import Answer
from desktop_app.core.errors import InputError
from desktop_app.storage.document import ReadinessDocument
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Prompt injection through pasted customer e-mails was not tested."


@pytest.fixture()
def folder(tmp_path, mini_bank):
    root = tmp_path / "portfolio"
    (root / "clinic").mkdir(parents=True)
    make_doc(
        root / "acme-q1.readiness",
        mini_bank,
        OLD_ANSWERS,
        workshop_date="2026-01-15",
        notes={"data.collection.main": NOTE},
    )
    make_doc(
        root / "acme-q2.readiness",
        mini_bank,
        NEW_ANSWERS,
        workshop_date="2026-04-15",
        notes={"compute.cost.main": "GPU budget approved for the pilot only."},
    )
    make_doc(root / "clinic" / "imaging.readiness", mini_bank, {**NEW_ANSWERS, "context.industry": "healthcare"},
             client="North Clinic", project="Synthetic imaging", workshop_date="2026-03-01",
             notes={"data.privacy.main": "Réidentification risk reviewed by the privacy office."})  # fmt: skip
    return root


def _rows(p):
    return {r.file: r for r in p.rows}


def test_the_index_lives_in_the_cache_folder_one_file_per_folder(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("READINESS_CACHE_DIR", str(tmp_path / "cache"))
    load_portfolio(folder)
    assert default_index_path(folder).parent == tmp_path / "cache"
    assert default_index_path(folder).is_file()
    assert default_index_path(folder) != default_index_path(tmp_path)


def test_an_unchanged_folder_is_not_read_again(folder):
    first = load_portfolio(folder)
    assert first.files_read == 3
    again = load_portfolio(folder)
    assert again.files_read == 0
    assert _rows(again) == _rows(first)
    assert [r.file for r in again.rows] == [r.file for r in first.rows]


def test_only_a_changed_file_is_read_again_and_its_row_follows(folder, mini_bank):
    before = _rows(load_portfolio(folder))
    path = folder / "acme-q1.readiness"
    with ReadinessDocument.open(path) as doc:
        doc.set_answer(Answer("compute.cost.main", "fair"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    after = load_portfolio(folder)
    assert after.files_read == 1
    rows = _rows(after)
    assert rows["acme-q1.readiness"].risks["compute"] == 25.0 != before["acme-q1.readiness"].risks["compute"]
    assert rows["acme-q2.readiness"] == before["acme-q2.readiness"]


def test_a_touched_file_with_the_same_content_is_hashed_not_read(folder):
    load_portfolio(folder)
    path = folder / "acme-q2.readiness"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 7_000_000_000))
    again = load_portfolio(folder)
    assert again.files_read == 0 and len(again.rows) == 3
    with PortfolioIndex(folder) as index:
        stored = index.db.execute("SELECT mtime_ns FROM files WHERE path = 'acme-q2.readiness'").fetchone()[0]
    assert stored == path.stat().st_mtime_ns  # the key moved, so the next load does not hash it again


def test_a_file_damaged_since_the_last_load_drops_out_with_its_reason(folder):
    load_portfolio(folder)
    path = folder / "acme-q2.readiness"
    path.write_bytes(path.read_bytes()[:3000])
    p = load_portfolio(folder)
    assert "acme-q2.readiness" not in _rows(p)
    reasons = {f.file: f.reason for f in p.failures}
    assert "damaged" in reasons["acme-q2.readiness"]
    with PortfolioIndex(folder) as index:
        assert index.db.execute("SELECT count(*) FROM answers WHERE path = 'acme-q2.readiness'").fetchone()[0] == 0
        assert not [h for h in index.search("GPU budget") if h.file == "acme-q2.readiness"]
    # still unreadable next time, without reading it again
    later = load_portfolio(folder)
    assert later.files_read == 0 and {f.file for f in later.failures} == {"acme-q2.readiness"}


def test_a_vanished_file_drops_out_with_its_reason(folder):
    load_portfolio(folder)
    (folder / "clinic" / "imaging.readiness").unlink()
    p = load_portfolio(folder)
    assert [(f.file, f.reason) for f in p.dropped] == [
        ("clinic/imaging.readiness", "the file is no longer in the folder")
    ]
    assert "clinic/imaging.readiness" not in _rows(p)
    with PortfolioIndex(folder) as index:
        for table in ("files", "assessments", "answers"):
            n = index.db.execute(f"SELECT count(*) FROM {table} WHERE path = 'clinic/imaging.readiness'").fetchone()[0]
            assert n == 0, table
        orphans = "SELECT count(*) FROM notes_fts WHERE rowid NOT IN (SELECT id FROM answers)"
        assert index.db.execute(orphans).fetchone()[0] == 0
        assert index.search("privacy office") == []
    assert load_portfolio(folder).dropped == []


def test_a_new_file_is_added(folder, mini_bank):
    load_portfolio(folder)
    make_doc(folder / "new.readiness", mini_bank, NEW_ANSWERS, client="Newcomer")
    p = load_portfolio(folder)
    assert p.files_read == 1 and _rows(p)["new.readiness"].client == "Newcomer"


def test_search_finds_notes_with_client_project_and_question(folder):
    load_portfolio(folder)
    with PortfolioIndex(folder) as index:
        hits = index.search("prompt injection")
        assert [(h.file, h.client, h.project, h.question_id) for h in hits] == [
            ("acme-q1.readiness", "Acme Bank", "Fraud detection", "data.collection.main")
        ]
        assert hits[0].note == NOTE and hits[0].question  # the question's text, not only its id
        assert "[injection]" in hits[0].snippet.lower() or "[prompt]" in hits[0].snippet.lower()
        assert index.search("injection prompt")  # every word, any order
        assert index.search("reidentification")[0].client == "North Clinic"  # accents folded
        assert index.search("GPU pilot")[0].client == "Acme Bank"
        assert index.search("blockchain") == []
        assert index.search('NEAR("x" OR) *') == []  # operators are words, never a syntax error


def test_search_refuses_empty_and_overlong_text():
    with pytest.raises(InputError, match="at least one word"):
        fts_query("  ?! ")
    with pytest.raises(InputError, match="longer"):
        fts_query("a" * 501)


def test_a_damaged_index_is_rebuilt(folder):
    load_portfolio(folder)
    index_file = default_index_path(folder)
    index_file.write_bytes(b"garbage" * 1000)
    p = load_portfolio(folder)
    assert len(p.rows) == 3 and p.files_read == 3


def test_the_process_pool_gives_the_same_rows(tmp_path, folder):
    big = tmp_path / "big"
    big.mkdir()
    sources = sorted(folder.rglob("*.readiness"))
    for i in range(60):
        shutil.copyfile(sources[i % 3], big / f"a-{i:03d}.readiness")
    serial = load_portfolio(big, index_path=tmp_path / "serial.db", workers=1)
    pooled = load_portfolio(big, index_path=tmp_path / "pooled.db", workers=2)
    assert pooled.files_read == serial.files_read == 60
    assert _rows(pooled) == _rows(serial)


def test_the_export_is_a_plain_sqlite_database(folder, tmp_path):
    load_portfolio(folder)
    out = tmp_path / "portfolio.db"
    with PortfolioIndex(folder) as index:
        index.export(out)
    with sqlite3.connect(out) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"meta", "files", "assessments", "answers", "questions", "notes_fts"} <= tables
        joined = conn.execute(
            "SELECT q.text FROM answers a JOIN assessments s USING (path) "
            "JOIN questions q ON q.bank = s.bank AND q.question_id = a.question_id WHERE a.path = 'acme-q1.readiness'"
        ).fetchall()
        assert len(joined) == len(OLD_ANSWERS)
        assert conn.execute("SELECT count(*) FROM assessments").fetchone()[0] == 3
        n = conn.execute("SELECT count(*) FROM answers WHERE path = 'acme-q2.readiness'").fetchone()[0]
        assert n == len(NEW_ANSWERS)
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, no -wal beside it


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip


def test_the_cli_searches_and_writes_the_index(folder, tmp_path):
    env = {**os.environ, "READINESS_CACHE_DIR": str(tmp_path / "cli-cache")}
    found = _cli("portfolio", str(folder), "--search", "prompt injection", env=env)
    assert found.returncode == 0, found.stderr
    assert "Acme Bank" in found.stdout and "Fraud detection" in found.stdout and "data.collection.main" in found.stdout
    none = _cli("portfolio", str(folder), "--search", "blockchain", env=env)
    assert none.returncode == 0 and "No notes match" in none.stdout
    out = tmp_path / "out" / "portfolio.db"
    out.parent.mkdir()
    wrote = _cli("portfolio", str(folder), "-o", str(out), env=env)
    assert wrote.returncode == 0, wrote.stderr
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM assessments").fetchone()[0] == 3
    bad = _cli("portfolio", str(folder), "--search", "?!", env=env)
    assert bad.returncode == 2 and "at least one word" in bad.stderr
    wrong = _cli("portfolio", str(folder), "-o", str(tmp_path / "x.csv"), env=env)
    assert wrong.returncode == 2 and ".xlsx" in wrong.stderr and ".db" in wrong.stderr
