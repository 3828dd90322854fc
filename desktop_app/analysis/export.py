"""Export one assessment to a spreadsheet (answers, scores, plan) and to extra CSV tables.

Every text cell that a spreadsheet could run (leading ``=``, ``+``, ``-``, ``@``, tab or CR) is
neutralised with :func:`desktop_app.core.exchange.neutralise`; files are written atomically.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.analysis.spreadsheet import safe_cell, write_workbook
from desktop_app.analysis.tables import (
    ANSWER_COLUMNS,
    PLAN_COLUMNS,
    SCORE_COLUMNS,
    answer_rows,
    plan_rows,
    score_rows,
)
from desktop_app.core.assessment import Answer, Assessment, answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.exchange import HistoryRecord, history_records
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import DECISION_LABELS, score

DETAIL_COLUMNS = ("field", "value")
#: the Answers sheet: the table's columns and the agreed answer's rationale, override and park
XLSX_ANSWER_COLUMNS = (*ANSWER_COLUMNS, "rationale", "keep_confidence", "parked", "park_note")
VOICE_COLUMNS = ("question", "participant", "role", "value", "answer", "note", "answered_by", "answered_at")
HISTORY_COLUMNS = ("at", "actor", "action", "item", "detail")


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


def voice_rows(bank: QuestionBank, assessment: Assessment) -> list[list[Any]]:
    """One row per participant's own answer, in bank order, then in the order of the participants."""
    people = {p.id: (i, p) for i, p in enumerate(assessment.participants)}
    order = {q.id: i for i, q in enumerate(bank.all_questions())}
    rows: list[list[Any]] = []
    for qid in sorted(assessment.voices, key=lambda q: (order.get(q, len(order)), q)):
        voices = sorted(assessment.voices[qid], key=lambda v: people.get(v.participant_id, (len(people), None))[0])
        for v in voices:
            person = people.get(v.participant_id)
            name, role = (person[1].name, person[1].role) if person else ("", "")
            value = ";".join(v.value) if isinstance(v.value, list) else v.value
            label = answer_label(bank, Answer(qid, v.value))
            rows.append([qid, name, role, value, label, v.note, v.answered_by, v.answered_at])
    return rows


def _answer_rows(bank: QuestionBank, assessment: Assessment) -> list[list[Any]]:
    rows = []
    for r in answer_rows(bank, assessment):
        agreed = assessment.answers.get(str(r["question"]))
        extra = (
            [agreed.rationale, agreed.keep_confidence, agreed.parked, agreed.park_note]
            if agreed
            else ["", False, False, ""]
        )
        rows.append([r[c] for c in ANSWER_COLUMNS] + extra)
    return rows


def write_xlsx(
    bank: QuestionBank, assessment: Assessment, path: str | Path, history: Iterable[Any] | None = None
) -> Path:
    """Sheets Answers, Scores (overall, challenges, sub-challenges), Plan, Details and Voices (each
    participant's own answers), and History when ``history`` (a document's entries, newest first) is
    given, oldest first."""
    profile = score(bank, assessment)
    plan = build_plan(bank, assessment)
    sheets: list[tuple[str, Sequence[str], Iterable[Sequence[Any]]]] = [
        ("Answers", XLSX_ANSWER_COLUMNS, _answer_rows(bank, assessment)),
        ("Scores", SCORE_COLUMNS, [[r[c] for c in SCORE_COLUMNS] for r in score_rows(profile)]),
        ("Plan", PLAN_COLUMNS, [[r[c] for c in PLAN_COLUMNS] for r in plan_rows(plan)]),
        ("Details", DETAIL_COLUMNS, [list(d) for d in _details(bank, assessment)]),
        ("Voices", VOICE_COLUMNS, voice_rows(bank, assessment)),
    ]
    if history is not None:
        records: list[HistoryRecord] = history_records(history)
        sheets.append(("History", HISTORY_COLUMNS, [[h.at, h.actor, h.action, h.item, h.detail] for h in records]))
    return write_workbook(path, sheets)


def _csv(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> str:
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
