"""A few hundred kill trials and hostile files in the normal suite; ``make soak`` runs thousands."""

from __future__ import annotations

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.storage.document import ReadinessDocument
from tests.robustness.soaklib import run_hostile_files, run_kill_trials


@pytest.mark.slow  # about 30 s of subprocesses
def test_two_hundred_kills_while_imports_grow_the_file_lose_nothing(tmp_path, mini_bank):
    counts = run_kill_trials(tmp_path, mini_bank, trials=200, seed=20261206)
    assert sum(counts.values()) == 200


@pytest.mark.slow  # a soak in small: 500 damaged files
def test_five_hundred_hostile_files_are_read_or_refused_plainly(tmp_path, mini_bank):
    good = tmp_path / "good.readiness"
    with ReadinessDocument.create(good, client="C", project="P", bank=mini_bank) as doc:
        doc.import_all([Answer("data.collection.main", "weak", note="n" * 5000), Answer("context.industry", "general")])
    folder = tmp_path / "hostile"
    folder.mkdir()
    counts = run_hostile_files(good, folder, trials=500, seed=20261206)
    assert counts["read"] + counts["refused"] == 500 and counts["refused"] > 0
    assert not [p for p in folder.iterdir() if p.name != ".~lock"]  # nothing left behind
