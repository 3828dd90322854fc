"""Compare two assessments: per-challenge risk and level, the decision, and the answers that changed.

Each side is scored against its own question bank (the numbers match ``score`` on each file). When the
two banks differ (an older bank version), answers are compared on the questions both banks share, and
the questions only one of them has are listed separately instead of being reported as changes.

The overall change is measured only on the challenges **both** sides assessed: a challenge left out on
one side would otherwise pull that side's mean up or down and read as a change of risk. The challenges
assessed on one side only are named, and the decision change is given with each side's reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core import messages
from desktop_app.core.assessment import Answer, Assessment, answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.scoring import (
    DECISION_LABELS,
    DECISIONS,
    LEVEL_LABELS,
    RiskProfile,
    answer_risk,
    score,
)


@dataclass(frozen=True)
class Side:
    """Who and what one side of the comparison is."""

    label: str  # file name, or "client / project"
    client: str
    project: str
    workshop_date: str
    bank_id: str
    bank_version: str
    risk: float | None
    level: str | None
    decision: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "client": self.client,
            "project": self.project,
            "workshop_date": self.workshop_date,
            "bank": {"id": self.bank_id, "version": self.bank_version},
            "risk": _r(self.risk),
            "level": self.level,
            "decision": self.decision,
            "decision_label": DECISION_LABELS.get(self.decision, self.decision),
        }


@dataclass(frozen=True)
class ChallengeDelta:
    id: str
    title: str
    old_risk: float | None
    new_risk: float | None
    old_level: str | None
    new_level: str | None

    @property
    def compared(self) -> bool:
        """Both sides assessed this challenge, so its risks can be compared."""
        return self.old_risk is not None and self.new_risk is not None

    @property
    def delta(self) -> float | None:
        """New minus old risk (negative = better); None when either side is not assessed."""
        if self.old_risk is None or self.new_risk is None:
            return None
        return round(round(self.new_risk, 1) - round(self.old_risk, 1), 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "old_risk": _r(self.old_risk),
            "new_risk": _r(self.new_risk),
            "delta": _r(self.delta),
            "old_level": self.old_level,
            "new_level": self.new_level,
        }


@dataclass(frozen=True)
class AnswerChange:
    question: str
    text: str
    challenge: str  # "context" for context questions
    old_answer: str  # "" when the old assessment had no answer
    new_answer: str
    old_risk: float | None
    new_risk: float | None

    @property
    def kind(self) -> str:
        if not self.old_answer:
            return "added"
        if not self.new_answer:
            return "removed"
        return "changed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "text": self.text,
            "challenge": self.challenge,
            "change": self.kind,
            "old_answer": self.old_answer,
            "new_answer": self.new_answer,
            "old_risk": self.old_risk,
            "new_risk": self.new_risk,
        }


@dataclass(frozen=True)
class BankOnlyQuestion:
    question: str
    text: str
    answered: bool

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "text": self.text, "answered": self.answered}


@dataclass(frozen=True)
class Comparison:
    old: Side
    new: Side
    challenges: tuple[ChallengeDelta, ...]
    changed_answers: tuple[AnswerChange, ...]
    shared_questions: int
    only_in_old: tuple[BankOnlyQuestion, ...]
    only_in_new: tuple[BankOnlyQuestion, ...]
    old_profile: RiskProfile
    new_profile: RiskProfile
    #: the banks, so that reasons render with question and challenge titles
    old_bank: QuestionBank | None = None
    new_bank: QuestionBank | None = None

    @property
    def same_bank(self) -> bool:
        return (self.old.bank_id, self.old.bank_version) == (self.new.bank_id, self.new.bank_version)

    @property
    def compared_challenges(self) -> tuple[ChallengeDelta, ...]:
        """The challenges both sides assessed: the only ones the overall change is measured on."""
        return tuple(c for c in self.challenges if c.compared)

    @property
    def only_assessed_in_old(self) -> tuple[ChallengeDelta, ...]:
        return tuple(c for c in self.challenges if c.old_risk is not None and c.new_risk is None)

    @property
    def only_assessed_in_new(self) -> tuple[ChallengeDelta, ...]:
        return tuple(c for c in self.challenges if c.old_risk is None and c.new_risk is not None)

    @property
    def assessed_in_neither(self) -> tuple[ChallengeDelta, ...]:
        return tuple(c for c in self.challenges if c.old_risk is None and c.new_risk is None)

    @property
    def old_compared_risk(self) -> float | None:
        """The old side's mean risk over the challenges both sides assessed (None when there are none)."""
        return _mean([c.old_risk for c in self.compared_challenges])

    @property
    def new_compared_risk(self) -> float | None:
        return _mean([c.new_risk for c in self.compared_challenges])

    @property
    def overall_delta(self) -> float | None:
        """New minus old mean risk over the challenges both assessed; None when they share none."""
        old, new = self.old_compared_risk, self.new_compared_risk
        if old is None or new is None:
            return None
        return round(round(new, 1) - round(old, 1), 1)

    @property
    def decision_change(self) -> str:
        """``better``, ``worse`` or ``same``: the order of the decisions is ready < ... < not ready."""
        return decision_change(self.old.decision, self.new.decision)

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old.to_dict(),
            "new": self.new.to_dict(),
            "overall": {
                "compared_challenges": [c.id for c in self.compared_challenges],
                "old_risk": _r(self.old_compared_risk),
                "new_risk": _r(self.new_compared_risk),
                "delta": _r(self.overall_delta),
                "old_risk_all_assessed": _r(self.old.risk),
                "new_risk_all_assessed": _r(self.new.risk),
                "old_level": self.old.level,
                "new_level": self.new.level,
                "old_decision": self.old.decision,
                "new_decision": self.new.decision,
            },
            "decision": {
                "old": self.old.decision,
                "new": self.new.decision,
                "change": self.decision_change,
                "old_reasons": reason_texts(self.old_profile, self.old_bank),
                "new_reasons": reason_texts(self.new_profile, self.new_bank),
            },
            "only_assessed_in_old": [c.id for c in self.only_assessed_in_old],
            "only_assessed_in_new": [c.id for c in self.only_assessed_in_new],
            "assessed_in_neither": [c.id for c in self.assessed_in_neither],
            "same_bank": self.same_bank,
            "shared_questions": self.shared_questions,
            "challenges": [c.to_dict() for c in self.challenges],
            "changed_answers": [a.to_dict() for a in self.changed_answers],
            "only_in_old_bank": [q.to_dict() for q in self.only_in_old],
            "only_in_new_bank": [q.to_dict() for q in self.only_in_new],
        }

    def to_text(self) -> str:
        lines = [
            f"Old: {self.old.label} ({self.old.client} / {self.old.project}, {self.old.workshop_date or 'no date'})",
            f"New: {self.new.label} ({self.new.client} / {self.new.project}, {self.new.workshop_date or 'no date'})",
        ]
        if not self.same_bank:
            lines.append(
                f"Question banks differ ({self.old.bank_id} {self.old.bank_version} -> "
                f"{self.new.bank_id} {self.new.bank_version}): each side is scored on its own bank; "
                f"answers are compared on the {self.shared_questions} questions both share."
            )
        lines.extend(self._decision_lines())
        lines.extend(self._overall_lines())
        lines.append("")
        lines.extend(self._challenge_lines())
        lines.append("")
        lines.extend(self._answer_lines())
        return "\n".join(lines)

    def _decision_lines(self) -> list[str]:
        change = {"better": " (better)", "worse": " (worse)", "same": " (unchanged)"}[self.decision_change]
        lines = [f"Decision: {_decision(self.old.decision)} -> {_decision(self.new.decision)}{change}"]
        lines.append("  Why, new:")
        lines.extend(f"    - {r}" for r in reason_texts(self.new_profile, self.new_bank))
        if self.decision_change != "same":
            lines.append("  Why, old:")
            lines.extend(f"    - {r}" for r in reason_texts(self.old_profile, self.old_bank))
        return lines

    def _overall_lines(self) -> list[str]:
        compared = self.compared_challenges
        if not compared:
            lines = ["Overall risk: No challenge was assessed in both assessments, so no change is measured."]
        else:
            what = "challenge" if len(compared) == 1 else "challenges"
            lines = [
                f"Overall risk on the {len(compared)} {what} both assessed: {_fmt(self.old_compared_risk)} -> "
                f"{_fmt(self.new_compared_risk)} ({_fmt_delta(self.overall_delta)})"
            ]
        for side, items in (("old", self.only_assessed_in_old), ("new", self.only_assessed_in_new)):
            if items:
                lines.append(
                    f"Not compared (assessed in the {side} assessment only): {', '.join(c.title for c in items)}."
                )
        if self.assessed_in_neither:
            lines.append(f"Assessed in neither: {', '.join(c.title for c in self.assessed_in_neither)}.")
        return lines

    def _challenge_lines(self) -> list[str]:
        width = max(len(c.title) for c in self.challenges) if self.challenges else 10
        lines = [f"{'Challenge':<{width}}  {'Old':>5}  {'New':>5}  {'Change':>6}  Level"]
        for c in self.challenges:
            lines.append(
                f"{c.title:<{width}}  {_fmt(c.old_risk):>5}  {_fmt(c.new_risk):>5}  {_fmt_delta(c.delta):>6}  "
                f"{_level(c.old_level)} -> {_level(c.new_level)}"
            )
        return lines

    def _answer_lines(self) -> list[str]:
        lines: list[str] = []
        if self.changed_answers:
            lines.append(f"Changed answers ({len(self.changed_answers)}):")
            for a in self.changed_answers:
                lines.append(f"  {a.question}: {a.text}")
                lines.append(f"    {a.old_answer or '(no answer)'} -> {a.new_answer or '(no answer)'}")
        else:
            lines.append("No answers changed.")
        for title, items in (("Only in the old bank", self.only_in_old), ("Only in the new bank", self.only_in_new)):
            if items:
                lines.append(f"{title} ({len(items)}):")
                lines.extend(f"  {q.question}: {q.text}" for q in items)
        return lines


def decision_change(old: str, new: str) -> str:
    """``better``, ``worse`` or ``same`` from one decision to another (an unknown code counts as same)."""
    if old not in DECISIONS or new not in DECISIONS or old == new:
        return "same"
    return "worse" if DECISIONS.index(new) > DECISIONS.index(old) else "better"


def reason_texts(profile: RiskProfile, bank: QuestionBank | None = None) -> list[str]:
    """The decision's reasons as sentences (``core.messages`` renders their codes)."""
    return messages.reasons_text(profile.overall, bank, profile)


def _mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _decision(decision: str) -> str:
    return DECISION_LABELS.get(decision, decision)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _fmt_delta(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.1f}"


def _level(level: str | None) -> str:
    return LEVEL_LABELS.get(level or "", "Not assessed")


def _same_value(a: Answer | None, b: Answer | None) -> bool:
    if a is None or b is None:
        return a is b
    va, vb = a.value, b.value
    if isinstance(va, list) and isinstance(vb, list):
        return sorted(va) == sorted(vb)
    if isinstance(va, int | float) and isinstance(vb, int | float) and not isinstance(va, bool):
        return float(va) == float(vb)
    return va == vb


def _side(label: str, bank: QuestionBank, assessment: Assessment, profile: RiskProfile) -> Side:
    return Side(
        label=label,
        client=assessment.client,
        project=assessment.project,
        workshop_date=assessment.workshop_date,
        bank_id=bank.id,
        bank_version=bank.version,
        risk=profile.overall.risk,
        level=profile.overall.level,
        decision=profile.overall.decision,
    )


def compare(
    old_bank: QuestionBank,
    old_assessment: Assessment,
    new_bank: QuestionBank,
    new_assessment: Assessment,
    *,
    labels: tuple[str, str] = ("", ""),
) -> Comparison:
    """Compare two assessments (each with the bank it was answered against); ``labels`` name the old and the
    new side (default: "client / project")."""
    old_label, new_label = labels
    old_profile = score(old_bank, old_assessment)
    new_profile = score(new_bank, new_assessment)
    old_ids = [q.id for q in old_bank.all_questions()]
    new_questions = list(new_bank.all_questions())
    new_ids = {q.id for q in new_questions}
    old_id_set = set(old_ids)
    shared = [q for q in new_questions if q.id in old_id_set]
    changes = tuple(
        change
        for q in shared
        if (change := _answer_change(old_bank, old_assessment, new_bank, new_assessment, q.id)) is not None
    )
    only_old = tuple(
        BankOnlyQuestion(qid, old_bank.question(qid).text, qid in old_assessment.answers)
        for qid in old_ids
        if qid not in new_ids
    )
    only_new = tuple(
        BankOnlyQuestion(q.id, q.text, q.id in new_assessment.answers) for q in new_questions if q.id not in old_id_set
    )
    return Comparison(
        old=_side(
            old_label or f"{old_assessment.client} / {old_assessment.project}", old_bank, old_assessment, old_profile
        ),
        new=_side(
            new_label or f"{new_assessment.client} / {new_assessment.project}", new_bank, new_assessment, new_profile
        ),
        challenges=_challenge_deltas(old_profile, new_profile),
        changed_answers=changes,
        shared_questions=len(shared),
        only_in_old=only_old,
        only_in_new=only_new,
        old_bank=old_bank,
        new_bank=new_bank,
        old_profile=old_profile,
        new_profile=new_profile,
    )


def _challenge_deltas(old_profile: RiskProfile, new_profile: RiskProfile) -> tuple[ChallengeDelta, ...]:
    old_by_id = {c.id: c for c in old_profile.challenges}
    out = []
    for c in new_profile.challenges:
        o = old_by_id.get(c.id)
        out.append(
            ChallengeDelta(
                id=c.id,
                title=c.title,
                old_risk=o.risk if o else None,
                new_risk=c.risk,
                old_level=o.level if o else None,
                new_level=c.level,
            )
        )
    return tuple(out)


def _answer_change(
    old_bank: QuestionBank, old_assessment: Assessment, new_bank: QuestionBank, new_assessment: Assessment, qid: str
) -> AnswerChange | None:
    """How the answer to ``qid`` (a question both banks hold) changed, or None when it did not."""
    a_old = old_assessment.answers.get(qid)
    a_new = new_assessment.answers.get(qid)
    if _same_value(a_old, a_new):
        return None
    q = new_bank.question(qid)
    old_risk = answer_risk(old_bank, old_bank.question(qid), a_old.value) if a_old else None
    new_risk = answer_risk(new_bank, q, a_new.value) if a_new else None
    return AnswerChange(
        question=q.id,
        text=q.text,
        challenge=q.challenge or "context",
        old_answer=answer_label(old_bank, a_old) if a_old else "",
        new_answer=answer_label(new_bank, a_new) if a_new else "",
        old_risk=None if old_risk is None else float(old_risk),
        new_risk=None if new_risk is None else float(new_risk),
    )


def load_assessment(path: Path) -> tuple[QuestionBank, Assessment]:
    """Open a document read-only and return its bank and assessment (raises ``DocumentError``)."""
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(path, readonly=True) as doc:
        return doc.bank, doc.assessment()


def compare_files(old_path: Path, new_path: Path) -> Comparison:
    """Compare two ``.readiness`` files; a file that cannot be read raises ``DocumentError``."""
    old_bank, old_assessment = load_assessment(Path(old_path))
    new_bank, new_assessment = load_assessment(Path(new_path))
    return compare(
        old_bank, old_assessment, new_bank, new_assessment, labels=(Path(old_path).name, Path(new_path).name)
    )
