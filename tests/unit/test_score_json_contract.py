"""The keys of ``score --json`` are a contract (docs/architecture.md: keys only grow): each blocker,
driver and follow-up item carries exactly its documented keys, filled from the profile."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.core.assessment import Answer, Assessment
from desktop_app.core.bank import QuestionBank, builtin_bank_path, load_bank
from desktop_app.core.scoring import RiskProfile, answer_risk, effective_answers, score
from tests.samples import load_sample

BLOCKER_KEYS = {"question", "text", "answer", "value", "challenge"}
DRIVER_KEYS = {"question", "text", "answer", "value", "risk", "weight", "share", "blocker"}
FOLLOW_UP_KEYS = {"question", "text", "challenge", "reason", "answer", "value", "note"}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank(builtin_bank_path())


@pytest.fixture()
def scored(bank: QuestionBank) -> tuple[QuestionBank, dict[str, Answer], RiskProfile]:
    """The financial sample (one blocker, follow-ups of both kinds with notes) with one stop
    question of another challenge answered "don't know" (an open stop question). Scored in each
    test (not once per module) so that mutation testing sees which tests reach the scoring code; the
    answers are in reverse order, so an order that follows the bank is the scorer's doing."""
    answers = dict(reversed(load_sample(bank, "financial-fraud-detection.json").answers.items()))
    before = score(bank, Assessment(client="c", project="p", answers=answers)).question_scores()
    stop = next(
        q
        for ch in bank.challenges
        for q in ch.questions()
        if q.allow_unknown and any(o.blocker for o in q.options) and q.id in before and not before[q.id].blocker
    )
    answers[stop.id] = replace(answers[stop.id], value="unknown") if stop.id in answers else Answer(stop.id, "unknown")
    return bank, answers, score(bank, Assessment(client="c", project="p", answers=answers))


@pytest.fixture()
def profile(scored: tuple[QuestionBank, dict[str, Answer], RiskProfile]) -> RiskProfile:
    return scored[2]


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


# -- the other objects of score --json (mutation testing found their keys and figures unchecked) --

OVERALL_KEYS = {
    "risk", "readiness", "level", "decision", "reasons", "tier", "approver", "sign_off",
    "required_controls", "conditions", "pilot_boundary", "provisional", "coverage",
}  # fmt: skip
COMPLETION_KEYS = {"answered", "total", "percent", "scored_answered", "scored_total", "coverage", "unknown"}
CHALLENGE_KEYS = {
    "id", "title", "risk", "readiness", "likelihood", "impact", "level", "assessed", "answered", "total",
    "blockers", "drivers", "subchallenges", "weakest_link", "explanation",
}  # fmt: skip
SUB_KEYS = {"id", "title", "risk", "readiness", "likelihood", "level", "assessed", "answered", "total"}


def _one(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def test_overall_and_completion_carry_their_keys(profile: RiskProfile):
    data = profile.to_dict()
    o, out = profile.overall, data["overall"]
    assert set(out) == OVERALL_KEYS
    assert o.risk is not None and out["risk"] == round(o.risk, 1)
    assert out["readiness"] == round(100 - o.risk, 1)
    assert (out["level"], out["decision"], out["provisional"]) == (o.level, o.decision, o.provisional)
    assert out["reasons"] == [r.to_dict() for r in o.reasons] and out["reasons"]
    assert out["tier"] == o.tier.to_dict()
    assert (out["approver"], out["sign_off"]) == (o.tier.tier.approver, list(o.tier.tier.sign_off))
    assert out["required_controls"] == [c.to_dict() for c in o.controls]
    assert out["conditions"] == [c.to_dict() for c in o.conditions]
    assert out["pilot_boundary"] == list(o.pilot_boundary)
    assert out["coverage"] == round(o.coverage, 1)
    c, out = profile.completion, data["completion"]
    assert set(out) == COMPLETION_KEYS
    assert (out["answered"], out["total"], out["unknown"]) == (c.answered, c.total, c.unknown)
    assert (out["scored_answered"], out["scored_total"]) == (c.scored_answered, c.scored_total)
    assert out["percent"] == round(c.percent, 1) and out["coverage"] == round(c.coverage, 1)
    assert 0 < out["scored_answered"] <= out["scored_total"] <= out["total"] and out["unknown"] >= 1


def test_challenges_and_subchallenges_carry_their_keys(profile: RiskProfile):
    data = profile.to_dict()
    subs = 0
    for ch, out in zip(profile.challenges, data["challenges"], strict=True):
        assert set(out) == CHALLENGE_KEYS
        assert (out["id"], out["title"], out["impact"]) == (ch.id, ch.title, ch.impact)
        assert (out["risk"], out["readiness"]) == (_one(ch.risk), _one(None if ch.risk is None else 100 - ch.risk))
        assert (out["likelihood"], out["level"], out["assessed"]) == (ch.likelihood, ch.level, ch.risk is not None)
        assert (out["answered"], out["total"]) == (ch.answered, ch.total)
        assert (out["blockers"], out["weakest_link"]) == (list(ch.blockers), list(ch.weakest_link))
        for s, row in zip(ch.subchallenges, out["subchallenges"], strict=True):
            assert set(row) == SUB_KEYS
            assert (row["id"], row["title"]) == (s.key, s.title) and row["id"].startswith(f"{ch.id}.")
            assert (row["risk"], row["readiness"]) == (_one(s.risk), _one(None if s.risk is None else 100 - s.risk))
            assert (row["likelihood"], row["level"], row["assessed"]) == (s.likelihood, s.level, s.risk is not None)
            assert (row["answered"], row["total"]) == (s.answered, s.total)
            subs += 1
    assert subs == 18
    assert any(row["risk"] for out in data["challenges"] for row in out["subchallenges"])


def test_each_challenges_explanation_gives_its_figures(profile: RiskProfile):
    for ch, out in zip(profile.challenges, profile.to_dict()["challenges"], strict=True):
        e = out["explanation"]
        likelihood = ch.likelihood or 1
        assert e == {
            "assessed": ch.risk is not None,
            "risk": _one(ch.risk),
            "points": ch.points,
            "max_points": ch.max_points,
            "answered": ch.answered,
            "total": ch.total,
            "likelihood": ch.likelihood,
            "band": [20 * likelihood - 20, 100 if likelihood == 5 else 20 * likelihood - 1],
            "impact": ch.impact,
            "impact_parts": [{"source": p.source, "amount": p.amount} for p in ch.impact_parts],
            "level": ch.level,
            "product": likelihood * ch.impact,
            "blockers": len(ch.blockers),
            "weakest_link": list(ch.weakest_link),
        }
        if ch.risk is not None:
            low, high = e["band"]
            assert low <= ch.risk <= high, (ch.id, ch.risk, e["band"])
    figures = [c.explanation_figures() for c in profile.challenges]
    assert any(f["impact_parts"] for f in figures) and any(f["blockers"] for f in figures)


def test_the_profile_carries_its_top_level_keys(profile: RiskProfile):
    data = profile.to_dict()
    assert set(data) == {
        "overall", "completion", "industry", "blockers", "open_blockers", "follow_up", "challenges", "computed",
    }  # fmt: skip
    assert data["industry"] == profile.industry == "financial_services"
    assert data["computed"] == {k: round(v, 3) for k, v in profile.computed.items()}
    exact = replace(profile, computed={"monthly_cost": 1234.56789})
    assert exact.to_dict()["computed"] == {"monthly_cost": 1234.568}


@pytest.mark.parametrize(("likelihood", "band"), [(None, [0, 19]), (1, [0, 19]), (4, [60, 79]), (5, [80, 100])])
def test_the_likelihood_band_of_the_explanation(profile: RiskProfile, likelihood: int | None, band: list[int]):
    ch = replace(profile.challenges[0], likelihood=likelihood)
    figures = ch.explanation_figures()
    assert figures["band"] == band
    assert figures["product"] == (likelihood or 1) * ch.impact


def test_drivers_and_follow_up_items_are_filled_from_the_bank_and_the_answers(scored):
    """The contract tests above compare each dict with its object; this one checks the objects
    themselves against the bank and the answers (a driver with no text passed them)."""
    bank, answers, profile = scored
    order = {q.id: i for i, q in enumerate(bank.all_questions())}
    effective, _ = effective_answers(bank, Assessment(client="c", project="p", answers=answers))
    computed = [q for q in bank.all_questions() if q.computed]
    assert computed and all(effective[q.id].value == profile.computed[q.computed] for q in computed)
    assert any(d.question == q.id for q in computed for ch in profile.challenges for d in ch.drivers)
    for ch in profile.challenges:
        for d in ch.drivers:
            q, a = bank.question(d.question), effective[d.question]
            assert (d.text, d.weight, d.value) == (q.text, q.weight, a.value)
            assert d.answer and d.risk == answer_risk(bank, q, a.value) and d.risk > 0 and 0 < d.share <= 100
        keys = [(-int(d.blocker), -round(d.share, 6), order[d.question]) for d in ch.drivers]
        assert keys == sorted(keys), ch.id
    blocked = next(ch for ch in profile.challenges if ch.blockers)
    assert blocked.drivers[0].blocker
    for f in profile.follow_up:
        q, a = bank.question(f.question), answers[f.question]
        assert (f.text, f.challenge) == (q.text, q.challenge or "context")
        assert (f.note, f.value) == (a.note, a.value) and f.answer
    assert [order[f.question] for f in profile.follow_up] == sorted(order[f.question] for f in profile.follow_up)
    assert len(profile.follow_up) >= 3
