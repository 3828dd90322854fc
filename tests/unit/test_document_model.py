"""Model test (hypothesis, stateful): random answer, note, clear, plan edit, fork, merge and reopen
sequences on two copies of one assessment (A and a second laptop's B); after every step each document,
reopened or not, equals a plain-Python model of it, and its history chain is intact."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import hypothesis.strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import merge_into
from tests import document_strategies as ds
from tests.document_strategies import ACTIONS, BANK, CONFIDENCES, QUESTIONS, STATUSES, VALUES

TEXT = ds.texts(max_size=20)
SIDES = st.sampled_from(["A", "B"])

Record = tuple[object, str, str]  # value (None = not answered), note, confidence


class DocumentModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="model-"))
        path = self.folder / "a.readiness"
        self.docs = {"A": ReadinessDocument.create(path, client="C", project="P", bank=BANK, facilitator="F")}
        self.records: dict[str, dict[str, Record]] = {"A": {}}
        self.plans: dict[str, dict[str, tuple[str, str]]] = {"A": {}}
        self.changed: dict[str, set[str]] = {}  # items written on each side since the fork
        self._fork()

    def teardown(self) -> None:
        for doc in self.docs.values():
            doc.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- changes ---------------------------------------------------------------------------
    @rule(side=SIDES, qid=QUESTIONS, data=st.data())
    def answer(self, side: str, qid: str, data: st.DataObject) -> None:
        value = data.draw(VALUES[qid])
        _, note, confidence = self.records[side].get(qid, (None, "", "medium"))
        self.docs[side].set_answer(Answer(qid, value, note, confidence))
        self.records[side][qid] = (value, note, confidence)
        self.changed[side].add(f"answer:{qid}")

    @rule(side=SIDES, qid=QUESTIONS, note=TEXT, confidence=CONFIDENCES)
    def note(self, side: str, qid: str, note: str, confidence: str) -> None:
        """A note and confidence, with or without an answer (value None)."""
        value, _, _ = self.records[side].get(qid, (None, "", "medium"))
        self.docs[side].set_answer(Answer(qid, value, note, confidence))
        self.records[side][qid] = (value, note, confidence)
        self.changed[side].add(f"answer:{qid}")

    @rule(side=SIDES, qid=QUESTIONS)
    def clear(self, side: str, qid: str) -> None:
        self.docs[side].clear_answer(qid)
        if self.records[side].pop(qid, None) is not None:
            self.changed[side].add(f"answer:{qid}")

    @rule(side=SIDES, key=ACTIONS, status=STATUSES, owner=TEXT)
    def plan_edit(self, side: str, key: str, status: str, owner: str) -> None:
        self.docs[side].set_plan_decision(PlanDecision(key, status=status, owner=owner))
        self.plans[side][key] = (status, owner)
        self.changed[side].add(f"plan:{key}")

    @rule(side=SIDES, key=ACTIONS)
    def plan_remove(self, side: str, key: str) -> None:
        self.docs[side].remove_plan_decision(key)
        if self.plans[side].pop(key, None) is not None:
            self.changed[side].add(f"plan:{key}")

    # -- copies, merges, reopening --------------------------------------------------------
    def _fork(self) -> None:
        """Copy A to the second laptop, B (replacing B)."""
        if "B" in self.docs:
            self.docs.pop("B").close()
        path = self.folder / "b.readiness"
        path.unlink(missing_ok=True)
        self.docs["A"].save_copy(path)
        self.docs["B"] = ReadinessDocument.open(path)
        self.records["B"] = dict(self.records["A"])
        self.plans["B"] = dict(self.plans["A"])
        self.changed = {"A": set(), "B": set()}

    @rule()
    def merge_b_into_a(self) -> None:
        """B's changes come into A; where both changed an item, A's version stays (--prefer mine);
        then B starts again as a copy of A."""
        with ReadinessDocument.open(self.docs["B"].path, readonly=True) as other:
            merge_into(self.docs["A"], other, prefer="mine")
        for key in self.changed["B"] - self.changed["A"]:
            kind, item = key.split(":", 1)
            store: dict[str, object] = self.records["A"] if kind == "answer" else self.plans["A"]  # type: ignore[assignment]
            source: dict[str, object] = self.records["B"] if kind == "answer" else self.plans["B"]  # type: ignore[assignment]
            if item in source:
                store[item] = source[item]
            else:
                store.pop(item, None)
        self._fork()

    @rule(side=SIDES)
    def reopen(self, side: str) -> None:
        path = self.docs[side].path
        self.docs[side].close()
        self.docs[side] = ReadinessDocument.open(path)

    # -- the document equals the model ----------------------------------------------------
    @invariant()
    def document_equals_model(self) -> None:
        for side, doc in self.docs.items():
            a = doc.assessment()
            assert ds.stored_answers(a) == self.records[side], side
            assert ds.stored_plan(a) == self.plans[side], side
            assert set(a.answers) == {q for q, r in self.records[side].items() if r[0] is not None}
            assert doc.verify_history().ok


TestDocumentModel = DocumentModel.TestCase
TestDocumentModel.settings = ds.model_settings(steps=25)
