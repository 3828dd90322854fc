"""What a cost band covers is the bank's to say, and the report says it (issue 11: "cost as a band ...
with its assumptions"). The built-in bank's bands cover outside spend plus internal time at a planning
day rate (docs/knowledge-base.md, "Mitigation effort and cost"); until 2026-12-07 the report's budget
note told the client the opposite ("external spend only, the effort above is not priced")."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core.bank import QuestionBank, builtin_bank_path, load_bank, load_bank_text
from desktop_app.core.errors import BankError
from desktop_app.report import ReportOptions, write_report
from tests.unit.test_kb_mitigations import DAY_RATE
from tests.unit.test_report_client import sample
from tests.unit.test_report_more import _section

FIXED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini-bank-v2.yaml"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(builtin_bank_path())


def test_the_bank_states_what_its_cost_bands_cover(bank: QuestionBank) -> None:
    bands = bank.cost_bands
    assert bands.day_rate == DAY_RATE
    assert "internal time" in bands.basis and f"{DAY_RATE:,}" in bands.basis and bands.currency in bands.basis


def test_the_budget_note_gives_the_banks_basis_for_the_bands(bank: QuestionBank, tmp_path: Path) -> None:
    path = tmp_path / "healthcare.pdf"
    write_report(bank, sample(bank, "healthcare-synthetic-imaging.json"), path, ReportOptions(generated=FIXED))
    budget = " ".join(_section(path, "Budget", "4.1").split())
    assert " ".join(bank.cost_bands.basis.split()) in budget
    assert "not priced" not in budget


def _with_cost_bands(text: str) -> str:
    base = MINI.read_text(encoding="utf-8")
    old = "cost_bands:\n  currency: EUR\n"
    assert base.count(old) == 1
    return base.replace(old, "cost_bands:\n" + text)


def test_a_day_rate_must_be_a_positive_number() -> None:
    with pytest.raises(BankError, match="day_rate"):
        load_bank_text(_with_cost_bands("  currency: EUR\n  day_rate: -5\n"), "bank.yaml")


def test_a_bank_without_a_basis_keeps_the_general_note() -> None:
    bank = load_bank_text(_with_cost_bands("  currency: EUR\n"), "bank.yaml")
    assert bank.cost_bands.day_rate is None and bank.cost_bands.basis == ""


def test_bank_show_json_gives_the_basis(bank: QuestionBank) -> None:
    from desktop_app.cli.banks import bank_to_dict

    shown = json.loads(json.dumps(bank_to_dict(bank)))["cost_bands"]
    assert shown["day_rate"] == DAY_RATE and shown["basis"] == bank.cost_bands.basis
