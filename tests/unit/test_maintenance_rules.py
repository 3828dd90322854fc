"""Issue 9's structural points, each as a rule that fails when the code slides back.

Typing, size rules, the split of the bank and of the report's sections, one writer of the answers and
participants rows, and the lock from ``filelock``. The audit table in ``docs/testing.md`` points here.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _make_rule(target: str) -> tuple[list[str], list[str]]:
    """The prerequisites and the recipe lines of a Makefile target."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    prerequisites = lines[start].split(":", 1)[1].split()
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return prerequisites, recipe


def test_mypy_is_strict_over_the_whole_package_and_make_test_runs_it():
    mypy = PYPROJECT["tool"]["mypy"]
    assert mypy.get("strict") is True
    loosened = [
        o.get("module")
        for o in mypy.get("overrides", [])
        if o.get("ignore_errors") or o.get("strict") is False or any(k.startswith("disallow_") for k in o)
    ]
    assert loosened == [], f"modules exempt from strict typing: {loosened}"
    _, lint = _make_rule("lint")
    assert any(re.fullmatch(r"\S*mypy desktop_app", line) for line in lint), lint
    prerequisites, _ = _make_rule("test")
    assert "lint" in prerequisites


def test_no_size_rule_is_ignored_anywhere():
    """PLR0911/0912/0913/0915 (and the rest of PLR09xx) hold for every module: long functions are split."""
    lint = PYPROJECT["tool"]["ruff"]["lint"]
    ignored = list(lint.get("ignore", [])) + [r for rules in lint.get("per-file-ignores", {}).values() for r in rules]
    assert [r for r in ignored if r.startswith("PLR09") or r in ("PL", "PLR", "PLR0")] == []
    noqa = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"noqa:[^#]*PLR09", line)
    ]
    assert noqa == []


def test_the_bank_and_the_report_sections_are_split():
    bank = PACKAGE / "core" / "bank"
    assert not (PACKAGE / "core" / "bank.py").exists()
    assert {"model.py", "yaml_loader.py", "discovery.py", "validation.py"} <= {p.name for p in bank.glob("*.py")}
    sections = PACKAGE / "report" / "sections"
    assert not (PACKAGE / "report" / "sections.py").exists()
    modules = {p.stem for p in sections.glob("*.py")} - {"__init__", "base"}
    assert {"front", "summary", "challenges", "plan", "answers", "closing"} <= modules


def _writers(statement: str) -> set[str]:
    pattern = re.compile(rf"INSERT(?: OR \w+)? INTO {statement}\b")
    return {
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.joinpath("storage").rglob("*.py")
        for _ in pattern.finditer(p.read_text(encoding="utf-8"))
    }


def test_one_writer_of_the_answers_and_participants_rows():
    """``storage/items.py`` writes them; ``schema.py`` keeps the one-off copies of its migrations."""
    for table in ("answers", "participants"):
        assert _writers(table) <= {"storage/items.py", "storage/schema.py"}, table
        items = (PACKAGE / "storage" / "items.py").read_text(encoding="utf-8")
        assert len(re.findall(rf"INSERT(?: OR \w+)? INTO {table}\b", items)) == 1, table


def test_the_document_lock_is_filelock_not_a_hand_written_one():
    source = (PACKAGE / "storage" / "lock.py").read_text(encoding="utf-8")
    assert re.search(r"^from filelock import .*FileLock", source, re.MULTILINE)
    assert not re.search(r"^\s*import (fcntl|msvcrt)|^\s*from (fcntl|msvcrt) ", source, re.MULTILINE)


def test_the_report_reads_reason_codes_never_the_words_of_a_reason():
    """The report once found blockers with ``reason.startswith("Blocker:")``: a translation could change it."""
    found = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in sorted((PACKAGE / "report").rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""\.startswith\(\s*["'](Blocker|Stop|Critical|High)\b""", line)
    ]
    assert found == []


def test_the_architecture_page_covers_what_issue_9_asked_of_it():
    """Layers, the one mutation path, the file format's rules, the CLI contract, what each package may import."""
    headings = [
        line.lstrip("#").strip()
        for line in (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]
    for wanted in ("Layers", "The one mutation path", "The `.readiness` file", "The command line"):
        assert wanted in headings, headings
    assert any("may not" in h or "import" in h.lower() for h in headings), headings


def test_make_mutate_covers_scoring_exchange_storage_and_the_report_escaping_and_prints_survivors():
    paths = set(PYPROJECT["tool"]["mutmut"]["source_paths"])
    assert {
        "desktop_app/core/scoring.py",
        "desktop_app/core/exchange.py",
        "desktop_app/storage/",
        "desktop_app/report/fonts.py",
    } <= paths
    assert PYPROJECT["tool"]["mutmut"]["pytest_add_cli_args_test_selection"] == [
        "tests/unit/",
        "tests/robustness/",
    ]
    # the names mutmut 3.8 deprecated (it warns on each run) stay out
    assert not {"paths_to_mutate", "tests_dir"} & set(PYPROJECT["tool"]["mutmut"])
    _, recipe = _make_rule("mutate")
    assert any("mutmut results" in line for line in recipe), recipe
