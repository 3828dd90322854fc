"""Export one assessment to a spreadsheet (answers, scores, plan) and to extra CSV tables.

Every text cell that a spreadsheet could run (leading ``=``, ``+``, ``-``, ``@``, tab or CR) is
neutralised with :func:`desktop_app.core.exchange.neutralise`; files are written atomically.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.analysis.spreadsheet import safe_cell, workbook_bytes, write_bytes
from desktop_app.analysis.tables import (
    ANSWER_COLUMNS,
    PLAN_COLUMNS,
    SCORE_COLUMNS,
    answer_rows,
    plan_rows,
    score_rows,
)
from desktop_app.core import exchange, self_assessment
from desktop_app.core.assessment import Answer, Assessment, answer_label
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import InputError
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
    given, oldest first; within the import's limits (see :func:`export_xlsx`)."""
    return export_xlsx(bank, assessment, path, history).path


@dataclass(frozen=True)
class WrittenWorkbook:
    """An XLSX export written, and how many of the oldest history entries it left out to fit the limit."""

    path: Path
    history_omitted: int = 0


def export_xlsx(
    bank: QuestionBank, assessment: Assessment, path: str | Path, history: Iterable[Any] | None = None
) -> WrittenWorkbook:
    """The workbook of :func:`write_xlsx`, written only when it imports back: the file within the import
    limit (``exchange.MAX_FILE_BYTES``) and unpacking within the workbook limit
    (``self_assessment.MAX_UNPACKED_BYTES``), every text whole in its cell, and its Answers sheet read
    back by the importer. When the history makes it larger, the oldest changes are left out (Details
    row ``history_omitted`` and the result say how many; the document keeps them all). Otherwise an
    InputError says why and nothing is written."""
    path = Path(path)
    if not path.parent.exists():
        raise InputError(f"the folder {path.parent} does not exist")
    records = None if history is None else history_records(history)
    data, omitted = _fitted(bank, assessment, records)
    try:
        exchange.parse_answers_xlsx(data, bank, path.name)
    except InputError as exc:  # a bug of ours: say so plainly rather than write a file that will not read back
        raise InputError(f"the workbook would not import back ({exc}); nothing was written") from None
    write_bytes(path, data)
    return WrittenWorkbook(path, omitted)


def _workbook(
    bank: QuestionBank, assessment: Assessment, records: Sequence[HistoryRecord] | None, omitted: int
) -> bytes:
    profile = score(bank, assessment)
    plan = build_plan(bank, assessment)
    details: list[list[Any]] = [list(d) for d in _details(bank, assessment)]
    if omitted:
        details.append(["history_omitted", omitted])
    sheets: list[tuple[str, Sequence[str], Iterable[Sequence[Any]]]] = [
        ("Answers", XLSX_ANSWER_COLUMNS, _answer_rows(bank, assessment)),
        ("Scores", SCORE_COLUMNS, [[r[c] for c in SCORE_COLUMNS] for r in score_rows(profile)]),
        ("Plan", PLAN_COLUMNS, [[r[c] for c in PLAN_COLUMNS] for r in plan_rows(plan)]),
        ("Details", DETAIL_COLUMNS, details),
        ("Voices", VOICE_COLUMNS, voice_rows(bank, assessment)),
    ]
    if records is not None:
        sheets.append(("History", HISTORY_COLUMNS, [[h.at, h.actor, h.action, h.item, h.detail] for h in records]))
    try:
        return workbook_bytes(sheets)
    except InputError as exc:  # a text longer than a cell: cut, it would read back as its beginning
        raise InputError([f"{p}; shorten it, or export to JSON, which keeps it whole" for p in exc.problems]) from None


def _load(data: bytes) -> float:
    """How full ``data`` is of the import's limits: above 1 it would not be read back."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
    if len(parts) > self_assessment.MAX_PARTS:
        return math.inf
    unpacked = sum(p.file_size for p in parts)
    return max(len(data) / exchange.MAX_FILE_BYTES, unpacked / self_assessment.MAX_UNPACKED_BYTES)


def _too_large(data: bytes, what: str) -> InputError:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(p.file_size for p in archive.infolist())
    return InputError(
        f"the {what} would be {len(data) / 1_048_576:.1f} MB, unpacking to {unpacked / 1_048_576:.1f} MB,"
        " too large for a workbook that imports back (answers"
        f" files are limited to {exchange.MAX_FILE_BYTES / 1_048_576:g} MB, unpacking to at most"
        f" {self_assessment.MAX_UNPACKED_BYTES / 1_048_576:g} MB); shorten the longest notes and try again"
    )


#: the share of the limit a fitted workbook aims at (the estimate is close, not exact)
_AIM = 0.98


def _fitted(bank: QuestionBank, assessment: Assessment, records: list[HistoryRecord] | None) -> tuple[bytes, int]:
    """The workbook bytes within the limits, and how many of the oldest ``records`` were left out."""
    data = _workbook(bank, assessment, records, 0)
    full = _load(data)
    if full <= 1:
        return data, 0
    if not records:
        raise _too_large(data, "XLSX export")
    n = len(records)
    base_data = _workbook(bank, assessment, [], n)
    base = _load(base_data)
    if base > 1:
        raise _too_large(base_data, "XLSX export (without its history)")
    # each entry costs about its text (compressed and unpacked alike): keep the newest that fit
    weights = [
        sum(len(str(f).encode("utf-8")) for f in (h.at, h.actor, h.action, h.item, h.detail)) + 64 for h in records
    ]
    per_weight = (full - base) / sum(weights)
    room, kept = _AIM - base, 0
    for w in reversed(weights):
        if w * per_weight > room:
            break
        room -= w * per_weight
        kept += 1
    step = max(1, n // 50)
    while True:  # the estimate is close; this makes the limits hold whatever it missed
        data = _workbook(bank, assessment, records[n - kept :], n - kept)
        if kept == 0 or _load(data) <= 1:
            return data, n - kept
        kept = max(0, kept - step)


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
