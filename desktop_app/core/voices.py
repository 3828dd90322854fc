"""Several voices on one question: how far the room disagreed, and the agreed answer.

Each participant's own answer (:class:`ParticipantAnswer`) is kept beside the agreed one; only the
agreed answer is scored. The disagreement of a question is measured on the risk points of the
participants' answers when the question is scored (the *spread*: highest minus lowest, 0-4), and
on the share of the most common answer otherwise (the *agreement*, 0-1):

- ``none``: everyone gave the same answer (or fewer than two answered);
- ``some``: different answers within 1 point of each other, or, unscored, the largest group is over
  half the room but not all;
- ``strong``: a spread of 2 points or more, or, unscored, no answer has more than half the room.

Strong disagreement lowers the agreed answer's confidence to ``low`` (so it lands on the follow-up
list) unless the facilitator overrides it (``Answer.keep_confidence``). Documented in
``docs/scoring.md`` ("Several voices").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.assessment import Answer, AnswerValue, Assessment, ParticipantAnswer
from desktop_app.core.bank import Question, QuestionBank
from desktop_app.core.scoring import answer_risk

NONE, SOME, STRONG = "none", "some", "strong"
#: a spread of risk points from which the room is said to disagree strongly
STRONG_SPREAD = 2.0


@dataclass(frozen=True)
class Disagreement:
    """How one question's voices differ. ``spread`` is None for an unscored question."""

    question: str
    voices: int
    level: str
    spread: float | None
    agreement: float
    #: each distinct answer (JSON-able) with how many gave it, most common first
    counts: tuple[tuple[str, int], ...]

    @property
    def strong(self) -> bool:
        return self.level == STRONG


def _key(value: AnswerValue) -> str:
    return ";".join(value) if isinstance(value, list) else str(value)


def measure(bank: QuestionBank, question: Question, voices: Sequence[ParticipantAnswer]) -> Disagreement:
    """The disagreement among ``voices`` on ``question`` (see the module docstring)."""
    counts = Counter(_key(v.value) for v in voices)
    ordered = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    total = len(voices)
    agreement = (ordered[0][1] / total) if total else 1.0
    risks = [r for v in voices if (r := answer_risk(bank, question, v.value)) is not None]
    spread = (max(risks) - min(risks)) if len(risks) >= 2 else (0.0 if risks else None)
    if total < 2 or len(counts) == 1:
        level = NONE
    elif spread is not None and len(risks) == total:
        level = STRONG if spread >= STRONG_SPREAD else SOME
    else:
        level = STRONG if agreement <= 0.5 else SOME
    return Disagreement(question.id, total, level, spread, agreement, ordered)


def disagreements(bank: QuestionBank, assessment: Assessment) -> dict[str, Disagreement]:
    """The disagreement of every question the room was polled on (navigator, live panel, report)."""
    out: dict[str, Disagreement] = {}
    for qid, voices in assessment.voices.items():
        if bank.has_question(qid) and voices:
            out[qid] = measure(bank, bank.question(qid), voices)
    return out


@dataclass(frozen=True)
class AgreedChoice:
    """What the facilitator decides after polling: the value, a one-line rationale, optionally a
    confidence, and whether to keep that confidence despite strong disagreement."""

    value: AnswerValue
    rationale: str = ""
    confidence: str | None = None
    keep_confidence: bool = False


def agreed_answer(
    question_id: str, current: Answer | None, choice: AgreedChoice, disagreement: Disagreement | None
) -> Answer:
    """The agreed answer: the choice's value and rationale (one line), the note kept, and the
    confidence, lowered to ``low`` on strong disagreement unless the choice keeps it."""
    rationale = " ".join(choice.rationale.split())
    confidence = choice.confidence or (current.confidence if current else "medium")
    if disagreement is not None and disagreement.strong and not choice.keep_confidence:
        confidence = "low"
    note = current.note if current else ""
    return Answer(
        question_id, choice.value, note, confidence, rationale=rationale, keep_confidence=choice.keep_confidence
    )


@dataclass(frozen=True)
class Voice:
    """One participant's answer as the report and the GUI show it. ``name``/``role`` are empty when
    the participant is no longer in the list (the answer is kept under its id)."""

    participant_id: str
    name: str
    role: str
    value: AnswerValue
    note: str = ""


@dataclass(frozen=True)
class RoomDisagreement:
    """A question on which the room disagreed, with everything the PDF section "Where the room
    disagreed" prints: the question, each voice, the measure and the agreed answer (``agreed`` is
    None and ``confidence`` empty while no answer is agreed)."""

    question: str
    text: str
    challenge: str | None
    subchallenge: str | None
    disagreement: Disagreement
    voices: tuple[Voice, ...]
    agreed: AnswerValue | None
    rationale: str
    confidence: str
    keep_confidence: bool


_LEVELS = (NONE, SOME, STRONG)


def room_disagreements(bank: QuestionBank, assessment: Assessment, *, minimum: str = STRONG) -> list[RoomDisagreement]:
    """Every question whose disagreement is at least ``minimum`` (``strong`` by default), in bank
    order, with the voices in the order of the participant list (unknown participants last)."""
    if minimum not in _LEVELS:
        raise ValueError(f"minimum must be one of {', '.join(_LEVELS)}, not {minimum!r}")
    floor = _LEVELS.index(minimum)
    measured = disagreements(bank, assessment)
    people = {p.id: (i, p) for i, p in enumerate(assessment.participants) if p.id}
    out: list[RoomDisagreement] = []
    for question in bank.all_questions():
        d = measured.get(question.id)
        if d is None or _LEVELS.index(d.level) < floor:
            continue
        ordered = sorted(
            assessment.voices[question.id],
            key=lambda v: (
                people[v.participant_id][0] if v.participant_id in people else len(people),
                v.participant_id,
            ),
        )
        voices = tuple(
            Voice(
                v.participant_id,
                people[v.participant_id][1].name if v.participant_id in people else "",
                people[v.participant_id][1].role if v.participant_id in people else "",
                v.value,
                v.note,
            )
            for v in ordered
        )
        agreed = assessment.answers.get(question.id)
        out.append(
            RoomDisagreement(
                question=question.id,
                text=question.text,
                challenge=question.challenge,
                subchallenge=question.subchallenge,
                disagreement=d,
                voices=voices,
                agreed=agreed.value if agreed else None,
                rationale=agreed.rationale if agreed else "",
                confidence=agreed.confidence if agreed else "",
                keep_confidence=agreed.keep_confidence if agreed else False,
            )
        )
    return out
