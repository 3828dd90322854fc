"""Model test (hypothesis, stateful) of the window's document: random answer, note, clear, plan edit,
undo, redo, merge (the merge view's undoable command, undone and redone too), fork and reopen
sequences on the copy open in the window (A, a :class:`DocumentState` with its undo stack) and a
second laptop's copy (B). After every step each document, reopened or not, equals a plain-Python
model of it, and its history chain is intact (issue 10, "Model test").

The model keeps, per item, its content and an abstract revision, and per side every revision each
item has held; a merge takes an item from the other copy when the other copy has held this copy's
revision (it changed there only), and keeps this copy's version otherwise (a conflict: "mine"). This
is the rule of ``core/merge.py`` as its documentation states it; the test checks that the stored
documents follow it through undo and redo of answers, plan edits and whole merges.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import event
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.views.merge_view import MergeCommand
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import compare_documents
from tests import document_strategies as ds
from tests.document_strategies import ACTIONS, BANK, CONFIDENCES, QUESTIONS, STATUSES, VALUES

TEXT = ds.texts(max_size=12)
NOTES = st.one_of(st.just(""), st.just(" "), TEXT)

Content = tuple[object, ...] | None  # an answer (value, note, confidence), a plan entry (status, owner); None: none
_revs = itertools.count(1)


@dataclass
class SideModel:
    """One copy: each item's (revision, content), and every revision each item has held there."""

    items: dict[str, tuple[str, Content]] = field(default_factory=dict)
    held: dict[str, set[str]] = field(default_factory=dict)

    def rev(self, key: str) -> str:
        return self.items.get(key, ("", None))[0]

    def content(self, key: str) -> Content:
        return self.items.get(key, ("", None))[1]

    def put(self, key: str, rev: str, content: Content) -> None:
        if rev:
            self.items[key] = (rev, content)
            self.held.setdefault(key, set()).add(rev)
        else:
            self.items.pop(key, None)

    def write(self, key: str, content: Content) -> None:
        """A stored change: a new revision (a removal is a tombstone, i.e. a change too)."""
        self.put(key, f"r{next(_revs)}", content)

    def remove(self, key: str) -> None:
        if self.content(key) is not None:  # removing what is not there writes nothing
            self.write(key, None)

    def has_held(self, key: str, rev: str) -> bool:
        return rev == "" or rev == self.rev(key) or rev in self.held.get(key, set())

    def copy(self) -> SideModel:
        return SideModel(dict(self.items), {k: set(v) for k, v in self.held.items()})

    def answers(self) -> dict[str, Content]:
        return {k[7:]: c for k, (_, c) in self.items.items() if k.startswith("answer:") and c is not None}

    def plan(self) -> dict[str, Content]:
        return {k[5:]: c for k, (_, c) in self.items.items() if k.startswith("plan:") and c is not None}


def _empty(content: Content) -> bool:
    """What the window does not keep: no value, no note, the default confidence."""
    return content is None or (content[0] is None and not str(content[1]).strip() and content[2] == "medium")


@dataclass
class Step:
    """One entry of the model's undo stack: each item it changed, as (revision, content) before and
    after (an answer or plan edit writes anew on undo and redo; a merge puts its versions back)."""

    before: dict[str, tuple[str, Content]]
    after: dict[str, tuple[str, Content]]
    versioned: bool


class DocumentStateModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        QApplication.instance() or QApplication([])
        self.folder = Path(tempfile.mkdtemp(prefix="state-model-"))
        self.state = DocumentState()
        path = self.folder / "a.readiness"
        self.state.set_document(ReadinessDocument.create(path, client="C", project="P", bank=BANK, facilitator="F"))
        self.a = SideModel()
        self.b = SideModel()
        self.b_doc: ReadinessDocument | None = None
        self.stack: list[Step] = []
        self.index = 0  # steps done: stack[:index]
        self._fork()

    def teardown(self) -> None:
        self.state.close()
        if self.b_doc is not None:
            self.b_doc.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def doc(self) -> ReadinessDocument:
        doc = self.state.document
        assert doc is not None
        return doc

    # -- the window's changes (undoable) ---------------------------------------------------
    def _push(self, step: Step) -> None:
        del self.stack[self.index :]
        self.stack.append(step)
        self.index += 1

    def _write_a(self, key: str, content: Content) -> None:
        """What an answer or plan command writes: the content, or a removal when it carries nothing."""
        if _empty(content):
            self.a.remove(key)
        else:
            self.a.write(key, content)

    def _edit(self, key: str, after: Content) -> None:
        """An answer or plan command: undo writes the content before, redo the content after."""
        before = self.a.content(key)
        self._write_a(key, after)
        self._push(Step({key: ("", before)}, {key: ("", after)}, versioned=False))

    @rule(qid=QUESTIONS, data=st.data())
    def answer_a(self, qid: str, data: st.DataObject) -> None:
        value = data.draw(VALUES[qid])
        current = self.a.content(f"answer:{qid}")
        note, confidence = (current[1], current[2]) if current is not None else ("", "medium")
        self.state.set_answer(Answer(qid, value, str(note), str(confidence)))
        self._edit(f"answer:{qid}", (value, note, confidence))

    @rule(qid=QUESTIONS, note=NOTES, confidence=CONFIDENCES)
    def note_a(self, qid: str, note: str, confidence: str) -> None:
        """The question view's note and confidence, answered or not (each edit its own undo step)."""
        current = self.a.content(f"answer:{qid}")
        base = current if current is not None else (None, "", "medium")
        assert self.state.edit_answer(qid, note=note, confidence=confidence)
        if (note, confidence) != (base[1], base[2]):
            self._edit(f"answer:{qid}", (base[0], note, confidence))

    @rule(qid=QUESTIONS)
    def clear_a(self, qid: str) -> None:
        """Take back the answer; its note and confidence stay."""
        current = self.a.content(f"answer:{qid}")
        self.state.clear_answer(qid)
        if current is not None and current[0] is not None:
            self._edit(f"answer:{qid}", (None, current[1], current[2]))

    @rule(key=ACTIONS, status=STATUSES, owner=TEXT)
    def plan_edit_a(self, key: str, status: str, owner: str) -> None:
        self.state.set_plan_decision(PlanDecision(key, status=status, owner=owner))
        self._edit(f"plan:{key}", (status, owner))

    @rule(key=ACTIONS)
    def plan_remove_a(self, key: str) -> None:
        current = self.a.content(f"plan:{key}")
        self.state.remove_plan_decision(key)
        if current is not None:
            self._edit(f"plan:{key}", None)

    @precondition(lambda self: self.index > 0)
    @rule()
    def undo(self) -> None:
        assert self.state.undo_stack.canUndo()
        self.state.undo_stack.undo()
        self.index -= 1
        self._apply(self.stack[self.index], undo=True)

    @precondition(lambda self: self.index < len(self.stack))
    @rule()
    def redo(self) -> None:
        assert self.state.undo_stack.canRedo()
        self.state.undo_stack.redo()
        self._apply(self.stack[self.index], undo=False)
        self.index += 1

    @precondition(lambda self: self.index > 0)
    @rule(back=st.integers(1, 4), forward=st.integers(0, 4))
    def undo_some_then_redo_some(self, back: int, forward: int) -> None:
        """Ctrl+Z a few times, then Ctrl+Y a few times (a merge among them is undone and redone)."""
        for _ in range(min(back, self.index)):
            self.undo()
        for _ in range(min(forward, len(self.stack) - self.index)):
            self.redo()

    def _apply(self, step: Step, *, undo: bool) -> None:
        versions = step.before if undo else step.after
        if step.versioned:
            event("a merge undone" if undo else "a merge redone")
        for key, (rev, content) in versions.items():
            if step.versioned:  # a merge undone or redone: each item back to its version, revision included
                self.a.put(key, rev, content)
            else:
                self._write_a(key, content)

    @rule()
    def merge_b_into_a(self) -> None:
        """The merge view with its default choices, and "mine" for every conflict: one undoable step."""
        assert self.b_doc is not None
        with ReadinessDocument.open(self.b_doc.path, readonly=True) as other:
            choices = {d.key: "mine" for d in compare_documents(self.doc, other).conflicts}
            self.state.undo_stack.push(MergeCommand(self.state, other, choices))  # type: ignore[arg-type]
        before: dict[str, tuple[str, Content]] = {}
        for key in sorted(set(self.a.items) | set(self.b.items)):
            mine, theirs = self.a.rev(key), self.b.rev(key)
            # changed on B only: B's version comes. An item B holds no version of (no row, no
            # tombstone: a merge undone before B was copied removed it without trace) brings nothing.
            if theirs and mine != theirs and self.b.has_held(key, mine):
                before[key] = self.a.items.get(key, ("", None))
                self.a.put(key, theirs, self.b.content(key))
        for key, revs in self.b.held.items():  # the other copy's history comes along
            self.a.held.setdefault(key, set()).update(revs)
        del self.stack[self.index :]  # the redo steps go, as for any new change
        event("a merge took items from B" if before else "a merge took nothing")
        if before:  # a merge that changed no item is no undo step
            self._push(Step(before, {k: self.a.items.get(k, ("", None)) for k in before}, versioned=True))

    # -- the second laptop's copy (changed directly, not undoable) ------------------------
    def _fork(self) -> None:
        """Copy A to the second laptop, B (replacing B)."""
        if self.b_doc is not None:
            self.b_doc.close()
        path = self.folder / "b.readiness"
        path.unlink(missing_ok=True)
        self.doc.save_copy(path)
        self.b_doc = ReadinessDocument.open(path)
        self.b = self.a.copy()

    @rule()
    def fork(self) -> None:
        self._fork()

    @rule(qid=QUESTIONS, data=st.data(), note=NOTES, confidence=CONFIDENCES, answered=st.booleans())
    def answer_b(self, qid: str, data: st.DataObject, note: str, confidence: str, answered: bool) -> None:
        assert self.b_doc is not None
        value = data.draw(VALUES[qid]) if answered else None
        self.b_doc.set_answer(Answer(qid, value, note, confidence))
        self.b.write(f"answer:{qid}", (value, note, confidence))

    @rule(qid=QUESTIONS)
    def clear_b(self, qid: str) -> None:
        assert self.b_doc is not None
        self.b_doc.clear_answer(qid)
        self.b.remove(f"answer:{qid}")

    @rule(key=ACTIONS, status=STATUSES, owner=TEXT, remove=st.booleans())
    def plan_b(self, key: str, status: str, owner: str, remove: bool) -> None:
        assert self.b_doc is not None
        if remove:
            self.b_doc.remove_plan_decision(key)
            self.b.remove(f"plan:{key}")
        else:
            self.b_doc.set_plan_decision(PlanDecision(key, status=status, owner=owner))
            self.b.write(f"plan:{key}", (status, owner))

    # -- reopening -------------------------------------------------------------------------
    @rule()
    def reopen_a(self) -> None:
        """Close the window's document and open the file again: the undo stack starts empty."""
        path = self.doc.path
        self.state.close()
        self.state.set_document(ReadinessDocument.open(path))
        self.stack, self.index = [], 0

    @rule()
    def reopen_b(self) -> None:
        assert self.b_doc is not None
        path = self.b_doc.path
        self.b_doc.close()
        self.b_doc = ReadinessDocument.open(path)

    # -- the documents equal the model ----------------------------------------------------
    @invariant()
    def documents_equal_the_model(self) -> None:
        assert self.state.undo_stack.index() == self.index and self.state.undo_stack.count() == len(self.stack)
        assert self.state.last_error == ""
        assert self.b_doc is not None
        shown = self.state.assessment
        assert shown is not None
        for side, model, a in (
            ("A (window)", self.a, shown),
            ("A (file)", self.a, self.doc.assessment()),
            ("B", self.b, self.b_doc.assessment()),
        ):
            assert ds.stored_answers(a) == model.answers(), side
            assert ds.stored_plan(a) == model.plan(), side
        assert self.doc.verify_history().ok
        assert self.b_doc.verify_history().ok


TestDocumentStateModel = DocumentStateModel.TestCase
TestDocumentStateModel.settings = ds.model_settings(steps=30)
