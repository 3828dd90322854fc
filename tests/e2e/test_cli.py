"""The command line as a user calls it: a subprocess, exit codes 0 and 2, no tracebacks."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINI_BANK
from tests.samples import export_in


def cli(*args: str, cwd: Path | None = None, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    env.pop("READINESS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def ok(*args: str, **kw) -> str:
    r = cli(*args, **kw)
    assert r.returncode == 0, r.stderr
    return r.stdout


def bad(*args: str, **kw) -> str:
    r = cli(*args, **kw)
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    return r.stderr


@pytest.fixture()
def mini_file(tmp_path, user_banks) -> Path:
    path = tmp_path / "a.readiness"
    ok("new", path, "--client", "Acme", "--project", "Bot", "--bank", "mini-test", "--industry", "healthcare")
    return path


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["demo"],
        ["new"],
        ["import-answers"],
        ["score"],
        ["plan"],
        ["report"],
        ["export"],
        ["compare"],
        ["portfolio"],
        ["check"],
        ["bank"],
    ],
)
def test_every_command_has_help(command):
    out = ok(*command, "--help")
    assert "usage: readiness-planner" in out


def test_new_import_score_plan_flow(mini_file, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "answers": [
                    {"question": "data.privacy.lawful_basis", "value": "none"},
                    {"question": "data.collection.main", "value": "unknown", "note": "ask the DPO"},
                ]
            }
        )
    )
    assert "Imported 2 answers" in ok("import-answers", mini_file, answers)
    data = json.loads(ok("score", mini_file, "--json"))
    assert data["overall"]["decision"] == "not_ready"
    assert data["blockers"][0]["question"] == "data.privacy.lawful_basis"
    assert data["follow_up"][0]["question"] == "data.collection.main"
    assert [c["id"] for c in data["challenges"]] == [
        "data",
        "compute",
        "interpretability",
        "ethics_legal",
        "integration",
        "security_privacy",
    ]
    plan = json.loads(ok("plan", mini_file, "--json"))
    phase0 = plan["phases"][0]["actions"]
    assert [a["id"] for a in phase0] == ["MIT-T-B01"]
    assert "Phase 0" in ok("plan", mini_file)
    assert "Decision: Not ready" in ok("score", mini_file)


def test_import_with_errors_is_all_or_nothing(mini_file, tmp_path):
    answers = tmp_path / "answers.csv"
    answers.write_text("question,value\ndata.collection.main,weak\nnot.a.question,1\ndata.privacy.main,maybe\n")
    err = bad("import-answers", mini_file, answers)
    assert "answers.csv:3: unknown question 'not.a.question'" in err
    assert "answers.csv:4: question 'data.privacy.main': 'maybe' is not an option" in err
    data = json.loads(ok("score", mini_file, "--json"))
    assert data["completion"]["answered"] == 1  # only the industry given to `new`


def test_import_refuses_amounts_in_another_stated_currency(tmp_path):
    sample = tmp_path / "s.readiness"
    ok("demo", sample)  # the healthcare sample, in EUR
    before = json.loads(ok("score", sample, "--json"))
    answers = tmp_path / "gbp.json"
    answers.write_text(export_in("GBP", {"compute.cost.monthly_budget": 123456}))
    err = bad("import-answers", sample, answers)
    assert "in GBP and this assessment is in EUR" in err and "compute.cost.monthly_budget (123456)" in err
    assert json.loads(ok("score", sample, "--json")) == before  # nothing imported


def test_export_json_round_trips_through_import(mini_file, tmp_path):
    answers = tmp_path / "in.json"
    answers.write_text(
        json.dumps(
            {
                "answers": [
                    {"question": "data.collection.main", "value": "weak", "note": "Ωμέγα & <b>", "confidence": "low"},
                    {"question": "data.preprocessing.sources", "value": ["licensed"]},
                ]
            }
        )
    )
    ok("import-answers", mini_file, answers)
    out = tmp_path / "out.json"
    ok("export", mini_file, "-o", out)
    fresh = tmp_path / "fresh.readiness"
    ok("new", fresh, "--client", "Other", "--project", "Copy", "--bank", "mini-test")
    ok("import-answers", fresh, out)
    again = tmp_path / "again.json"
    ok("export", fresh, "-o", again)
    first, second = json.loads(out.read_text()), json.loads(again.read_text())
    strip = lambda d: [{k: v for k, v in a.items() if k != "answered_at"} for a in d["answers"]]  # noqa: E731
    assert strip(first) == strip(second)


def test_export_csv_and_unknown_format(mini_file, tmp_path):
    ok("export", mini_file, "-o", tmp_path / "a.csv")
    assert (tmp_path / "a.csv").read_text().startswith("question,value,note,confidence")
    assert "export to .csv, .xlsx or .json" in bad("export", mini_file, "-o", tmp_path / "a.txt")


def test_check_reports_ok(mini_file):
    out = ok("check", mini_file)
    assert "OK" in out and "mini-test 0.1.0" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (os.urandom(2048), "not a GenAI Readiness Planner assessment"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "damaged"),
    ],
)
def test_bad_files_get_a_sentence_and_exit_2(tmp_path, content, message):
    path = tmp_path / "x.readiness"
    path.write_bytes(content)
    for command in (["score", path], ["check", path], ["plan", path, "--json"]):
        assert message in bad(*command)


def test_foreign_and_newer_files_are_refused(tmp_path, mini_file):
    foreign = tmp_path / "foreign.readiness"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    assert "database of another program" in bad("score", foreign)
    conn = sqlite3.connect(mini_file)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert "newer version" in bad("score", mini_file)


def test_bad_arguments_exit_2(tmp_path, user_banks):
    assert "--industry 'space'" in bad(
        "new", tmp_path / "x.readiness", "--client", "A", "--project", "B", "--industry", "space"
    )
    assert "no question bank with id 'nope'" in bad(
        "new", tmp_path / "y.readiness", "--client", "A", "--project", "B", "--bank", "nope"
    )
    assert "the following arguments are required" in bad("new", tmp_path / "z.readiness")
    assert "does not exist" in bad("score", tmp_path / "missing.readiness")
    assert "unknown command" in bad("frobnicate", "x")


def test_new_refuses_to_overwrite(mini_file):
    assert "already exists" in bad("new", mini_file, "--client", "A", "--project", "B", "--bank", "mini-test")


def test_bank_validate_names_file_line_and_question(tmp_path):
    broken = tmp_path / "broken.yaml"
    text = MINI_BANK.read_text(encoding="utf-8").replace("risk: 4", "risk: 9", 1)
    broken.write_text(text, encoding="utf-8")
    err = bad("bank", "validate", broken)
    assert "broken.yaml:" in err and "question 'data.collection.main'" in err and "risk" in err
    assert "valid" in ok("bank", "validate", MINI_BANK)


def test_bank_list_and_show_json(user_banks):
    assert "mini-test" in ok("bank", "list")
    data = json.loads(ok("bank", "show", "mini-test", "--json"))
    q = next(q for q in data["questions"] if q["id"] == "data.privacy.lawful_basis")
    assert {"id", "text", "type", "weight", "options"} <= set(q)
    assert any(o["blocker"] for o in q["options"])
    assert any(m["id"] == "MIT-T-B01" for m in data["mitigations"])


def test_plan_json_gives_the_budget_in_the_assessments_currency(tmp_path):
    """issues 11/12: `plan --json` grows a `budget` (its other keys unchanged); converted where the
    assessment holds a rate from the bank's currency to its own, in the bank's currency otherwise."""
    from desktop_app.core.currency import make_exchange_rate
    from desktop_app.storage.document import ReadinessDocument

    path = tmp_path / "demo.readiness"
    ok("demo", path)
    before = json.loads(ok("plan", path, "--json"))
    assert {"phases", "count", "accepted", "rejected"} <= set(before)  # the contract's keys stay
    assert before["budget"]["conversion"] == "not_needed" and before["budget"]["currency"] == "EUR"
    assert before["budget"]["bands"]["medium"] == {"min": 10000.0, "max": 50000.0}
    rate = make_exchange_rate("EUR", "USD", 1.0411, "2026-12-04", "set by Ana Consultant")
    with ReadinessDocument.open(path) as doc:
        doc.set_details(currency="USD")
        assert json.loads(ok("plan", path, "--json"))["budget"]["conversion"] == "no_rate"
        doc.set_details(exchange_rate=rate.to_json())
    after = json.loads(ok("plan", path, "--json"))
    budget = after["budget"]
    assert budget["currency"] == "USD" and budget["conversion"] == "converted"
    assert budget["exchange_rate"]["rate"] == 1.0411 and budget["exchange_rate"]["as_of"] == "2026-12-04"
    assert budget["bands"]["medium"] == {"min": 10400.0, "max": 52100.0}
    assert budget["total"]["min"] == sum(p["min"] for p in budget["phases"])
    assert {k: v for k, v in after.items() if k != "budget"} == {k: v for k, v in before.items() if k != "budget"}
