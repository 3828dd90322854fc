"""The verdict a room sees: the scoring decision, or "Provisional" while too little is known.

``core.scoring`` decides from what has been answered; after one answer that can read "Pilot only",
which a room takes as a judgement. Below the bank's coverage threshold (``decision.provisional_below``,
percent of the scored questions answered) the verdict is provisional and says how much is known. A
blocker or an open stop question is never provisional: one answer is enough to stop a deployment.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

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
