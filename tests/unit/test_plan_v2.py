"""The plan under format 2: actions only where they apply, dependencies first, new fields carried."""

from __future__ import annotations

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import NA, load_bank
from desktop_app.core.plan import build_plan
from tests.conftest import FIXTURES

V2 = FIXTURES / "mini-bank-v2.yaml"


def _plan(values: dict):
    bank = load_bank(V2)
    answers = {qid: Answer(qid, v) for qid, v in values.items()}
    a = Assessment(client="C", project="P", answers=answers, workshop_date="2026-12-01")
    return build_plan(bank, a)


EU_PROVIDER = {"context.jurisdictions": ["eu"], "context.ai_act_role": "provider"}


def test_eu_action_is_proposed_only_for_an_eu_client():
    eu = _plan({**EU_PROVIDER, "ethics_legal.regulatory.eu_register": "no"})
    assert "MIT-T-EU1" in [it.key for it in eu.items]
    # the same answer recorded for a US-only client: the question is hidden and the action not proposed
    us = _plan({"context.jurisdictions": ["us"], "ethics_legal.regulatory.eu_register": "no"})
    assert "MIT-T-EU1" not in [it.key for it in us.items]


def test_na_answer_proposes_nothing():
    assert _plan({"data.collection.main": NA}).items == ()
    assert [it.key for it in _plan({"data.collection.main": "weak"}).items] == ["MIT-T-001"]


def test_a_dependency_is_brought_forward_to_its_dependants_phase():
    plan = _plan({**EU_PROVIDER, "ethics_legal.regulatory.eu_register": "no", "data.collection.main": "weak"})
    eu, dep = plan.item("MIT-T-EU1"), plan.item("MIT-T-001")
    assert eu.phase == 0 and eu.depends_on == ("MIT-T-001",)
    assert dep.phase == 0  # its own phase is 1
    assert dep.due_date <= eu.due_date
    d = eu.to_dict()
    assert d["evidence"] == "Registration number" and d["effort_days"] == [1.0, 2.0]
    assert d["raci"] == {"responsible": "Compliance lead", "accountable": "General counsel"}
    # without the dependant, the action keeps its own phase
    assert _plan({"data.collection.main": "weak"}).item("MIT-T-001").phase == 1
