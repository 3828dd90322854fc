"""Bad input and failing disks get a plain sentence and exit 2; nothing is lost (issue 10, defects 4-6)."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.analysis.portfolio import load_portfolio
from desktop_app.core.assessment import Answer
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import read_answers_file
from desktop_app.storage.document import DocumentError, ReadinessDocument

NUMBER_Q = "data.collection.scale_q"


def cli(*args: object, timeout: float = 60, limit_bytes: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "READINESS_DEBUG"}

    def limit() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
        preexec_fn=limit if limit_bytes is not None else None,
    )


def refused(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr and "unexpected failure" not in r.stderr, r.stderr
    assert ".tmp-" not in r.stderr and "/proc/" not in r.stderr, r.stderr
    return r.stderr


@pytest.fixture()
def doc(tmp_path, user_banks) -> Path:
    path = tmp_path / "a.readiness"
    r = cli("new", path, "--client", "C", "--project", "P", "--bank", "mini-test")
    assert r.returncode == 0, r.stderr
    return path


def _answers(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _one(value: str, note: str = "") -> str:
    extra = f', "note": "{note}"' if note else ""
    return '{"answers": [{"question": "' + NUMBER_Q + '", "value": ' + value + extra + "}]}"


BAD_JSON = {
    "nested 100,000 deep": _one("[" * 100_000 + "]" * 100_000),
    "10**400": _one("1" + "0" * 400),
    "5,000 digits": _one("7" * 5000),
    "a list where a value belongs": _one("[[1, 2]]"),
    "NUL in a note": _one("2", note="a\\u0000b"),
    "NUL in a detail": '{"answers": [], "assessment": {"client": "a\\u0000b"}}',
}


@pytest.mark.parametrize("case", sorted(BAD_JSON))
def test_hostile_answers_json_is_refused_plainly(doc, tmp_path, case):
    before = doc.read_bytes()
    stderr = refused(cli("import-answers", doc, _answers(tmp_path, "in.json", BAD_JSON[case])))
    assert "in.json" in stderr
    assert doc.read_bytes() == before


def test_csv_with_a_huge_number_is_refused_plainly(doc, tmp_path):
    refused(cli("import-answers", doc, _answers(tmp_path, "in.csv", f"question,value\n{NUMBER_Q},1{'0' * 5000}\n")))


def test_note_starting_with_an_apostrophe_survives_a_csv_round_trip(doc, tmp_path):
    notes = {"data.collection.main": "'=1+1", NUMBER_Q: "'twas fine"}
    entries = [{"question": q, "value": v, "note": n} for (q, n), v in zip(notes.items(), ("weak", 2), strict=True)]
    assert cli("import-answers", doc, _answers(tmp_path, "in.json", json.dumps({"answers": entries}))).returncode == 0
    out = tmp_path / "out.csv"
    assert cli("export", doc, "-o", out).returncode == 0
    second = tmp_path / "b.readiness"
    assert cli("new", second, "--client", "C", "--project", "P", "--bank", "mini-test").returncode == 0
    r = cli("import-answers", second, out)
    assert r.returncode == 0, r.stderr
    with ReadinessDocument.open(second, readonly=True) as d:
        answers = d.assessment().answers
    assert {q: answers[q].note for q in notes} == notes


def test_answers_path_that_never_ends_is_refused(tmp_path, mini_bank):
    endless = tmp_path / "endless.json"
    endless.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        read_answers_file(endless, mini_bank)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_answers_file(fifo, mini_bank)


def test_portfolio_skips_and_reports_a_pipe_and_a_bad_file(tmp_path, mini_bank):
    ReadinessDocument.create(tmp_path / "good.readiness", client="C", project="P", bank=mini_bank).close()
    os.mkfifo(tmp_path / "x.readiness")
    (tmp_path / "junk.readiness").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    started = time.monotonic()
    portfolio = load_portfolio(tmp_path)
    assert time.monotonic() - started < 10
    assert [r.file for r in portfolio.rows] == ["good.readiness"]
    assert sorted(f.file for f in portfolio.failures) == ["junk.readiness", "x.readiness"]


def test_a_pipe_named_like_an_assessment_is_refused_at_once_by_every_command(tmp_path):
    fifo = tmp_path / "x.readiness"
    os.mkfifo(fifo)
    for command in (("check", fifo), ("score", fifo), ("export", fifo, "-o", tmp_path / "out.json")):
        assert "not a regular file" in refused(cli(*command, timeout=30))
    with pytest.raises(DocumentError, match="not a regular file"):
        ReadinessDocument.open(fifo)


def test_a_stored_value_nested_100000_deep_stops_only_its_own_file(tmp_path, mini_bank, user_banks):
    """Defect 4: it aborted every command with RecursionError, and the portfolio with it."""
    ReadinessDocument.create(tmp_path / "good.readiness", client="C", project="P", bank=mini_bank).close()
    deep = tmp_path / "deep.readiness"
    with ReadinessDocument.create(deep, client="C", project="P", bank=mini_bank) as d:
        d.set_answer(Answer("data.collection.main", "fair"))
    conn = sqlite3.connect(deep)
    with conn:
        conn.execute("UPDATE answers SET value = ?", ("[" * 100_000 + "]" * 100_000,))
    conn.close()
    with pytest.raises(DocumentError) as info, ReadinessDocument.open(deep, readonly=True) as d:
        d.assessment()
    assert "deep.readiness" in str(info.value)
    portfolio = load_portfolio(tmp_path)
    assert [r.file for r in portfolio.rows] == ["good.readiness"]
    assert [f.file for f in portfolio.failures] == ["deep.readiness"]
    for command in (("check", deep), ("score", deep), ("export", deep, "-o", tmp_path / "out.json")):
        assert "deep.readiness" in refused(cli(*command))
    assert not (tmp_path / "out.json").exists()


def test_a_read_that_takes_too_long_is_stopped(tmp_path, mini_bank, monkeypatch):
    from desktop_app.storage import connection

    path = tmp_path / "big.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", ((f"k{i}", "v" * 200) for i in range(60_000)))
    conn.commit()
    conn.close()
    monkeypatch.setattr(connection, "READ_BUDGET_SECONDS", 0.0001)
    with pytest.raises(DocumentError, match="too long to read"):
        ReadinessDocument.open(path, readonly=True)


def test_import_that_hits_the_file_size_limit_says_so_and_keeps_the_file(doc, tmp_path):
    answers = {"answers": [{"question": "data.collection.main", "value": "weak", "note": "n" * 400_000}]}
    path = _answers(tmp_path, "in.json", json.dumps(answers))
    before = doc.read_bytes()
    stderr = refused(cli("import-answers", doc, path, limit_bytes=len(before) + 8192))
    assert "a.readiness" in stderr and ("full" in stderr or "too large" in stderr), stderr
    r = cli("check", doc)
    assert r.returncode == 0, r.stdout + r.stderr
    with ReadinessDocument.open(doc, readonly=True) as d:
        assert "data.collection.main" not in d.assessment().answers


def test_export_that_hits_the_file_size_limit_leaves_no_temporary_file(doc, tmp_path):
    out = tmp_path / "out.json"
    stderr = refused(cli("export", doc, "-o", out, limit_bytes=200))
    assert "out.json" in stderr
    assert not out.exists() and not list(tmp_path.glob(".tmp-*"))


def test_killed_export_leaves_no_temporary_file(doc, tmp_path):
    slow = textwrap_slow_export(doc, tmp_path / "out.json")
    proc = subprocess.Popen([sys.executable, "-c", slow], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert not list(tmp_path.glob(".tmp-*")) and not (tmp_path / "out.json").exists()


def textwrap_slow_export(doc: Path, out: Path) -> str:
    return (
        "import time\n"
        "from desktop_app.core.files import write_atomically\n"
        "def write(tmp):\n"
        "    with open(tmp, 'w') as fh:\n"
        "        fh.write('{}')\n"
        "        print('writing', flush=True)\n"
        "        time.sleep(60)\n"
        f"write_atomically({str(out)!r}, write)\n"
    )


def test_export_over_its_own_input_is_refused(doc, tmp_path):
    before = doc.read_bytes()
    for target in (doc, tmp_path / "." / "a.readiness"):
        stderr = refused(cli("export", doc, "-o", target))
        assert "a.readiness" in stderr
    named_json = doc.with_name("p.json")  # an assessment saved under a .json name, exported onto itself
    named_json.write_bytes(before)
    refused(cli("export", named_json, "-o", named_json))
    assert named_json.read_bytes() == before
    link = tmp_path / "same.json"
    link.symlink_to(doc)
    refused(cli("export", doc, "-o", link))
    assert doc.read_bytes() == before


def test_second_writer_on_this_computer_is_told_so(doc):
    first = ReadinessDocument.open(doc)
    try:
        with ReadinessDocument.open(doc) as second:
            assert second.readonly
            assert "on this computer" in second.readonly_reason, second.readonly_reason
            assert "another computer" not in second.readonly_reason
    finally:
        first.close()


def test_a_check_constraint_violation_is_reported_by_check(doc):
    conn = sqlite3.connect(doc)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(
        "INSERT INTO answers (question_id, value, confidence, answered_at, rev) VALUES ('data.collection.main', "
        "'\"weak\"', 'certain', 't', 'r')"
    )
    conn.commit()
    conn.close()
    r = cli("check", doc)
    assert r.returncode == 2 and "PROBLEMS FOUND" in r.stdout, r.stdout + r.stderr
    assert "answers" in r.stdout


LAUGHS = "\n".join(
    ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)]
)


def test_a_yaml_alias_bomb_is_refused_at_once_by_bank_validate_and_breaks_nothing_else(tmp_path, user_banks):
    """Defect 3: 534 bytes took 40 s and 3 GB in ``bank validate`` and, in the bank folder, broke ``new``."""
    bomb = tmp_path / "laughs.yaml"
    bomb.write_text(LAUGHS + "\n", encoding="utf-8")
    started = time.monotonic()
    assert "aliases" in refused(cli("bank", "validate", bomb, timeout=30))
    (user_banks / "laughs.yaml").write_text(LAUGHS + "\n", encoding="utf-8")
    made = cli("new", tmp_path / "n.readiness", "--client", "C", "--project", "P", timeout=30)
    assert made.returncode == 0, made.stderr
    listed = cli("bank", "list", timeout=30)
    assert "laughs.yaml" in listed.stdout + listed.stderr
    assert time.monotonic() - started < 30
