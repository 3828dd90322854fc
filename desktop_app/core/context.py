"""What the context answers decide: the impact of each challenge and the impact tier I-IV.

A "don't know" context answer counts as the question's most demanding option (never optimistic);
unanswered and "not applicable" add nothing. Documented in ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.core.bank import (
    CHALLENGE_IDS,
    DEFAULT_TIER,
    NA,
    TIER_IDS,
    UNKNOWN,
    Option,
    Question,
    QuestionBank,
    Tier,
)


@dataclass(frozen=True)
class ImpactPart:
    source: str  # "profile" or a context question id
    label: str  # the profile's name, or the question's id (renderers look up its text)
    amount: int


@dataclass(frozen=True)
class TierPart:
    question: str
    points: int
    min_tier: str | None = None


@dataclass(frozen=True)
class TierResult:
    tier: Tier
    points: int
    parts: tuple[TierPart, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.tier.id,
            "name": self.tier.name,
            "points": self.points,
            "sign_off": list(self.tier.sign_off),
            "approver": self.tier.approver,
            "parts": [{"question": p.question, "points": p.points, "min_tier": p.min_tier} for p in self.parts],
        }


def chosen_options(question: Question, value: object) -> list[Option]:
    """The options a context answer stands for: every option for "don't know", none for N/A."""
    if value is None or value == NA or not question.options:
        return []
    if value == UNKNOWN:
        return list(question.options)
    if isinstance(value, list):
        return [o for v in value if (o := question.option(str(v))) is not None]
    opt = question.option(str(value))
    return [opt] if opt is not None else []


def impact_for(bank: QuestionBank, values: Mapping[str, object]) -> dict[str, tuple[int, tuple[ImpactPart, ...]]]:
    """Impact 1..5 per challenge, with the parts it is made of."""
    industry = values.get("context.industry")
    profile = bank.profiles.get(str(industry)) if isinstance(industry, str) else None
    if profile is None:
        profile = bank.profiles["general"]
    # each shown context question's chosen options, found once for all six challenges
    shown = [(q, chosen_options(q, values.get(q.id))) for q in bank.context if bank.is_visible(q, values)]
    result: dict[str, tuple[int, tuple[ImpactPart, ...]]] = {}
    for cid in CHALLENGE_IDS:
        parts = [ImpactPart("profile", profile.name, profile.impact[cid])]
        for q, chosen in shown:
            amount = max((o.impact.get(cid, 0) + o.impact.get("all", 0) for o in chosen), default=0)
            if amount:
                parts.append(ImpactPart(q.id, q.id, amount))
        total = sum(p.amount for p in parts)
        result[cid] = (max(1, min(5, total)), tuple(parts))
    return result


def impact_tier(bank: QuestionBank, values: Mapping[str, object]) -> TierResult:
    """The impact tier: summed ``tier_points`` of the context answers, raised to any ``min_tier``."""
    if not bank.tiers:
        return TierResult(DEFAULT_TIER, 0, ())
    parts: list[TierPart] = []
    floor = 0
    for q in bank.context:
        if not bank.is_visible(q, values):
            continue
        chosen = chosen_options(q, values.get(q.id))
        points = max((o.tier_points for o in chosen), default=0)
        floors = [TIER_IDS.index(o.min_tier) for o in chosen if o.min_tier]
        min_tier = TIER_IDS[max(floors)] if floors else None
        if points or min_tier:
            parts.append(TierPart(q.id, points, min_tier))
        floor = max([floor, *floors])
    total = sum(p.points for p in parts)
    index = len(bank.tiers) - 1
    for i, tier in enumerate(bank.tiers):
        if tier.max_points is None or total <= tier.max_points:
            index = i
            break
    index = max(index, min(floor, len(bank.tiers) - 1))
    return TierResult(bank.tiers[index], total, tuple(parts))
