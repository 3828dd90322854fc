"""The verdict a room sees: the scoring decision, or "Provisional" while too little is known.

``core.scoring`` decides from what has been answered; after one answer that can read "Pilot only",
which a room takes as a judgement. Below the bank's coverage threshold (``decision.provisional_below``,
percent of the scored questions answered) the verdict is provisional and says how much is known. A
blocker or an open stop question is never provisional: one answer is enough to stop a deployment.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.core.bank import QuestionBank
from desktop_app.core.scoring import RiskProfile
from desktop_app.gui.charts.base import NOT_ASSESSED_COLOUR
from desktop_app.gui.theme import DECISION_COLOURS, decision_label

#: used when a bank does not say (the bank format's own default)
DEFAULT_PROVISIONAL_BELOW = 50.0


@dataclass(frozen=True)
class Verdict:
    decision: str
    #: percent of the scored questions answered
    percent: float
    assessed: bool
    provisional: bool

    def text(self) -> str:
        if not self.assessed:
            return QCoreApplication.translate("Verdict", "Not scored yet")
        if self.provisional:
            return QCoreApplication.translate("Verdict", "Provisional – {percent} % answered").format(
                percent=f"{self.percent:.0f}"
            )
        return decision_label(self.decision)

    def colour(self) -> str:
        if not self.assessed or self.provisional:
            return NOT_ASSESSED_COLOUR
        return DECISION_COLOURS.get(self.decision, NOT_ASSESSED_COLOUR)


def verdict(profile: RiskProfile, bank: QuestionBank | None) -> Verdict:
    c = profile.completion
    percent = 100.0 * c.scored_answered / c.scored_total if c.scored_total else 0.0
    assessed = any(ch.assessed for ch in profile.challenges)
    threshold = bank.decision.provisional_below if bank is not None else DEFAULT_PROVISIONAL_BELOW
    stopped = bool(profile.blockers or profile.open_blockers)
    return Verdict(profile.overall.decision, percent, assessed, assessed and not stopped and percent < threshold)


class ScoreCurtain(QObject):
    """Whether the room may see the live score now.

    During discussion a facilitator can hide the score, so an early number does not anchor the room.
    Moving on from one challenge to the next reveals it (the end of a challenge); the next answer,
    the start of the next discussion, hides it again. "Reveal now" shows it at any time.
    """

    visibility_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hiding = False
        self._revealed = False
        self._challenge: str | None = None
        self._answered = -1

    @property
    def visible(self) -> bool:
        return not self.hiding or self._revealed

    def _set(self, hiding: bool, revealed: bool) -> None:
        before = self.visible
        self.hiding, self._revealed = hiding, revealed
        if self.visible != before:
            self.visibility_changed.emit(self.visible)

    def set_hiding(self, on: bool) -> None:
        self._set(on, False)

    def reveal(self) -> None:
        self._set(self.hiding, True)

    def question_shown(self, challenge_id: str | None) -> None:
        """The facilitator moved to a question of ``challenge_id`` (None: context)."""
        ended = self._challenge is not None and challenge_id != self._challenge
        self._challenge = challenge_id
        if ended and self.hiding:
            self._set(True, True)

    def answers_counted(self, answered: int) -> None:
        """The number of answers now; a new answer after a reveal starts the next discussion."""
        changed = self._answered >= 0 and answered != self._answered
        self._answered = answered
        if changed and self.hiding and self._revealed:
            self._set(True, False)
