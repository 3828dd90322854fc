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
