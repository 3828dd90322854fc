"""The figures docs/knowledge-base.md and docs/scoring.md give for the three samples are those the code
computes (issue 11: "keep each figure recomputable by hand"; the docs went stale twice).

The knowledge-base page keeps one table, "The samples at a glance", that this test reads row by row;
the scoring page's worked example is read by its bold figures. Change the docs and the samples
together: a re-baseline that moves a decision, a tier or the person-days fails here until the docs
say so.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.core.bank import QuestionBank, load_bank
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import RiskProfile, score
from desktop_app.report.sections.plan import person_days
from tests.doc_tables import NAMED, missing_tests
from tests.samples import load_sample

ROOT = Path(__file__).resolve().parents[2]
BANK_PATH = ROOT / "resources" / "question_banks" / "genai-readiness.yaml"
SAMPLES = ROOT / "resources" / "samples"
KB_DOC = ROOT / "docs" / "knowledge-base.md"
SCORING_DOC = ROOT / "docs" / "scoring.md"
GLANCE_HEADER = (
    "| sample | file | questions shown | decision | tier | tier points | overall risk | approver "
    "| active actions | person-days |"
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(BANK_PATH)


def glance_rows(text: str) -> list[list[str]]:
    """The rows of the "samples at a glance" table, each cell stripped of markdown emphasis."""
    lines = text.splitlines()
    if GLANCE_HEADER not in lines:
        return []
    start = lines.index(GLANCE_HEADER)
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([re.sub(r"[*`]", "", cell).strip() for cell in line.strip("|").split("|")])
    return rows


def test_the_glance_table_covers_every_sample() -> None:
    files = [row[1] for row in glance_rows(KB_DOC.read_text(encoding="utf-8"))]
    assert sorted(files) == sorted(p.name for p in SAMPLES.glob("*.json"))


@pytest.mark.parametrize("row", glance_rows(KB_DOC.read_text(encoding="utf-8")), ids=lambda r: r[0])
def test_documented_sample_figures_equal_the_computed_ones(bank: QuestionBank, row: list[str]) -> None:
    _, name, shown, decision, tier, points, risk, approver, active, days = row
    assessment = load_sample(bank, name)
    values = assessment.values()
    profile = score(bank, assessment)
    plan = build_plan(bank, assessment)
    items = [it for it in plan.items if it.active]
    visible = [q for q in bank.all_questions() if bank.is_visible(q, values) and not q.computed]
    assert int(shown) == len(visible), name
    assert decision == profile.overall.decision, name
    assert tier == profile.overall.tier.tier.id, name
    assert int(points) == profile.overall.tier.points, name
    assert float(risk) == round(profile.overall.risk or 0.0, 1), name
    assert approver == profile.overall.approver, name
    assert int(active) == len(items), name
    # the report's budget table sums the same figure (the middle of each action's range)
    assert float(days) == sum(person_days(it) for it in items), name


def _healthcare(bank: QuestionBank) -> RiskProfile:
    return score(bank, load_sample(bank, "healthcare-synthetic-imaging.json"))


def _worked_example() -> str:
    text = SCORING_DOC.read_text(encoding="utf-8")
    start = text.index("## Worked example: the bundled healthcare sample")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def test_scoring_worked_example_recomputes(bank: QuestionBank) -> None:
    example = _worked_example()
    profile = _healthcare(bank)
    data = next(c for c in profile.challenges if c.id == "data")
    m = re.search(r"(\d+) questions answered; Σ weight × points = (\d+) of Σ 4 × weight = (\d+)", example)
    assert m, "the worked example states answers and points"
    assert (int(m[1]), float(m[2]), float(m[3])) == (data.answered, data.points, data.max_points)
    m = re.search(r"Risk = 100 × (\d+) / (\d+) = \*\*([\d.]+)\*\*", example)
    assert m and float(m[3]) == round(data.risk or 0.0, 1) == round(100 * int(m[1]) / int(m[2]), 1)
    m = re.search(r"→ \*\*(\d)\*\*\.\n- Impact", example)
    assert m and int(m[1]) == data.likelihood
    m = re.search(r"= (\d+), clamped → \*\*(\d)\*\*", example)
    assert m and int(m[2]) == data.impact
    assert f"→ **{data.level}**" in example
    tier = profile.overall.tier
    assert f"= **{tier.points} points**" in example and f"→ **tier {tier.tier.id}**" in example
    assert f"**`{profile.overall.decision}`**" in example
    later = [c for c in profile.overall.controls if c.control.phase > 0 and c.status == "missing"]
    m = re.search(r"\*\*(\d+) further controls\*\* of tier \w+", example)
    assert m and int(m[1]) == len(later), [c.control.question for c in later]


WORDS = {"not ready": "not_ready", "pilot only": "pilot_only", "ready with conditions": "ready_with_conditions"}
SAMPLE_FILES = {
    "healthcare": "healthcare-synthetic-imaging.json",
    "financial services": "financial-fraud-detection.json",
    "insurance": "insurance-claims-triage.json",
}


def test_the_knowledge_base_prose_agrees_with_the_table(bank: QuestionBank) -> None:
    """The sentences that repeat a figure of the table (found stale once: "All 113 visible questions")."""
    text = KB_DOC.read_text(encoding="utf-8")
    assessment = load_sample(bank, SAMPLE_FILES["healthcare"])
    values = assessment.values()
    shown = sum(1 for q in bank.all_questions() if bank.is_visible(q, values) and not q.computed)
    m = re.search(r"All (\d+) visible questions answered", text)
    assert m and int(m[1]) == shown
    # "the samples give: healthcare tier III (9 points), **not ready** ...; insurance tier III ..."
    said = re.findall(
        r"(healthcare|financial services|insurance) tier (I{1,3}|IV) \((\d+)\s+points\),\s+\*\*([a-z ]+)\*\*", text
    )
    assert sorted(s[0] for s in said) == sorted(SAMPLE_FILES), said
    for sample, tier, points, decision in said:
        overall = score(bank, load_sample(bank, SAMPLE_FILES[sample])).overall
        assert (tier, int(points), WORDS[decision]) == (overall.tier.tier.id, overall.tier.points, overall.decision)


def test_the_calibrated_figures_in_scoring_md_are_the_banks(bank: QuestionBank) -> None:
    """docs/scoring.md lists the figures that are the method's judgement with their bank keys
    (issue 11: the tier limits and CO2 references are unsourced; a firm changes them in its bank)."""
    import yaml

    raw = yaml.safe_load(BANK_PATH.read_text(encoding="utf-8"))
    text = SCORING_DOC.read_text(encoding="utf-8")
    start = text.index("### Figures that are the method's judgement")
    table = text[start : text.index("\n## ", start)]
    limits = [t.get("max_points") for t in raw["tiers"]]
    assert limits[:-1] == [3, 8, 14] and limits[-1] is None
    assert "I ≤ 3, II ≤ 8, III ≤ 14, IV above" in table and "`tiers[].max_points`" in table
    decision = raw.get("decision") or {}
    assert decision.get("pilot_only_risk", 50) == bank.decision.pilot_only_risk == 50
    assert decision.get("provisional_below", 50) == bank.decision.provisional_below == 50
    refs = raw["estimator"]["size_reference"]["kg_co2e_per_month"]
    assert "small 250, medium 1,000, large 2,500, very large 10,000 kg" in table
    assert refs == {"small": 250, "medium": 1000, "large": 2500, "very_large": 10000}
    bands = [b.upto for b in bank.question("compute.energy.monthly_co2e_kg").bands]
    assert bands == [0.1, 1, 10, 40, None] and "0.1 / 1 / 10 / 40" in table
    for key in ("decision.pilot_only_risk", "decision.provisional_below", "estimator.size_reference.kg_co2e_per_month"):
        assert f"`{key}`" in table, key
    assert (
        "judgement" in raw["estimator"]["size_reference"]["source"]
        or "assumption" in (raw["estimator"]["size_reference"]["source"])
    )


def test_the_user_bank_folder_is_the_one_documented(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """docs/question-bank-format.md names the user's bank folder (issue 11, "Bank files")."""
    import sys

    from desktop_app.core.bank import user_bank_folder

    text = (ROOT / "docs" / "question-bank-format.md").read_text(encoding="utf-8")
    monkeypatch.delenv("READINESS_USER_BANKS", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    folder = user_bank_folder()
    assert folder == tmp_path / ".local" / "share" / "readiness-planner" / "question_banks"
    assert "`~/.local/share/readiness-planner/question_banks/`" in text
    monkeypatch.setattr(sys, "platform", "darwin")
    assert user_bank_folder() == tmp_path / "Library" / "Application Support" / "readiness-planner" / "question_banks"
    assert "`~/Library/Application Support/readiness-planner/question_banks/`" in text
    assert "`READINESS_USER_BANKS`" in text


def test_the_profile_table_is_the_banks(bank: QuestionBank) -> None:
    """docs/knowledge-base.md, "Industry profiles": one row per industry with the bank's base impacts."""
    text = KB_DOC.read_text(encoding="utf-8")
    start = text.index("| industry | data | compute | interpretability |")
    rows = {}
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows[cells[0]] = [int(c) for c in cells[1:7]]
    order = ("data", "compute", "interpretability", "ethics_legal", "integration", "security_privacy")
    assert rows == {pid: [p.impact[c] for c in order] for pid, p in bank.profiles.items()}


def test_every_test_named_in_the_guarantee_table_exists() -> None:
    """docs/knowledge-base.md, "What the tests guarantee", maps each sentence of issue 11 to tests; a
    test renamed or removed must not leave the table pointing at nothing."""
    text = KB_DOC.read_text(encoding="utf-8")
    start = text.index("## What the tests guarantee")
    section = text[start : text.index("\n## ", start + 1)]
    named = NAMED.findall(section)
    assert len(named) >= 80, len(named)
    assert missing_tests(named) == []


def test_the_readme_gives_the_banks_figures(bank: QuestionBank) -> None:
    """The README's "What is in the box" said 91 questions and 89 actions long after the bank grew."""
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    scored = [q for q in bank.all_questions() if q.scored and not q.is_context]
    m = re.search(r"(\d+) scored questions", text)
    assert m and int(m[1]) == len(scored)
    m = re.search(r"(\d+) context questions", text)
    assert m and int(m[1]) == sum(1 for q in bank.all_questions() if q.is_context)
    m = re.search(r"(\d+) mitigation actions", text)
    assert m and int(m[1]) == len(bank.mitigations)
    m = re.search(r"(\w+) bundled samples", text)
    assert m and m[1].lower() == {2: "two", 3: "three", 4: "four"}.get(len(list(SAMPLES.glob("*.json"))))
