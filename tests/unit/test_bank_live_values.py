"""``QuestionBank.live_values`` remembers its last answer (scoring asks it hundreds of times per
assessment with the same answers); it must still follow every change of the answers it is given,
whether a new mapping, the same dict changed, or a list inside it changed in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.bank import QuestionBank, load_bank

BANK_PATH = Path(__file__).resolve().parents[2] / "resources" / "question_banks" / "genai-readiness.yaml"
STATES = "context.us_states"
JURISDICTIONS = "context.jurisdictions"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


def test_the_same_dict_changed_in_place_is_read_again(bank: QuestionBank) -> None:
    values: dict[str, object] = {JURISDICTIONS: ["us"], STATES: ["colorado"], "context.industry": "insurance"}
    colorado = bank.question("ethics_legal.regulatory.colorado")
    assert STATES in bank.live_values(values) and bank.is_visible(colorado, values)
    values[JURISDICTIONS] = ["uk"]  # the US unticked: the state answer stays stored but is not live
    assert STATES not in bank.live_values(values) and not bank.is_visible(colorado, values)
    values[JURISDICTIONS] = ["us"]
    assert STATES in bank.live_values(values)
    assert bank.live_values(values) is values  # nothing hidden: the answers themselves, no copy


def test_a_list_changed_in_place_is_read_again(bank: QuestionBank) -> None:
    ticked = ["us"]
    values: dict[str, object] = {JURISDICTIONS: ticked, STATES: ["colorado"]}
    assert STATES in bank.live_values(values)
    ticked[0] = "uk"
    assert STATES not in bank.live_values(values)
    ticked.append("us")
    assert STATES in bank.live_values(values)


def test_a_hidden_answer_is_left_out_of_a_copy_the_caller_may_keep(bank: QuestionBank) -> None:
    values: dict[str, object] = {JURISDICTIONS: ["uk"], STATES: ["colorado"], "context.industry": "insurance"}
    live = bank.live_values(values)
    assert live is not values and STATES not in live and live["context.industry"] == "insurance"
    assert values[STATES] == ["colorado"]  # the caller's answers are not changed
    other = {JURISDICTIONS: ["uk"], STATES: ["nyc"], "context.industry": "creative"}
    assert dict(bank.live_values(other)) == {JURISDICTIONS: ["uk"], "context.industry": "creative"}
