"""The mitigation library of the built-in bank: every action is executable, its dependencies form no
cycle, and it is proposed only where it applies (industry, jurisdiction, AI Act role; never for N/A).

The loader checks the format of each field for any bank; these are the content rules the built-in
bank promises on top (issue 11, "Mitigations that a client can execute"). The planning day rate and
the effort sizes are documented in docs/knowledge-base.md ("Mitigation effort and cost").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import NA, Mitigation, Question, QuestionBank, load_bank
from desktop_app.core.plan import build_plan, triggered
from tests.samples import load_sample

ROOT = Path(__file__).resolve().parents[2]
BANK_PATH = ROOT / "resources" / "question_banks" / "genai-readiness.yaml"
KB_DOC = ROOT / "docs" / "knowledge-base.md"
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.json"))

#: internal time valued at this rate (EUR per person-day) when a cost band is checked against effort
DAY_RATE = 800
#: the range of person-days (middle of the action's range) that each effort size stands for
SIZE_DAYS = {"S": (0.5, 6.0), "M": (3.0, 20.0), "L": (12.0, 90.0)}
#: a money figure in an assumption, such as "5,000-15,000" or "1,500 a day"
MONEY = re.compile(r"\d{1,3}(?:,\d{3})+")

#: context key -> the option ids under which a condition lets something through (absent = anywhere)
Scope = dict[str, frozenset[str]]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(BANK_PATH.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------
# Every action carries what a client needs to execute it


def test_every_mitigation_is_executable(bank: QuestionBank) -> None:
    assert len(bank.mitigations) >= 109
    for m in bank.mitigations.values():
        assert len(m.evidence) >= 40, (m.id, "evidence an auditor would accept: a named artefact")
        assert m.effort_days is not None, m.id
        lo, hi = m.effort_days
        assert 0 < lo <= hi <= 90, (m.id, m.effort_days)
        assert hi <= 4 * lo, (m.id, "a range, not a shrug", m.effort_days)
        assert m.cost_assumptions.strip(), m.id
        assert m.raci.responsible and m.raci.accountable, m.id
        assert m.raci.responsible == m.owner_role, (m.id, "the owner is the one responsible")


def test_person_days_agree_with_the_effort_size(bank: QuestionBank) -> None:
    for m in bank.mitigations.values():
        assert m.effort_days is not None, m.id
        middle = sum(m.effort_days) / 2
        lo, hi = SIZE_DAYS[m.effort]
        assert lo <= middle <= hi, (m.id, m.effort, m.effort_days)


def test_cost_band_is_explained_by_effort_or_stated_spend(bank: QuestionBank) -> None:
    """Internal time at the planning day rate never already exceeds the band; a medium or high band
    that internal time does not reach names the outside spend that makes it up."""
    bands = bank.cost_bands.ranges
    assert bank.cost_bands.currency == "EUR" and set(bands) == {"low", "medium", "high"}
    for m in bank.mitigations.values():
        assert m.effort_days is not None, m.id
        lo_days, hi_days = m.effort_days
        band_min, band_max = bands[m.cost]
        if band_max is not None:
            assert lo_days * DAY_RATE <= band_max, (m.id, m.cost, m.effort_days)
        if band_min:
            assert hi_days * DAY_RATE >= band_min or MONEY.search(m.cost_assumptions), (m.id, m.cost_assumptions)


def test_the_documented_day_rate_is_the_one_tested() -> None:
    doc = " ".join(KB_DOC.read_text(encoding="utf-8").replace("*", "").split())
    assert f"planning day rate of {DAY_RATE} EUR" in doc


def test_realistic_efforts_for_landmark_actions(bank: QuestionBank) -> None:
    """Spot checks a reviewer would make: a DPIA is days of work, an inventory entry is not weeks."""
    dpia = bank.mitigations["MIT-DATA-021"].effort_days
    fria = bank.mitigations["MIT-LEGAL-030"].effort_days
    inventory = bank.mitigations["MIT-LEGAL-023"].effort_days
    gpai = bank.mitigations["MIT-LEGAL-033"].effort_days
    assert dpia is not None and dpia[0] >= 3
    assert fria is not None and fria[0] >= 3
    assert inventory is not None and inventory[1] <= 5
    assert gpai is not None and gpai[0] >= 15


# --------------------------------------------------------------------------------------------
# Dependencies


def _depends_on(raw: dict) -> dict[str, list[str]]:
    return {m["id"]: list(m.get("depends_on") or []) for m in raw["mitigations"]}


def _cycle(graph: Mapping[str, list[str]]) -> list[str]:
    """One dependency cycle (as a path) or [] when the graph is acyclic (depth-first, three colours)."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for dep in graph.get(node, []):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if state.get(dep) is None:
                found = visit(dep)
                if found:
                    return found
        state[node] = 2
        path.pop()
        return []

    for node in graph:
        if state.get(node) is None:
            found = visit(node)
            if found:
                return found
    return []


def test_dependencies_name_other_actions_and_form_no_cycle(raw: dict) -> None:
    graph = _depends_on(raw)
    for mid, deps in graph.items():
        assert mid not in deps, mid
        assert [d for d in deps if d not in graph] == [], mid
        assert len(deps) == len(set(deps)), mid
    assert _cycle(graph) == []
    assert sum(1 for deps in graph.values() if deps) >= 50  # the library is linked, not a flat list


def test_a_dependency_on_later_work_is_a_known_exception(bank: QuestionBank) -> None:
    """The plan brings such work forward to the dependent action's phase; the library keeps that rare.
    Both exceptions are deliberate: a switch-off needs the fallback process, and a model provider's
    documentation for the AI Office includes the measured training energy."""
    later = {
        (m.id, dep) for m in bank.mitigations.values() for dep in m.depends_on if bank.mitigations[dep].phase > m.phase
    }
    assert later == {("MIT-INTP-021", "MIT-INTG-004"), ("MIT-LEGAL-033", "MIT-COMP-010")}


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"A": ["B"], "B": ["C"], "C": ["A"], "D": []}) == ["A", "B", "C", "A"]
    assert _cycle({"A": ["B", "C"], "B": ["C"], "C": []}) == []


# --------------------------------------------------------------------------------------------
# applies_if agrees with the questions that trigger each action


def _expand(bank: QuestionBank, scope: Scope) -> Scope:
    """Add the conditions implied by the context questions named (us_states implies jurisdiction us)."""
    out = dict(scope)
    todo = list(scope)
    while todo:
        key = todo.pop()
        ctx = bank.question(key) if bank.has_question(key) else None
        if ctx is None or ctx.applies_if is None:
            continue
        for c in ctx.applies_if.conditions:
            values = frozenset(c.values)
            out[c.question] = out[c.question] & values if c.question in out else values
            todo.append(c.question)
    return out


def _scope_of_question(bank: QuestionBank, q: Question) -> Scope:
    scope: Scope = {}
    if q.show_if is not None:
        scope[q.show_if.question] = frozenset(q.show_if.values)
    if q.industry:
        scope["context.industry"] = scope.get("context.industry", frozenset({q.industry})) & {q.industry}
    if q.applies_if is not None:
        for c in q.applies_if.conditions:
            values = frozenset(c.values)
            scope[c.question] = scope[c.question] & values if c.question in scope else values
    return _expand(bank, scope)


def _trigger_scopes(bank: QuestionBank) -> dict[str, list[tuple[str, Scope]]]:
    """Mitigation id -> (what triggers it, the context under which that trigger can fire)."""
    found: dict[str, list[tuple[str, Scope]]] = {}
    for q in bank.all_questions():
        for o in q.options:
            for mid in o.actions:
                found.setdefault(mid, []).append((f"{q.id}={o.id}", _scope_of_question(bank, q)))
    for rule in bank.rules:
        scope = _scope_of_question(bank, bank.question(rule.question))
        if rule.applies_if is not None:
            for c in rule.applies_if.conditions:
                values = frozenset(c.values)
                scope[c.question] = scope[c.question] & values if c.question in scope else values
        for mid in rule.then:
            found.setdefault(mid, []).append((f"rule on {rule.question}", _expand(bank, scope)))
    return found


def _scope_of_mitigation(bank: QuestionBank, m: Mitigation) -> Scope:
    scope = {c.question: frozenset(c.values) for c in m.applies_if.conditions} if m.applies_if else {}
    return _expand(bank, scope)


def test_every_action_can_be_triggered(bank: QuestionBank) -> None:
    triggers = _trigger_scopes(bank)
    assert [mid for mid in bank.mitigations if mid not in triggers] == []


def test_an_action_applies_only_where_its_triggers_can_fire(bank: QuestionBank) -> None:
    """If every question that triggers an action is limited to some industries (or jurisdictions,
    roles), the action's applies_if is limited to them too; and it never rules out one of its own
    triggers entirely."""
    triggers = _trigger_scopes(bank)
    for mid, m in bank.mitigations.items():
        own = _scope_of_mitigation(bank, m)
        scopes = [scope for _, scope in triggers[mid]]
        keys = set().union(*scopes)
        for key in keys:
            if all(key in s for s in scopes):
                union = frozenset().union(*(s[key] for s in scopes))
                if union >= {o.id for o in bank.question(key).options}:
                    continue  # limited only to "answered", as its own context question is (e.g. AI Act role)
                assert key in own, (mid, f"every trigger is limited on {key} to {sorted(union)}; the action is not")
                assert own[key] <= union, (mid, key, sorted(own[key] - union))
        for what, scope in triggers[mid]:
            for key, values in own.items():
                if key in scope:
                    assert values & scope[key], (mid, what, key, "this trigger could never propose the action")


def test_a_healthcare_only_action_is_not_proposed_for_general(bank: QuestionBank) -> None:
    m = bank.mitigations["MIT-INTP-026"]  # blinded expert review of generated clinical images
    assert not bank.applies(m, {"context.industry": "general"})
    assert bank.applies(m, {"context.industry": "healthcare"})
    for mid in ("MIT-INTP-006", "MIT-LEGAL-014", "MIT-INTG-014", "MIT-DATA-023", "MIT-LEGAL-025", "MIT-LEGAL-037"):
        assert not bank.applies(bank.mitigations[mid], {"context.industry": "general"}), mid


# --------------------------------------------------------------------------------------------
# The samples: what is proposed applies; another industry, jurisdiction or N/A takes it away


def _with(assessment: Assessment, **values: object) -> Assessment:
    answers = dict(assessment.answers)
    for key, value in values.items():
        qid = key.replace("__", ".")
        answers[qid] = replace(answers[qid], value=value) if qid in answers else Answer(question=qid, value=value)
    return replace(assessment, answers=answers, plan={})


def test_three_samples_are_checked() -> None:
    assert len(SAMPLES) >= 3


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_plan_proposes_only_actions_that_apply(bank: QuestionBank, path: Path) -> None:
    assessment = load_sample(bank, path.name)
    values = assessment.values()
    plan = build_plan(bank, replace(assessment, plan={}))
    assert plan.items
    for it in plan.items:
        m = bank.mitigations[it.key]
        assert bank.applies(m, values), it.key
        assert it.triggered_by, it.key
        assert it.evidence and it.effort_days and it.cost_assumptions and it.accountable, it.key
        for qid in it.triggered_by:
            q = bank.question(qid)
            assert bank.is_visible(q, values), (it.key, qid)
            if q.computed:
                assert qid not in assessment.answers, qid  # computed by the estimator, never answered
            else:
                assert not assessment.answers[qid].is_na, (it.key, qid)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_na_answers_propose_nothing(bank: QuestionBank, path: Path) -> None:
    assessment = load_sample(bank, path.name)
    found = triggered(bank, assessment)
    na = {qid for qid, a in assessment.answers.items() if a.is_na}
    assert na, "each sample has an N/A answer"
    assert [mid for mid, (qids, _) in found.items() if qids & na] == []
    # answering N/A to every question that triggers an action removes that action
    for mid, (qids, _) in list(found.items())[:12]:
        again = triggered(bank, _with(assessment, **{q.replace(".", "__"): NA for q in qids}))
        assert mid not in again, (mid, sorted(qids))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_another_industry_gets_no_sector_action(bank: QuestionBank, path: Path) -> None:
    assessment = load_sample(bank, path.name)
    industry = assessment.answers["context.industry"].value
    for other in bank.industries:
        if other == industry:
            continue
        moved = _with(assessment, context__industry=other)
        for mid in triggered(bank, moved):
            allowed = _scope_of_mitigation(bank, bank.mitigations[mid]).get("context.industry")
            assert allowed is None or other in allowed, (path.stem, other, mid)


def test_sector_actions_are_proposed_in_their_sector(bank: QuestionBank) -> None:
    """The check above is not empty: the healthcare sample does get its healthcare-only actions."""
    path = next(p for p in SAMPLES if "healthcare" in p.stem)
    found = triggered(bank, load_sample(bank, path.name))
    sector_only = [mid for mid in found if "context.industry" in _scope_of_mitigation(bank, bank.mitigations[mid])]
    assert {"MIT-DATA-023", "MIT-LEGAL-025", "MIT-INTP-026"} <= set(sector_only)
    general = triggered(bank, _with(load_sample(bank, path.name), context__industry="general"))
    assert not set(sector_only) & set(general)


JURISDICTION_ONLY = ("context.jurisdictions", "context.us_states", "context.canada_scope", "context.ai_act_role")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_another_jurisdiction_gets_no_foreign_action(bank: QuestionBank, path: Path) -> None:
    assessment = load_sample(bank, path.name)
    before = triggered(bank, assessment)
    local = {mid for mid in before if set(_scope_of_mitigation(bank, bank.mitigations[mid])) & set(JURISDICTION_ONLY)}
    assert local, f"{path.stem}: the sample should have at least one jurisdiction-specific action"
    moved = _with(assessment, context__jurisdictions=["other"])
    after = triggered(bank, moved)
    for mid in after:
        scope = _scope_of_mitigation(bank, bank.mitigations[mid])
        assert "context.jurisdictions" not in scope or "other" in scope["context.jurisdictions"], mid
    assert not local & set(after)


def test_a_stale_answer_of_a_hidden_context_question_counts_for_nothing(bank: QuestionBank) -> None:
    """Unticking the US leaves the stored US-state answer behind; Colorado's question and action go."""
    path = next(p for p in SAMPLES if "insurance" in p.stem)
    assessment = load_sample(bank, path.name)
    colorado = bank.question("ethics_legal.regulatory.colorado")
    assert bank.is_visible(colorado, assessment.values())
    assert "MIT-LEGAL-036" in triggered(bank, assessment)
    moved = _with(assessment, context__jurisdictions=["uk"])
    assert moved.answers["context.us_states"].value  # still stored, as after unticking in the GUI
    assert not bank.is_visible(bank.question("context.us_states"), moved.values())
    assert not bank.is_visible(colorado, moved.values())
    assert "MIT-LEGAL-036" not in triggered(bank, moved)
    assert not bank.applies(bank.mitigations["MIT-LEGAL-036"], moved.values())


def test_an_action_narrowed_by_the_context_drops_out_though_its_question_is_asked(bank: QuestionBank) -> None:
    """Testing for memorisation and private training apply only to a model we train or fine-tune on
    personal data: a client on a vendor's hosted model who answers the same way gets neither."""
    path = next(p for p in SAMPLES if "healthcare" in p.stem)
    assessment = load_sample(bank, path.name)
    before = triggered(bank, assessment)
    assert {"MIT-SEC-020", "MIT-SEC-021", "MIT-SEC-022"} <= set(before)
    hosted = _with(assessment, context__model_approach="hosted_api")
    after = triggered(bank, hosted)
    for qid in before["MIT-SEC-021"][0] | before["MIT-SEC-020"][0]:
        assert bank.is_visible(bank.question(qid), hosted.values()), qid  # still asked and answered
    assert "MIT-SEC-020" not in after and "MIT-SEC-021" not in after
    assert "MIT-SEC-022" in after
    public = triggered(bank, _with(assessment, context__data_sensitivity="public"))
    assert not {"MIT-SEC-020", "MIT-SEC-021", "MIT-SEC-022"} & set(public)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_plan_items_cite_no_framework_of_another_jurisdiction(bank: QuestionBank, path: Path) -> None:
    """An action's references are filtered like a question's: a Canadian directive is not cited to a
    client in the EU and the US."""
    assessment = load_sample(bank, path.name)
    chosen = set(assessment.answers["context.jurisdictions"].value)
    plan = build_plan(bank, replace(assessment, plan={}))
    cited = 0
    for it in plan.items:
        for ref in it.references:
            fw = bank.frameworks[ref.partition(":")[0]]
            assert not fw.jurisdictions or set(fw.jurisdictions) & chosen, (path.stem, it.key, ref)
            cited += 1
    assert cited
