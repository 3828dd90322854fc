"""Checks of the built-in knowledge base: the question bank, the framework catalogue and the samples.

The loader (desktop_app.core.bank) enforces the structural rules of the format for every bank; the
checks here are the content rules the built-in bank promises on top (issue 3).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import (
    CHALLENGES,
    INDUSTRIES,
    Question,
    QuestionBank,
    load_bank,
)
from desktop_app.core.exchange import parse_answers_json
from desktop_app.core.plan import triggered
from desktop_app.core.scoring import score

ROOT = Path(__file__).resolve().parents[2]
BANK_PATH = ROOT / "resources" / "question_banks" / "genai-readiness.yaml"
FRAMEWORKS_PATH = ROOT / "resources" / "frameworks.yaml"
SAMPLES = {
    "healthcare": ROOT / "resources" / "samples" / "healthcare-synthetic-imaging.json",
    "financial_services": ROOT / "resources" / "samples" / "financial-fraud-detection.json",
    "insurance": ROOT / "resources" / "samples" / "insurance-claims-triage.json",
}
GLOSSARY_DOC = ROOT / "docs" / "glossary.md"
SEED_INDUSTRIES = ("healthcare", "financial_services", "creative", "manufacturing")
NEW_SECTORS = ("hr_employment", "insurance", "education", "critical_infrastructure")
#: a context under which every jurisdiction- and role-dependent question applies ("don't know" holds)
ALL_APPLY = {
    "context.jurisdictions": "unknown",
    "context.us_states": "unknown",
    "context.canada_scope": "unknown",
    "context.ai_act_role": "unknown",
    "context.gpai": "unknown",
}
SUBCHALLENGE_KEYS = [f"{cid}.{sub}" for cid, _, subs in CHALLENGES for sub in subs]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(BANK_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalogue() -> dict[str, set[str]]:
    data = yaml.safe_load(FRAMEWORKS_PATH.read_text(encoding="utf-8"))
    return {fw["id"]: {str(i) for i in fw.get("items") or []} for fw in data["frameworks"]}


def challenge_questions(bank: QuestionBank) -> list[Question]:
    return [q for ch in bank.challenges for q in ch.questions()]


def scored(bank: QuestionBank) -> list[Question]:
    return [q for q in challenge_questions(bank) if q.scored]


def ordinary_scored(bank: QuestionBank) -> list[Question]:
    """Scored questions shown to every client: not industry-specific, not computed."""
    return [q for q in scored(bank) if not q.industry and not q.computed]


def option_actions(bank: QuestionBank) -> set[str]:
    return {mid for q in bank.all_questions() for o in q.options for mid in o.actions}


# --------------------------------------------------------------------------------------------
# Identity and header


def test_bank_header(bank: QuestionBank, raw: dict) -> None:
    assert raw["format"] == 2
    assert bank.id == "genai-readiness"
    assert bank.name == "GenAI deployment readiness"
    assert bank.version == "2.0.0"
    assert bank.released == "2026-12-07"
    assert len(bank.description) > 100


def test_ids_are_unique(raw: dict) -> None:
    qids = [q["id"] for q in raw["context"]["questions"]]
    qids += [q["id"] for ch in raw["challenges"] for s in ch["subchallenges"] for q in s["questions"]]
    assert [i for i, n in Counter(qids).items() if n > 1] == []
    for ch in raw["challenges"]:
        for sub in ch["subchallenges"]:
            for q in sub["questions"]:
                oids = [str(o["id"]) for o in q.get("options") or []]
                assert len(oids) == len(set(oids)), q["id"]
    mids = [m["id"] for m in raw["mitigations"]]
    assert [i for i, n in Counter(mids).items() if n > 1] == []
    terms = [g["term"].lower() for g in raw["glossary"]]
    assert [t for t, n in Counter(terms).items() if n > 1] == []


def test_question_ids_follow_their_subchallenge(bank: QuestionBank) -> None:
    for ch in bank.challenges:
        for sub in ch.subchallenges:
            for q in sub.questions:
                assert q.id.startswith(f"{ch.id}.{sub.id}."), q.id
                assert re.fullmatch(r"[a-z_]+\.[a-z_]+\.[a-z0-9_]+", q.id), q.id


def test_mitigation_ids_follow_the_pattern(bank: QuestionBank) -> None:
    for mid in bank.mitigations:
        assert re.fullmatch(r"MIT-[A-Z]+-\d{3}", mid), mid


# --------------------------------------------------------------------------------------------
# References


def _all_references(bank: QuestionBank) -> list[tuple[str, str]]:
    refs = [(q.id, r) for q in bank.all_questions() for r in q.references]
    refs += [(m.id, r) for m in bank.mitigations.values() for r in m.references]
    return refs


def test_every_reference_resolves_to_a_catalogue_entry(bank: QuestionBank, catalogue: dict[str, set[str]]) -> None:
    bad = []
    for owner, ref in _all_references(bank):
        fw, sep, item = ref.partition(":")
        if not sep or fw not in catalogue or (catalogue[fw] and item not in catalogue[fw]):
            bad.append((owner, ref))
    assert bad == []


def test_catalogue_lists_only_entries_in_use(bank: QuestionBank, catalogue: dict[str, set[str]]) -> None:
    used: dict[str, set[str]] = {}
    for _, ref in _all_references(bank):
        fw, _, item = ref.partition(":")
        used.setdefault(fw, set()).add(item)
    assert set(catalogue) == set(used)
    for fw, items in catalogue.items():
        assert items == used[fw], fw


def test_catalogue_entries_are_complete() -> None:
    data = yaml.safe_load(FRAMEWORKS_PATH.read_text(encoding="utf-8"))
    for fw in data["frameworks"]:
        for key in ("id", "name", "published", "source"):
            assert str(fw.get(key) or "").strip(), (fw.get("id"), key)
        assert fw.get("items"), fw["id"]
    by_id = {fw["id"]: fw for fw in data["frameworks"]}
    # facts the fact sheet marks as 3rd-party or unconfirmed carry a caveat
    for fw_id in ("NIST-AI-600-1", "EU-AI-ACT", "HIPAA", "ISO-42001"):
        assert by_id[fw_id].get("caveat"), fw_id


def test_reference_coverage(bank: QuestionBank) -> None:
    questions = scored(bank)
    with_refs = [q for q in questions if q.references]
    assert len(with_refs) / len(questions) >= 0.85
    for m in bank.mitigations.values():
        assert m.references, m.id


# --------------------------------------------------------------------------------------------
# Coverage and question quality


def test_structure_has_the_six_challenges(bank: QuestionBank) -> None:
    keys = [sub.key for ch in bank.challenges for sub in ch.subchallenges]
    assert keys == SUBCHALLENGE_KEYS


@pytest.mark.parametrize("key", SUBCHALLENGE_KEYS)
def test_every_subchallenge_has_four_ordinary_scored_questions(bank: QuestionBank, key: str) -> None:
    qs = [q for q in ordinary_scored(bank) if q.subchallenge_key == key]
    assert len(qs) >= 4, key


def test_enough_scored_questions(bank: QuestionBank) -> None:
    assert len(ordinary_scored(bank)) >= 72
    assert len(scored(bank)) >= 72


def test_scored_choice_questions_are_well_formed(bank: QuestionBank) -> None:
    for q in scored(bank):
        assert 1 <= q.weight <= 3, q.id
        if q.type == "number":
            continue
        risks = [o.risk for o in q.options]
        if q.type == "yesno":
            assert sorted(o.id for o in q.options) == ["no", "yes"], q.id
        else:
            assert 3 <= len(q.options) <= 5, q.id
        assert 0 in risks, q.id
        assert max(r for r in risks if r is not None) >= 3, q.id
        for o in q.options:
            assert o.label.strip().lower() not in {"good", "bad", "ok", "poor"}, (q.id, o.id)
        if q.type == "multi":
            exclusive = [o for o in q.options if o.exclusive]
            assert len(exclusive) == 1 and exclusive[0].risk == 0, q.id


def test_question_type_mix(bank: QuestionBank) -> None:
    types = Counter(q.type for q in scored(bank))
    assert types["single"] > types["scale"] + types["multi"] + types["yesno"]
    assert types["scale"] >= 3
    assert types["multi"] >= 2
    assert types["yesno"] <= 3


def test_guidance_is_complete(bank: QuestionBank) -> None:
    for q in challenge_questions(bank):
        assert q.guidance.why.strip(), q.id
        assert q.guidance.good.strip(), q.id
        assert q.guidance.examples, q.id
        assert set(q.guidance.examples) <= set(bank.industries), q.id
    for q in scored(bank):
        if q.computed:
            continue
        wanted = {q.industry} if q.industry else set(SEED_INDUSTRIES)
        assert set(q.guidance.examples) & wanted, q.id


# --------------------------------------------------------------------------------------------
# Blockers and actions


def test_every_high_risk_option_triggers_an_action(bank: QuestionBank) -> None:
    for q in scored(bank):
        for o in q.options:
            if o.risk is not None and o.risk >= 3:
                assert o.actions, (q.id, o.id)


def test_high_risk_bands_of_computed_questions_are_linked_by_rules(bank: QuestionBank) -> None:
    for q in scored(bank):
        if q.type != "number" or not any(b.risk >= 3 for b in q.bands):
            continue
        rules = [r for r in bank.rules if r.question == q.id and r.min_risk is not None]
        assert rules and min(r.min_risk for r in rules) <= 3, q.id


def test_blockers(bank: QuestionBank) -> None:
    blockers = [(q, o) for q in challenge_questions(bank) for o in q.options if o.blocker]
    assert len(blockers) >= 5
    for q, o in blockers:
        assert o.risk == 4, q.id
        assert o.actions, q.id
        phases = [bank.mitigations[mid].phase for mid in o.actions]
        assert 0 in phases, (q.id, o.id, "a blocker needs an action that is itself phase 0")
    themes = {q.id for q, _ in blockers}
    for expected in (
        "data.privacy.lawful_basis",
        "interpretability.output_control.human_oversight",
        "interpretability.output_control.shutdown",
        "ethics_legal.ip.licences",
    ):
        assert expected in themes


def test_blocker_actions_land_in_phase_0_of_the_plan(bank: QuestionBank) -> None:
    for q in challenge_questions(bank):
        for o in q.options:
            if not o.blocker:
                continue
            answers = {k: Answer(k, v) for k, v in ALL_APPLY.items()}
            answers["context.industry"] = Answer("context.industry", q.industry or "general")
            answers[q.id] = Answer(q.id, [o.id] if q.type == "multi" else o.id)
            trig = triggered(bank, Assessment(client="c", project="p", answers=answers))
            assert set(o.actions) <= set(trig), q.id
            assert all(trig[mid][1] for mid in o.actions), (q.id, "not flagged as blocker-driven")


def test_rules_are_meaningful(bank: QuestionBank) -> None:
    assert len(bank.rules) >= 10
    unknown_rules = [r for r in bank.rules if "unknown" in r.answers]
    assert len(unknown_rules) >= 10
    for r in unknown_rules:
        assert bank.question(r.question).allow_unknown, r.question


def test_mitigations(bank: QuestionBank) -> None:
    assert len(bank.mitigations) >= 60
    areas = Counter(mid.split("-")[1] for mid in bank.mitigations)
    assert set(areas) == {"DATA", "COMP", "INTP", "LEGAL", "INTG", "SEC"}
    area_of = {
        "data": "DATA",
        "compute": "COMP",
        "interpretability": "INTP",
        "ethics_legal": "LEGAL",
        "integration": "INTG",
        "security_privacy": "SEC",
    }
    for m in bank.mitigations.values():
        assert m.title.strip() and m.owner_role.strip(), m.id
        assert m.id.split("-")[1] == area_of[m.challenge], m.id
        assert f"{m.challenge}.{m.subchallenge}" in SUBCHALLENGE_KEYS, m.id
        assert m.phase in (0, 1, 2, 3) and m.effort in ("S", "M", "L"), m.id
        assert m.cost in ("low", "medium", "high"), m.id
        assert 1 <= m.risk_reduction <= 4, m.id
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", m.action.strip()) if s]
        assert 2 <= len(sentences) <= 3, (m.id, len(sentences))
    phases = Counter(m.phase for m in bank.mitigations.values())
    assert all(phases[p] > 0 for p in (0, 1, 2, 3))


def test_every_mitigation_is_triggered_by_something(bank: QuestionBank) -> None:
    used = option_actions(bank) | {mid for r in bank.rules for mid in r.then}
    assert set(bank.mitigations) - used == set()


# --------------------------------------------------------------------------------------------
# Context, profiles, industries


def test_context_section(bank: QuestionBank) -> None:
    ids = [q.id for q in bank.context]
    assert len(ids) >= 6
    for required in (
        "context.industry",
        "context.use_case",
        "context.affected_people",
        "context.data_sensitivity",
        "context.autonomy",
        "context.scale",
        "context.jurisdictions",
    ):
        assert required in ids
    industry = bank.question("context.industry")
    assert [o.id for o in industry.options] == list(bank.industries)
    assert set(INDUSTRIES) | set(NEW_SECTORS) <= set(bank.industries)
    assert bank.question("context.jurisdictions").type == "multi"
    for qid in ("context.data_sensitivity", "context.autonomy", "context.scale"):
        assert bank.question(qid).ordered, qid


def test_ordered_context_impact_never_decreases(bank: QuestionBank) -> None:
    challenge_ids = [cid for cid, _, _ in CHALLENGES]
    for q in bank.context:
        if not q.ordered:
            continue
        for a, b in zip(q.options, q.options[1:], strict=False):
            for cid in challenge_ids:
                before = a.impact.get(cid, 0) + a.impact.get("all", 0)
                after = b.impact.get(cid, 0) + b.impact.get("all", 0)
                assert after >= before, (q.id, a.id, b.id, cid)
        last = q.options[-1]
        assert any(last.impact.values()), q.id


def test_profiles(bank: QuestionBank) -> None:
    assert set(bank.profiles) == set(bank.industries)
    for pid, profile in bank.profiles.items():
        assert set(profile.impact) == {cid for cid, _, _ in CHALLENGES}, pid
        assert all(1 <= v <= 5 for v in profile.impact.values()), pid
        assert profile.rationale.strip(), pid


def test_industry_questions(bank: QuestionBank) -> None:
    per_industry = Counter()
    for q in challenge_questions(bank):
        if not q.industry:
            assert q.show_if is None, q.id
            continue
        assert q.industry in bank.industries, q.id
        assert q.show_if is not None and q.show_if.question == "context.industry", q.id
        assert q.show_if.values == (q.industry,), q.id
        assert bank.question("context.industry").option(q.industry) is not None
        assert q.scored, q.id
        assert q.industry in q.guidance.examples, q.id
        per_industry[q.industry] += 1
    for industry in SEED_INDUSTRIES:
        assert 2 <= per_industry[industry] <= 6, industry
    for industry in NEW_SECTORS:
        assert per_industry[industry] >= 3, industry
    assert per_industry["public_sector"] >= 2


# --------------------------------------------------------------------------------------------
# Estimator wiring, computed questions, glossary


def test_estimator_inputs_and_computed_questions(bank: QuestionBank, raw: dict) -> None:
    est = raw["estimator"]
    for name, qid in est["inputs"].items():
        q = bank.question(qid)
        assert q.type == "number" and not q.bands and not q.computed, (name, qid)
        assert q.challenge == "compute", qid
    computed = {q.computed: q for q in challenge_questions(bank) if q.computed}
    assert computed["budget_ratio"].subchallenge_key == "compute.cost"
    assert computed["co2e_vs_size_reference"].subchallenge_key == "compute.energy"
    for q in computed.values():
        assert q.scored and q.bands[-1].upto is None
    budget = computed["budget_ratio"]
    assert [(b.upto, b.risk) for b in budget.bands] == [
        (0.5, 0),
        (0.8, 1),
        (1.0, 2),
        (1.5, 3),
        (None, 4),
    ]
    for name, entry in est["defaults"].items():
        assert "source" in entry and re.fullmatch(r"\d{4}-\d{2}", str(entry["as_of"])), name


def test_glossary(bank: QuestionBank) -> None:
    assert len(bank.glossary) >= 25
    for term, definition in bank.glossary:
        assert term and len(definition) > 20, term
    # the glossary document lists the same terms
    doc = GLOSSARY_DOC.read_text(encoding="utf-8")
    for term, _ in bank.glossary:
        assert f"**{term}**" in doc, term


# --------------------------------------------------------------------------------------------
# Samples


@pytest.mark.parametrize("industry", sorted(SAMPLES))
def test_sample_assessment(bank: QuestionBank, industry: str) -> None:
    path = SAMPLES[industry]
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format"] == "readiness-export" and data["format_version"] == 1
    meta = data["assessment"]
    assert meta["bank"] == {"id": bank.id, "version": bank.version}
    assert 4 <= len(meta["participants"]) <= 6
    # only existing questions and options (the importer refuses anything else)
    imported = parse_answers_json(text, bank, path.name)
    answers = {a.question: a for a in imported.answers}
    assert answers["context.industry"].value == industry
    assessment = Assessment(
        client=meta["client"],
        project=meta["project"],
        workshop_date=meta["workshop_date"],
        answers=answers,
        plan={d.key: d for d in imported.plan},
    )
    values = assessment.values()
    visible = [q for q in bank.all_questions() if bank.is_visible(q, values) and not q.computed]
    assert [q.id for q in visible if q.id not in answers] == []
    assert not any(bank.question(qid).computed for qid in answers)
    noted = [a for a in answers.values() if a.note.strip()]
    assert len(noted) * 3 >= len(answers)
    unknown = [a for a in answers.values() if a.is_unknown]
    assert 3 <= len(unknown) <= 5
    assert any(a.is_na for a in answers.values())
    assert len({a.confidence for a in answers.values()}) == 3
    people = {p["name"] for p in meta["participants"]}
    assert {a.answered_by for a in answers.values()} <= people
    # plan: owners and dates for accepted actions, a couple rejected, all relevant to the answers
    plan = imported.plan
    assert 10 <= len(plan) <= 16
    assert sum(d.status == "rejected" for d in plan) >= 2
    assert any(d.custom for d in plan)
    trig = triggered(bank, assessment)
    for d in plan:
        if d.status == "accepted":
            assert d.owner and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.due_date), d.key
            assert d.due_date > meta["workshop_date"], d.key
        if not d.custom:
            assert d.key in trig, d.key
    profile = score(bank, assessment)
    assert profile.overall.decision in ("pilot_only", "not_ready", "ready_with_conditions")


def test_samples_contrast(bank: QuestionBank) -> None:
    decisions = {}
    for industry, path in SAMPLES.items():
        text = path.read_text(encoding="utf-8")
        imported = parse_answers_json(text, bank, path.name)
        a = Assessment(client="c", project="p", answers={x.question: x for x in imported.answers})
        decisions[industry] = score(bank, a)
    # With decision method v2 (impact tiers), the healthcare sample is tier III and its AI Act
    # classification, a phase-0 control of that tier, is only a draft: not ready. Before v2: pilot only.
    tiered = hasattr(decisions["healthcare"].overall, "tier")
    assert decisions["healthcare"].overall.decision == ("not_ready" if tiered else "pilot_only")
    assert not decisions["healthcare"].blockers
    if tiered:
        assert decisions["healthcare"].overall.tier.tier.id == "III"
        assert decisions["insurance"].overall.pilot_boundary
    assert decisions["financial_services"].overall.decision == "not_ready"
    assert decisions["financial_services"].blockers
    assert decisions["healthcare"].computed["budget_ratio"] <= 1.0
    assert decisions["financial_services"].computed["budget_ratio"] > 1.0
    assert decisions["insurance"].overall.decision == "pilot_only"
    assert not decisions["insurance"].blockers


def test_us_only_sample_is_not_asked_eu_questions(bank: QuestionBank) -> None:
    path = SAMPLES["insurance"]
    imported = parse_answers_json(path.read_text(encoding="utf-8"), bank, path.name)
    answers = {a.question: a for a in imported.answers}
    assert answers["context.jurisdictions"].value == ["us"]
    values = Assessment(client="c", project="p", answers=answers).values()
    for qid in ("ethics_legal.regulatory.ai_act_class", "context.ai_act_role", "ethics_legal.regulatory.fria"):
        assert not bank.is_visible(bank.question(qid), values), qid
    assert qid not in answers
    assert bank.is_visible(bank.question("ethics_legal.regulatory.colorado"), values)
    # references to EU-only frameworks are filtered out for this client
    q = bank.question("interpretability.output_control.human_oversight")
    shown = bank.references_for(q.references, q.ref_conditions, values)
    assert not [r for r in shown if r.startswith(("EU-AI-ACT:", "GDPR:"))]
    assert "NIST-AI-RMF:MAP 3.5" in shown


# --------------------------------------------------------------------------------------------
# Scoring on this bank


BEST_CONTEXT = {
    "context.industry": "general",
    "context.use_case": "Drafts internal summaries that staff edit.",
    "context.affected_people": "internal_only",
    "context.data_sensitivity": "public",
    "context.autonomy": "human_decides",
    "context.scale": "pilot",
    "context.jurisdictions": ["uk"],
    "context.model_approach": "hosted_api",
}
WORST_CONTEXT = {
    "context.industry": "healthcare",
    "context.use_case": "Generates images from patient scans.",
    "context.affected_people": "vulnerable",
    "context.data_sensitivity": "special_category",
    "context.autonomy": "fully_autonomous",
    "context.scale": "public_scale",
    "context.jurisdictions": ["eu", "us"],
    "context.model_approach": "from_scratch",
}


def _extreme_answers(bank: QuestionBank, context: dict, best: bool) -> dict[str, Answer]:
    answers = {qid: Answer(qid, v) for qid, v in context.items()}
    for q in challenge_questions(bank):
        if not bank.is_visible(q, context) or q.computed or not q.options:
            continue
        pick = min if best else max
        option = pick(q.options, key=lambda o: (o.risk, o.exclusive if best else not o.exclusive))
        answers[q.id] = Answer(q.id, [option.id] if q.type == "multi" else option.id)
    numbers = {  # a small hosted use well within budget, or a large one far beyond it
        "compute.cost.requests_per_day": 100 if best else 1_000_000,
        "compute.cost.tokens_per_request": 1000 if best else 50_000,
        "compute.cost.gpu_hours_per_month": 0 if best else 100_000,
        "compute.cost.monthly_budget": 1000 if best else 100,
    }
    for qid, v in numbers.items():
        answers[qid] = Answer(qid, v)
    return answers


def test_all_best_answers_are_ready(bank: QuestionBank) -> None:
    a = Assessment(client="c", project="p", answers=_extreme_answers(bank, BEST_CONTEXT, True))
    profile = score(bank, a)
    assert profile.overall.decision == "ready", profile.overall.reasons
    assert profile.overall.risk == 0
    assert all(c.level == "low" for c in profile.challenges)


def test_all_worst_answers_are_not_ready_and_critical(bank: QuestionBank) -> None:
    a = Assessment(client="c", project="p", answers=_extreme_answers(bank, WORST_CONTEXT, False))
    profile = score(bank, a)
    assert profile.overall.decision == "not_ready"
    assert profile.overall.level == "critical"
    assert all(c.level == "critical" for c in profile.challenges)
    assert len(profile.blockers) >= 5
    assert profile.computed["budget_ratio"] > 1.5


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_better_answer_never_raises_any_risk(bank: QuestionBank, data: st.DataObject) -> None:
    industry = data.draw(st.sampled_from(INDUSTRIES))
    context = {**BEST_CONTEXT, "context.industry": industry}
    answers = {qid: Answer(qid, v) for qid, v in context.items()}
    choice_qs = [
        q for q in challenge_questions(bank) if q.options and q.type != "multi" and bank.is_visible(q, context)
    ]
    for q in choice_qs:
        value = data.draw(st.sampled_from([o.id for o in q.options] + ["unknown", "na"]))
        answers[q.id] = Answer(q.id, value)
    target = data.draw(st.sampled_from(choice_qs))
    current = answers[target.id].value
    if current == "na":
        return
    if current == "unknown":
        current_risk = max(bank.scoring.unknown_risk, target.middle_risk)
    else:
        current_risk = target.option(str(current)).risk
    better = [o for o in target.options if o.risk <= current_risk]
    if not better:
        return
    improved = dict(answers)
    improved[target.id] = Answer(target.id, data.draw(st.sampled_from(better)).id)
    before = score(bank, Assessment(client="c", project="p", answers=answers))
    after = score(bank, Assessment(client="c", project="p", answers=improved))
    for b, a in zip(before.challenges, after.challenges, strict=True):
        assert (a.risk or 0) <= (b.risk or 0) + 1e-9, (target.id, b.id)


def test_unknown_scores_at_least_the_middle_option(bank: QuestionBank) -> None:
    assert bank.scoring.unknown_risk >= 2
    for q in scored(bank):
        if q.options:
            assert max(bank.scoring.unknown_risk, q.middle_risk) >= 2, q.id


# --------------------------------------------------------------------------------------------
# Corrections found in review (issue 11), each checked against the fact sheet on 2026-12-06.
# Every test below fails on the bank as it was before the correction.


def _refs_of(bank: QuestionBank, owner: str) -> tuple[str, ...]:
    if owner in bank.mitigations:
        return bank.mitigations[owner].references
    return bank.question(owner).references


def _all_texts(raw: dict) -> list[tuple[str, str]]:
    """(where, text) for every client-facing sentence of the bank."""
    out: list[tuple[str, str]] = []

    def walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in {"id", "references", "actions", "show_if", "applies_if", "internal_note"}:
                    continue
                walk(v, f"{where}.{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}[{i}]")
        elif isinstance(node, str):
            out.append((where, node))

    for key in ("context", "challenges", "mitigations", "glossary", "profiles", "tiers"):
        walk(raw.get(key), key)
    return out


def test_financial_data_is_not_a_special_category(bank: QuestionBank) -> None:
    q = bank.question("context.data_sensitivity")
    ids = [o.id for o in q.options]
    assert "financial" in ids
    special = q.option("special_category")
    assert special is not None and "financ" not in special.label.lower()
    # ordered: financial sits between personal and special-category data
    assert ids.index("personal") < ids.index("financial") < ids.index("special_category")


def test_faces_and_voices_are_biometric_only_when_used_to_identify(bank: QuestionBank, raw: dict) -> None:
    q = bank.question("data.privacy.identifiers_present")
    biometric = q.option("biometric")
    assert biometric is not None and "identif" in biometric.label.lower()
    assert "GDPR:Art 4(14)" in q.references and "GDPR:Recital 51" in q.references
    for where, text in _all_texts(raw):
        low = text.lower()
        if "biometric" in low and any(w in low for w in ("voice", "face", "photo")):
            assert "identif" in low or "recognis" in low, where


def test_ai_act_dates_follow_the_digital_omnibus(bank: QuestionBank, raw: dict) -> None:
    data = yaml.safe_load(FRAMEWORKS_PATH.read_text(encoding="utf-8"))
    act = next(fw for fw in data["frameworks"] if fw["id"] == "EU-AI-ACT")
    dates = {str(d["date"]): d["what"] for d in act["key_dates"]}
    assert "Annex III" in dates["2027-12-02"]
    assert "Annex I" in dates["2028-08-02"]
    assert "Art 5" in dates["2026-12-02"] and "50(2)" in dates["2026-12-02"]
    assert "Omnibus" in act["name"] + act.get("version", "")
    glossary = dict(bank.glossary)
    assert "2028" in glossary["AI Act"] and "Digital Omnibus" in glossary["AI Act"]
    for where, text in _all_texts(raw):
        assert "2025 and 2027" not in text, where


def test_medical_devices_are_high_risk_only_with_a_notified_body(bank: QuestionBank, raw: dict) -> None:
    for where, text in _all_texts(raw):
        low = text.lower()
        if "medical device" in low and "high-risk" in low:
            assert "notified body" in low, where


def _only_for_providers(item: object) -> bool:
    when = getattr(item, "applies_if", None)
    roles = {v for c in (when.conditions if when else ()) if c.question == "context.ai_act_role" for v in c.values}
    return bool(roles) and roles <= {"provider", "deployer_becoming_provider"}


def test_quality_management_system_is_a_provider_duty(bank: QuestionBank) -> None:
    for q in bank.all_questions():
        if "EU-AI-ACT:Art 17" in q.references:
            assert _only_for_providers(q), q.id
    q = bank.question("ethics_legal.regulatory.management_system")
    assert "ISO-42001:Clauses 4-10" in q.references
    for m in bank.mitigations.values():
        if "EU-AI-ACT:Art 17" in m.references:
            assert "provider" in m.action.lower() and _only_for_providers(m), m.id


def test_gpai_documentation_is_not_asked_of_vendors(bank: QuestionBank) -> None:
    for owner in ("compute.energy.provider_data", "compute.energy.energy_per_request_wh", "MIT-COMP-013"):
        refs = _refs_of(bank, owner)
        assert "EU-AI-ACT:Art 53(1)(a)" not in refs and "EU-AI-ACT:Annex XI" not in refs, owner
    guidance = bank.question("compute.energy.provider_data").guidance
    assert "AI Office" in guidance.why + guidance.good and "contract" in guidance.good.lower()


MISCITED = [
    ("NIST-AI-600-1:MS-2.12-004", "compute.energy.efficiency_measures"),
    ("NIST-AI-600-1:MS-2.12-004", "MIT-COMP-011"),
    ("NIST-AI-600-1:MS-2.12-004", "MIT-COMP-003"),
    ("NIST-AI-600-1:MS-2.11-005", "security_privacy.privacy_preservation.synthetic_output_check"),
    ("NIST-AI-600-1:MS-2.11-005", "MIT-SEC-022"),
    ("NIST-AI-600-1:MP-4.1-002", "ethics_legal.ip.training_works"),
    ("OWASP-LLM-2025:LLM03", "integration.legacy.plant_systems"),
    ("OWASP-LLM-2025:LLM05", "interpretability.output_control.guardrails"),
    ("OWASP-LLM-2025:LLM05", "MIT-INTP-022"),
]


@pytest.mark.parametrize(("ref", "owner"), MISCITED)
def test_miscited_ids_are_gone(bank: QuestionBank, ref: str, owner: str) -> None:
    assert ref not in _refs_of(bank, owner)


def test_running_costs_cite_manage_2_1_not_map_3_2(bank: QuestionBank) -> None:
    cost = [q for q in bank.all_questions() if q.subchallenge_key == "compute.cost"]
    cost += [m for m in bank.mitigations.values() if m.subchallenge == "cost" and m.challenge == "compute"]
    for item in cost:
        assert "NIST-AI-RMF:MAP 3.2" not in item.references, item.id
    assert "NIST-AI-RMF:MANAGE 2.1" in bank.question("compute.cost.cost_model").references


def test_bank_model_risk_is_not_only_us_guidance(bank: QuestionBank) -> None:
    owners = [q.id for q in bank.all_questions() if any(r.startswith("SR-11-7:") for r in q.references)]
    owners += [m.id for m in bank.mitigations.values() if any(r.startswith("SR-11-7:") for r in m.references)]
    assert owners
    for owner in owners:
        fws = {r.partition(":")[0] for r in _refs_of(bank, owner)}
        assert "PRA-SS1-23" in fws, owner
        assert fws & {"EBA-GL", "ECB-GUIDE", "DORA"}, owner
    dora = [q for q in bank.all_questions() if any(r.startswith("DORA:") for r in q.references)]
    assert dora


def test_hipaa_de_identification_is_not_presented_as_universal(bank: QuestionBank) -> None:
    owners = [q.id for q in bank.all_questions() if "HIPAA:164.514(b)" in q.references]
    owners += [m.id for m in bank.mitigations.values() if "HIPAA:164.514(b)" in m.references]
    assert owners
    for owner in owners:
        assert "GDPR:Recital 26" in _refs_of(bank, owner), owner
    glossary = dict(bank.glossary)
    assert "Recital 26" in glossary["De-identification"]
    formal = bank.question("data.privacy.image_deidentification").option("formal")
    assert formal is not None and "Recital 26" in formal.label


def test_output_ownership_is_not_us_law_only(bank: QuestionBank) -> None:
    for owner in ("ethics_legal.ip.output_ownership", "ethics_legal.ip.human_authorship", "MIT-LEGAL-011"):
        fws = {r.partition(":")[0] for r in _refs_of(bank, owner)}
        assert fws - {"US-COPYRIGHT-AI-2", "NIST-AI-RMF", "ISO-42001"}, owner


def test_no_climate_target_is_not_better_than_a_target_that_misses_ai(bank: QuestionBank) -> None:
    q = bank.question("compute.energy.climate_target")
    no_target, not_counted = q.option("no_target"), q.option("not_counted")
    assert no_target is not None and not_counted is not None
    assert no_target.risk >= not_counted.risk


def test_co2_bands_scale_with_the_organisation_size(bank: QuestionBank) -> None:
    from desktop_app.core.estimator import computed_values

    q = bank.question("context.organisation_size")
    assert [o.id for o in q.options] == ["small", "medium", "large", "very_large"]
    co2 = bank.question("compute.energy.monthly_co2e_kg")
    answers = {"compute.cost.requests_per_day": 200_000, "compute.energy.energy_per_request_wh": 3.0}
    risks = {}
    for size in ("small", "very_large"):
        values = computed_values(bank.estimator, {**answers, "context.organisation_size": size})
        band = co2.band_for(values[co2.computed])
        assert band is not None
        risks[size] = band.risk
    # 200,000 x 30.4 x 3 Wh = 18,240 kWh x 430 g = 7,843 kg a month
    assert risks["small"] > risks["very_large"]


def test_catalogue_key_dates_and_internal_notes_load(tmp_path: Path) -> None:
    from desktop_app.core.bank import load_frameworks
    from desktop_app.core.errors import BankError

    frameworks = load_frameworks(FRAMEWORKS_PATH)
    act = frameworks["EU-AI-ACT"]
    assert ("2027-12-02", next(w for d, w in act.key_dates if d == "2027-12-02")) in act.key_dates
    assert act.internal_note and "3rd-party" not in act.source + act.caveat
    bad = tmp_path / "frameworks.yaml"
    bad.write_text("frameworks:\n  - id: X\n    name: X\n    key_dates: [{date: soon, what: w}]\n", encoding="utf-8")
    with pytest.raises(BankError, match="key date"):
        load_frameworks(bad)


def test_catalogue_entries_carry_version_and_dates() -> None:
    data = yaml.safe_load(FRAMEWORKS_PATH.read_text(encoding="utf-8"))
    for fw in data["frameworks"]:
        for key in ("version", "published", "verified", "review_by"):
            assert str(fw.get(key) or "").strip(), (fw["id"], key)
        assert re.fullmatch(r"\d{4}(-\d{2}){0,2}", str(fw["published"])), fw["id"]
        # verified in the review of 2026-12-06; entries whose law moved were checked again on 2026-12-07
        assert str(fw["verified"]) in ("2026-12-06", "2026-12-07"), fw["id"]
        assert str(fw["review_by"]) > str(fw["verified"]), fw["id"]
        assert str(fw["review_by"]) <= "2027-12-06", (fw["id"], "review at least yearly")
        client_facing = " ".join(str(fw.get(k) or "") for k in ("name", "version", "source", "caveat"))
        for word in ("3rd-party", "transcription", "paywall", "fact sheet", "ciso-assistant"):
            assert word not in client_facing.lower(), (fw["id"], word)


# --------------------------------------------------------------------------------------------
# Findings and executable mitigations (issue 11, step 4; partly done, see docs/knowledge-base.md)


def test_findings_are_one_sentence_and_not_the_label(bank: QuestionBank) -> None:
    for q in bank.all_questions():
        for o in q.options:
            if not o.finding:
                continue
            assert o.risk is not None and o.risk >= 1, (q.id, o.id)
            text = o.finding.strip()
            assert text.endswith(".") and len(re.findall(r"[.!?](\s|$)", text)) == 1, (q.id, o.id)
            assert text.lower().rstrip(".") != o.label.lower().rstrip("."), (q.id, o.id)


# The finding rule itself (every option at risk 2 or more and every blocker has one) is in
# tests/unit/test_kb_findings.py.


def _is_executable(m: object) -> bool:
    return bool(m.evidence and m.effort_days and m.cost_assumptions and m.raci)  # type: ignore[attr-defined]


def test_executable_mitigation_fields_are_sound(bank: QuestionBank) -> None:
    executable = [m for m in bank.mitigations.values() if _is_executable(m)]
    for m in executable:
        lo, hi = m.effort_days
        assert 0 < lo <= hi <= 90, m.id
        assert m.raci.responsible and m.raci.accountable, m.id
        for dep in m.depends_on:
            assert dep in bank.mitigations and dep != m.id, (m.id, dep)
    # every action is executable (109 of 109 since 2026-12-07; 34 on 2026-12-06); further rules on
    # these fields are in tests/unit/test_kb_mitigations.py
    assert [m.id for m in bank.mitigations.values() if not _is_executable(m)] == []


def test_tiers_name_controls_sign_off_and_pilot_boundaries(bank: QuestionBank, raw: dict) -> None:
    tiers = raw["tiers"]
    assert [t["id"] for t in tiers] == ["I", "II", "III", "IV"]
    boundaries = {b["id"] for b in raw["pilot_boundaries"]}
    previous: set[str] = set()
    for t in tiers:
        assert t["sign_off"] and set(t["pilot_boundary"]) <= boundaries, t["id"]
        controls = {c["question"] for c in t["required_controls"]}
        assert previous <= controls, (t["id"], "a higher tier keeps every control of the lower one")
        assert any(c["phase"] == 0 for c in t["required_controls"]), t["id"]
        for c in t["required_controls"]:
            q = bank.question(c["question"])
            assert all(q.option(str(a)) is not None for a in c["accept"]), (t["id"], q.id)
            best = min(o.risk or 0 for o in q.options)
            assert any((q.option(str(a)).risk or 0) == best for a in c["accept"]), (t["id"], q.id)
        previous = controls
    sign_offs = [len(t["sign_off"]) for t in tiers]
    assert sign_offs == sorted(sign_offs)
    # context answers carry tier points, so the tier comes from the context, not the sector alone
    for qid in ("context.affected_people", "context.data_sensitivity", "context.autonomy", "context.scale"):
        assert max(o.tier_points for o in bank.question(qid).options) > 0, qid
