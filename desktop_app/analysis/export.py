"""Export one assessment to a spreadsheet (answers, scores, plan) and to extra CSV tables.

Every text cell that a spreadsheet could run (leading ``=``, ``+``, ``-``, ``@``, tab or CR) is
neutralised with :func:`desktop_app.core.exchange.neutralise`; files are written atomically.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop_app.analysis.spreadsheet import safe_cell, write_workbook
from desktop_app.analysis.tables import (
    ANSWER_COLUMNS,
    PLAN_COLUMNS,
    SCORE_COLUMNS,
    answer_rows,
    plan_rows,
    score_rows,
)
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import DECISION_LABELS, score

DETAIL_COLUMNS = ("field", "value")


def _details(bank: QuestionBank, assessment: Assessment) -> list[tuple[str, object]]:
    profile = score(bank, assessment)
    return [
        ("client", assessment.client),
        ("project", assessment.project),
        ("workshop_date", assessment.workshop_date),
        ("facilitator", assessment.facilitator),
        ("industry", assessment.industry),
        ("participants", "; ".join(p.name for p in assessment.participants)),
        ("question_bank", f"{bank.id} {bank.version}"),
        ("overall_risk", None if profile.overall.risk is None else round(profile.overall.risk, 1)),
        ("decision", DECISION_LABELS.get(profile.overall.decision, profile.overall.decision)),
    ]


def write_xlsx(bank: QuestionBank, assessment: Assessment, path: str | Path) -> Path:
    """Sheets Answers, Scores (overall, challenges, sub-challenges), Plan and Details."""
    profile = score(bank, assessment)
    plan = build_plan(bank, assessment)
    sheets = [
        ("Answers", ANSWER_COLUMNS, [[r[c] for c in ANSWER_COLUMNS] for r in answer_rows(bank, assessment)]),
        ("Scores", SCORE_COLUMNS, [[r[c] for c in SCORE_COLUMNS] for r in score_rows(profile)]),
        ("Plan", PLAN_COLUMNS, [[r[c] for c in PLAN_COLUMNS] for r in plan_rows(plan)]),
        ("Details", DETAIL_COLUMNS, [list(d) for d in _details(bank, assessment)]),
    ]
    return write_workbook(path, sheets)


def _csv(columns: tuple[str, ...], rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow(["" if r[c] is None else safe_cell(r[c]) for c in columns])
    return out.getvalue()


def scores_csv_text(bank: QuestionBank, assessment: Assessment) -> str:
    """The Scores sheet as CSV (neutralised like the spreadsheet)."""
    return _csv(SCORE_COLUMNS, score_rows(score(bank, assessment)))


def plan_csv_text(bank: QuestionBank, assessment: Assessment) -> str:
    """The Plan sheet as CSV (neutralised like the spreadsheet)."""
    return _csv(PLAN_COLUMNS, plan_rows(build_plan(bank, assessment)))
