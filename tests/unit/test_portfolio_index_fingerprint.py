"""The index's fingerprint says what its cached scores were computed by: a change to any code they
depend on (the decision rules, the bank model's visibility, the context's impact, the summary and the
reasons, the quick reader) makes it differ, so an index from other code is rebuilt, not trusted.
Until the eighth session it read four files of ``core``, one of which (``bank.py``) had become a
package: a change to ``core/decision.py`` or ``core/bank/model.py`` kept a stale index."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.analysis import index

APP = Path(index.__file__).resolve().parent.parent
DEPENDED_ON = [
    "core/scoring.py",
    "core/decision.py",
    "core/context.py",
    "core/bank/model.py",
    "core/plan.py",
    "core/estimator.py",
    "analysis/portfolio.py",
    "analysis/reasons.py",
    "analysis/index.py",
    "storage/quick_read.py",
]


@pytest.fixture()
def app_copy(tmp_path: Path) -> Path:
    root = tmp_path / "desktop_app"
    for part in ("core", "analysis", "storage"):
        shutil.copytree(APP / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    return root


@pytest.mark.parametrize("name", DEPENDED_ON)
def test_a_change_to_code_the_scores_depend_on_changes_the_fingerprint(app_copy: Path, name: str):
    before = index._fingerprint(app_copy)
    assert index._fingerprint(app_copy) == before  # the same code: the same fingerprint
    with (app_copy / name).open("a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    assert index._fingerprint(app_copy) != before


def test_the_fingerprint_of_the_running_code_is_its_own(app_copy: Path):
    assert index._fingerprint() == index._fingerprint(APP) == index._fingerprint(app_copy)
