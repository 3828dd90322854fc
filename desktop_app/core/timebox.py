"""The workshop's timebox: minutes planned per challenge, time spent, and whether the room is on time.

Pure: no storage, no Qt. The agenda is stored as one JSON object in the document (detail field
``agenda``, file format 3), ``{"minutes": {challenge: int}, "elapsed": {challenge: seconds}}``; a
file from elsewhere is hostile, so :func:`parse_agenda` accepts only that shape, within bounds.
Described in docs/user-guide.md ("Running the workshop") and docs/file-format.md.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final, Literal

from desktop_app.core.errors import InputError

#: a challenge may be planned for 0 to 8 hours; time spent is kept up to a week
MAX_MINUTES: Final = 480
MAX_ELAPSED_SECONDS: Final = 7 * 24 * 3600
MAX_ENTRIES: Final = 64
MAX_TEXT: Final = 20_000
#: the default plan: two minutes a question, rounded up to whole five minutes, at least five
MINUTES_PER_QUESTION: Final = 2
#: amber once the time spent runs this far ahead of the share of questions answered
AHEAD_MARGIN: Final = 0.25
#: amber once this share of the planned time is spent with questions still open
LATE_SHARE: Final = 0.8

TimeState = Literal["unplanned", "on_time", "behind", "over"]


class AgendaProblem(InputError):
    """An agenda that this application would never have written; the message says what is wrong."""


@dataclass(frozen=True)
class Agenda:
    """Minutes planned per challenge id and seconds already spent on each (both may be empty)."""

    minutes: Mapping[str, int] = field(default_factory=dict)
    elapsed: Mapping[str, int] = field(default_factory=dict)

    @property
    def is_set(self) -> bool:
        return bool(self.minutes)

    def planned_seconds(self, challenge: str) -> int:
        return int(self.minutes.get(challenge, 0)) * 60

    def spent(self, challenge: str) -> int:
        return int(self.elapsed.get(challenge, 0))

    def with_minutes(self, minutes: Mapping[str, int]) -> Agenda:
        return Agenda(dict(minutes), dict(self.elapsed))

    def with_elapsed(self, challenge: str, seconds: int) -> Agenda:
        elapsed = dict(self.elapsed)
        elapsed[challenge] = max(0, min(int(seconds), MAX_ELAPSED_SECONDS))
        return Agenda(dict(self.minutes), elapsed)

    def to_json(self) -> str:
        return json.dumps(
            {"minutes": dict(sorted(self.minutes.items())), "elapsed": dict(sorted(self.elapsed.items()))},
            ensure_ascii=False,
            separators=(",", ":"),
        )


def default_minutes(question_counts: Mapping[str, int]) -> dict[str, int]:
    """The suggested minutes per challenge from how many questions each has."""
    result = {}
    for challenge, count in question_counts.items():
        raw = max(0, count) * MINUTES_PER_QUESTION
        result[challenge] = min(MAX_MINUTES, max(5, 5 * math.ceil(raw / 5)))
    return result


def _bounded_ints(value: object, name: str, limit: int) -> dict[str, int]:
    if not isinstance(value, dict):
        raise AgendaProblem(f"'{name}' must be an object of challenge ids to whole numbers")
    if len(value) > MAX_ENTRIES:
        raise AgendaProblem(f"'{name}' lists {len(value)} challenges; at most {MAX_ENTRIES} are allowed")
    result: dict[str, int] = {}
    for key, number in value.items():
        if not isinstance(key, str) or not key or len(key) > 200:
            raise AgendaProblem(f"'{name}' holds an invalid challenge id")
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= limit:
            raise AgendaProblem(f"'{name}' of {key!r} must be a whole number from 0 to {limit}")
        result[key] = number
    return result


def parse_agenda(text: str) -> Agenda:
    """The agenda stored as ``text``; "" is an empty agenda. Raises AgendaProblem for anything else."""
    if not text:
        return Agenda()
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise AgendaProblem("the agenda is too long")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise AgendaProblem("the agenda is not valid JSON") from None
    if not isinstance(data, dict) or set(data) - {"minutes", "elapsed"}:
        raise AgendaProblem("the agenda must hold only 'minutes' and 'elapsed'")
    return Agenda(
        _bounded_ints(data.get("minutes", {}), "minutes", MAX_MINUTES),
        _bounded_ints(data.get("elapsed", {}), "elapsed", MAX_ELAPSED_SECONDS),
    )


@dataclass(frozen=True)
class TimeboxStatus:
    """Where one challenge stands: seconds spent and planned, questions answered, and a state:
    ``over`` (more time spent than planned), ``behind`` (the clock runs ahead of the answers),
    ``on_time``, or ``unplanned`` (no minutes set)."""

    challenge: str
    spent: int
    planned: int
    answered: int
    total: int
    state: TimeState

    @property
    def time_share(self) -> float:
        return self.spent / self.planned if self.planned else 0.0

    @property
    def done_share(self) -> float:
        return self.answered / self.total if self.total else 1.0


def status(challenge: str, spent: int, planned: int, answered: int, total: int) -> TimeboxStatus:
    """Compare the time spent on a challenge with its progress (see the constants above)."""
    state: TimeState
    if planned <= 0:
        state = "unplanned"
    elif spent > planned:
        state = "over"
    else:
        time_share = spent / planned
        done_share = answered / total if total else 1.0
        late = time_share >= LATE_SHARE and done_share < 1.0
        state = "behind" if late or time_share - done_share > AHEAD_MARGIN else "on_time"
    return TimeboxStatus(challenge, spent, planned, answered, total, state)


def clock(seconds: int) -> str:
    """``m:ss`` (or ``h:mm:ss`` from an hour), for the bar's label."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def total_minutes(agenda: Agenda, challenges: Iterable[str]) -> int:
    return sum(int(agenda.minutes.get(c, 0)) for c in challenges)
