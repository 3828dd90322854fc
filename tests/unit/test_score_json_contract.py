"""The keys of ``score --json`` are a contract (docs/architecture.md: keys only grow): each blocker,
driver and follow-up item carries exactly its documented keys, filled from the profile."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import builtin_bank_path, load_bank
from desktop_app.core.exchange import parse_answers_json
from desktop_app.core.scoring import RiskProfile, score

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "financial-fraud-detection.json"
BLOCKER_KEYS = {"question", "text", "answer", "value", "challenge"}
DRIVER_KEYS = {"question", "text", "answer", "value", "risk", "weight", "share", "blocker"}
FOLLOW_UP_KEYS = {"question", "text", "challenge", "reason", "answer", "value", "note"}


@pytest.fixture(scope="module")
def profile() -> RiskProfile:
    """The financial sample (one blocker, follow-ups of both kinds with notes) with one stop
    question of another challenge answered "don't know" (an open stop question)."""
    bank = load_bank(builtin_bank_path())
    imported = parse_answers_json(SAMPLE.read_text(encoding="utf-8"), bank, SAMPLE.name)
    answers = {a.question: a for a in imported.answers}
    before = score(bank, Assessment(client="c", project="p", answers=answers)).question_scores()
    stop = next(
        q
        for ch in bank.challenges
        for q in ch.questions()
        if q.allow_unknown and any(o.blocker for o in q.options) and q.id in before and not before[q.id].blocker
    )
    answers[stop.id] = replace(answers[stop.id], value="unknown") if stop.id in answers else Answer(stop.id, "unknown")
    return score(bank, Assessment(client="c", project="p", answers=answers))


def test_blockers_and_open_stop_questions_carry_their_keys(profile: RiskProfile):
    data = profile.to_dict()
    assert profile.blockers and profile.open_blockers
    for key in ("blockers", "open_blockers"):
        for b, out in zip(getattr(profile, key), data[key], strict=True):
            assert set(out) == BLOCKER_KEYS
            assert out == {
                "question": b.question,
                "text": b.text,
                "answer": b.answer,
                "value": b.value,
                "challenge": b.challenge,
            }
            assert out["value"] is not None and out["text"] and out["challenge"]
    assert {b["value"] for b in data["open_blockers"]} == {"unknown"}


def test_drivers_carry_their_keys(profile: RiskProfile):
    data = profile.to_dict()
    seen = 0
    for ch, out in zip(profile.challenges, data["challenges"], strict=True):
        for d, row in zip(ch.drivers, out["drivers"], strict=True):
            assert set(row) == DRIVER_KEYS
            assert (row["question"], row["text"]) == (d.question, d.text)
            assert (row["answer"], row["value"]) == (d.answer, d.value)
            assert (row["weight"], row["blocker"]) == (d.weight, d.blocker)
            assert row["risk"] == round(d.risk, 1) and row["share"] == round(d.share, 1)
            seen += 1
    assert seen > 10
    assert any(row["blocker"] for out in data["challenges"] for row in out["drivers"])


def test_follow_up_items_carry_their_keys(profile: RiskProfile):
    data = profile.to_dict()
    assert {f.reason for f in profile.follow_up} == {"unknown", "low confidence"}
    assert any(f.note for f in profile.follow_up)
    for f, out in zip(profile.follow_up, data["follow_up"], strict=True):
        assert set(out) == FOLLOW_UP_KEYS
        assert out == {
            "question": f.question,
            "text": f.text,
            "challenge": f.challenge,
            "reason": f.reason,
            "answer": f.answer,
            "value": f.value,
            "note": f.note,
        }
        assert out["value"] is not None


def test_an_unknown_challenge_is_named_in_the_error(profile: RiskProfile):
    with pytest.raises(KeyError, match="no_such_challenge"):
        profile.challenge("no_such_challenge")
