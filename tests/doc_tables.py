"""The docs' "What the tests guarantee" tables name test functions; these helpers find the names that
point at nothing, so that a renamed or removed test cannot leave a promise without its proof."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: `tests/gui/test_x.py::test_y[a4]` or `test_x.py::test_y` (a bare file name is under tests/unit/)
NAMED = re.compile(r"`((?:tests/[\w/]+/)?test_\w+\.py)::(test_\w+)(?:\[[^\]]*\])?`")


def missing_tests(named: Iterable[tuple[str, str]]) -> list[str]:
    """The ``file::name`` pairs whose file or test function does not exist."""
    missing = []
    for file, name in named:
        path = ROOT / file if file.startswith("tests/") else ROOT / "tests" / "unit" / file
        if not path.is_file() or not re.search(rf"^def {name}\(", path.read_text(encoding="utf-8"), re.M):
            missing.append(f"{file}::{name}")
    return missing
