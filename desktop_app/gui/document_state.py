"""The open document as the GUI sees it: one mutation path, one "changed" signal.

Every user action becomes an undoable command (``QUndoStack``) that calls storage; views listen to
``changed`` and read ``bank``, ``assessment``, ``profile`` and ``plan`` from here. They never reach
into each other. The derived values (score, plan) are computed once per change and cached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.assessment import Answer, Assessment, PlanDecision, now_iso
from desktop_app.core.bank import QuestionBank
from desktop_app.core.plan import DeploymentPlan, build_plan
from desktop_app.core.scoring import RiskProfile, score
from desktop_app.storage.document import ReadinessDocument


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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._doc: ReadinessDocument | None = None
        self._assessment: Assessment | None = None
        self._profile: RiskProfile | None = None
        self._plan: DeploymentPlan | None = None
        self.last_saved_at: str = ""

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

    @property
    def profile(self) -> RiskProfile | None:
        if self._profile is None and self.bank is not None and self.assessment is not None:
            self._profile = score(self.bank, self.assessment)
        return self._profile

    @property
    def plan(self) -> DeploymentPlan | None:
        if self._plan is None and self.bank is not None and self.assessment is not None:
            self._plan = build_plan(self.bank, self.assessment)
        return self._plan

    def set_document(self, doc: ReadinessDocument | None) -> None:
        """Take ownership of ``doc`` (closing the previous one)."""
        if self._doc is not None and self._doc is not doc:
            self._doc.close()
        self._doc = doc
        self.undo_stack.clear()
        self._invalidate()
        self.last_saved_at = ""
        self.document_replaced.emit()
        self.changed.emit()

    def close(self) -> None:
        self.set_document(None)

    def reopen_editable(self) -> None:
        """Reopen the current file for editing (the "Enable editing" button)."""
        if self._doc is None:
            return
        path = self._doc.path
        self._doc.close()
        self._doc = ReadinessDocument.open(path)
        self._invalidate()
        self.readonly_changed.emit(self._doc.readonly)
        self.changed.emit()

    def _invalidate(self) -> None:
        self._assessment = None
        self._profile = None
        self._plan = None

    def _touch(self) -> None:
        self._invalidate()
        self.last_saved_at = now_iso()
        self.changed.emit()

    def request_navigate(self, question_id: str) -> None:
        self.navigate_requested.emit(question_id)

    # -- the one mutation path -------------------------------------------------------------
    def _apply(self, action: Callable[[ReadinessDocument], None]) -> bool:
        if self._doc is None:
            return False
        try:
            action(self._doc)
        except Exception as exc:  # shown to the user, the document stays as it was
            self.error.emit(str(exc))
            return False
        self._touch()
        return True

    def set_answer(self, answer: Answer, text: str = "Answer") -> None:
        """Record an answer as an undoable command."""
        current = self.assessment.answers.get(answer.question) if self.assessment else None
        self.undo_stack.push(_AnswerCommand(self, answer.question, current, answer, text))

    def clear_answer(self, question_id: str) -> None:
        current = self.assessment.answers.get(question_id) if self.assessment else None
        if current is not None:
            self.undo_stack.push(_AnswerCommand(self, question_id, current, None, "Clear answer"))

    def set_plan_decision(self, decision: PlanDecision, text: str = "Plan change") -> None:
        current = self.assessment.plan.get(decision.key) if self.assessment else None
        self.undo_stack.push(_PlanCommand(self, decision.key, current, decision, text))

    def remove_plan_decision(self, key: str) -> None:
        current = self.assessment.plan.get(key) if self.assessment else None
        if current is not None:
            self.undo_stack.push(_PlanCommand(self, key, current, None, "Remove action"))

    def set_details(self, text: str = "Edit details", **fields: str) -> None:
        a = self.assessment
        if a is None:
            return
        before = {k: getattr(a, k) for k in fields}
        self.undo_stack.push(_DetailsCommand(self, before, dict(fields), text))

    # used by the commands
    def _write_answer(self, question_id: str, answer: Answer | None) -> bool:
        if answer is None:
            return self._apply(lambda d: d.clear_answer(question_id))
        return self._apply(lambda d: d.set_answer(replace(answer, answered_at="")))

    def _write_decision(self, key: str, decision: PlanDecision | None) -> bool:
        if decision is None:
            return self._apply(lambda d: d.remove_plan_decision(key))
        return self._apply(lambda d: d.set_plan_decision(decision))


class _AnswerCommand(QUndoCommand):
    def __init__(self, state: DocumentState, qid: str, before: Answer | None, after: Answer | None, text: str):
        super().__init__(text)
        self.state, self.qid, self.before, self.after = state, qid, before, after

    def redo(self) -> None:
        if not self.state._write_answer(self.qid, self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        self.state._write_answer(self.qid, self.before)


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
        if not self.state._apply(lambda d: d.set_details(**self.after)):
            self.setObsolete(True)

    def undo(self) -> None:
        self.state._apply(lambda d: d.set_details(**self.before))
