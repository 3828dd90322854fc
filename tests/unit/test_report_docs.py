"""docs/report.md, "What the tests guarantee", maps each defect, front-of-report part and proof sentence
of issue 12 to tests: every test it names must exist, every part of the issue must have its row, and the
bundled sample PDF must come from today's bank."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.doc_tables import NAMED, missing_tests

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "report.md"

#: the bold labels of issue 12's defects and front-of-report parts, each of which needs a row
PARTS = (
    "Navigation",
    "Internal material",
    "Numbers",
    "Wrong statements",
    "Layout",
    "Scripts",
    "Very long notes",
    "Encryption",
    "1 Dashboard",
    "2 Plan status",
    "3 Roadmap",
    "4 Risk register",
    "5 Document control",
)
#: issue 12's proof, sentence by sentence
PROOF = (
    "bookmark and link targets",
    "no float printed with more than two decimals",
    "no internal id, hash or source path",
    "the dashboard holds the decision, a money figure and dates",
    "DRAFT present exactly when the plan is not final",
    "a 1 MB note finishes",
    "right-to-left text extracts in logical order",
    "regenerated and looked at",
)


def guarantee_section() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## What the tests guarantee")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else len(text)]


def named_tests(section: str) -> list[tuple[str, str]]:
    return NAMED.findall(section)


def test_every_test_named_in_the_guarantee_table_exists() -> None:
    named = named_tests(guarantee_section())
    assert len(named) >= 70, len(named)
    assert missing_tests(named) == []


def test_a_name_that_does_not_exist_would_be_noticed() -> None:
    found = named_tests("`test_x.py::test_a`, `tests/gui/test_y.py::test_b[a4]` and `plain`")
    assert found == [("test_x.py", "test_a"), ("tests/gui/test_y.py", "test_b")]


def test_each_part_and_proof_sentence_of_the_issue_has_a_row_naming_tests() -> None:
    rows = [line for line in guarantee_section().splitlines() if line.startswith("| ") and "---" not in line]
    for part in PARTS:
        hits = [row for row in rows if f"**{part}**" in row]
        assert hits, part
        assert all(named_tests(row) for row in hits), part
    proof = [row for row in rows if "**Proof**" in row]
    for sentence in PROOF:
        hits = [row for row in proof if sentence in row]
        assert hits and all(named_tests(row) for row in hits), sentence


def test_the_sample_pdf_is_built_from_todays_bank() -> None:
    """docs/sample-report.pdf printed the bank's version 1.0.0 long after 2.0.0: its scope names the
    built-in bank's version, and the page images of both papers are there."""
    from desktop_app.core.bank import builtin_bank_path, load_bank

    bank = load_bank(builtin_bank_path())
    pdf = ROOT / "docs" / "sample-report.pdf"
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    versions = set(re.findall(r"\(version (\d+\.\d+\.\d+)\)", text))
    assert versions == {bank.version}, versions
    for prefix in ("page", "letter-page"):
        assert (ROOT / "docs" / "report" / f"{prefix}-1.png").is_file(), prefix


def test_make_sample_report_rebuilds_the_sample():
    """`make sample-report` was listed as a target but had no recipe: it did nothing."""
    from tests.unit.test_make_targets import _recipe

    assert any("scripts/sample_report.sh" in line for line in _recipe("sample-report"))
