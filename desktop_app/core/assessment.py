"""The assessment: who, when, the answers given and the decisions taken on the plan."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from desktop_app.core import messages
from desktop_app.core.bank import CONFIDENCES, NA, SPECIAL_VALUES, UNKNOWN, Question, QuestionBank
from desktop_app.core.currency import ExchangeRate
from desktop_app.core.timebox import Agenda

#: An answer value: an option id, a list of option ids, a number, text, "na" or "unknown".
AnswerValue = str | float | int | list[str]

MAX_TEXT = 100_000
PLAN_STATUSES = ("proposed", "accepted", "rejected", "done")


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Answer:
    """One question's agreed answer, with its note and confidence.

    ``value is None`` means "not answered": the record holds only a note and/or a confidence (a note
    typed before the answer is chosen). Such records are in :attr:`Assessment.unanswered`, never in
    :attr:`Assessment.answers`, so scoring and completion treat the question as unanswered.
    ``rationale`` is the one-line reason for the agreed answer when the room was polled;
    ``keep_confidence`` is the facilitator's override: strong disagreement does not lower the
    confidence. ``answered_by``/``answered_at`` are the author and time of the last change.
    ``note_by``, ``parked`` and ``park_note`` (file format 3) are the room's capture: who said the
    note, and a question parked for follow-up with why.
    """

    question: str
    value: AnswerValue | None
    note: str = ""
    confidence: str = "medium"
    answered_by: str = ""
    answered_at: str = ""
    rationale: str = ""
    keep_confidence: bool = False
    #: who said the note (a participant's name, or a name typed in the room); "" = not said
    note_by: str = ""
    #: sent to the follow-up list in the room ("park"), answered or not, with a one-line note
    parked: bool = False
    park_note: str = ""

    @property
    def answered(self) -> bool:
        return self.value is not None

    @property
    def is_na(self) -> bool:
        return self.value == NA

    @property
    def is_unknown(self) -> bool:
        return self.value == UNKNOWN


@dataclass(frozen=True)
class Participant:
    """A person in the workshop. ``id`` is a globally unique id given by storage (empty for a person
    not yet stored); it does not take part in equality, so a list typed in a dialog compares equal to
    the stored one when names, roles and organisations match."""

    name: str
    role: str = ""
    organisation: str = ""
    id: str = field(default="", compare=False)


@dataclass(frozen=True)
class ParticipantAnswer:
    """One participant's own answer to one question (polling the room); never scored directly."""

    participant_id: str
    question: str
    value: AnswerValue
    note: str = ""
    answered_by: str = ""
    answered_at: str = ""


@dataclass(frozen=True)
class ImportedVoices:
    """Participants' own answers read from another copy, with that copy's participant list, which
    names the people the answers point at (see ``storage.merging.write_imported_voices``)."""

    answers: tuple[ParticipantAnswer, ...] = ()
    people: tuple[Participant, ...] = ()


@dataclass(frozen=True)
class PlanDecision:
    """What the consultant decided about one plan action.

    ``key`` names a library action; a custom action has ``custom=True`` and a globally unique
    generated ``key`` (``CUSTOM-<12 hex digits>``; files of format 1 may hold ``CUSTOM-<n>``) and
    carries its own title, text and attributes. ``updated_at``/``changed_by``: the last change.
    """

    key: str
    status: str = "proposed"
    owner: str = ""
    due_date: str = ""
    note: str = ""
    custom: bool = False
    title: str = ""
    action: str = ""
    challenge: str = ""
    subchallenge: str = ""
    phase: int | None = None
    effort: str = ""
    cost: str = ""
    owner_role: str = ""
    updated_at: str = ""
    changed_by: str = ""


@dataclass(frozen=True)
class Assessment:
    """A whole assessment, as read from a document (an immutable snapshot)."""

    client: str
    project: str
    workshop_date: str = ""
    facilitator: str = ""
    participants: tuple[Participant, ...] = ()
    bank_id: str = ""
    bank_version: str = ""
    answers: Mapping[str, Answer] = field(default_factory=dict)
    plan: Mapping[str, PlanDecision] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""
    id: str = ""
    #: note/confidence records of questions not answered yet (``value is None``), by question id
    unanswered: Mapping[str, Answer] = field(default_factory=dict)
    #: each participant's own answers, by question id (polling the room)
    voices: Mapping[str, tuple[ParticipantAnswer, ...]] = field(default_factory=dict)
    #: ISO 4217 code of every money figure in the assessment ("" = not stated); see core/currency.py
    currency: str = ""
    #: the workshop's timebox (minutes planned and time spent per challenge; core/timebox.py)
    agenda: Agenda = field(default_factory=Agenda)
    #: the rate from the bank's currency to ``currency``, as the consultant stated it (None: not set)
    exchange_rate: ExchangeRate | None = None

    def values(self) -> dict[str, AnswerValue]:
        return {qid: a.value for qid, a in self.answers.items() if a.value is not None}

    def record(self, question_id: str) -> Answer | None:
        """The question's answer, or its note/confidence record when not answered, or None."""
        return self.answers.get(question_id) or self.unanswered.get(question_id)

    @property
    def industry(self) -> str:
        value = self.answers.get("context.industry")
        return str(value.value) if value and value.value not in SPECIAL_VALUES else "general"

    @property
    def workshop_day(self) -> date | None:
        try:
            return date.fromisoformat(self.workshop_date)
        except (TypeError, ValueError):
            return None

    def with_answer(self, answer: Answer) -> Assessment:
        """A copy with ``answer`` (an unanswered record, ``value is None``, goes to ``unanswered``)."""
        answers, unanswered = dict(self.answers), dict(self.unanswered)
        answers.pop(answer.question, None)
        unanswered.pop(answer.question, None)
        (answers if answer.value is not None else unanswered)[answer.question] = answer
        return replace(self, answers=answers, unanswered=unanswered)

    def without_answer(self, question_id: str) -> Assessment:
        answers, unanswered = dict(self.answers), dict(self.unanswered)
        answers.pop(question_id, None)
        unanswered.pop(question_id, None)
        return replace(self, answers=answers, unanswered=unanswered)


# --------------------------------------------------------------------------------------------
# Answer values


class ValueProblem(ValueError):
    """A value does not fit its question; the message says why."""


def normalize_value(question: Question, raw: object) -> AnswerValue:
    """Check ``raw`` against ``question`` and return the canonical value, or raise ValueProblem."""
    special = _special_value(question, raw)
    if special is not None:
        return special
    if question.computed:
        raise ValueProblem("this value is computed by the cost and energy estimator and cannot be answered")
    normalize = _NORMALIZERS.get(question.type)
    if normalize is None:
        raise ValueProblem(f"unsupported question type {question.type!r}")
    return normalize(question, raw)


def _special_value(question: Question, raw: object) -> str | None:
    """``na`` or ``unknown`` when ``raw`` is one of them (and the question allows it)."""
    if not isinstance(raw, str) or question.type == "text" or raw.strip().lower() not in SPECIAL_VALUES:
        return None
    special = raw.strip().lower()
    if special == NA and not question.allow_na:
        raise ValueProblem("'na' (not applicable) is not allowed for this question")
    if special == UNKNOWN and not question.allow_unknown:
        raise ValueProblem("'unknown' (don't know) is not allowed for this question")
    return special


def _one_option(question: Question, raw: object) -> AnswerValue:
    if isinstance(raw, bool) and question.type == "yesno":
        raw = "yes" if raw else "no"
    if not isinstance(raw, str):
        raise ValueProblem(f"expected one option id, got {_show(raw)}")
    oid = raw.strip()
    if question.option(oid) is None:
        raise ValueProblem(f"{oid!r} is not an option (options: {_option_list(question)})")
    return oid


def _options(question: Question, raw: object) -> AnswerValue:
    if isinstance(raw, str):
        items = [p.strip() for p in raw.split(";") if p.strip()]
    elif isinstance(raw, list) and all(isinstance(v, str) for v in raw):
        items = [v.strip() for v in raw]
    else:
        raise ValueProblem(f"expected a list of option ids, got {_show(raw)}")
    if not items:
        raise ValueProblem("choose at least one option")
    unknown = [i for i in items if question.option(i) is None]
    if unknown:
        raise ValueProblem(f"{', '.join(repr(u) for u in unknown)} not an option (options: {_option_list(question)})")
    if len(set(items)) != len(items):
        raise ValueProblem("an option is chosen twice")
    exclusive = [i for i in items if (o := question.option(i)) is not None and o.exclusive]
    if exclusive and len(items) > 1:
        raise ValueProblem(f"{exclusive[0]!r} cannot be combined with other options")
    order = [o.id for o in question.options]
    return sorted(items, key=order.index)


def _level(question: Question, raw: object) -> AnswerValue:
    level = _as_number(raw)
    if level is None or level != int(level) or not 0 <= level <= 4:
        raise ValueProblem(f"expected a maturity level from 0 to 4, got {_show(raw)}")
    return int(level)


def _number(question: Question, raw: object) -> AnswerValue:
    number = _as_number(raw)
    if number is None:
        raise ValueProblem(f"expected a number, got {_show(raw)}")
    if question.minimum is not None and number < question.minimum:
        raise ValueProblem(f"{number:g} is below the minimum {question.minimum:g}")
    if question.maximum is not None and number > question.maximum:
        raise ValueProblem(f"{number:g} is above the maximum {question.maximum:g}")
    return int(number) if number == int(number) and abs(number) < 2**53 else number


def _text(question: Question, raw: object) -> AnswerValue:
    if not isinstance(raw, str):
        raise ValueProblem(f"expected text, got {_show(raw)}")
    if len(raw) > MAX_TEXT:
        raise ValueProblem(f"text longer than {MAX_TEXT:,} characters")
    return raw


_NORMALIZERS: dict[str, Callable[[Question, object], AnswerValue]] = {
    "single": _one_option,
    "yesno": _one_option,
    "multi": _options,
    "scale": _level,
    "number": _number,
    "text": _text,
}


def normalize_confidence(raw: object) -> str:
    if raw is None or raw == "":
        return "medium"
    if not isinstance(raw, str) or raw.strip().lower() not in CONFIDENCES:
        raise ValueProblem(f"confidence must be one of {', '.join(CONFIDENCES)}, not {_show(raw)}")
    return raw.strip().lower()


def _as_number(raw: object) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw.strip().replace(",", ""))
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None


def _show(raw: object) -> str:
    text = repr(raw)
    return text if len(text) <= 60 else text[:57] + "..."


def _option_list(question: Question) -> str:
    return ", ".join(o.id for o in question.options)


def answer_label(bank: QuestionBank, answer: Answer) -> str:
    """The answer in English words (``core.messages.answer_text``); the GUI and the report render
    ``answer.value`` themselves."""
    return messages.answer_text(bank, answer)
