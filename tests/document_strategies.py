"""What the two stateful model tests of a document draw from (hypothesis strategies over the mini bank).

``tests/unit/test_document_model.py`` (the storage layer: fork, merge, reopen) and
``tests/gui/test_document_state_model.py`` (the window's document with its undo stack) edit the same
questions and plan entries with the same kinds of values; each keeps its own rules and model.
"""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import HealthCheck, settings

from desktop_app.core.assessment import AnswerValue, Assessment
from desktop_app.core.bank import load_bank
from tests.conftest import MINI_BANK

BANK = load_bank(MINI_BANK)
VALUES: dict[str, st.SearchStrategy[AnswerValue]] = {
    "data.collection.main": st.sampled_from(["good", "fair", "weak", "none", "unknown"]),
    "data.preprocessing.main": st.sampled_from(["good", "fair", "na"]),
    "compute.cost.requests": st.integers(min_value=0, max_value=10**6),
}
QUESTIONS = st.sampled_from(sorted(VALUES))
ACTIONS = st.sampled_from(["MIT-T-001", "MIT-T-002"])
STATUSES = st.sampled_from(["proposed", "accepted", "rejected", "done"])
CONFIDENCES = st.sampled_from(["low", "medium", "high"])


def texts(max_size: int) -> st.SearchStrategy[str]:
    """Notes and owners: any text SQLite stores (no surrogate, no NUL), at most ``max_size`` characters."""
    return st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=max_size)


def stored_answers(assessment: Assessment) -> dict[str, tuple[object, str, str]]:
    """Every stored answer row (answered or only noted) as ``(value, note, confidence)``: what the models keep."""
    rows = {**assessment.unanswered, **assessment.answers}
    return {q: (r.value, r.note, r.confidence) for q, r in rows.items()}


def stored_plan(assessment: Assessment) -> dict[str, tuple[str, str]]:
    """Every plan entry as ``(status, owner)``."""
    return {k: (d.status, d.owner) for k, d in assessment.plan.items()}


def model_settings(steps: int) -> settings:
    """Twenty runs of ``steps`` steps, no deadline (each step writes a file)."""
    return settings(
        max_examples=20, stateful_step_count=steps, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
