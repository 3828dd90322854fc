"""`readiness-planner merge` as a user calls it: conflicts exit 2 and change nothing; --prefer, --dry-run, --json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.storage.document import ReadinessDocument
from tests.e2e.test_cli import cli, ok

Q = "data.collection.main"


@pytest.fixture()
def pair(tmp_path, user_banks) -> tuple[Path, Path]:
    a, b = tmp_path / "a.readiness", tmp_path / "b.readiness"
    ok("new", a, "--client", "Acme", "--project", "Bot", "--bank", "mini-test", "--industry", "healthcare")
    shutil.copyfile(a, b)
    return a, b


def _answer(path: Path, value: str, note: str = "") -> None:
    with ReadinessDocument.open(path) as doc:
        doc.set_answer(Answer(Q, value, note=note))


def _value(path: Path) -> object:
    with ReadinessDocument.open(path, readonly=True) as doc:
        return doc.assessment().answers[Q].value


def test_conflicts_are_listed_exit_2_and_nothing_changes(pair):
    a, b = pair
    _answer(a, "weak")
    _answer(b, "good", note="two sites")
    before = a.read_bytes()
    r = cli("merge", a, b)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "1 item(s) were changed in both a.readiness and b.readiness; nothing was merged." in r.stdout
    assert f"answer {Q}" in r.stdout and '"weak"' in r.stdout and "note 'two sites'" in r.stdout
    assert a.read_bytes() == before
    r = cli("merge", a, b, "--json")
    report = json.loads(r.stdout)
    assert r.returncode == 2 and report["conflicts"] == 1 and report["differences"][0]["resolution"] == "unresolved"


def test_prefer_theirs_takes_the_other_copy_and_a_second_merge_changes_nothing(pair):
    a, b = pair
    _answer(a, "weak")
    _answer(b, "good")
    out = ok("merge", a, b, "--prefer", "theirs")
    assert "CONFLICT (changed in both): took b.readiness" in out
    assert _value(a) == "good"
    before = a.read_bytes()
    assert "hold the same assessment; nothing to merge" in ok("merge", a, b, "--prefer", "theirs")
    assert a.read_bytes() == before


def test_dry_run_shows_what_would_change_and_changes_nothing(pair):
    a, b = pair
    _answer(b, "good")
    before = a.read_bytes()
    report = json.loads(ok("merge", a, b, "--dry-run", "--json"))
    assert report["dry_run"] and not report["changed"] and report["taken"] == 1
    assert report["differences"][0]["outcome"] == "theirs"
    assert a.read_bytes() == before
    assert "a.readiness changed: 1 item(s) from b.readiness" in ok("merge", a, b)
    assert _value(a) == "good"


def test_a_copy_of_another_assessment_is_refused_with_a_clear_message(pair, tmp_path):
    a, _ = pair
    c = tmp_path / "c.readiness"
    ok("new", c, "--client", "Acme", "--project", "Bot", "--bank", "mini-test")
    r = cli("merge", a, c, "--prefer", "theirs")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "different assessments" in r.stderr
    r = cli("merge", a, a)
    assert r.returncode == 2 and "the same file" in r.stderr
