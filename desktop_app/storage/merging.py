"""Merging another copy of an assessment into a document (the storage half of ``core/merge.py``).

:func:`read_side` lists a document's items and the revisions each has had; :func:`merge_into`
compares two documents, checks every item it would take from the other copy (a received file is
hostile until proven otherwise), and writes them, the other copy's history entries it lacks, and a
summary entry, in one transaction, or nothing at all. See ``docs/file-format.md``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.core.assessment import (
    MAX_TEXT,
    PLAN_STATUSES,
    Answer,
    Participant,
    ParticipantAnswer,
    PlanDecision,
    ValueProblem,
    normalize_value,
)
from desktop_app.core.bank import CONFIDENCES, QuestionBank
from desktop_app.core.currency import CurrencyProblem, normalize_currency
from desktop_app.core.merge import (
    CONFLICT,
    SAME_CHANGE,
    THEIRS,
    ItemDifference,
    ItemVersion,
    MergePlan,
    MergeRefused,
    Preference,
    Side,
    compare_sides,
)
from desktop_app.core.timebox import MAX_TEXT as AGENDA_TEXT
from desktop_app.core.timebox import AgendaProblem, parse_agenda
from desktop_app.storage import items
from desktop_app.storage.history import FIELDS, verify_chain
from desktop_app.storage.schema import DETAIL_FIELDS

if TYPE_CHECKING:
    from desktop_app.core.importing import AnswersImport
    from desktop_app.storage.document import ReadinessDocument


#: the longest history entry ``state`` a merge copies from the other copy (characters of JSON): more
#: than the longest this version writes, a plan decision's ten text fields of ``MAX_TEXT`` characters
#: each with every character escaped (``\u0001``, six characters), 6.0 million
MAX_STATE = 64 * MAX_TEXT


@dataclass(frozen=True)
class MergeResult:
    """What a merge did (or, for a dry run, would do)."""

    plan: MergePlan
    taken: tuple[ItemVersion, ...]
    history_copied: int
    changed: bool


def _answer_item(row: tuple[Any, ...]) -> ItemVersion:
    qid, value, note, conf, by, at, rationale, keep, deleted, rev, note_by, parked, park_note = row
    state = {
        "value": None if value is None else json.loads(value),
        "note": note,
        "confidence": conf,
        "rationale": rationale,
        "keep_confidence": bool(keep),
        "note_by": note_by,
        "parked": bool(parked),
        "park_note": park_note,
        "deleted": bool(deleted),
    }
    return ItemVersion(items.answer_key(qid), rev, at, by, state)


def read_side(conn: sqlite3.Connection, bank: QuestionBank) -> Side:
    """Every item of the document (tombstones included) and every revision of each in its history."""
    uid = conn.execute("SELECT uuid FROM assessment WHERE id = 1").fetchone()[0]
    found: dict[str, ItemVersion] = {}

    def add(item: ItemVersion) -> None:
        found[item.key] = item

    for row in conn.execute(
        "SELECT question_id, value, note, confidence, answered_by, answered_at, rationale, keep_confidence, "
        "deleted, rev, note_by, parked, park_note FROM answers"
    ):
        add(_answer_item(row))
    for pid, qid, value, note, by, at, deleted, rev in conn.execute(
        "SELECT participant_id, question_id, value, note, answered_by, answered_at, deleted, rev "
        "FROM participant_answers"
    ):
        state = {"value": None if value is None else json.loads(value), "note": note, "deleted": bool(deleted)}
        add(ItemVersion(items.voice_key(pid, qid), rev, at, by, state))
    for pid, position, name, role, org, deleted, rev, at, by in conn.execute(
        "SELECT id, position, name, role, organisation, deleted, rev, changed_at, changed_by FROM participants"
    ):
        state = items.participant_state(Participant(name, role, org, id=pid), position, bool(deleted))
        add(ItemVersion(items.participant_key(pid), rev, at, by, state))
    columns = ", ".join(items.PLAN_FIELDS)
    for row in conn.execute(f"SELECT key, {columns}, deleted, rev, updated_at, changed_by FROM plan_decisions"):
        key, values, (deleted, rev, at, by) = row[0], row[1:-4], row[-4:]
        state = dict(zip(items.PLAN_FIELDS, values, strict=True))
        state["custom"] = bool(state["custom"])
        state["deleted"] = bool(deleted)
        add(ItemVersion(items.plan_key(key), rev, at, by, state))
    details = _detail_values(conn)
    for field, rev, at, by in conn.execute("SELECT field, rev, changed_at, changed_by FROM details"):
        add(ItemVersion(items.detail_key(field), rev, at, by, {"value": details.get(field, "")}))
    seen: dict[str, set[str]] = {}
    for target, base_rev, rev in conn.execute("SELECT target, base_rev, rev FROM history WHERE target != ''"):
        held = seen.setdefault(target, set())
        held.update(r for r in (base_rev, rev) if r)
    snapshot = conn.execute("SELECT bank_id, version FROM bank_snapshot WHERE id = 1").fetchone()
    bank_name = f"{snapshot[0]} {snapshot[1]}" if snapshot else f"{bank.id} {bank.version}"
    return Side(str(uid), bank_name, found, {k: frozenset(v) for k, v in seen.items()})


def _detail_values(conn: sqlite3.Connection) -> dict[str, str]:
    row = conn.execute("SELECT client, project, workshop_date, facilitator FROM assessment WHERE id = 1").fetchone()
    values = dict(zip(("client", "project", "workshop_date", "facilitator"), row, strict=True)) if row else {}
    for key in ("currency", "agenda"):  # kept in meta
        stored = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        values[key] = stored[0] if stored else ""
    return values


# --------------------------------------------------------------------------------------------
# Checking what the other copy brings


def _text(state: Mapping[str, Any], name: str, key: str, limit: int = MAX_TEXT) -> str:
    value = state.get(name, "")
    if not isinstance(value, str) or len(value) > limit:
        raise MergeRefused(f"The other copy's {key} holds an invalid {name}; nothing was merged.")
    return value


def _check_item(item: ItemVersion, bank: QuestionBank) -> None:
    """Refuse, naming the item, anything the app itself would never have written."""
    kind, rest = item.key.split(":", 1) if ":" in item.key else (item.key, "")
    for name in ("changed_at", "changed_by", "rev"):
        if not isinstance(getattr(item, name), str) or len(getattr(item, name)) > 200:
            raise MergeRefused(f"The other copy's {item.key} has an invalid {name}; nothing was merged.")
    check = _CHECKS.get(kind)
    if check is None:
        raise MergeRefused(f"The other copy holds an item this version does not know ({item.key}).")
    check(item, rest, bank)


def _check_answer(item: ItemVersion, rest: str, bank: QuestionBank) -> None:
    state = item.state
    if item.kind == "voice":
        try:
            _, qid = items.split_voice_key(rest)
        except ValueError:
            raise MergeRefused(f"The other copy holds an item this version does not know ({item.key}).") from None
    else:
        qid = rest
    if not bank.has_question(qid):
        raise MergeRefused(f"The other copy answers {qid!r}, which is not in this assessment's question bank.")
    value = state.get("value")
    if value is None and item.kind == "voice" and not state.get("deleted"):  # only a tombstone has none
        problem = "a participant's answer without a value"
        raise MergeRefused(f"The other copy's answer to {qid} is not valid ({problem}); nothing was merged.")
    if value is not None and not state.get("deleted"):
        try:
            if normalize_value(bank.question(qid), value) != value:
                raise ValueProblem("not in its stored form")
        except ValueProblem as exc:
            raise MergeRefused(f"The other copy's answer to {qid} is not valid ({exc}); nothing was merged.") from None
    _text(state, "note", item.key)
    if item.kind == "answer":
        if state.get("confidence") not in CONFIDENCES:
            raise MergeRefused(f"The other copy's answer to {qid} has an invalid confidence; nothing was merged.")
        _text(state, "rationale", item.key)
        _text(state, "note_by", item.key, 1000)
        _text(state, "park_note", item.key)
        if not isinstance(state.get("parked", False), bool):
            raise MergeRefused(f"The other copy's answer to {qid} has an invalid parked mark; nothing was merged.")


def _check_plan(item: ItemVersion, rest: str, bank: QuestionBank) -> None:
    state = item.state
    if not state.get("custom") and rest not in bank.mitigations:
        raise MergeRefused(f"The other copy's plan action {rest!r} is not in this assessment's mitigation library.")
    if state.get("status") not in PLAN_STATUSES:
        raise MergeRefused(f"The other copy's plan action {rest} has an invalid status; nothing was merged.")
    phase = state.get("phase")
    if phase is not None and (not isinstance(phase, int) or not 0 <= phase <= 3):
        raise MergeRefused(f"The other copy's plan action {rest} has an invalid phase; nothing was merged.")
    for name in items.PLAN_FIELDS:
        if name not in ("custom", "phase", "status"):
            _text(state, name, item.key)


def _check_participant(item: ItemVersion, rest: str, bank: QuestionBank) -> None:
    for name in ("name", "role", "organisation"):
        _text(item.state, name, item.key, 1000)
    if not isinstance(item.state.get("position"), int):
        raise MergeRefused(f"The other copy's {item.key} has an invalid position; nothing was merged.")


def _check_detail(item: ItemVersion, rest: str, bank: QuestionBank) -> None:
    if rest not in DETAIL_FIELDS:
        raise MergeRefused(f"The other copy holds an item this version does not know ({item.key}).")
    value = _text(item.state, "value", item.key, 1000 if rest != "agenda" else AGENDA_TEXT)
    if rest in ("client", "project") and not value.strip():
        raise MergeRefused(f"The other copy has an empty {rest} name; nothing was merged.")
    if rest == "currency" and value:
        try:
            normalize_currency(value)
        except CurrencyProblem as exc:
            raise MergeRefused(f"The other copy's currency is not valid ({exc}).") from None
    if rest == "agenda":
        try:
            parse_agenda(value)
        except AgendaProblem as exc:
            raise MergeRefused(f"The other copy's agenda is not valid ({exc}); nothing was merged.") from None


_CHECKS: dict[str, Callable[[ItemVersion, str, QuestionBank], None]] = {
    "answer": _check_answer,
    "voice": _check_answer,
    "plan": _check_plan,
    "participant": _check_participant,
    "detail": _check_detail,
}


# --------------------------------------------------------------------------------------------
# Writing


def _write_item(c: sqlite3.Connection, item: ItemVersion) -> None:
    """Write the other copy's version of one item as it is: its revision, author and time."""
    kind, rest = item.key.split(":", 1)
    s, deleted = item.state, item.deleted
    w = items.Write(item.changed_by, rev=item.rev, at=item.changed_at, keep_stamp=True, log=False)
    if kind == "answer":
        answer = Answer(
            rest,
            None if deleted else s.get("value"),
            s.get("note", ""),
            s.get("confidence", "medium"),
            item.changed_by,
            item.changed_at,
            s.get("rationale", ""),
            bool(s.get("keep_confidence")),
            s.get("note_by", ""),
            bool(s.get("parked")),
            s.get("park_note", ""),
        )
        items.write_answer(c, answer, w, deleted)
    elif kind == "voice":
        pid, qid = items.split_voice_key(rest)
        voice = ParticipantAnswer(pid, qid, s.get("value") or "", s.get("note", ""), item.changed_by, item.changed_at)
        items.write_voice(c, voice, w, deleted)
    elif kind == "participant":
        person = Participant(s["name"], s.get("role", ""), s.get("organisation", ""), id=rest)
        items.write_participant(c, person, int(s["position"]), w, deleted)
    elif kind == "plan":
        fields: dict[str, Any] = {f: s.get(f) for f in items.PLAN_FIELDS}
        fields["custom"] = bool(fields["custom"])
        decision = PlanDecision(key=rest, updated_at=item.changed_at, changed_by=item.changed_by, **fields)
        items.write_decision(c, decision, w, deleted)
    elif kind == "detail":
        items.write_details(c, {rest: str(s.get("value", ""))}, w)


def _kept_entry(c: sqlite3.Connection, d: ItemDifference, actor: str, other_name: str) -> None:
    """Record that this copy's version stays, above the other copy's entries for the item just copied,
    so the item's newest history entry is again its current state. Overriding an item the other copy
    changed alone gives this copy's version a new revision, so a later merge keeps it again."""
    mine = d.mine
    if mine is None:
        return
    rev = items.new_rev() if d.outcome == THEIRS else mine.rev
    base = d.theirs.rev if d.theirs else ""
    if rev != mine.rev:
        table_rev = {
            "answer": ("answers", "question_id"),
            "plan": ("plan_decisions", "key"),
            "participant": ("participants", "id"),
            "detail": ("details", "field"),
        }
        kind, rest = d.key.split(":", 1)
        if kind == "voice":
            pid, qid = items.split_voice_key(rest)
            c.execute(
                "UPDATE participant_answers SET rev = ? WHERE participant_id = ? AND question_id = ?", (rev, pid, qid)
            )
        else:
            table, column = table_rev[kind]
            c.execute(f"UPDATE {table} SET rev = ? WHERE {column} = ?", (rev, rest))
    change = items.Change(actor, "merge kept", d.key, f"this copy's version kept over {other_name}'s", base, rev)
    items.log(c, items.Change(**{**change.__dict__, "state": dict(mine.state)}))


def compare_documents(doc: ReadinessDocument, other: ReadinessDocument) -> MergePlan:
    """Every difference between two open documents and what a merge would do with it.

    Raises MergeRefused for copies of different assessments or banks, or an altered history in ``other``.
    """
    chain = verify_chain(other._conn)
    if not chain.ok:
        raise MergeRefused(f"{other.path.name} has an altered history ({chain.problem}); it was not merged.")
    try:
        return compare_sides(read_side(doc._conn, doc.bank), read_side(other._conn, other.bank))
    except (ValueError, TypeError, KeyError) as exc:
        raise MergeRefused(f"{other.path.name} holds an item this version cannot read ({exc}).") from None


def merge_into(
    doc: ReadinessDocument,
    other: ReadinessDocument,
    prefer: Preference | None = None,
    choices: Mapping[str, Preference] | None = None,
    dry_run: bool = False,
) -> MergeResult:
    """Merge ``other`` (a ReadinessDocument, read only) into ``doc``; see ``core/merge.py``.

    Raises MergeRefused (nothing written) for another assessment, another bank, a broken history in
    the other copy, an item the app would not have written, or a conflict left unresolved.
    """
    mine_conn: sqlite3.Connection = doc._conn
    their_conn: sqlite3.Connection = other._conn
    bank = doc.bank
    plan = compare_documents(doc, other)
    taken = plan.to_take(prefer, choices)
    for item in taken:
        _check_item(item, bank)
    have = {r[0] for r in mine_conn.execute("SELECT entry_id FROM history")}
    entries = [
        r for r in their_conn.execute(f"SELECT {', '.join(FIELDS)} FROM history ORDER BY id") if r[0] not in have
    ]
    for entry in entries:
        if not all(isinstance(f, str) and len(f) <= MAX_TEXT * 2 for f in entry[:-1]) or not (
            entry[-1] is None or (isinstance(entry[-1], str) and len(entry[-1]) <= MAX_STATE)
        ):
            raise MergeRefused(f"{other.path.name} holds a history entry this version cannot read; it was not merged.")
    taken_keys = {t.key for t in taken}
    kept = [d for d in plan.differences if d.key not in taken_keys and d.outcome in (CONFLICT, SAME_CHANGE, THEIRS)]
    changed = bool(taken or entries or kept)
    if dry_run or not changed:
        return MergeResult(plan, taken, len(entries), changed and not dry_run)
    with doc.transaction() as c:
        for item in taken:
            _write_item(c, item)
        for entry in entries:
            items.log_raw(c, entry)
        actor = doc.who()
        for d in kept:
            _kept_entry(c, d, actor, other.path.name)
        summary = f"from {other.path.name}: {len(taken)} item(s) taken, {len(plan.conflicts)} conflict(s)"
        if plan.conflicts:
            summary += f" resolved ({prefer or 'per item'})"
        items.log(c, items.Change(actor, "merge", "", summary))
    return MergeResult(plan, taken, len(entries), True)


# --------------------------------------------------------------------------------------------
# Undoing a merge (the GUI's merge view makes a merge one undoable step)

#: the table and key column of each kind of item, for removing an item a merge added
_ITEM_ROWS = {
    "answer": ("answers", "question_id"),
    "plan": ("plan_decisions", "key"),
    "participant": ("participants", "id"),
    "detail": ("details", "field"),
}


@dataclass(frozen=True)
class MergeUndo:
    """Every item a merge changed, as it was before (None: the merge added it) and after."""

    before: Mapping[str, ItemVersion | None]
    after: Mapping[str, ItemVersion | None]


T = TypeVar("T")


def with_versions(doc: ReadinessDocument, write: Callable[[], T]) -> tuple[T, MergeUndo]:
    """Run ``write`` (changes to ``doc``) and return its result with every item it changed, before
    and after, for :func:`restore_versions` to undo and redo it (a merge, a self-assessment import)."""
    before = read_side(doc._conn, doc.bank).items
    result = write()
    after = read_side(doc._conn, doc.bank).items
    touched = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return result, MergeUndo({k: before.get(k) for k in touched}, {k: after.get(k) for k in touched})


def merge_undoably(
    doc: ReadinessDocument,
    other: ReadinessDocument,
    prefer: Preference | None = None,
    choices: Mapping[str, Preference] | None = None,
) -> tuple[MergeResult, MergeUndo]:
    """:func:`merge_into`, returning also the versions :func:`restore_versions` needs to undo and
    redo it. The history entries the merge copied stay when it is undone (both versions are kept)."""
    return with_versions(doc, lambda: merge_into(doc, other, prefer, choices))


def _remove_item(c: sqlite3.Connection, key: str) -> None:
    """Remove an item's row (an item the undone merge had added: as if it had never come)."""
    kind, rest = key.split(":", 1)
    if kind == "voice":
        pid, qid = items.split_voice_key(rest)
        c.execute("DELETE FROM participant_answers WHERE participant_id = ? AND question_id = ?", (pid, qid))
        return
    if kind == "detail":  # the field itself lives in the assessment row (or meta): empty it
        items.write_details(c, {rest: ""}, items.Write("", log=False))
    table, column = _ITEM_ROWS[kind]
    c.execute(f"DELETE FROM {table} WHERE {column} = ?", (rest,))


def restore_versions(doc: ReadinessDocument, versions: Mapping[str, ItemVersion | None], action: str) -> None:
    """Put each item back to the given version, revision included (None removes the item), in one
    transaction, with a history entry per item and one summary entry named ``action``."""
    current = read_side(doc._conn, doc.bank).items
    actor = doc.who()
    with doc.transaction() as c:
        for key, version in versions.items():
            now = current.get(key)
            base = now.rev if now else ""
            if version is None:
                if now is not None:
                    _remove_item(c, key)
                    items.log(c, items.Change(actor, action, key, "removed again", base, ""))
                continue
            _write_item(c, version)
            value = version.state.get("value")
            detail = "" if version.deleted or value is None else json.dumps(value, ensure_ascii=False)
            items.log(c, items.Change(actor, action, key, detail, base, version.rev, dict(version.state)))
        items.log(c, items.Change(actor, action, "", f"{len(versions)} item(s)"))


# --------------------------------------------------------------------------------------------
# Participants' own answers from an export (they travel like the items a merge carries)


def write_imported_voices(
    c: sqlite3.Connection, voices: Sequence[ParticipantAnswer], people: Sequence[Participant], w: items.Write
) -> int:
    """Write the participants' own answers of an export. Each names its participant by the export's
    id: the participant of this document with that id, else the one with that name, else the person
    is added (from ``people``, the export's list). The answers keep their author and time. Returns
    how many were written."""
    if not voices:
        return 0
    rows = c.execute("SELECT id, position, name, role, organisation FROM participants WHERE deleted = 0")
    live = [Participant(r[2], r[3], r[4], id=str(r[0])) for r in sorted(rows, key=lambda r: int(r[1]))]
    exported = {p.id: p for p in people if p.id}
    by_id = {p.id for p in live}
    by_name = {p.name: p.id for p in live}
    missing = []
    for v in voices:
        if v.participant_id in by_id:
            continue
        person = exported.get(v.participant_id)
        if person is None:
            raise ValueError(f"the answer to {v.question} names no participant of the export")
        if person.name not in by_name and person not in missing:
            missing.append(person)
    if missing:
        live = items.set_participants(c, [*live, *missing], w)
        by_id = {p.id for p in live}
        by_name = {p.name: p.id for p in live}
    for v in voices:
        pid = v.participant_id if v.participant_id in by_id else by_name[exported[v.participant_id].name]
        items.write_voice(c, replace(v, participant_id=pid), w)
    return len(voices)


def import_answers(doc: ReadinessDocument, planned: AnswersImport) -> int:
    """Write an import of an answers file as ``core.importing.plan_import`` planned it, in one
    transaction (``ReadinessDocument.import_all``): the changed answers and plan decisions, the
    details to fill, the participants to set and the participants' own answers. Returns how many
    answers and plan decisions were written."""
    doc.import_all(
        [c.after for c in planned.answers],
        [c.after for c in planned.plan],
        dict(planned.details),
        list(planned.participants) if planned.participants is not None else None,
        voices=planned.voices,
    )
    return len(planned.answers) + len(planned.plan)
