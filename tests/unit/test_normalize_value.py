"""Every question type accepts exactly its values and refuses the rest with a reason (core.assessment)."""

from __future__ import annotations

import pytest

from desktop_app.core.assessment import MAX_TEXT, ValueProblem, normalize_value

ACCEPTED = [
    ("data.collection.scale_q", 0, 0),
    ("data.collection.scale_q", "4", 4),
    ("data.collection.scale_q", 3.0, 3),
    ("data.preprocessing.sources", "customer; licensed", ["licensed", "customer"]),
    ("data.preprocessing.sources", ["scraped"], ["scraped"]),
    ("compute.cost.requests", "12,000", 12000),
    ("compute.cost.requests", 2.5, 2.5),
    ("compute.cost.notes", "na", "na"),  # text keeps "na" as text
    ("integration.legacy.has_api", True, "yes"),
    ("integration.legacy.has_api", " no ", "no"),
    ("data.collection.scale_q", " Unknown ", "unknown"),
]
REFUSED = [
    ("data.collection.scale_q", 5, "maturity level from 0 to 4"),
    ("data.collection.scale_q", -1, "maturity level from 0 to 4"),
    ("data.collection.scale_q", 2.5, "maturity level from 0 to 4"),
    ("data.collection.scale_q", True, "maturity level from 0 to 4"),
    ("data.preprocessing.sources", "", "at least one option"),
    ("data.preprocessing.sources", "licensed;licensed", "chosen twice"),
    ("data.preprocessing.sources", "licensed;nope", "'nope' not an option"),
    ("data.preprocessing.sources", 3, "list of option ids"),
    ("compute.cost.requests", -1, "below the minimum 0"),
    ("compute.cost.requests", "many", "expected a number"),
    ("compute.cost.requests", float("nan"), "expected a number"),
    ("compute.cost.notes", 7, "expected text"),
    ("compute.cost.notes", "x" * (MAX_TEXT + 1), "longer than"),
    ("integration.legacy.has_api", "maybe", "'maybe' is not an option"),
    ("integration.legacy.has_api", 1, "one option id"),
]


@pytest.mark.parametrize(("qid", "raw", "expected"), ACCEPTED)
def test_each_type_accepts_its_values(mini_bank, qid, raw, expected):
    assert normalize_value(mini_bank.question(qid), raw) == expected


@pytest.mark.parametrize(("qid", "raw", "why"), REFUSED)
def test_each_type_refuses_other_values_and_says_why(mini_bank, qid, raw, why):
    with pytest.raises(ValueProblem, match=why):
        normalize_value(mini_bank.question(qid), raw)
