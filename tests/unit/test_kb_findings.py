"""Findings and applicability of the built-in bank (issue 11).

A *finding* is the sentence a report prints for a risky answer: what is wrong, in the client's
words, instead of the question echoed back with the answer. The rule (docs/question-bank-format.md,
"Findings"): every option with risk >= 2 and every blocker has one; a risk-1 option has one unless it
describes an accepted design (listed below). The one-sentence form is checked in
tests/unit/test_knowledge_base.py (test_findings_are_one_sentence_and_not_the_label).

The applicability checks: a question never applies where its law cannot, including when an answer to
a follow-up context question is left over from an earlier jurisdiction answer.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from desktop_app.core.bank import Option, Question, QuestionBank, load_bank
from desktop_app.core.bank.model import When

ROOT = Path(__file__).resolve().parents[2]
BANK_PATH = ROOT / "resources" / "question_banks" / "genai-readiness.yaml"

#: risk-1 options that describe an accepted design, not a gap: no finding, so a report never calls
#: them a problem. Adding to this set is a content decision; keep it short.
ACCEPTED_DESIGNS = {
    ("interpretability.output_control.agency", "limited"),
    ("interpretability.output_control.candidate_decisions", "negative_reviewed"),
    ("ethics_legal.discrimination.sensitive_features", "justified"),
    ("ethics_legal.discrimination.education_outcomes", "teacher_decides"),
    ("integration.legacy.safety_interlocks", "bounded"),
    ("integration.legacy.ot_control", "bounded"),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


def _options(bank: QuestionBank) -> list[tuple[Question, Option]]:
    return [(q, o) for q in bank.all_questions() for o in q.options if o.risk is not None]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


# --------------------------------------------------------------------------------------------
# The finding rule


def test_every_gap_and_every_blocker_has_a_finding(bank: QuestionBank) -> None:
    missing = [(q.id, o.id) for q, o in _options(bank) if (o.blocker or (o.risk or 0) >= 2) and not o.finding.strip()]
    assert not missing, missing


def test_risk_one_options_have_a_finding_unless_they_are_an_accepted_design(bank: QuestionBank) -> None:
    risk_one = {(q.id, o.id): o for q, o in _options(bank) if o.risk == 1 and not o.blocker}
    assert set(risk_one) >= ACCEPTED_DESIGNS, ACCEPTED_DESIGNS - set(risk_one)
    without = {key for key, o in risk_one.items() if not o.finding.strip()}
    assert without == ACCEPTED_DESIGNS


def test_no_finding_on_an_option_without_risk(bank: QuestionBank) -> None:
    for q in bank.all_questions():
        for o in q.options:
            if o.finding:
                assert (o.risk or 0) >= 1, (q.id, o.id)


def test_findings_state_the_problem_instead_of_echoing_the_answer(bank: QuestionBank) -> None:
    for q, o in _options(bank):
        if not o.finding:
            continue
        text = o.finding.strip()
        where = (q.id, o.id)
        assert text[0].isupper() and "?" not in text, where
        assert 20 <= len(text) <= 200, where
        # not a yes/no answer, and not the option's label, or the question, with a full stop
        assert not re.match(r"(yes|no)\s*[;,.:]", text, re.IGNORECASE), where
        label = " ".join(_words(o.label))
        assert len(_words(o.label)) < 5 or label not in " ".join(_words(text)), where
        assert " ".join(_words(q.text)) not in " ".join(_words(text)), where
        # nor the label reworded by a word or two ("No; X is used" -> "X is used.")
        if len(_words(o.label)) >= 5:
            ratio = SequenceMatcher(None, label, " ".join(_words(text))).ratio()
            assert ratio < 0.8, (where, round(ratio, 2))


def test_findings_tell_the_options_of_one_question_apart(bank: QuestionBank) -> None:
    for q in bank.all_questions():
        texts = [o.finding.strip().lower() for o in q.options if o.finding]
        assert len(texts) == len(set(texts)), q.id
    counts = Counter(o.finding.strip().lower() for _, o in _options(bank) if o.finding)
    assert [t for t, n in counts.items() if n > 1] == []


# --------------------------------------------------------------------------------------------
# Applicability: no question for a jurisdiction or role where it cannot apply


def _parents(bank: QuestionBank, when: When | None) -> list[tuple[str, str, tuple[str, ...]]]:
    """(condition question, parent question, parent values) where ``when`` relies on a context
    question that is itself shown only under a condition, and ``when`` does not repeat it."""
    if when is None:
        return []
    have = {c.question: set(c.values) for c in when.conditions}
    out = []
    for c in when.conditions:
        parent = bank.question(c.question)
        for pc in parent.applies_if.conditions if parent.applies_if else ():
            if pc.question not in have or not have[pc.question] <= set(pc.values):
                out.append((c.question, pc.question, pc.values))
    return out


def test_conditions_on_follow_up_context_questions_repeat_their_parent(bank: QuestionBank) -> None:
    """``context.us_states`` is asked only for the US; a question for Colorado must also require the
    US, or a Colorado answer left over after the client unticks the US keeps the question alive."""
    for q in bank.all_questions():
        assert not _parents(bank, q.applies_if), q.id


def test_actions_and_reference_conditions_on_follow_up_answers_repeat_their_parent(bank: QuestionBank) -> None:
    """The same rule for every action's ``applies_if`` and every reference condition (found by the
    final audit of issue 11 on 2026-12-07: MIT-LEGAL-038 and MIT-DATA-025 required only the Canadian
    scope). ``QuestionBank.live_values`` already drops the leftover answer; the bank says it too."""
    for m in bank.mitigations.values():
        assert not _parents(bank, m.applies_if), m.id
        for ref, when in m.ref_conditions.items():
            assert not _unrepeated(bank, ref, when), (m.id, ref)
    for q in bank.all_questions():
        for ref, when in q.ref_conditions.items():
            assert not _unrepeated(bank, ref, when), (q.id, ref)


def _unrepeated(bank: QuestionBank, ref: str, when: When) -> list[tuple[str, str, tuple[str, ...]]]:
    """``_parents`` for a reference condition; a framework bound to the parent's jurisdictions (the
    AI Act to the EU) is already shown only there, so the jurisdiction need not be repeated."""
    where = set(bank.frameworks[ref.partition(":")[0]].jurisdictions)
    return [p for p in _parents(bank, when) if not (p[1] == "context.jurisdictions" and where and where <= set(p[2]))]


@pytest.mark.parametrize(
    ("qid", "leftover"),
    [
        ("ethics_legal.regulatory.colorado", {"context.us_states": ["colorado"]}),
        ("ethics_legal.regulatory.canada_dadm", {"context.canada_scope": ["federal_institution"]}),
        ("data.privacy.quebec_law_25", {"context.canada_scope": ["quebec"]}),
    ],
)
def test_a_leftover_follow_up_answer_does_not_bring_back_a_foreign_question(
    bank: QuestionBank, qid: str, leftover: dict[str, list[str]]
) -> None:
    answers: dict[str, object] = {"context.industry": "general", "context.jurisdictions": ["uk"], **leftover}
    assert not bank.is_visible(bank.question(qid), answers)
    parent = bank.question(next(iter(leftover)))
    assert not bank.is_visible(parent, answers)


def _roles(q: Question) -> set[str]:
    when = q.applies_if
    return {v for c in (when.conditions if when else ()) if c.question == "context.ai_act_role" for v in c.values}


def test_deployer_duties_are_not_asked_of_importers_and_distributors(bank: QuestionBank) -> None:
    """Arts 26 and 27 of the AI Act bind deployers (and a provider that uses its own system); an
    importer or distributor that only places the system on the market has neither duty."""
    for qid in ("ethics_legal.regulatory.deployer_duties", "ethics_legal.regulatory.fria"):
        roles = _roles(bank.question(qid))
        assert roles and "deployer" in roles and not roles & {"importer", "distributor"}, (qid, roles)
    answers = {"context.jurisdictions": ["eu"], "context.ai_act_role": "importer"}
    assert not bank.is_visible(bank.question("ethics_legal.regulatory.deployer_duties"), answers)
    answers["context.ai_act_role"] = "deployer"
    assert bank.is_visible(bank.question("ethics_legal.regulatory.deployer_duties"), answers)


# --------------------------------------------------------------------------------------------
# Law that moved since the last review (checked with the search tool on 2026-12-07)


def test_colorado_follows_sb_26_189_not_the_repealed_2024_act(bank: QuestionBank) -> None:
    """SB 26-189 (signed 14 May 2026, in force 1 Jan 2027) repealed the 2024 Colorado AI Act before it
    took effect: no risk management policy, impact assessment or duty of care any more; a notice, an
    explanation after an adverse outcome, data correction and human review instead."""
    import yaml

    fw = bank.frameworks["COLORADO-AI-ACT"]
    assert "SB 26-189" in fw.name and "2027-01-01" in dict(fw.key_dates)
    assert "Impact assessment" not in fw.items
    catalogue = yaml.safe_load((ROOT / "resources" / "frameworks.yaml").read_text(encoding="utf-8"))
    raw = next(f for f in catalogue["frameworks"] if f["id"] == "COLORADO-AI-ACT")
    assert "2026-12-07" in raw["internal_note"]
    q = bank.question("ethics_legal.regulatory.colorado")
    texts = [q.text, q.guidance.why, q.guidance.good] + [o.label for o in q.options] + [o.finding for o in q.options]
    m = bank.mitigations["MIT-LEGAL-036"]
    texts += [m.title, m.action, m.evidence]
    for text in texts:
        low = text.lower()
        assert "impact assessment" not in low and "risk management polic" not in low, text
        assert "30 june 2026" not in low, text
    assert "human review" in q.text.lower() and "2027" in q.text
    for qq in bank.all_questions():
        for ref in qq.references:
            assert ref != "COLORADO-AI-ACT:Impact assessment", qq.id
    # the action is proposed only where the question is asked
    assert m.applies_if is not None and {c.question for c in m.applies_if.conditions} >= {
        "context.jurisdictions",
        "context.us_states",
    }


# --------------------------------------------------------------------------------------------
# What docs/knowledge-base.md promises about the decision on this bank


@pytest.mark.parametrize("industry", ["healthcare", "financial_services", "public_sector", "general"])
def test_perfect_answers_are_ready_in_every_industry(bank: QuestionBank, industry: str) -> None:
    """Impact 5 keeps a challenge at "medium", but a medium level without risk points sets no condition
    under decision method v2: the sensitive sectors are not stuck at ready_with_conditions."""
    from desktop_app.core.assessment import Assessment
    from desktop_app.core.scoring import score
    from tests.unit.test_knowledge_base import BEST_CONTEXT, _extreme_answers

    context = dict(BEST_CONTEXT, **{"context.industry": industry})
    profile = score(bank, Assessment(client="c", project="p", answers=_extreme_answers(bank, context, True)))
    assert profile.overall.decision == "ready", [r.code for r in profile.overall.reasons]
