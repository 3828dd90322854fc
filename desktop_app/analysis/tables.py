"""Plain rows (lists of dicts) for answers, scores and the plan: the one source for CSV, XLSX and tables.

Qt-free and pandas-free, so the CLI, the spreadsheet export and the GUI all show the same columns.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.assessment import Assessment, answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.plan import DeploymentPlan
from desktop_app.core.scoring import DECISION_LABELS, LEVEL_LABELS, RiskProfile, answer_risk

ANSWER_COLUMNS = (
    "question",
    "challenge",
    "subchallenge",
    "text",
    "value",
    "answer",
    "risk",
    "note",
    "confidence",
    "answered_by",
    "answered_at",
    "note_by",
)
SCORE_COLUMNS = (
    "scope",
    "id",
    "title",
    "risk",
    "readiness",
    "likelihood",
    "impact",
    "level",
    "answered",
    "total",
    "decision",
)
PLAN_COLUMNS = (
    "id",
    "title",
    "phase",
    "phase_name",
    "challenge",
    "subchallenge",
    "status",
    "owner",
    "owner_role",
    "due_date",
    "effort",
    "cost",
    "risk_reduction",
    "triggered_by",
    "addresses_blocker",
    "action",
    "note",
)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def answer_rows(bank: QuestionBank, assessment: Assessment) -> list[dict[str, Any]]:
    """One row per answer, in bank order (answers to questions the bank lacks come last)."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for q in bank.all_questions():
        a = assessment.answers.get(q.id)
        if a is None:
            continue
        seen.add(q.id)
        risk = answer_risk(bank, q, a.value)
        rows.append(
            {
                "question": q.id,
                "challenge": q.challenge or "context",
                "subchallenge": q.subchallenge or "",
                "text": q.text,
                "value": ";".join(a.value) if isinstance(a.value, list) else a.value,
                "answer": answer_label(bank, a),
                "risk": None if risk is None else float(risk),
                "note": a.note,
                "confidence": a.confidence,
                "answered_by": a.answered_by,
                "answered_at": a.answered_at,
                "note_by": a.note_by,
            }
        )
    for qid, a in sorted(assessment.answers.items()):
        if qid not in seen:
            rows.append(
                {
                    "question": qid,
                    "challenge": "",
                    "subchallenge": "",
                    "text": "(not in the question bank)",
                    "value": ";".join(a.value) if isinstance(a.value, list) else a.value,
                    "answer": str(a.value),
                    "risk": None,
                    "note": a.note,
                    "confidence": a.confidence,
                    "answered_by": a.answered_by,
                    "answered_at": a.answered_at,
                    "note_by": a.note_by,
                }
            )
    return rows


def score_rows(profile: RiskProfile) -> list[dict[str, Any]]:
    """The overall score, then each challenge followed by its sub-challenges."""
    o = profile.overall
    rows: list[dict[str, Any]] = [
        {
            "scope": "overall",
            "id": "overall",
            "title": "Overall",
            "risk": _round(o.risk),
            "readiness": _round(o.readiness),
            "likelihood": None,
            "impact": None,
            "level": LEVEL_LABELS.get(o.level or "", "Not assessed"),
            "answered": profile.completion.answered,
            "total": profile.completion.total,
            "decision": DECISION_LABELS.get(o.decision, o.decision),
        }
    ]
    for ch in profile.challenges:
        rows.append(
            {
                "scope": "challenge",
                "id": ch.id,
                "title": ch.title,
                "risk": _round(ch.risk),
                "readiness": _round(ch.readiness),
                "likelihood": ch.likelihood,
                "impact": ch.impact,
                "level": LEVEL_LABELS.get(ch.level or "", "Not assessed"),
                "answered": ch.answered,
                "total": ch.total,
                "decision": "",
            }
        )
        for sub in ch.subchallenges:
            rows.append(
                {
                    "scope": "sub-challenge",
                    "id": sub.key,
                    "title": sub.title,
                    "risk": _round(sub.risk),
                    "readiness": _round(sub.readiness),
                    "likelihood": sub.likelihood,
                    "impact": None,
                    "level": LEVEL_LABELS.get(sub.level or "", "Not assessed"),
                    "answered": sub.answered,
                    "total": sub.total,
                    "decision": "",
                }
            )
    return rows


def plan_rows(plan: DeploymentPlan) -> list[dict[str, Any]]:
    return [
        {
            "id": it.key,
            "title": it.title,
            "phase": it.phase,
            "phase_name": it.phase_name,
            "challenge": it.challenge,
            "subchallenge": it.subchallenge,
            "status": it.status,
            "owner": it.owner,
            "owner_role": it.owner_role,
            "due_date": it.due_date,
            "effort": it.effort,
            "cost": it.cost,
            "risk_reduction": it.risk_reduction,
            "triggered_by": "; ".join(it.triggered_by),
            "addresses_blocker": "yes" if it.addresses_blocker else "no",
            "action": it.action,
            "note": it.note,
        }
        for it in plan.items
    ]
