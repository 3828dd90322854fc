"""A hostile or broken bank stored inside one file stops that file only: not `new`, not other files,
not the portfolio, and never for long."""

from __future__ import annotations

import sqlite3
import time

import pytest

from desktop_app.analysis.portfolio import load_portfolio
from desktop_app.core.bank import builtin_bank_path, load_bank
from desktop_app.core.errors import ReadinessError
from desktop_app.storage.document import ReadinessDocument
from tests.conftest import MINI_BANK

LAUGHS = (
    "\n".join(
        ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        + [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)]
    )
    + "\n"
)


def _doc(path, bank):
    with ReadinessDocument.create(path, client="C", project=path.stem, bank=bank, workshop_date="2026-12-01"):
        pass


def _poison(path, content: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE bank_snapshot SET content = ? WHERE id = 1", (content,))
    conn.close()


@pytest.mark.parametrize("content", [LAUGHS, "format: 2\nid: x\nshow_fi: 1\n", "x" * (5 * 1024 * 1024)])
def test_a_bad_snapshot_stops_only_its_own_file(tmp_path, content):
    folder = tmp_path / "clients"
    folder.mkdir()
    mini = load_bank(MINI_BANK)
    _doc(folder / "good.readiness", mini)
    _doc(folder / "bad.readiness", mini)
    _poison(folder / "bad.readiness", content)

    start = time.perf_counter()
    with pytest.raises(ReadinessError):
        ReadinessDocument.open(folder / "bad.readiness", readonly=True)
    portfolio = load_portfolio(folder)
    assert time.perf_counter() - start < 10
    assert [r.file for r in portfolio.rows] == ["good.readiness"]
    assert [f.file for f in portfolio.failures] == ["bad.readiness"]
    # a new assessment on the built-in bank is unaffected
    _doc(tmp_path / "new.readiness", load_bank(builtin_bank_path()))
    with ReadinessDocument.open(tmp_path / "new.readiness", readonly=True) as doc:
        assert doc.bank.id == "genai-readiness"
