"""Issue 9: the repository stands on its own.

Code and docs once cited a DESIGN.md and notes kept outside the repository (``../shared``), which a
reader of a clone cannot open. Every such reference now points at ``docs/``; this test fails on a
new one in ``desktop_app/``, ``docs/`` or the README.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: names of the design notes outside the repository, and paths into the folder that held them
OUTSIDE = re.compile(
    rb"DESIGN\.md|STYLE\.md|ENVIRONMENT\.md|(?<![\w.-])(?:\.\./|/work/)?shared/(?:domain|DESIGN)|\.\./shared"
)
SKIP_DIRS = {"__pycache__"}
#: pictures cannot cite a file
SKIP_SUFFIXES = {".png", ".jpg", ".svg", ".ico"}


def _files() -> list[Path]:
    out = [ROOT / "README.md"]
    for top in ("desktop_app", "docs"):
        out += [
            p
            for p in (ROOT / top).rglob("*")
            if p.is_file() and p.suffix not in SKIP_SUFFIXES and not SKIP_DIRS & set(p.parts)
        ]
    return out


def _hits(data: bytes) -> list[str]:
    return [m.group().decode() for m in OUTSIDE.finditer(data)]


def test_no_file_names_design_notes_outside_the_repository() -> None:
    found = {str(p.relative_to(ROOT)): hits for p in _files() if (hits := _hits(p.read_bytes()))}
    assert found == {}


def test_the_pattern_finds_each_form() -> None:
    for text in (
        b"as DESIGN.md describes",
        b"see ../shared/STYLE.md",
        b"(`shared/domain/frameworks.md`)",
        b"/work/shared/ENVIRONMENT.md",
        b"from ../shared",
    ):
        assert _hits(text), text
    assert not _hits(b"docs/architecture.md, shared state, shared_folder/domain")


def test_the_fixed_challenge_ids_in_the_bank_format_doc_are_the_codes() -> None:
    """docs/question-bank-format.md lists the fixed ids the design notes used to hold: they must match."""
    from desktop_app.core.bank import CHALLENGES

    text = (ROOT / "docs" / "question-bank-format.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (`[\w`, ]+`) \|$", text, flags=re.MULTILINE)
    documented = [(cid, tuple(re.findall(r"`(\w+)`", subs))) for cid, subs in rows]
    assert documented == [(cid, subs) for cid, _title, subs in CHALLENGES]
