"""Issue 11, "Bank files": the report title comes from the bank (`report_title`; a bank without one
keeps the product's title), on the PDF's cover, in its document-control table and in its metadata."""

from __future__ import annotations

from pathlib import Path

import pypdf

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import load_bank
from desktop_app.report import write_report
from tests.conftest import FIXTURES, MINI_BANK


def _report(bank_path: Path, out: Path) -> pypdf.PdfReader:
    bank = load_bank(bank_path)
    assessment = Assessment(client="Acme Mutual", project="Claims helper", bank_id=bank.id, bank_version=bank.version)
    write_report(bank, assessment, out)
    return pypdf.PdfReader(str(out))


def test_the_report_title_comes_from_the_bank(tmp_path: Path) -> None:
    reader = _report(FIXTURES / "mini-bank-v2.yaml", tmp_path / "own.pdf")
    assert reader.metadata.title.startswith("Mini readiness plan: Acme Mutual")
    cover = reader.pages[0].extract_text()
    assert "Mini readiness plan" in cover and "GenAI deployment readiness plan" not in cover
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Mini readiness plan, version" in text  # document control


def test_a_bank_without_a_report_title_keeps_the_products_title(tmp_path: Path) -> None:
    bank = load_bank(MINI_BANK)
    assert not bank.report_title
    assert bank.title == "GenAI deployment readiness plan"
    reader = _report(MINI_BANK, tmp_path / "default.pdf")
    assert reader.metadata.title.startswith("GenAI deployment readiness plan: Acme Mutual")
