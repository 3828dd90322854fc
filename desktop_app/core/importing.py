"""What importing an answers file into an assessment changes: the rule ``import-answers`` and
File > Import answers share.

:func:`plan_import` compares what a file holds (:class:`~desktop_app.core.exchange.ImportedAnswers`,
already checked against the bank) with the assessment it goes into, and returns an
:class:`AnswersImport`: the preview a user confirms, and what is then written (in one transaction,
``storage.merging.import_answers``). The rule:

- an answer or a plan decision is taken when the file's differs from the assessment's in what it
  says (value, note, confidence, rationale, override, who said the note, park; a decision's status,
  owner, date, note and a custom action's own fields); one the file holds as it already is, is left
  alone, so its author and time stay and importing the same file twice changes nothing;
- the file's client, project, workshop date and facilitator fill only fields that are empty;
- the file's participants are taken only when the assessment has none;
- amounts of money (answers to questions whose unit is a currency) are refused when the file states
  another currency than the assessment does: they would be read in the wrong currency (nothing is
  converted, and nothing is written);
- participants' own answers are matched to the assessment's people by id, then by name, and a person
  the assessment lacks is added (``storage.merging.write_imported_voices``); one that a participant
  already gave here in the same words is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from desktop_app.core.assessment import (
    Answer,
    Assessment,
    ImportedVoices,
    Participant,
    ParticipantAnswer,
    PlanDecision,
)
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import ImportedAnswers

#: the details an answers file may fill in (when the assessment's are empty); the currency and the
#: exchange rate too, so that a file's amounts never land in an assessment of another stated currency
DETAIL_FIELDS = ("client", "project", "workshop_date", "facilitator", "currency", "exchange_rate")


@dataclass(frozen=True)
class AnswerChange:
    """An answer the import sets: ``before`` is the assessment's record (None: nothing yet)."""

    question: str
    before: Answer | None
    after: Answer


@dataclass(frozen=True)
class PlanChange:
    """A plan decision the import sets: ``before`` is the assessment's (None: not decided yet)."""

    key: str
    before: PlanDecision | None
    after: PlanDecision


@dataclass(frozen=True)
class AnswersImport:
    """What an import will write, item by item; ``unchanged`` counts the answers and plan decisions
    the file holds exactly as the assessment has them (not written)."""

    answers: tuple[AnswerChange, ...] = ()
    plan: tuple[PlanChange, ...] = ()
    details: Mapping[str, str] = field(default_factory=dict)
    #: the participants to set (the assessment has none), or None: the assessment's stay
    participants: tuple[Participant, ...] | None = None
    voices: ImportedVoices = field(default_factory=ImportedVoices)
    unchanged: int = 0

    @property
    def changes_nothing(self) -> bool:
        return not (self.answers or self.plan or self.details or self.participants or self.voices.answers)


def said(answer: Answer) -> tuple[object, ...]:
    """What an answer says, without who recorded it when."""
    return (
        answer.value,
        answer.note,
        answer.confidence,
        answer.rationale,
        answer.keep_confidence,
        answer.note_by,
        answer.parked,
        answer.park_note,
    )


def _decided(decision: PlanDecision) -> PlanDecision:
    """A decision without who changed it when."""
    return replace(decision, updated_at="", changed_by="")


def plan_import(current: Assessment, imported: ImportedAnswers, bank: QuestionBank | None = None) -> AnswersImport:
    """The import of ``imported`` into ``current`` (see the module's rule). With ``bank``, amounts of
    money in another stated currency are refused (:class:`InputError`, each amount named)."""
    answers: list[AnswerChange] = []
    unchanged = 0
    for a in imported.answers:
        before = current.record(a.question)
        if before is not None and said(before) == said(a):
            unchanged += 1
        else:
            answers.append(AnswerChange(a.question, before, a))
    plan: list[PlanChange] = []
    for d in imported.plan:
        was = current.plan.get(d.key)
        if was is not None and _decided(was) == _decided(d):
            unchanged += 1
        else:
            plan.append(PlanChange(d.key, was, d))
    details = {
        k: str(v)
        for k, v in imported.details.items()
        if k in DETAIL_FIELDS and isinstance(v, str) and v.strip() and not getattr(current, k)
    }
    if bank is not None:
        _check_currency(current, imported, answers, bank)
    people = tuple(imported.participants or ())
    return AnswersImport(
        answers=tuple(answers),
        plan=tuple(plan),
        details=details,
        participants=people if people and not current.participants else None,
        voices=ImportedVoices(_new_voices(current, imported.voices, people), people),
        unchanged=unchanged,
    )


def _check_currency(
    current: Assessment, imported: ImportedAnswers, answers: Sequence[AnswerChange], bank: QuestionBank
) -> None:
    """Refuse the amounts of a file whose stated currency is not the assessment's."""
    theirs = imported.details.get("currency")
    ours = current.currency
    if not (isinstance(theirs, str) and theirs and ours) or theirs == ours:
        return
    amounts = [
        f"{c.question} ({c.after.value:g})"
        for c in answers
        if isinstance(c.after.value, int | float)
        and not isinstance(c.after.value, bool)
        and bank.has_question(c.question)
        and bank.question(c.question).in_currency
    ]
    if amounts:
        raise InputError(
            f"the file states its amounts in {theirs} and this assessment is in {ours}: the answers "
            f"{', '.join(amounts)} would be read as {ours}. Change this assessment's currency to {theirs} "
            f"first, or correct those amounts in the file; nothing was imported."
        )


def _new_voices(
    current: Assessment, voices: Sequence[ParticipantAnswer], people: Sequence[Participant]
) -> tuple[ParticipantAnswer, ...]:
    """The participants' own answers of the file that the assessment does not hold in the same words
    (the person matched as ``storage.merging.write_imported_voices`` matches them: id, then name)."""
    ids = {p.id for p in current.participants}
    by_name = {p.name: p.id for p in current.participants}
    exported = {p.id: p.name for p in people if p.id}
    held = {(v.participant_id, q): (v.value, v.note) for q, vs in current.voices.items() for v in vs}

    def here(v: ParticipantAnswer) -> str | None:
        if v.participant_id in ids:
            return v.participant_id
        return by_name.get(exported.get(v.participant_id, ""))

    return tuple(v for v in voices if held.get((here(v) or "", v.question)) != (v.value, v.note))
