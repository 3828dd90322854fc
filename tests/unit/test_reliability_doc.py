"""docs/reliability.md ("What the tests guarantee") names the test of every defect and promise of
issue 10; each test it names must exist, so that the list cannot silently go stale."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "reliability.md"
#: `dir/file.py`, `dir/file.py::name` or `::name` (the file of the reference before it)
REFERENCE = re.compile(r"`((?:unit|gui|e2e|robustness)/[\w/]+\.py)?(?:::(\w+))?`")


def _references(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    current = ""
    for match in REFERENCE.finditer(text):
        file, name = match.group(1), match.group(2)
        if not file and not name:
            continue
        current = file or current
        assert current, f"{match.group(0)} names no file before it"
        found.append((current, name or ""))
    return found


def test_every_test_the_reliability_page_names_exists():
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## What the tests guarantee") :]
    references = _references(section)
    assert len(references) > 80, len(references)
    missing = []
    for file, name in references:
        path = ROOT / "tests" / file
        if not path.is_file():
            missing.append(file)
            continue
        if name and not re.search(rf"^(?:def {name}\(|class {name}\b|{name} = )", path.read_text("utf-8"), re.M):
            missing.append(f"{file}::{name}")
    assert not missing, missing


def test_a_reference_to_a_test_that_does_not_exist_is_noticed():
    assert _references("`unit/test_x.py::test_a`, `::test_b` and `gui/test_y.py`") == [
        ("unit/test_x.py", "test_a"),
        ("unit/test_x.py", "test_b"),
        ("gui/test_y.py", ""),
    ]
