"""Merging two copies of one assessment, item by item (pure: no storage, no Qt).

Each side lists its *items* (answers, participants' answers, participants, plan decisions, detail
fields; see ``storage/items.py``), each with the revision id of its current version, and, per
item, every revision that side has ever held (its history). For one item:

- the same revision on both sides: nothing to do;
- my revision is one the other side has held (it changed after it had mine): changed on their side
  only, take theirs;
- their revision is one I have held: changed on my side only, keep mine;
- neither: changed on both sides since they parted. Equal content is no conflict (keep mine);
  different content is a **conflict**, resolved by a preference (``mine`` or ``theirs``) or a
  choice per item.

An item one side does not have at all counts as revision ``""``, which every side has "held", so an
item added on one side is taken from it. Removals are tombstones, i.e. ordinary changes. Because a
merge also copies the other side's history, merging the same copy again finds every item settled
(idempotent), and the outcome on items without a conflict does not depend on which copy merges into
which (commutative). Documented in ``docs/file-format.md`` ("Merging two copies").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from desktop_app.core.errors import ReadinessError

Preference = Literal["mine", "theirs"]

#: outcome codes of one item (rendered in words by the CLI and the GUI)
THEIRS: Final = "theirs"  # changed on the other side only: taken from it
MINE: Final = "mine"  # changed on this side only: kept
SAME_CHANGE = "same_change"  # changed on both sides to the same content: kept
CONFLICT = "conflict"  # changed on both sides differently

ITEM_KINDS = ("detail", "participant", "answer", "voice", "plan")


class MergeRefused(ReadinessError):
    """The two files cannot be merged; the message says why, in a sentence."""


@dataclass(frozen=True)
class ItemVersion:
    """One item as one side holds it. ``state`` is its JSON-able content, with ``deleted`` for a
    tombstone."""

    key: str
    rev: str
    changed_at: str
    changed_by: str
    state: Mapping[str, Any]

    @property
    def deleted(self) -> bool:
        return bool(self.state.get("deleted"))

    @property
    def kind(self) -> str:
        return item_kind(self.key)


@dataclass(frozen=True)
class Side:
    """What one copy holds: its assessment id, bank, items by key, and the revisions each item has had."""

    assessment_id: str
    bank: str
    items: Mapping[str, ItemVersion]
    seen: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def has_held(self, key: str, rev: str) -> bool:
        if rev == "":
            return True
        current = self.items.get(key)
        return (current is not None and current.rev == rev) or rev in self.seen.get(key, frozenset())


@dataclass(frozen=True)
class ItemDifference:
    """One item whose versions differ, with what a merge does with it."""

    key: str
    mine: ItemVersion | None
    theirs: ItemVersion | None
    outcome: str

    @property
    def kind(self) -> str:
        return item_kind(self.key)

    @property
    def is_conflict(self) -> bool:
        return self.outcome == CONFLICT


@dataclass(frozen=True)
class MergePlan:
    """Every difference between two copies, in a stable order (kind, then key)."""

    differences: tuple[ItemDifference, ...]

    @property
    def conflicts(self) -> tuple[ItemDifference, ...]:
        return tuple(d for d in self.differences if d.is_conflict)

    @property
    def from_theirs(self) -> tuple[ItemDifference, ...]:
        return tuple(d for d in self.differences if d.outcome == THEIRS)

    def to_take(
        self, prefer: Preference | None = None, choices: Mapping[str, Preference] | None = None
    ) -> tuple[ItemVersion, ...]:
        """The other side's versions to write: items changed there only, plus conflicts resolved to
        ``theirs`` (by ``choices[key]``, else by ``prefer``). Raises MergeRefused for a conflict
        left unresolved."""
        choices = choices or {}
        taken: list[ItemVersion] = []
        open_conflicts = []
        for d in self.differences:
            if d.outcome == THEIRS:
                choice: Preference | None = choices.get(d.key, THEIRS)
            elif d.outcome == CONFLICT:
                choice = choices.get(d.key, prefer)
                if choice is None:
                    open_conflicts.append(d.key)
                    continue
            else:
                choice = choices.get(d.key, MINE)
            if choice == THEIRS and d.theirs is not None:
                taken.append(d.theirs)
        if open_conflicts:
            raise MergeRefused(f"{len(open_conflicts)} item(s) changed on both sides: {', '.join(open_conflicts)}")
        return tuple(taken)


def item_kind(key: str) -> str:
    return key.split(":", 1)[0]


def _order(key: str) -> tuple[int, str]:
    kind = item_kind(key)
    return (ITEM_KINDS.index(kind) if kind in ITEM_KINDS else len(ITEM_KINDS), key)


def compare_sides(mine: Side, theirs: Side) -> MergePlan:
    """Every item that differs between the two sides and what a merge does with it.

    Raises MergeRefused when the copies are of different assessments or question banks.
    """
    if mine.assessment_id != theirs.assessment_id:
        raise MergeRefused(
            "The two files hold different assessments (their assessment ids differ); only copies of one "
            "assessment can be merged."
        )
    if mine.bank != theirs.bank:
        raise MergeRefused(
            f"The two copies were answered against different question banks ({mine.bank} and {theirs.bank}); "
            "they cannot be merged."
        )
    differences = []
    for key in sorted(set(mine.items) | set(theirs.items), key=_order):
        m, t = mine.items.get(key), theirs.items.get(key)
        m_rev, t_rev = (m.rev if m else ""), (t.rev if t else "")
        if m_rev == t_rev:
            continue
        if theirs.has_held(key, m_rev):
            outcome = THEIRS
        elif mine.has_held(key, t_rev):
            outcome = MINE
        elif m is not None and t is not None and dict(m.state) == dict(t.state):
            outcome = SAME_CHANGE
        else:
            outcome = CONFLICT
        differences.append(ItemDifference(key, m, t, outcome))
    return MergePlan(tuple(differences))
