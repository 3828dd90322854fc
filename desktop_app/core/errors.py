"""Errors that carry a sentence a user can act on."""

from __future__ import annotations


class ReadinessError(Exception):
    """Base class: the message is written for the user, never a traceback."""


class BankError(ReadinessError):
    """A question bank is malformed. ``problems`` lists every problem found, each naming where."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        head = self.problems[0] if self.problems else "invalid question bank"
        more = f" (and {len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        super().__init__(head + more)


class InputError(ReadinessError):
    """User input (an answers file, a value, a command argument) is not acceptable.

    ``problems`` lists each problem; the document it was meant for is left unchanged.
    """

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        head = self.problems[0] if self.problems else "invalid input"
        more = f" (and {len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        super().__init__(head + more)
