"""The decision's reasons as codes with parameters, each with the question a person should go to.

``core.scoring`` decides; this module only explains its decision in a form a view can render in any
language and link to a question. It reads the profile's structured fields (blockers, stop questions,
challenge levels, follow-up list), never the English sentences in ``Overall.reasons``, and lists the
reasons in the order the decision weighs them: blockers and stop questions first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.scoring import PILOT_ONLY_OVERALL_RISK, ChallengeScore, RiskProfile

#: reason codes, in the order they are listed
CODES = (
    "blocker",  # an answer that stops the deployment (question, answer)
    "open_stop_question",  # "don't know" on a question one of whose answers would stop it (question)
    "critical",  # a challenge at critical level (challenge; question = its main driver)
    "high",  # a challenge at high level
    "overall_risk",  # overall risk at or above the pilot-only threshold (risk)
    "medium",  # a challenge at medium level
    "not_assessed",  # a challenge with nothing assessed (question = its first unanswered question)
    "unknown_answers",  # open "don't know" answers (count; question = the first one)
    "nothing_assessed",  # no challenge assessed at all
    "all_low",  # every assessed challenge low, no blocker: ready
)


@dataclass(frozen=True)
class DecisionReason:
    """One reason for the decision. ``question`` is where to go to change it (None: nowhere to go)."""

    code: str
    question: str | None = None
    question_text: str = ""
    answer: str = ""
    challenge: str | None = None
    challenge_title: str = ""
    count: int = 0
    risk: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "question": self.question,
            "question_text": self.question_text,
            "answer": self.answer,
            "challenge": self.challenge,
            "count": self.count,
            "risk": None if self.risk is None else round(self.risk, 1),
        }


def decision_reasons(
    profile: RiskProfile, bank: QuestionBank | None = None, assessment: Assessment | None = None
) -> tuple[DecisionReason, ...]:
    """The reasons for ``profile.overall.decision``, most decisive first.

    With ``bank`` and ``assessment``, a challenge not yet assessed points at its first unanswered question.
    """
    assessed = [c for c in profile.challenges if c.risk is not None]
    if not assessed:
        start = _first_open(profile.challenges[0], bank, assessment) if profile.challenges else None
        return (DecisionReason("nothing_assessed", question=start),)
    reasons: list[DecisionReason] = [
        DecisionReason("blocker", b.question, b.text, b.answer, b.challenge) for b in profile.blockers
    ]
    reasons += [
        DecisionReason("open_stop_question", b.question, b.text, b.answer, b.challenge) for b in profile.open_blockers
    ]
    reasons += _level_reasons(assessed, "critical")
    reasons += _level_reasons(assessed, "high")
    risk = profile.overall.risk
    if risk is not None and risk >= PILOT_ONLY_OVERALL_RISK:
        worst = max(assessed, key=lambda c: c.risk or 0.0)
        reasons.append(DecisionReason("overall_risk", question=_driver(worst), risk=risk))
    reasons += _level_reasons(assessed, "medium")
    reasons += [
        DecisionReason(
            "not_assessed", question=_first_open(c, bank, assessment), challenge=c.id, challenge_title=c.title
        )
        for c in profile.challenges
        if c.risk is None
    ]
    unknowns = [f for f in profile.follow_up if f.reason == "unknown"]
    if unknowns:
        reasons.append(DecisionReason("unknown_answers", unknowns[0].question, unknowns[0].text, count=len(unknowns)))
    if not reasons:
        reasons.append(DecisionReason("all_low"))
    return tuple(reasons)


def _level_reasons(assessed: list[ChallengeScore], level: str) -> list[DecisionReason]:
    out = []
    for c in assessed:
        if c.level == level:
            top = c.drivers[0] if c.drivers else None
            out.append(
                DecisionReason(
                    level,
                    question=top.question if top else None,
                    question_text=top.text if top else "",
                    answer=top.answer if top else "",
                    challenge=c.id,
                    challenge_title=c.title,
                    risk=c.risk,
                )
            )
    return out


def _driver(challenge: ChallengeScore) -> str | None:
    return challenge.drivers[0].question if challenge.drivers else None


def _first_open(challenge: ChallengeScore, bank: QuestionBank | None, assessment: Assessment | None) -> str | None:
    if bank is None or assessment is None or challenge.id not in {c.id for c in bank.challenges}:
        return None
    values = assessment.values()
    questions = [q for q in bank.challenge(challenge.id).questions() if not q.computed and bank.is_visible(q, values)]
    target = next((q for q in questions if q.id not in assessment.answers), questions[0] if questions else None)
    return target.id if target else None
