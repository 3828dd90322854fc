"""One answer's risk points, whether it is a blocker, and the levels (core/scoring.py), by example.

Mutation testing of scoring.py (docs/testing.md) found these rules held only by the hypothesis
properties, or by nothing: each test below kills mutants that survived the example tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.bank import Question, QuestionBank
from desktop_app.core.scoring import answer_risk, challenge_level, is_blocker_answer, level_for, level_rank


def _q(bank: QuestionBank, qid: str) -> Question:
    return bank.question(qid)


def test_each_kind_of_question_gives_its_options_risk(mini_bank: QuestionBank):
    assert answer_risk(mini_bank, _q(mini_bank, "data.collection.main"), "weak") == 3.0
    assert answer_risk(mini_bank, _q(mini_bank, "integration.legacy.has_api"), "no") == 3.0
    assert answer_risk(mini_bank, _q(mini_bank, "data.collection.scale_q"), "1") == 3.0
    assert answer_risk(mini_bank, _q(mini_bank, "data.collection.scale_q"), 1) == 3.0


def test_an_answer_that_does_not_count_has_no_risk(mini_bank: QuestionBank):
    main = _q(mini_bank, "data.collection.main")
    assert answer_risk(mini_bank, main, None) is None
    assert answer_risk(mini_bank, main, "na") is None
    assert answer_risk(mini_bank, replace(main, challenge=None), "weak") is None  # a context question
    assert answer_risk(mini_bank, main, "no-such-option") is None


def test_unknown_counts_at_least_the_banks_unknown_risk(mini_bank: QuestionBank):
    main = _q(mini_bank, "data.collection.main")
    assert answer_risk(mini_bank, main, "unknown") == float(max(mini_bank.scoring.unknown_risk, main.middle_risk))


def test_multiple_choice_counts_its_worst_choice_and_skips_options_without_risk(mini_bank: QuestionBank):
    sources = _q(mini_bank, "data.preprocessing.sources")
    assert answer_risk(mini_bank, sources, ["licensed", "customer", "scraped"]) == 3.0
    assert answer_risk(mini_bank, sources, ["licensed"]) == 0.0
    no_risk = replace(sources, options=tuple(replace(o, risk=None) if o.id == "none" else o for o in sources.options))
    assert answer_risk(mini_bank, no_risk, ["customer", "none"]) == 2.0
    assert answer_risk(mini_bank, no_risk, ["none"]) is None
    assert answer_risk(mini_bank, no_risk, ["no-such-option"]) is None
    assert answer_risk(mini_bank, sources, 3) is None  # not a list


def test_a_number_counts_by_its_band(mini_bank: QuestionBank):
    requests = _q(mini_bank, "compute.cost.requests")
    assert [answer_risk(mini_bank, requests, v) for v in (5000, 50_000.5, 10**7)] == [0.0, 2.0, 3.0]
    assert answer_risk(mini_bank, requests, True) is None  # a yes is not a number
    assert answer_risk(mini_bank, requests, "many") is None
    assert answer_risk(mini_bank, replace(requests, bands=()), 5000) is None


def test_which_answers_are_blockers(mini_bank: QuestionBank):
    basis = _q(mini_bank, "data.privacy.lawful_basis")
    assert is_blocker_answer(basis, "none") and not is_blocker_answer(basis, "documented")
    assert not is_blocker_answer(basis, None) and not is_blocker_answer(basis, "unknown")
    sources = _q(mini_bank, "data.preprocessing.sources")
    stop = replace(sources, options=tuple(replace(o, blocker=o.id == "scraped") for o in sources.options))
    assert is_blocker_answer(stop, ["licensed", "scraped"])
    assert not is_blocker_answer(stop, ["licensed", "customer"])
    assert not is_blocker_answer(stop, ["no-such-option"])
    assert not is_blocker_answer(sources, ["licensed", "scraped"])


def test_the_weakest_link_raises_a_level_to_high_but_never_lowers_one():
    assert challenge_level(10.0, 1, [], ["q"]) == "high"
    assert challenge_level(90.0, 5, [], ["q"]) == "critical"
    assert challenge_level(10.0, 1, ["q"], []) == "critical"
    assert challenge_level(None, 5, ["q"], ["q"]) is None


def test_levels_and_their_ranks():
    assert [level_for(1, 4), level_for(1, 5), level_for(3, 3), level_for(2, 5), level_for(3, 5)] == [
        "low",
        "medium",
        "medium",
        "high",
        "high",
    ]
    assert level_for(4, 4) == level_for(5, 5) == "critical"
    assert [level_rank(x) for x in ("low", "medium", "high", "critical")] == [0, 1, 2, 3]
    assert level_rank(None) == level_rank("unheard-of") == -1


@pytest.mark.parametrize(("risk", "likelihood"), [(0.0, 1), (19.9, 1), (20.0, 2), (79.9, 4), (80.0, 5), (100.0, 5)])
def test_likelihood_bands(risk: float, likelihood: int):
    from desktop_app.core.scoring import likelihood_for

    assert likelihood_for(risk) == likelihood
