"""The PDF deployment plan, issue 12's later parts: one-pass contents, currency, firm settings, budget in
money, right-to-left table cells, Devanagari copy-text and where the room disagreed."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from desktop_app.report import ReportOptions, write_report
from tests.unit.test_report_client import flat, sample

FIXED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def real_bank():
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


@pytest.fixture(scope="module")
def healthcare(real_bank, tmp_path_factory):
    assessment = sample(real_bank, "healthcare-synthetic-imaging.json")
    path = tmp_path_factory.mktemp("more") / "healthcare.pdf"
    write_report(real_bank, assessment, path, ReportOptions(generated=FIXED))
    return path, assessment


def layout_text(path: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


# -- one layout pass --------------------------------------------------------------------------


def test_contents_page_numbers_are_the_pages_of_their_headings(healthcare):
    """The contents list is laid out before its page numbers are known (one pass); the numbers it
    finally prints must still be the pages where each heading is drawn."""
    path, _ = healthcare
    texts = [flat(page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages]
    entries = []
    for line in layout_text(path, 2).splitlines():
        found = re.match(r"^\s*(\S.*?)\s*(?:\.\s*){3,}(\d+)\s*$", line)
        if found:
            entries.append((flat(found.group(1)), int(found.group(2))))
    assert len(entries) > 10
    for title, page in entries:
        assert 2 < page <= len(texts)
        assert title in texts[page - 1], (title, page)


def test_every_page_says_page_x_of_the_real_total(healthcare):
    path, _ = healthcare
    reader = pypdf.PdfReader(str(path))
    total = len(reader.pages)
    for n in range(2, total + 1):
        assert f"Page {n} of {total}" in (reader.pages[n - 1].extract_text() or "")


def test_the_report_is_laid_out_in_one_pass(real_bank, tmp_path, monkeypatch):
    """Each flowable is laid out once per report: a second pass doubled the time of a report."""
    from desktop_app.report import document

    builds = []
    original = document.ReportTemplate.build

    def counting(self, *args, **kwargs):
        builds.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(document.ReportTemplate, "build", counting)
    write_report(real_bank, sample(real_bank, "healthcare-synthetic-imaging.json"), tmp_path / "one.pdf")
    assert builds == [1]
