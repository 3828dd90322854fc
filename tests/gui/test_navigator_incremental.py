"""The navigator redraws only the rows whose inputs changed, and shows exactly what a tree built afresh
shows (issue 15: an answer's GUI-thread work, docs/performance.md "eighth session").

After every step of a long workshop (answers, changes, clearing, "unknown", notes, parking, undo, the
room's voices splitting and agreeing) the window's navigator model holds, row for row and role for
role, what a new model given the same bank, assessment and profile holds.
"""

from __future__ import annotations

import random
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core.assessment import NA, UNKNOWN, Answer, Participant, ParticipantAnswer
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.models.navigator import (
    COL_TITLE,
    ROLE_DISAGREEMENT,
    ROLE_KEY,
    ROLE_KIND,
    ROLE_LEVEL,
    ROLE_PARKED,
    ROLE_SEARCH,
    ROLE_STATUS,
    NavigatorModel,
)

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    ROLE_KEY,
    ROLE_KIND,
    ROLE_STATUS,
    ROLE_PARKED,
    ROLE_SEARCH,
    ROLE_LEVEL,
    ROLE_DISAGREEMENT,
)


def _dump(model: NavigatorModel, parent: QModelIndex | None = None) -> list[Any]:
    parent = parent or QModelIndex()
    out: list[Any] = []
    for row in range(model.rowCount(parent)):
        cells = []
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            cells.append(tuple(repr(index.data(role)) for role in ROLES))
        out.append((cells, _dump(model, model.index(row, COL_TITLE, parent))))
    return out


def _fresh(window: MainWindow) -> list[Any]:
    model = NavigatorModel()
    state = window.state
    model.set_rows(state.bank, state.assessment, state.profile)
    return _dump(model)


def test_after_every_change_the_navigator_equals_a_tree_built_afresh(opened: MainWindow):
    window, state = opened, opened.state
    bank = state.bank
    assert bank is not None
    rng = random.Random(15)
    state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO")])
    people = state.assessment.participants
    questions = [q for q in bank.all_questions() if not q.computed]
    scored = [q for q in questions if q.options and q.type == "single" and not q.is_context]
    steps: list[str] = []
    for step in range(120):
        q = rng.choice(scored if rng.random() < 0.7 else questions)
        kind = rng.choice(["answer", "answer", "answer", "special", "clear", "note", "park", "undo", "voice"])
        if kind == "answer" and q.options:
            value: Any = [rng.choice(q.options).id] if q.type == "multi" else rng.choice(q.options).id
            state.set_answer(Answer(q.id, value))
        elif kind == "special":
            state.set_answer(Answer(q.id, rng.choice([UNKNOWN, NA])))
        elif kind == "clear":
            state.clear_answer(q.id)
        elif kind == "note":
            state.edit_answer(q.id, note=rng.choice(["", "ask the DPO", "Vendor contract pending"]))
        elif kind == "park":
            record = state.assessment.record(q.id)
            state.edit_room_fields(q.id, parked=not (record is not None and record.parked), park_note="after lunch")
        elif kind == "undo" and state.undo_stack.canUndo():
            state.undo_stack.undo()
        elif kind == "voice" and q in scored:
            person = rng.choice(people)
            voice = ParticipantAnswer(person.id, q.id, rng.choice(q.options).id)
            state.apply_change(lambda d, v=voice: d.set_participant_answer(v))
        steps.append(f"{step}: {kind} {q.id}")
        assert _dump(window.navigator.model) == _fresh(window), steps[-5:]
    assert any(r.parked for r in state.assessment.answers.values()) or any(
        r.parked for r in state.assessment.unanswered.values()
    ), "the walk parked something"


def test_a_second_document_with_the_same_bank_shows_its_own_answers(opened: MainWindow, tmp_path, mini_bank):
    """The rows' memory of what they were drawn from does not carry one file's answers into another's."""
    from desktop_app.storage.document import ReadinessDocument

    window = opened
    window.state.set_answer(Answer("data.collection.main", "good"))
    other = tmp_path / "other.readiness"
    doc = ReadinessDocument.create(other, client="Beta", project="Rollout", bank=mini_bank)
    doc.set_answer(Answer("data.collection.main", "none", note="from the other file"))
    doc.close()
    window.settings.remember_file(other)
    assert window.documents.open_path(other)
    assert _dump(window.navigator.model) == _fresh(window)


def test_a_strong_disagreement_s_tooltip_follows_the_voices_while_it_stays_strong(opened: MainWindow):
    window, state = opened, opened.state
    q = "data.collection.main"  # Good (risk 0) ... None (risk 4)
    state.set_answer(Answer(q, "fair"))
    state.set_participants([Participant("Dana", "CIO"), Participant("Eli", "DPO"), Participant("Fran", "CISO")])
    dana, eli, fran = state.assessment.participants
    for voice in (ParticipantAnswer(dana.id, q, "good"), ParticipantAnswer(eli.id, q, "none")):
        state.apply_change(lambda d, v=voice: d.set_participant_answer(v))
    tip = window.navigator.model.index_for(q).siblingAtColumn(2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Eli: None" in tip and "Fran" not in tip
    state.apply_change(lambda d: d.set_participant_answer(ParticipantAnswer(fran.id, q, "weak")))
    title = window.navigator.model.index_for(q)
    assert title.data(ROLE_DISAGREEMENT) == "strong", "still strong: the agreed answer and its row unchanged"
    assert "Fran: Weak" in title.siblingAtColumn(2).data(Qt.ItemDataRole.ToolTipRole)
    assert _dump(window.navigator.model) == _fresh(window)
