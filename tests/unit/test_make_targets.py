"""The Makefile's long-running targets keep the shared machine usable."""

from __future__ import annotations

import re
from pathlib import Path

MAKEFILE = Path(__file__).resolve().parents[2] / "Makefile"


def _recipe(target: str) -> list[str]:
    lines = MAKEFILE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"{target}:", line))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def test_make_mutate_runs_mutmut_niced():
    runs = [line for line in _recipe("mutate") if "mutmut run" in line]
    assert runs, "make mutate runs mutmut"
    assert all(re.search(r"\bnice -n 1[5-9]\b.*mutmut run", line) for line in runs), runs


def test_make_lint_checks_the_format_of_what_it_lints():
    """Issue 9: `ruff format --check` is part of `make lint`, over the same folders as `ruff check`."""
    recipe = _recipe("lint")
    checks = [line for line in recipe if re.search(r"\bruff check\b", line)]
    formats = [line for line in recipe if re.search(r"\bruff format --check\b", line)]
    assert checks and formats, recipe
    folders = set(checks[0].split("ruff check", 1)[1].split())
    assert folders == set(formats[0].split("ruff format --check", 1)[1].split())
    assert {"desktop_app", "tests", "benchmarks", "scripts", "packaging"} <= folders


def test_make_test_fast_leaves_out_the_tests_marked_slow():
    runs = [line for line in _recipe("test-fast") if "pytest" in line]
    assert runs and all(re.search(r"""-m ["']not slow["']""", line) for line in runs), runs


def test_the_slow_marker_is_carried_by_the_long_tests():
    """The marker is declared in pyproject.toml: it must mean something (issue 9's audit found it unused)."""
    tests = MAKEFILE.parent / "tests"
    marked = sorted(
        str(p.relative_to(tests)) for p in tests.rglob("test_*.py") if "@pytest.mark.slow" in p.read_text("utf-8")
    )
    assert {"gui/test_monkey.py", "robustness/test_soak_sample.py", "e2e/test_bundle.py"} <= set(marked), marked
