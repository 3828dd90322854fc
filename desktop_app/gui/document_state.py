"""The open document as the GUI sees it: one mutation path, one "changed" signal.

Every user action becomes an undoable command (``QUndoStack``) that calls storage; views listen to
``changed`` and read ``bank``, ``assessment``, ``profile`` and ``plan`` from here. They never reach
into each other. The derived values (score, plan) are computed once per change and cached.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.assessment import Answer, AnswerValue, Assessment, Participant, PlanDecision, now_iso
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import ReadinessError
from desktop_app.core.plan import DeploymentPlan, build_plan
from desktop_app.core.scoring import RiskProfile, score
from desktop_app.storage.document import ReadinessDocument

log = logging.getLogger(__name__)


#: "not answered": a row holding only a note and/or a confidence. The agreed interface (NOTES, 21:05) is
#: ``Answer.value is None``; core.assessment still types ``value`` without None until collab widens it.
NO_VALUE = cast("AnswerValue", None)


def plain_sentence(exc: BaseException, fallback: str) -> str:
    """What to tell the user about ``exc``: our own errors are sentences already; anything else is a
    bug or an OS failure, whose detail is in the log (see Help > About), not in front of the user."""
    if isinstance(exc, ReadinessError) and str(exc):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{fallback} {exc.strerror or exc}."
    return f"{fallback} An unexpected problem occurred; it was recorded in the log file named in Help > About."


def has_value(answer: Answer | None) -> bool:
    """True when ``answer`` answers its question; ``value is None`` is a note or confidence alone."""
    return answer is not None and answer.value is not None


def _is_empty(answer: Answer) -> bool:
    """A row without an answer, a note or a chosen confidence carries nothing worth keeping."""
    return (
        answer.value is None
        and not answer.note.strip()
        and answer.confidence == "medium"
        and not answer.parked
        and not answer.note_by
    )


class DocumentState(QObject):
    """Holds the open :class:`ReadinessDocument` and its derived state."""

    #: after any change to the document (answers, plan, details) and after open/close
    changed = Signal()
    #: a different document was opened, or the document was closed
    document_replaced = Signal()
    #: a view asks the window to show a question (question id)
    navigate_requested = Signal(str)
    #: the document became editable or read-only
    readonly_changed = Signal(bool)
    #: a write failed; the message is a sentence for the user
    error = Signal(str)
    #: undo or redo changed this question's answer; the question view follows it (no tab switch)
    focus_question = Signal(str)
    #: the open document is about to be closed or replaced (last chance to write, e.g. the clock)
    closing = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._doc: ReadinessDocument | None = None
        self._assessment: Assessment | None = None
        self._profile: RiskProfile | None = None
        self._plan: DeploymentPlan | None = None
        self.last_saved_at: str = ""
        #: the sentence of the last failed write, "" once a write succeeds again
        self.last_error: str = ""
        self._write_ok = True

    # -- the document ----------------------------------------------------------------------
    @property
    def document(self) -> ReadinessDocument | None:
        return self._doc

    @property
    def is_open(self) -> bool:
        return self._doc is not None

    @property
    def path(self) -> Path | None:
        return self._doc.path if self._doc else None

    @property
    def readonly(self) -> bool:
        return self._doc.readonly if self._doc else True

    @property
    def bank(self) -> QuestionBank | None:
        return self._doc.bank if self._doc else None

    @property
    def assessment(self) -> Assessment | None:
        if self._doc is not None and self._assessment is None:
            self._assessment = self._doc.assessment()
        return self._assessment

    def answered_assessment(self) -> Assessment | None:
        """The assessment without the rows that hold only a note or a confidence (value None).

        Scoring and the plan see answers only, whatever the core does with such rows.
        """
        a = self.assessment
        if a is None or all(has_value(x) for x in a.answers.values()):
            return a
        return replace(a, answers={q: x for q, x in a.answers.items() if has_value(x)})

    @property
    def profile(self) -> RiskProfile | None:
        if self._profile is None and self.bank is not None:
            scored = self.answered_assessment()
            if scored is not None:
                self._profile = score(self.bank, scored)
        return self._profile

    @property
    def plan(self) -> DeploymentPlan | None:
        if self._plan is None and self.bank is not None:
            scored = self.answered_assessment()
            if scored is not None:
                self._plan = build_plan(self.bank, scored)
        return self._plan

    def set_document(self, doc: ReadinessDocument | None) -> None:
        """Take ownership of ``doc`` (closing the previous one)."""
        if self._doc is not None and self._doc is not doc:
            self.closing.emit()
            self._doc.close()
        self._doc = doc
        self.undo_stack.clear()
        self._invalidate()
        self.last_saved_at = ""
        self.last_error = ""
        self.document_replaced.emit()
        self.changed.emit()

    def close(self) -> None:
        self.set_document(None)

    def reopen_editable(self) -> None:
        """Reopen the current file for editing (the "Enable editing" button)."""
        if self._doc is None:
            return
        old = self._doc
        path, actor = old.path, old.actor
        old.close()
        try:
            self._doc = old.open_again()  # the same password (an encrypted file is not asked again)
        except Exception as exc:  # the file went away or was damaged meanwhile: keep it read-only
            log.warning("could not reopen %s for editing", path, exc_info=True)
            self._doc = old.open_again(readonly=True, reason="It could not be reopened for editing.")
            self.error.emit(plain_sentence(exc, f"{path.name} could not be reopened for editing."))
        else:
            if self._doc.readonly:  # another window holds it: say so instead of doing nothing
                self.error.emit(f"{path.name} stays read-only. {self._doc.readonly_reason}".strip())
        self._doc.actor = actor
        self._invalidate()
        self.undo_stack.clear()
        self.readonly_changed.emit(self._doc.readonly)
        self.changed.emit()

    def _invalidate(self) -> None:
        self._assessment = None
        self._profile = None
        self._plan = None

    def _touch(self) -> None:
        self._invalidate()
        self.last_saved_at = now_iso()
        self.last_error = ""
        self.changed.emit()

    def answered(self, question_id: str) -> Answer | None:
        """The answer to ``question_id``, or None when it has none (a note alone is no answer)."""
        a = self.assessment
        answer = a.record(question_id) if a is not None else None
        return answer if has_value(answer) else None

    def request_navigate(self, question_id: str) -> None:
        self.navigate_requested.emit(question_id)

    # -- the one mutation path -------------------------------------------------------------
    def apply_change(self, action: Callable[[ReadinessDocument], object]) -> bool:
        """Run one change on the open document (undo commands call this); False when nothing is open
        or the write failed (the sentence goes to ``error``, the views reread the file)."""
        if self._doc is None:
            return False
        try:
            action(self._doc)
        except Exception as exc:  # shown to the user, the document stays as it was
            log.warning("a change could not be written", exc_info=True)
            self.last_error = plain_sentence(exc, "The change could not be saved.")
            self._invalidate()  # the views show what the file holds, not what was attempted
            self.error.emit(self.last_error)
            self.changed.emit()
            return False
        self._touch()
        return True

    def set_answer(self, answer: Answer, text: str = "Answer") -> None:
        """Record an answer as an undoable command."""
        current = self.assessment.record(answer.question) if self.assessment else None
        self.undo_stack.push(_AnswerCommand(self, answer.question, current, answer, text))

    def clear_answer(self, question_id: str) -> None:
        """Take back the answer; its note and confidence stay (they were said in the room)."""
        current = self.assessment.record(question_id) if self.assessment else None
        if has_value(current):
            assert current is not None
            after = replace(current, value=NO_VALUE)
            self.undo_stack.push(_AnswerCommand(self, question_id, current, after, "Clear answer"))

    def set_plan_decision(self, decision: PlanDecision, text: str = "Plan change") -> None:
        current = self.assessment.plan.get(decision.key) if self.assessment else None
        self.undo_stack.push(_PlanCommand(self, decision.key, current, decision, text))

    def remove_plan_decision(self, key: str) -> None:
        current = self.assessment.plan.get(key) if self.assessment else None
        if current is not None:
            self.undo_stack.push(_PlanCommand(self, key, current, None, "Remove action"))

    def edit_answer(
        self,
        question_id: str,
        *,
        note: str | None = None,
        confidence: str | None = None,
        merge_key: int | None = None,
    ) -> bool:
        """Change the note or confidence of a question, answered or not; False when it was not written.

        A question without an answer keeps its note and confidence in a row whose value is None (see
        docs/architecture.md, "a note without an answer"). Successive note edits with the same
        ``merge_key`` (one editing session of one note) merge into a single undoable command, so undo
        takes back the whole note, not a keystroke.
        """
        if self.assessment is None or self.readonly:
            return False
        current = self.assessment.record(question_id)
        base = current if current is not None else Answer(question=question_id, value=NO_VALUE)
        changes: dict[str, str] = {}
        if note is not None and note != base.note:
            changes["note"] = note
        if confidence is not None and confidence != base.confidence:
            changes["confidence"] = confidence
        if not changes:
            return True
        note_after = changes.get("note", base.note)
        after = replace(base, note=note_after, confidence=changes.get("confidence", base.confidence))
        self._write_ok = True
        if "note" in changes and merge_key is not None:
            self.undo_stack.push(_NoteCommand(self, question_id, current, after, merge_key))
        else:
            text = "Edit note" if "note" in changes else f"Confidence: {confidence}"
            self.undo_stack.push(_AnswerCommand(self, question_id, current, after, text))
        return self._write_ok

    # -- the room (issue 13): who said a note, parked questions, the timebox's clock ---------
    def edit_room_fields(
        self,
        question_id: str,
        *,
        note_by: str | None = None,
        parked: bool | None = None,
        park_note: str | None = None,
        text: str = "",
    ) -> bool:
        """Set who said the note, or park/unpark the question (answered or not), as one undoable
        change; False when it was not written (read-only, or the write failed)."""
        if self.assessment is None or self.readonly:
            return False
        current = self.assessment.record(question_id)
        base = current if current is not None else Answer(question=question_id, value=NO_VALUE)
        after = replace(
            base,
            note_by=base.note_by if note_by is None else note_by,
            parked=base.parked if parked is None else parked,
            park_note=base.park_note if park_note is None else park_note,
        )
        if after == base:
            return True
        self._write_ok = True
        label = text or ("Park question" if after.parked and not base.parked else "Edit note")
        self.undo_stack.push(_AnswerCommand(self, question_id, current, after, label))
        return self._write_ok

    def record_agenda(self, agenda_json: str) -> bool:
        """Write the timebox agenda with the time spent; not an undo step (the clock is no edit)."""
        if self._doc is None or self.readonly:
            return False
        return self.apply_change(lambda d: d.set_details(agenda=agenda_json))

    def add_custom_action(self, decision: PlanDecision) -> str:
        """Add a custom plan action (its key is assigned here); returns the key."""
        if self._doc is None:
            return ""
        key = self._doc.next_custom_key()
        taken = set(self.assessment.plan) if self.assessment else set()
        while key in taken:  # an undone custom action may still hold the next number
            key = f"CUSTOM-{int(key.rsplit('-', 1)[-1]) + 1}"
        self.set_plan_decision(replace(decision, key=key, custom=True), "Add custom action")
        return key

    def set_participants(self, participants: list[Participant] | tuple[Participant, ...]) -> None:
        a = self.assessment
        if a is None:
            return
        self.undo_stack.push(_ParticipantsCommand(self, tuple(a.participants), tuple(participants)))

    def save_copy(self, dest: str | Path) -> Path | None:
        """Write a copy of the document (SQLite backup API); None, with ``error``, on failure."""
        if self._doc is None:
            return None
        try:
            return self._doc.save_copy(dest)
        except Exception as exc:  # a full disk, a folder without write rights, a bug: a sentence, never a crash
            log.warning("could not save a copy to %s", dest, exc_info=True)
            self.error.emit(plain_sentence(exc, "The copy could not be saved."))
            return None

    def set_details(self, text: str = "Edit details", **fields: str) -> None:
        a = self.assessment
        if a is None:
            return
        before = {k: _stored_detail(a, k) for k in fields}
        self.undo_stack.push(_DetailsCommand(self, before, dict(fields), text))

    def edit_details(self, fields: dict[str, str], participants: list[Participant] | tuple[Participant, ...]) -> bool:
        """Change details and participants as ONE undo step; False when nothing differs.

        The two parts are separate commands (each its own transaction) grouped in a macro, so Ctrl+Z
        takes back the whole dialog at once.
        """
        a = self.assessment
        if a is None:
            return False
        changed = {k: v for k, v in fields.items() if _stored_detail(a, k) != v}
        people = tuple(participants)
        people_changed = people != tuple(a.participants)
        if not changed and not people_changed:
            return False
        self.undo_stack.beginMacro("Edit assessment details")
        try:
            if changed:
                self.set_details("Edit details", **changed)
            if people_changed:
                self.set_participants(people)
        finally:
            self.undo_stack.endMacro()
        return True

    # used by the commands
    def _write_answer(self, question_id: str, answer: Answer | None) -> bool:
        if answer is None or _is_empty(answer):
            ok = self.apply_change(lambda d: d.clear_answer(question_id))
        else:
            ok = self.apply_change(lambda d: d.set_answer(replace(answer, answered_at="")))
        self._write_ok = self._write_ok and ok
        return ok

    def _write_decision(self, key: str, decision: PlanDecision | None) -> bool:
        if decision is None:
            return self.apply_change(lambda d: d.remove_plan_decision(key))
        return self.apply_change(lambda d: d.set_plan_decision(decision))


def _stored_detail(a: Assessment, key: str) -> str:
    """A detail field as ``set_details`` takes it: the agenda (core/timebox.py) and the exchange rate
    (core/currency.py) are held parsed, and their stored form is their JSON ("" for no rate)."""
    if key == "agenda":
        return a.agenda.to_json()
    if key == "exchange_rate":
        return a.exchange_rate.to_json() if a.exchange_rate is not None else ""
    return str(getattr(a, key))


class _AnswerCommand(QUndoCommand):
    def __init__(self, state: DocumentState, qid: str, before: Answer | None, after: Answer | None, text: str):
        super().__init__(text)
        self.state, self.qid, self.before, self.after = state, qid, before, after
        self._done_once = False

    def redo(self) -> None:
        if not self.state._write_answer(self.qid, self.after):
            self.setObsolete(True)
            return
        if self._done_once:  # a redo from the stack, not the first push
            self.state.focus_question.emit(self.qid)
        self._done_once = True

    def undo(self) -> None:
        self.state._write_answer(self.qid, self.before)
        self.state.focus_question.emit(self.qid)


NOTE_COMMAND_ID = 4101


class _NoteCommand(_AnswerCommand):
    """A note edit; consecutive edits of one editing session merge into one undo step."""

    def __init__(self, state: DocumentState, qid: str, before: Answer | None, after: Answer, merge_key: int):
        super().__init__(state, qid, before, after, "Edit note")
        self.merge_key = merge_key

    def id(self) -> int:
        return NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _NoteCommand) or other.qid != self.qid or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class _ParticipantsCommand(QUndoCommand):
    def __init__(self, state: DocumentState, before: tuple[Participant, ...], after: tuple[Participant, ...]):
        super().__init__("Edit participants")
        self.state, self.before, self.after = state, before, after

    def redo(self) -> None:
        if not self.state.apply_change(lambda d: d.set_participants(self.after)):
            self.setObsolete(True)

    def undo(self) -> None:
        self.state.apply_change(lambda d: d.set_participants(self.before))


class _PlanCommand(QUndoCommand):
    def __init__(
        self, state: DocumentState, key: str, before: PlanDecision | None, after: PlanDecision | None, text: str
    ):
        super().__init__(text)
        self.state, self.key, self.before, self.after = state, key, before, after

    def redo(self) -> None:
        if not self.state._write_decision(self.key, self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        self.state._write_decision(self.key, self.before)


class _DetailsCommand(QUndoCommand):
    def __init__(self, state: DocumentState, before: dict[str, str], after: dict[str, str], text: str):
        super().__init__(text)
        self.state, self.before, self.after = state, before, after

    def redo(self) -> None:
        if not self.state.apply_change(lambda d: d.set_details(**self.after)):
            self.setObsolete(True)

    def undo(self) -> None:
        self.state.apply_change(lambda d: d.set_details(**self.before))
