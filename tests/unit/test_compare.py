"""Comparing two assessments: exact per-challenge deltas, decisions and changed answers."""

from __future__ import annotations

import pytest

from desktop_app.analysis.compare import compare, compare_files
from desktop_app.storage.document import DocumentError
from tests.analysis_docs import NEW_ANSWERS, OLD_ANSWERS, make_doc, older_mini_bank


@pytest.fixture()
def pair(tmp_path, mini_bank):
    old = make_doc(tmp_path / "q1.readiness", mini_bank, OLD_ANSWERS, workshop_date="2026-01-15")
    new = make_doc(tmp_path / "q2.readiness", mini_bank, NEW_ANSWERS, workshop_date="2026-04-15")
    return old, new


def test_challenge_deltas_are_exact(pair):
    c = compare_files(*pair).to_dict()
    rows = {ch["id"]: (ch["old_risk"], ch["new_risk"], ch["delta"]) for ch in c["challenges"]}
    assert rows["data"] == (33.3, 8.3, -25.0)
    assert rows["compute"] == (100.0, 25.0, -75.0)
    assert rows["interpretability"] == (None, 75.0, None)
    assert rows["security_privacy"] == (None, None, None)


def test_levels_follow_the_matrix(pair):
    c = compare_files(*pair).to_dict()
    levels = {ch["id"]: (ch["old_level"], ch["new_level"]) for ch in c["challenges"]}
    # financial services impact 3: compute likelihood 5 -> 15 high; 25 -> likelihood 2 -> 6 medium
    assert levels["compute"] == ("high", "medium")
    assert levels["data"] == ("medium", "low")


def test_changed_answers_name_question_and_both_labels(pair):
    changes = {a["question"]: a for a in compare_files(*pair).to_dict()["changed_answers"]}
    assert set(changes) == {"data.collection.main", "compute.cost.main", "interpretability.black_box.main"}
    assert changes["data.collection.main"]["old_answer"] == "Weak"
    assert changes["data.collection.main"]["new_answer"] == "Good"
    assert (changes["data.collection.main"]["old_risk"], changes["data.collection.main"]["new_risk"]) == (3.0, 0.0)
    assert changes["interpretability.black_box.main"]["change"] == "added"
    assert changes["data.collection.main"]["text"] == "How mature is collection?"


def test_overall_decisions_are_reported(pair, mini_bank):
    from desktop_app.analysis.compare import load_assessment
    from desktop_app.core.scoring import score

    c = compare_files(*pair).to_dict()
    expected_old = score(*load_assessment(pair[0])).overall.decision
    assert c["overall"]["old_decision"] == expected_old
    assert c["overall"]["new_decision"] == score(*load_assessment(pair[1])).overall.decision


def test_identical_assessments_have_no_changes(tmp_path, mini_bank):
    a = make_doc(tmp_path / "a.readiness", mini_bank, OLD_ANSWERS)
    b = make_doc(tmp_path / "b.readiness", mini_bank, OLD_ANSWERS)
    c = compare_files(a, b)
    assert c.changed_answers == ()
    assert all(ch.delta in (0.0, None) for ch in c.challenges)


def test_multi_choice_order_does_not_count_as_a_change(mini_bank):
    from desktop_app.core.assessment import Answer, Assessment

    a = Assessment(
        "C", "P", answers={"data.preprocessing.sources": Answer("data.preprocessing.sources", ["licensed", "scraped"])}
    )
    b = Assessment(
        "C", "P", answers={"data.preprocessing.sources": Answer("data.preprocessing.sources", ["scraped", "licensed"])}
    )
    assert compare(mini_bank, a, mini_bank, b).changed_answers == ()


def test_older_bank_compares_on_shared_questions(tmp_path, mini_bank):
    old_bank = older_mini_bank()
    old = make_doc(tmp_path / "old.readiness", old_bank, OLD_ANSWERS)
    new = make_doc(tmp_path / "new.readiness", mini_bank, {**NEW_ANSWERS, "data.collection.scale_q": "2"})
    c = compare_files(old, new)
    assert not c.same_bank
    assert [q.question for q in c.only_in_new] == ["data.collection.scale_q"]
    assert c.only_in_new[0].answered
    assert c.only_in_old == ()
    assert "data.collection.scale_q" not in {a.question for a in c.changed_answers}
    assert c.shared_questions == sum(1 for _ in mini_bank.all_questions()) - 1


def test_text_mentions_banks_when_they_differ(tmp_path, mini_bank):
    old = make_doc(tmp_path / "old.readiness", older_mini_bank(), OLD_ANSWERS)
    new = make_doc(tmp_path / "new.readiness", mini_bank, NEW_ANSWERS)
    text = compare_files(old, new).to_text()
    assert "Question banks differ" in text
    assert "Data quality and quantity" in text


def test_unreadable_file_raises_a_plain_error(tmp_path, pair):
    bad = tmp_path / "bad.readiness"
    bad.write_bytes(b"")
    with pytest.raises(DocumentError, match="empty"):
        compare_files(pair[0], bad)


#: old: data 8.3, compute 100, interpretability 75 (overall 61.1, pilot only)
WIDE_OLD = {
    "context.industry": "financial_services",
    "data.collection.main": "good",
    "data.preprocessing.main": "fair",
    "data.privacy.main": "good",
    "compute.cost.main": "none",
    "interpretability.black_box.main": "weak",
}
#: new: only data assessed, now with a blocker: data 38.9 (overall 38.9, not ready)
NARROW_NEW = {
    "context.industry": "financial_services",
    "data.collection.main": "good",
    "data.preprocessing.main": "fair",
    "data.privacy.main": "good",
    "data.privacy.lawful_basis": "none",
}


@pytest.fixture()
def narrower(tmp_path, mini_bank):
    old = make_doc(tmp_path / "wide.readiness", mini_bank, WIDE_OLD, workshop_date="2026-01-15")
    new = make_doc(tmp_path / "narrow.readiness", mini_bank, NARROW_NEW, workshop_date="2026-04-15")
    return compare_files(old, new)


def test_overall_change_counts_only_challenges_both_sides_assessed(narrower):
    """61.1 -> 38.9 would read as an improvement; on the one challenge both assessed risk rose 8.3 -> 38.9."""
    overall = narrower.to_dict()["overall"]
    assert overall["compared_challenges"] == ["data"]
    assert (overall["old_risk"], overall["new_risk"], overall["delta"]) == (8.3, 38.9, 30.6)
    # each side's own overall (over what it assessed) stays available, named as such
    assert (overall["old_risk_all_assessed"], overall["new_risk_all_assessed"]) == (61.1, 38.9)


def test_challenges_assessed_on_one_side_only_are_named(narrower):
    d = narrower.to_dict()
    assert d["only_assessed_in_old"] == ["compute", "interpretability"]
    assert d["only_assessed_in_new"] == []
    assert d["assessed_in_neither"] == ["ethics_legal", "integration", "security_privacy"]


def test_decision_change_is_worse_and_gives_the_new_reasons(narrower):
    d = narrower.to_dict()["decision"]
    assert (d["old"], d["new"], d["change"]) == ("pilot_only", "not_ready", "worse")
    assert any("lawful basis" in r for r in d["new_reasons"])
    assert any("High risk" in r for r in d["old_reasons"])


def test_text_says_what_was_not_compared_and_that_the_decision_got_worse(narrower):
    text = narrower.to_text()
    assert "Decision: Pilot only -> Not ready (worse)" in text
    assert "Overall risk on the 1 challenge both assessed: 8.3 -> 38.9 (+30.6)" in text
    assert "Not compared (assessed in the old assessment only): Computational resources, " in text
    assert "61.1" not in text.split("Overall risk")[1].splitlines()[0]


def test_nothing_assessed_in_common_gives_no_overall_change(tmp_path, mini_bank):
    only_compute = {"context.industry": "financial_services", "compute.cost.main": "fair"}
    only_data = {"context.industry": "financial_services", "data.collection.main": "good"}
    c = compare_files(
        make_doc(tmp_path / "a.readiness", mini_bank, only_compute),
        make_doc(tmp_path / "b.readiness", mini_bank, only_data),
    )
    assert c.overall_delta is None and c.compared_challenges == ()
    assert "No challenge was assessed in both" in c.to_text()
