"""Issue 11, "Coverage to add", checked on the built-in bank: the AI Act role and general-purpose
model questions with the articles each role owes, the jurisdictions with the laws shown only where
they apply, the content harms of NIST AI 600-1, the four new sectors and the impact questions.

Each test names the issue's sentence it checks; the errors the review found are checked in
tests/unit/test_knowledge_base.py ("Corrections of issue 11"), findings in test_kb_findings.py and
mitigations in test_kb_mitigations.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.bank import Question, QuestionBank, load_bank

ROOT = Path(__file__).resolve().parents[2]
BANK_PATH = ROOT / "resources" / "question_banks" / "genai-readiness.yaml"

EU = {"context.jurisdictions": ["eu"]}
US = {"context.jurisdictions": ["us"]}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


def citing(bank: QuestionBank, ref: str) -> list[Question]:
    return [q for q in bank.all_questions() if ref in q.references]


def shown_refs(bank: QuestionBank, answers: dict) -> set[str]:
    """Every reference a client with these context answers sees on the questions shown to them."""
    return {
        ref
        for q in bank.all_questions()
        if bank.is_visible(q, answers)
        for ref in bank.references_for(q.references, q.ref_conditions, answers)
    }


# -- "Role and classification" ----------------------------------------------------------------


def test_the_ai_act_role_and_model_are_asked_of_eu_clients_only(bank: QuestionBank) -> None:
    role, gpai = bank.question("context.ai_act_role"), bank.question("context.gpai")
    assert [o.id for o in role.options] == [
        "deployer",
        "importer",
        "distributor",
        "provider",
        "deployer_becoming_provider",
    ]
    assert [o.id for o in gpai.options] == ["none", "gpai_system", "gpai_model", "gpai_model_systemic"]
    for q in (role, gpai):
        assert bank.is_visible(q, EU) and not bank.is_visible(q, US), q.id
    # a deployer that becomes a provider: Art 25, cited on the question that asks it
    assert "EU-AI-ACT:Art 25" in role.references


ROLE_ARTICLES = {
    # article -> the roles it binds (None: everyone in the EU)
    "Art 9": {"provider", "deployer_becoming_provider"},
    "Art 15(1)": {"provider", "deployer_becoming_provider"},
    "Art 15(2)": {"provider", "deployer_becoming_provider"},
    "Art 15(3)": {"provider", "deployer_becoming_provider"},
    "Art 72": {"provider", "deployer_becoming_provider"},
    # importers and distributors of a high-risk system: their own checks (checked 2026-12-07)
    "Art 23": {"importer"},
    "Art 24": {"distributor"},
    # deployer duties (a provider that uses its own system deploys it too); never an importer's
    "Art 26": {"deployer", "provider", "deployer_becoming_provider"},
    "Art 27": {"deployer", "provider", "deployer_becoming_provider"},
    "Art 50(3)": None,
    "Art 86": None,
}


ROLES = ("deployer", "importer", "distributor", "provider", "deployer_becoming_provider")


@pytest.mark.parametrize("article", sorted(ROLE_ARTICLES))
def test_each_article_is_cited_to_the_roles_it_binds(bank: QuestionBank, article: str) -> None:
    ref = f"EU-AI-ACT:{article}"
    assert citing(bank, ref), article
    assert ref not in shown_refs(bank, US), article
    cited_to = {role for role in ROLES if ref in shown_refs(bank, {**EU, "context.ai_act_role": role})}
    assert cited_to == (ROLE_ARTICLES[article] or set(ROLES)), article


def test_deployer_duties_of_art_26_bind_deployers() -> None:
    bank = load_bank(BANK_PATH)
    q = bank.question("ethics_legal.regulatory.deployer_duties")
    assert "EU-AI-ACT:Art 26" in q.references
    assert bank.is_visible(q, {**EU, "context.ai_act_role": "deployer"})
    assert not bank.is_visible(q, {**EU, "context.ai_act_role": "importer"})
    assert not bank.is_visible(q, {**EU, "context.ai_act_role": "distributor"})


SUPPLY_QUESTIONS = ("ethics_legal.regulatory.supply_chain_checks", "ethics_legal.regulatory.supply_chain_nonconformity")
SUPPLY_ACTIONS = ("MIT-LEGAL-042", "MIT-LEGAL-043")


def test_importers_and_distributors_are_asked_their_own_duties(bank: QuestionBank) -> None:
    """Issue 11, "Role and classification": an importer (Art 23) or a distributor (Art 24) of a
    high-risk system checks its conformity marking and papers before supplying it, holds back a
    system it doubts, informs the provider and, where there is a risk, the authority. Both roles get
    these questions and actions, and nobody else does."""
    for qid in SUPPLY_QUESTIONS:
        q = bank.question(qid)
        for role in ROLES:
            shown = bank.is_visible(q, {**EU, "context.ai_act_role": role})
            assert shown == (role in {"importer", "distributor"}), (qid, role)
        assert not bank.is_visible(q, {**US, "context.ai_act_role": "importer"}), qid
        importer = bank.references_for(q.references, q.ref_conditions, {**EU, "context.ai_act_role": "importer"})
        distributor = bank.references_for(q.references, q.ref_conditions, {**EU, "context.ai_act_role": "distributor"})
        assert "EU-AI-ACT:Art 23" in importer and "EU-AI-ACT:Art 24" not in importer, qid
        assert "EU-AI-ACT:Art 24" in distributor and "EU-AI-ACT:Art 23" not in distributor, qid
        assert q.options[0].id == "not_high_risk" and q.options[0].risk == 0, qid
        risky = [o for o in q.options if (o.risk or 0) >= 2]
        assert risky and all(o.finding and set(o.actions) & set(SUPPLY_ACTIONS) for o in risky), qid
    for mid in SUPPLY_ACTIONS:
        m = bank.mitigations[mid]
        roles = {v for c in m.applies_if.conditions if c.question == "context.ai_act_role" for v in c.values}
        assert roles == {"importer", "distributor"}, mid
        assert {"EU-AI-ACT:Art 23", "EU-AI-ACT:Art 24"} <= set(m.references), mid


@pytest.mark.parametrize(
    ("article", "shown_for", "hidden_for"),
    [
        ("Art 53(1)(b)", "gpai_system", "none"),
        ("Art 55", "gpai_model_systemic", "gpai_system"),
    ],
)
def test_general_purpose_model_duties_follow_the_model_answer(
    bank: QuestionBank, article: str, shown_for: str, hidden_for: str
) -> None:
    questions = citing(bank, f"EU-AI-ACT:{article}")
    assert questions, article
    context = {**EU, "context.ai_act_role": "provider"}
    assert any(bank.is_visible(q, {**context, "context.gpai": shown_for}) for q in questions), article
    assert not any(bank.is_visible(q, {**context, "context.gpai": hidden_for}) for q in questions), article


# -- "Jurisdictions" ----------------------------------------------------------------------------

#: context answers -> frameworks a client with them is shown (and a client elsewhere is not)
JURISDICTION_LAWS = [
    ({"context.jurisdictions": ["eu"]}, {"EU-AI-ACT", "GDPR"}),
    ({"context.jurisdictions": ["uk"]}, {"UK-DATA-PROTECTION"}),
    (
        {"context.jurisdictions": ["us"], "context.us_states": ["colorado"], "context.industry": "healthcare"},
        {"COLORADO-AI-ACT", "HIPAA"},
    ),
    ({"context.jurisdictions": ["canada"], "context.canada_scope": ["federal_institution"]}, {"CANADA-AIA"}),
    ({"context.jurisdictions": ["canada"], "context.canada_scope": ["quebec"]}, {"QUEBEC-LAW-25"}),
    ({"context.jurisdictions": ["singapore"]}, {"SG-PDPA", "SG-MGF-GENAI"}),
    ({"context.jurisdictions": ["china"]}, {"CN-GENAI-MEASURES", "CN-AIGC-LABELLING", "CN-PIPL"}),
]


@pytest.mark.parametrize(
    ("answers", "laws"), JURISDICTION_LAWS, ids=lambda v: "-".join(sorted(v)) if isinstance(v, set) else None
)
def test_each_jurisdiction_shows_its_laws_and_only_there(bank: QuestionBank, answers: dict, laws: set[str]) -> None:
    seen = {ref.partition(":")[0] for ref in shown_refs(bank, answers)}
    assert laws <= seen, laws - seen
    elsewhere = {ref.partition(":")[0] for ref in shown_refs(bank, {"context.jurisdictions": ["other"]})}
    assert not (laws & elsewhere), laws & elsewhere


def test_a_us_only_client_is_not_asked_to_classify_under_the_ai_act(bank: QuestionBank) -> None:
    q = bank.question("ethics_legal.regulatory.ai_act_class")
    assert bank.is_visible(q, EU) and not bank.is_visible(q, US)
    assert not {r for r in shown_refs(bank, US) if r.startswith(("EU-AI-ACT:", "GDPR:"))}


# -- "Content harms (NIST AI 600-1)" -------------------------------------------------------------

HARMS = {
    "interpretability.output_control.cbrn": "NIST-AI-600-1:CBRN Information or Capabilities",
    "interpretability.output_control.abusive_content": "NIST-AI-600-1:Obscene, Degrading, and/or Abusive Content",
    "interpretability.output_control.deepfakes": "NIST-AI-600-1:Information Integrity",
    "security_privacy.model_security.agent_tools": "NIST-AI-600-1:Information Security",
}


@pytest.mark.parametrize("qid", sorted(HARMS))
def test_content_harms_are_asked_everywhere_with_their_risk(bank: QuestionBank, qid: str) -> None:
    q = bank.question(qid)
    assert HARMS[qid] in q.references
    assert not q.industry and q.applies_if is None and q.show_if is None, qid  # every client is asked
    assert q.weight >= 2 and max(o.risk or 0 for o in q.options) >= 3, qid
    assert all(o.actions for o in q.options if (o.risk or 0) >= 2), qid


def test_unblocked_csam_or_ncii_generation_is_a_blocker(bank: QuestionBank) -> None:
    q = bank.question("interpretability.output_control.abusive_content")
    worst = q.option("unblocked")
    assert worst is not None and worst.blocker and worst.risk == 4
    assert "EU-AI-ACT:Art 5" in q.references
    assert all(bank.mitigations[m].phase == 0 for m in worst.actions)


# -- "Sectors" and "Impact questions" -----------------------------------------------------------


@pytest.mark.parametrize("industry", ["hr_employment", "insurance", "education", "critical_infrastructure"])
def test_each_new_sector_has_a_profile_and_three_questions(bank: QuestionBank, industry: str) -> None:
    assert industry in bank.profiles and industry in bank.industries
    own = [q for q in bank.all_questions() if q.industry == industry]
    assert len(own) >= 3, industry
    assert all(bank.is_visible(q, {"context.industry": industry}) for q in own)
    assert not any(bank.is_visible(q, {"context.industry": "general"}) for q in own)


@pytest.mark.parametrize(
    "qid",
    ["context.reversibility", "context.harm_duration", "context.replaces_human_decision", "context.appeal"],
)
def test_impact_questions_raise_the_tier_in_order(bank: QuestionBank, qid: str) -> None:
    q = bank.question(qid)
    points = [o.tier_points for o in q.options]
    assert points == sorted(points) and points[0] == 0 and points[-1] >= 2, (qid, points)
    assert q.applies_if is None and q.show_if is None, qid  # asked of every client
