"""Hand-computed checks of the cost and energy estimator (desktop_app/core/estimator.py)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.estimator import (
    BUILTIN_DEFAULTS,
    BUILTIN_SIZE_REFERENCE,
    DEFAULT_INPUTS,
    Estimate,
    computed_values,
    estimate,
)
from desktop_app.core.messages import estimate_notes_text

BANK_PATH = Path(__file__).resolve().parents[2] / "resources" / "question_banks" / "genai-readiness.yaml"

Q = DEFAULT_INPUTS  # input name -> question id of the built-in bank

# A bank estimator section with round numbers, so the arithmetic below is easy to follow.
ROUND = {
    "inputs": dict(DEFAULT_INPUTS),
    "defaults": {
        "price_per_million_tokens": {"value": 10.0, "source": "test", "as_of": "2026-11"},
        "gpu_hour_price": {"value": 4.0, "source": "test", "as_of": "2026-11"},
        "gpu_utilisation_pct": {"value": 50.0, "source": "test"},
        "gpu_power_watts": {"value": 1000.0, "source": "test"},
        "gpu_idle_power_share": {"value": 0.2, "source": "test"},
        "pue": {"value": 1.5, "source": "test"},
        "grid_carbon_g_per_kwh": {"value": 400.0, "source": "test"},
        "energy_per_request_wh": {"value": 0.5, "source": "test"},
        "days_per_month": {"value": 30, "source": "test"},
    },
}


def ans(**values: object) -> dict[str, object]:
    """Answers keyed by question id, given by estimator input name."""
    return {Q[name]: value for name, value in values.items()}


def test_hosted_api_case_by_hand() -> None:
    # 2,000 requests/day x 30 days = 60,000 requests per month
    # 60,000 x 1,500 tokens = 90,000,000 tokens = 90 million tokens
    # 90 x 10.0 per million = 900.0 per month
    # energy: 60,000 x 0.5 Wh = 30,000 Wh = 30 kWh (no PUE: the per-request figure includes it)
    # CO2e: 30 kWh x 400 g/kWh = 12,000 g = 12 kg
    # budget ratio: 900 / 1,200 = 0.75
    e = estimate(ROUND, ans(requests_per_day=2000, tokens_per_request=1500, monthly_budget=1200))
    assert e.monthly_cost == pytest.approx(900.0)
    assert e.monthly_kwh == pytest.approx(30.0)
    assert e.monthly_co2e_kg == pytest.approx(12.0)
    assert e.budget_ratio == pytest.approx(0.75)
    assert set(e.defaulted) == {
        "price_per_million_tokens",
        "energy_per_request_wh",
        "grid_carbon_g_per_kwh",
        "days_per_month",
    }
    assert e.inputs["requests_per_day"] == 2000
    assert e.inputs["price_per_million_tokens"] == 10.0
    # GPU inputs were not used, so they are neither listed nor reported as defaulted
    assert "gpu_hour_price" not in e.inputs
    assert any("price per million tokens = 10" in n for n in estimate_notes_text(e))


def test_self_hosted_case_by_hand() -> None:
    # GPU cost: 1,000 GPU-h x 4.0 = 4,000
    # load: idle 0.2 + (1 - 0.2) x 0.75 utilisation = 0.2 + 0.6 = 0.8
    # energy: 1,000 h x 1.0 kW x 0.8 x PUE 1.5 = 1,200 kWh
    # CO2e: 1,200 x 400 / 1000 = 480 kg
    # budget ratio: 4,000 / 2,000 = 2.0
    e = estimate(
        ROUND,
        ans(gpu_hours_per_month=1000, gpu_utilisation_pct=75, monthly_budget=2000),
    )
    assert e.monthly_cost == pytest.approx(4000.0)
    assert e.monthly_kwh == pytest.approx(1200.0)
    assert e.monthly_co2e_kg == pytest.approx(480.0)
    assert e.budget_ratio == pytest.approx(2.0)
    assert "gpu_utilisation_pct" not in e.defaulted
    assert {"gpu_hour_price", "gpu_power_watts", "pue", "grid_carbon_g_per_kwh"} <= set(e.defaulted)


def test_self_hosted_ignores_defaulted_token_price_but_uses_an_answered_one() -> None:
    base = ans(gpu_hours_per_month=100, requests_per_day=1000, tokens_per_request=1000)
    # 100 GPU-h x 4.0 = 400; the defaulted token price would double-count the GPUs
    assert estimate(ROUND, base).monthly_cost == pytest.approx(400.0)
    # an answered token price means a mixed set-up:
    # 1,000 x 30 x 1,000 / 1e6 = 30 million tokens x 2.0 = 60; 400 + 60 = 460
    mixed = {**base, Q["price_per_million_tokens"]: 2.0}
    assert estimate(ROUND, mixed).monthly_cost == pytest.approx(460.0)
    # energy stays with the GPUs: 100 h x 1 kW x (0.2 + 0.8 x 0.5 = 0.6) x 1.5 = 90 kWh
    assert estimate(ROUND, mixed).monthly_kwh == pytest.approx(90.0)


def test_answered_values_override_defaults() -> None:
    # 10 GPU-h x 2.5 = 25; 10 h x 0.5 kW x (0.2 + 0.8 x 1.0) x 1.1 = 5.5 kWh; x 100 g = 0.55 kg
    e = estimate(
        ROUND,
        {
            Q["gpu_hours_per_month"]: 10,
            Q["gpu_hour_price"]: 2.5,
            Q["gpu_utilisation_pct"]: 100,
            Q["gpu_power_watts"]: 500,
            Q["pue"]: 1.1,
            Q["grid_carbon_g_per_kwh"]: 100,
        },
    )
    assert e.monthly_cost == pytest.approx(25.0)
    assert e.monthly_kwh == pytest.approx(5.5)
    assert e.monthly_co2e_kg == pytest.approx(0.55)
    assert e.defaulted == ("gpu_idle_power_share",)


def test_builtin_defaults_apply_without_a_bank_section() -> None:
    # 720 GPU-h x 6.88 = 4,953.60
    # 720 h x 0.7 kW x (0.25 + 0.75 x 0.5 = 0.625) x 1.2 = 378 kWh; x 430 g = 162.54 kg
    e = estimate(None, ans(gpu_hours_per_month=720))
    assert e.monthly_cost == pytest.approx(4953.6)
    assert e.monthly_kwh == pytest.approx(378.0)
    assert e.monthly_co2e_kg == pytest.approx(162.54)
    assert e.budget_ratio is None
    assert "gpu_hour_price" in e.defaulted


def test_na_and_unknown_use_defaults() -> None:
    for special in ("na", "unknown"):
        e = estimate(ROUND, {**ans(gpu_hours_per_month=10), Q["gpu_hour_price"]: special})
        assert e.monthly_cost == pytest.approx(40.0)  # 10 x default 4.0
        assert "gpu_hour_price" in e.defaulted


def test_nothing_answered_gives_nothing() -> None:
    e = estimate(ROUND, {})
    assert (e.monthly_cost, e.monthly_kwh, e.monthly_co2e_kg, e.budget_ratio) == (None,) * 4
    assert e.inputs == {}
    assert e.defaulted == ()
    assert e.notes  # says what is missing
    assert computed_values(ROUND, {}) == {}


def test_requests_without_tokens_give_energy_but_no_cost() -> None:
    # 1,000 x 30 x 0.5 Wh = 15 kWh; cost needs tokens per request
    e = estimate(ROUND, ans(requests_per_day=1000))
    assert e.monthly_cost is None
    assert e.monthly_kwh == pytest.approx(15.0)
    assert any("tokens per request" in n for n in estimate_notes_text(e))


def test_zero_inputs() -> None:
    e = estimate(ROUND, ans(gpu_hours_per_month=0, monthly_budget=100))
    assert e.monthly_cost == 0.0
    assert e.monthly_kwh == 0.0
    assert e.monthly_co2e_kg == 0.0
    assert e.budget_ratio == 0.0
    # zero budget: ratio undefined, not infinite
    e = estimate(ROUND, ans(gpu_hours_per_month=10, monthly_budget=0))
    assert e.monthly_cost == pytest.approx(40.0)
    assert e.budget_ratio is None
    # zero requests is a real answer: no cost, no energy
    e = estimate(ROUND, ans(requests_per_day=0, tokens_per_request=500))
    assert e.monthly_cost == 0.0
    assert e.monthly_kwh == 0.0


def test_negative_and_impossible_inputs_are_ignored_with_a_note() -> None:
    e = estimate(
        ROUND,
        ans(gpu_hours_per_month=10, gpu_hour_price=-3, pue=0.4, monthly_budget=-50),
    )
    # price falls back to the default 4.0; PUE to 1.5; budget ignored
    assert e.monthly_cost == pytest.approx(40.0)
    assert e.inputs["pue"] == 1.5
    assert e.budget_ratio is None
    assert {"gpu_hour_price", "pue"} <= set(e.defaulted)
    assert any("negative" in n for n in estimate_notes_text(e))
    assert any("PUE below 1" in n for n in estimate_notes_text(e))
    codes = [n.code for n in e.notes]
    assert {"negative_value", "pue_below_one", "budget_not_positive"} <= set(codes)
    assert {"input": "gpu_hour_price"} in [dict(n.params) for n in e.notes if n.code == "negative_value"]
    # negative volume with no default: nothing to compute
    e = estimate(ROUND, ans(gpu_hours_per_month=-5))
    assert e.monthly_cost is None


def test_utilisation_above_100_is_capped() -> None:
    e = estimate(ROUND, ans(gpu_hours_per_month=10, gpu_utilisation_pct=250))
    assert e.inputs["gpu_utilisation_pct"] == 100.0
    # 10 h x 1 kW x 1.0 x 1.5 = 15 kWh
    assert e.monthly_kwh == pytest.approx(15.0)


def test_huge_and_garbage_inputs_never_raise() -> None:
    for value in (1e308, 10**400, float("inf"), float("nan"), "lots", [1, 2], {"x": 1}, True):
        e = estimate(ROUND, ans(gpu_hours_per_month=value, requests_per_day=value))
        assert isinstance(e, Estimate)
        for number in (e.monthly_cost, e.monthly_kwh, e.monthly_co2e_kg, e.budget_ratio):
            assert number is None or math.isfinite(number)
    e = estimate(ROUND, ans(gpu_hours_per_month=1e308, monthly_budget=1e-300))
    assert e.monthly_cost is None  # 1e308 x 4.0 overflows
    assert e.budget_ratio is None
    assert any("too large" in n for n in estimate_notes_text(e))


def test_numeric_strings_are_accepted() -> None:
    e = estimate(ROUND, ans(gpu_hours_per_month="1,000"))
    assert e.monthly_cost == pytest.approx(4000.0)


def test_bad_bank_defaults_fall_back_to_builtin() -> None:
    bank = {"inputs": dict(DEFAULT_INPUTS), "defaults": {"gpu_hour_price": {"value": "cheap"}}}
    e = estimate(bank, ans(gpu_hours_per_month=1))
    assert e.monthly_cost == pytest.approx(BUILTIN_DEFAULTS["gpu_hour_price"][0])
    assert estimate("not a mapping", ans(gpu_hours_per_month=1)).monthly_cost is not None  # type: ignore[arg-type]


def test_computed_values_names() -> None:
    values = computed_values(ROUND, ans(gpu_hours_per_month=1000, monthly_budget=8000))
    assert set(values) == {"monthly_cost", "monthly_kwh", "monthly_co2e_kg", "budget_ratio", "co2e_vs_size_reference"}
    assert values["budget_ratio"] == pytest.approx(0.5)  # 4,000 / 8,000


def test_emissions_are_compared_with_the_organisation_size() -> None:
    # 1,000 GPU-h x 1 kW x (0.2 + 0.8 x 0.5) x 1.5 = 900 kWh; x 400 g = 360 kg CO2e a month
    # compared with 250 kg (small): 1.44; with 10,000 kg (very large): 0.036
    base = ans(gpu_hours_per_month=1000)
    small = estimate(ROUND, {**base, "context.organisation_size": "small"})
    huge = estimate(ROUND, {**base, "context.organisation_size": "very_large"})
    assert small.monthly_co2e_kg == huge.monthly_co2e_kg
    assert small.monthly_co2e_kg == pytest.approx(360.0)
    assert small.co2e_vs_size_reference == pytest.approx(1.44)
    assert huge.co2e_vs_size_reference == pytest.approx(0.036)
    # unanswered or unknown size: the large-organisation reference, said in the notes
    for answers in (base, {**base, "context.organisation_size": "unknown"}):
        e = estimate(ROUND, answers)
        assert e.size_reference_kg == 2500
        assert any("organisation size not given" in n for n in estimate_notes_text(e))
    # a bank can set its own references; a broken table falls back to the built-in one
    own = {**ROUND, "size_reference": {"kg_co2e_per_month": {"small": 100, "large": "x"}}}
    assert estimate(own, {**base, "context.organisation_size": "small"}).size_reference_kg == 100
    bad = {**ROUND, "size_reference": {"kg_co2e_per_month": "nonsense"}}
    assert estimate(bad, {**base, "context.organisation_size": "small"}).size_reference_kg == 250


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(sorted(DEFAULT_INPUTS)),
        st.one_of(
            st.floats(allow_nan=True, allow_infinity=True),
            st.integers(min_value=-(10**30), max_value=10**30),
            st.sampled_from(["na", "unknown", "", "12", "x"]),
        ),
    )
)
def test_never_raises_and_results_are_finite_and_non_negative(raw: dict[str, object]) -> None:
    e = estimate(ROUND, ans(**raw))
    for number in (e.monthly_cost, e.monthly_kwh, e.monthly_co2e_kg, e.budget_ratio, e.co2e_vs_size_reference):
        assert number is None or (math.isfinite(number) and number >= 0)
    assert set(e.defaulted) <= set(e.inputs)


@settings(max_examples=100, deadline=None)
@given(
    st.floats(min_value=0, max_value=1e6),
    st.floats(min_value=0, max_value=1e6),
    st.floats(min_value=0, max_value=100),
)
def test_more_gpu_hours_never_lower_cost_or_energy(h1: float, h2: float, util: float) -> None:
    lo, hi = sorted((h1, h2))
    a = estimate(ROUND, ans(gpu_hours_per_month=lo, gpu_utilisation_pct=util))
    b = estimate(ROUND, ans(gpu_hours_per_month=hi, gpu_utilisation_pct=util))
    assert a.monthly_cost is not None and b.monthly_cost is not None
    assert a.monthly_cost <= b.monthly_cost
    assert (a.monthly_kwh or 0.0) <= (b.monthly_kwh or 0.0)


def test_built_in_bank_estimator_section_matches_the_module() -> None:
    bank = yaml.safe_load(BANK_PATH.read_text(encoding="utf-8"))
    section = bank["estimator"]
    # every input maps to a number question of the bank
    numbers = {
        q["id"]
        for ch in bank["challenges"]
        for sub in ch["subchallenges"]
        for q in sub["questions"]
        if q["type"] == "number"
    }
    assert set(section["inputs"].values()) <= numbers
    assert section["inputs"] == DEFAULT_INPUTS
    # every default carries a source and a date, and agrees with the built-in fallback
    for name, entry in section["defaults"].items():
        assert entry.get("source"), name
        assert entry.get("as_of"), name
        assert entry["value"] == pytest.approx(BUILTIN_DEFAULTS[name][0]), name
    # the computed questions name values the estimator produces
    computed = {
        q["computed"]
        for ch in bank["challenges"]
        for sub in ch["subchallenges"]
        for q in sub["questions"]
        if q.get("computed")
    }
    assert computed <= {"monthly_cost", "monthly_kwh", "monthly_co2e_kg", "budget_ratio", "co2e_vs_size_reference"}
    assert section["size_reference"]["kg_co2e_per_month"] == BUILTIN_SIZE_REFERENCE
    # the bank's own defaults reproduce the built-in fallback case
    e = estimate(section, ans(gpu_hours_per_month=720))
    assert e.monthly_cost == pytest.approx(4953.6)
