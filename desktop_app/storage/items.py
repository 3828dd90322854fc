"""Writing the mergeable items of a document, each with its revision, author, time and history entry.

An *item* is the unit two copies of an assessment are merged by: an answer, a participant's own
answer, a participant, a plan decision, or one detail field. Its *key* names it across copies
(``answer:<question>``, ``voice:<participant>:<question>``, ``participant:<id>``, ``plan:<key>``,
``detail:<field>``); its ``rev`` is a random id of its current version. Every write gives the item a
new ``rev`` and appends a history entry holding the revision it replaced (``base_rev``), the new one
and the item's state (JSON), so a merge can tell which side changed what, and an earlier version can
be restored. Removing an item leaves a tombstone (``deleted = 1``).

This is the one place that writes these rows: the document's write methods, creation, imports and
merges all go through it (there used to be three copies of the participants insert).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop_app.core.assessment import Answer, AnswerValue, Participant, ParticipantAnswer, PlanDecision, now_iso
from desktop_app.storage.history import FIELDS, chain_hash, last_hash
from desktop_app.storage.schema import DETAIL_FIELDS

#: History ``detail`` is a short human summary; the full item is in ``state``.
MAX_DETAIL = 500


def new_rev() -> str:
    return uuid.uuid4().hex


def new_custom_key() -> str:
    """A custom plan action's key, unique across copies (two laptops never both make CUSTOM-1)."""
    return f"CUSTOM-{uuid.uuid4().hex[:12].upper()}"


def encode_value(value: AnswerValue | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# Item keys


def answer_key(question_id: str) -> str:
    return f"answer:{question_id}"


def voice_key(participant_id: str, question_id: str) -> str:
    return f"voice:{participant_id}:{question_id}"


def split_voice_key(rest: str) -> tuple[str, str]:
    """``voice_key``'s ``<participant>:<question>`` (the key without ``voice:``, or with it) back
    into its two ids. Split at the last colon: question ids never hold one (the bank's id rule),
    participant ids from an answers file may."""
    rest = rest.removeprefix("voice:")
    participant_id, colon, question_id = rest.rpartition(":")
    if not colon or not question_id:
        raise ValueError(f"not a participant's answer key: {rest!r}")
    return participant_id, question_id


def participant_key(participant_id: str) -> str:
    return f"participant:{participant_id}"


def plan_key(key: str) -> str:
    return f"plan:{key}"


def detail_key(field: str) -> str:
    return f"detail:{field}"


@dataclass(frozen=True)
class ItemState:
    """One item as stored: its key, revision, last change and content (``state``, JSON-able)."""

    key: str
    rev: str
    changed_at: str
    changed_by: str
    state: Mapping[str, Any]

    @property
    def deleted(self) -> bool:
        return bool(self.state.get("deleted"))


@dataclass(frozen=True)
class Write:
    """How to stamp one write: by whom; ``rev``, ``at`` and ``keep_stamp`` carry another copy's
    version unchanged (merges); ``log=False`` writes no history entry (a merge copies the other
    side's entries instead)."""

    actor: str
    rev: str | None = None
    at: str | None = None
    keep_stamp: bool = False
    log: bool = True

    def new_rev(self) -> str:
        return self.rev or new_rev()

    def stamp(self) -> str:
        return self.at or now_iso()


@dataclass(frozen=True)
class Change:
    """One history entry to append."""

    actor: str
    action: str
    target: str = ""
    detail: str = ""
    base_rev: str = ""
    rev: str = ""
    state: Mapping[str, Any] | None = None
    at: str | None = None
    entry_id: str | None = None


# --------------------------------------------------------------------------------------------
# The history log


def log(c: sqlite3.Connection, change: Change) -> None:
    """Append one chained entry to the history (entries are never updated or deleted)."""
    state_text = None if change.state is None else json.dumps(change.state, ensure_ascii=False, sort_keys=True)
    log_raw(
        c,
        (
            change.entry_id or uuid.uuid4().hex,
            change.at or now_iso(),
            change.actor,
            change.action,
            change.target,
            change.detail[:MAX_DETAIL],
            change.base_rev,
            change.rev,
            state_text,
        ),
    )


def log_raw(c: sqlite3.Connection, fields: Sequence[str | None]) -> None:
    """Append an entry given its fields in ``history.FIELDS`` order (a merge copies entries so)."""
    prev = last_hash(c)
    c.execute(
        f"INSERT INTO history ({', '.join(FIELDS)}, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*fields, prev, chain_hash(prev, fields)),
    )


def _current_rev(c: sqlite3.Connection, sql: str, params: Sequence[object]) -> str:
    row = c.execute(sql, tuple(params)).fetchone()
    return str(row[0]) if row else ""


# --------------------------------------------------------------------------------------------
# Answers


def answer_state(a: Answer, deleted: bool = False) -> dict[str, Any]:
    return {
        "value": a.value,
        "note": a.note,
        "confidence": a.confidence,
        "rationale": a.rationale,
        "keep_confidence": a.keep_confidence,
        "note_by": a.note_by,
        "parked": a.parked,
        "park_note": a.park_note,
        "deleted": deleted,
    }


def write_answer(c: sqlite3.Connection, a: Answer, w: Write, deleted: bool = False) -> Answer:
    """The one answers upsert. The row keeps ``a.answered_by`` as given, empty when the answer was
    typed here (it names the answer's own author: a participant, an import, the other copy of a
    merge); the history entry names ``a.answered_by`` or, when that is empty, the writer
    (``w.actor``). ``a.answered_at`` is kept when given, otherwise the change is stamped now
    (``w.stamp()``). Returns the answer as stored."""
    by = a.answered_by
    at = a.answered_at or w.stamp()
    base = _current_rev(c, "SELECT rev FROM answers WHERE question_id = ?", (a.question,))
    rev = w.new_rev()
    c.execute(
        "INSERT INTO answers (question_id, value, note, confidence, answered_by, answered_at, rationale, "
        "keep_confidence, deleted, rev, note_by, parked, park_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(question_id) DO UPDATE SET "
        "value = excluded.value, note = excluded.note, confidence = excluded.confidence, "
        "answered_by = excluded.answered_by, answered_at = excluded.answered_at, rationale = excluded.rationale, "
        "keep_confidence = excluded.keep_confidence, deleted = excluded.deleted, rev = excluded.rev, "
        "note_by = excluded.note_by, parked = excluded.parked, park_note = excluded.park_note",
        (
            a.question,
            encode_value(a.value),
            a.note,
            a.confidence,
            by,
            at,
            a.rationale,
            int(a.keep_confidence),
            int(deleted),
            rev,
            a.note_by,
            int(a.parked),
            a.park_note,
        ),
    )
    if w.log:
        action = "clear answer" if deleted else ("answer" if a.value is not None else "note")
        detail = "" if deleted else (encode_value(a.value) or a.note)
        state = answer_state(a, deleted)
        log(c, Change(by or w.actor, action, answer_key(a.question), detail, base, rev, state, at))
    return replace(a, answered_by=by, answered_at=at)


def clear_answer(c: sqlite3.Connection, question_id: str, w: Write) -> bool:
    """Leave a tombstone for the question's answer; False when there was nothing to clear."""
    row = c.execute("SELECT 1 FROM answers WHERE question_id = ? AND deleted = 0", (question_id,)).fetchone()
    if row is None:
        return False
    write_answer(c, Answer(question_id, None), w, deleted=True)
    return True


# --------------------------------------------------------------------------------------------
# Participants' own answers


def voice_state(v: ParticipantAnswer, deleted: bool = False) -> dict[str, Any]:
    return {"value": None if deleted else v.value, "note": v.note, "deleted": deleted}


def write_voice(c: sqlite3.Connection, v: ParticipantAnswer, w: Write, deleted: bool = False) -> ParticipantAnswer:
    """The one participant-answers upsert (``answered_by`` is who typed it, often the facilitator)."""
    by = v.answered_by or w.actor
    at = v.answered_at or w.stamp()
    base = _current_rev(
        c,
        "SELECT rev FROM participant_answers WHERE participant_id = ? AND question_id = ?",
        (v.participant_id, v.question),
    )
    rev = w.new_rev()
    c.execute(
        "INSERT INTO participant_answers (participant_id, question_id, value, note, answered_by, answered_at, "
        "deleted, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(participant_id, question_id) DO UPDATE SET "
        "value = excluded.value, note = excluded.note, answered_by = excluded.answered_by, "
        "answered_at = excluded.answered_at, deleted = excluded.deleted, rev = excluded.rev",
        (v.participant_id, v.question, None if deleted else encode_value(v.value), v.note, by, at, int(deleted), rev),
    )
    if w.log:
        action = "participant answer cleared" if deleted else "participant answer"
        detail = "" if deleted else (encode_value(v.value) or "")
        state = voice_state(v, deleted)
        log(c, Change(by, action, voice_key(v.participant_id, v.question), detail, base, rev, state, at))
    return ParticipantAnswer(v.participant_id, v.question, v.value, v.note, by, at)


# --------------------------------------------------------------------------------------------
# Participants


def participant_state(p: Participant, position: int, deleted: bool = False) -> dict[str, Any]:
    return {
        "name": p.name,
        "role": p.role,
        "organisation": p.organisation,
        "position": position,
        "deleted": deleted,
    }


def write_participant(c: sqlite3.Connection, p: Participant, position: int, w: Write, deleted: bool = False) -> None:
    """The one participants upsert; ``p.id`` must be set."""
    base = _current_rev(c, "SELECT rev FROM participants WHERE id = ?", (p.id,))
    rev = w.new_rev()
    at = w.stamp()
    c.execute(
        "INSERT INTO participants (id, position, name, role, organisation, deleted, rev, changed_at, changed_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET position = excluded.position, "
        "name = excluded.name, role = excluded.role, organisation = excluded.organisation, "
        "deleted = excluded.deleted, rev = excluded.rev, changed_at = excluded.changed_at, "
        "changed_by = excluded.changed_by",
        (p.id, position, p.name, p.role, p.organisation, int(deleted), rev, at, w.actor),
    )
    if w.log:
        action = "participant removed" if deleted else "participant"
        state = participant_state(p, position, deleted)
        log(c, Change(w.actor, action, participant_key(p.id), p.name, base, rev, state, at))


def set_participants(c: sqlite3.Connection, participants: Sequence[Participant], w: Write) -> list[Participant]:
    """Make the live participants exactly ``participants``, in that order, changing only what differs.

    A participant without an id takes the id of an unclaimed stored participant of the same name
    (a list typed in a dialog), or a new one; stored participants not in the list get a tombstone.
    Returns the list with ids.
    """
    stored = {
        str(r[0]): (int(r[1]), Participant(r[2], r[3], r[4], id=str(r[0])), bool(r[5]))
        for r in c.execute("SELECT id, position, name, role, organisation, deleted FROM participants")
    }
    live = [pid for pid, (_, _, deleted) in sorted(stored.items(), key=lambda kv: kv[1][0]) if not deleted]
    claimed = {p.id for p in participants if p.id}
    result: list[Participant] = []
    for p in participants:
        pid = p.id
        if not pid:
            pid = next((i for i in live if i not in claimed and stored[i][1].name == p.name), "") or str(uuid.uuid4())
            claimed.add(pid)
        result.append(Participant(p.name, p.role, p.organisation, id=pid))
    for position, p in enumerate(result):
        before = stored.get(p.id)
        same = before is not None and not before[2] and before[0] == position and _same_person(before[1], p)
        if not same:
            write_participant(c, p, position, w)
    kept = {p.id for p in result}
    for pid in live:
        if pid not in kept:
            position, person, _ = stored[pid]
            write_participant(c, person, position, w, deleted=True)
    return result


def _same_person(a: Participant, b: Participant) -> bool:
    return (a.name, a.role, a.organisation) == (b.name, b.role, b.organisation)


# --------------------------------------------------------------------------------------------
# Plan decisions

PLAN_FIELDS = (
    "status",
    "owner",
    "due_date",
    "note",
    "custom",
    "title",
    "action",
    "challenge",
    "subchallenge",
    "phase",
    "effort",
    "cost",
    "owner_role",
)


def plan_state(d: PlanDecision, deleted: bool = False) -> dict[str, Any]:
    state: dict[str, Any] = {f: getattr(d, f) for f in PLAN_FIELDS}
    state["deleted"] = deleted
    return state


def write_decision(c: sqlite3.Connection, d: PlanDecision, w: Write, deleted: bool = False) -> None:
    """The one plan-decisions upsert. With ``w.keep_stamp``, ``d.updated_at``/``d.changed_by`` are kept."""
    by = d.changed_by if w.keep_stamp and d.changed_by else w.actor
    at = d.updated_at if w.keep_stamp and d.updated_at else w.stamp()
    base = _current_rev(c, "SELECT rev FROM plan_decisions WHERE key = ?", (d.key,))
    rev = w.new_rev()
    c.execute(
        "INSERT OR REPLACE INTO plan_decisions (key, status, owner, due_date, note, custom, title, action, "
        "challenge, subchallenge, phase, effort, cost, owner_role, updated_at, changed_by, deleted, rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            d.key,
            d.status,
            d.owner,
            d.due_date,
            d.note,
            int(d.custom),
            d.title,
            d.action,
            d.challenge,
            d.subchallenge,
            d.phase,
            d.effort,
            d.cost,
            d.owner_role,
            at,
            by,
            int(deleted),
            rev,
        ),
    )
    if w.log:
        action = "plan removed" if deleted else "plan"
        state = plan_state(d, deleted)
        log(c, Change(by, action, plan_key(d.key), "" if deleted else d.status, base, rev, state, at))


def remove_decision(c: sqlite3.Connection, key: str, w: Write) -> bool:
    row = c.execute("SELECT custom FROM plan_decisions WHERE key = ? AND deleted = 0", (key,)).fetchone()
    if row is None:
        return False
    write_decision(c, PlanDecision(key, custom=bool(row[0])), w, deleted=True)
    return True


# --------------------------------------------------------------------------------------------
# Details


def write_exchange_rate(c: sqlite3.Connection, value: str, w: Write) -> None:
    """Store the exchange rate (its checked JSON, core/currency.py) or remove it (``""``).

    Kept in ``meta`` (key ``exchange_rate``) without a revision: it is not one of the detail fields a
    merge takes from the other copy (each copy keeps its own rate; docs/file-format.md).
    """
    if value:
        c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('exchange_rate', ?)", (value,))
    else:
        c.execute("DELETE FROM meta WHERE key = 'exchange_rate'")
    if w.log:
        detail = ""
        if value:  # the history reads "1 EUR = 1.0411 USD (2026-12-04; set by Ana)"; the JSON is its state
            rate = json.loads(value)
            detail = f"1 {rate['from']} = {rate['rate']} {rate['to']} ({rate['as_of']}; {rate['source']})"
        state = {"value": value}
        log(
            c,
            Change(
                w.actor, "exchange rate" if value else "exchange rate removed", "", detail, state=state, at=w.stamp()
            ),
        )


def write_details(c: sqlite3.Connection, fields: Mapping[str, str], w: Write) -> None:
    """The one place that changes client, project, workshop date or facilitator, field by field."""
    for key, value in fields.items():
        if key not in DETAIL_FIELDS:
            raise ValueError(f"unknown detail {key!r}")
        base = _current_rev(c, "SELECT rev FROM details WHERE field = ?", (key,))
        rev = w.new_rev()
        at = w.stamp()
        if key in ("currency", "agenda"):  # kept in meta (see core/currency.py, core/timebox.py)
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        else:
            c.execute(f"UPDATE assessment SET {key} = ? WHERE id = 1", (value,))
        c.execute(
            "INSERT INTO details (field, rev, changed_at, changed_by) VALUES (?, ?, ?, ?) ON CONFLICT(field) "
            "DO UPDATE SET rev = excluded.rev, changed_at = excluded.changed_at, changed_by = excluded.changed_by",
            (key, rev, at, w.actor),
        )
        if w.log:
            log(c, Change(w.actor, "details", detail_key(key), value, base, rev, {"value": value}, at))
