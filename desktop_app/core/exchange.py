"""Answers files in and out: JSON and CSV, as the command-line contract in DESIGN.md describes.

Reading is all or nothing: every problem is collected (each naming the file, the row or entry and
the question id) and an :class:`InputError` is raised before anything is written anywhere.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop_app.core.assessment import (
    PLAN_STATUSES,
    Answer,
    Assessment,
    Participant,
    PlanDecision,
    ValueProblem,
    answer_label,
    normalize_confidence,
    normalize_value,
)
from desktop_app.core.bank import CHALLENGE_IDS, COSTS, EFFORTS, PHASES, QuestionBank
from desktop_app.core.errors import InputError

EXPORT_FORMAT = "readiness-export"
EXPORT_FORMAT_VERSION = 1
CSV_COLUMNS = ("question", "value", "note", "confidence")
#: Columns an export adds for people; the importer accepts and ignores them.
CSV_INFO_COLUMNS = ("answered_by", "answered_at", "challenge", "subchallenge", "question_text", "answer", "risk")
MAX_FILE_BYTES = 20 * 1024 * 1024
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ImportedAnswers:
    """What an answers file holds, checked against a bank."""

    answers: list[Answer]
    details: Mapping[str, Any] = field(default_factory=dict)
    participants: list[Participant] | None = None
    plan: list[PlanDecision] = field(default_factory=list)


def decode_text(data: bytes, where: str) -> str:
    """Decode a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if not data.strip():
        raise InputError(f"{where}: the file is empty")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{where}: the file claims to be UTF-16 but is not valid UTF-16") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{where}:{line}: the file is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None
    if "\x00" in text:
        raise InputError(f"{where}: the file contains NUL characters; it is not a text answers file")
    return text


def read_answers_file(path: str | Path, bank: QuestionBank) -> ImportedAnswers:
    """Read and check a JSON or CSV answers file (chosen by extension)."""
    path = Path(path)
    where = path.name
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise InputError(f"{where}: answers files must end in .json or .csv")
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{where}: not a regular file (a device, pipe or socket); save the answers to a file")
        if st.st_size > MAX_FILE_BYTES:
            raise InputError(f"{where}: the file is {st.st_size // 1_048_576} MB; answers files are limited to 20 MB")
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # never trust st_size alone: the file may grow while read
        if len(data) > MAX_FILE_BYTES:
            raise InputError(f"{where}: the file is larger than 20 MB; answers files are limited to 20 MB")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an answers file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    text = decode_text(data, where)
    if suffix == ".json":
        return parse_answers_json(text, bank, where)
    return parse_answers_csv(text, bank, where)


def _check_answer(
    bank: QuestionBank,
    where: str,
    qid: object,
    value: object,
    note: object,
    confidence: object,
    answered_by: object,
    problems: list[str],
    seen: dict[str, str],
) -> Answer | None:
    if not isinstance(qid, str) or not qid.strip():
        problems.append(f"{where}: 'question' is missing")
        return None
    qid = qid.strip()
    if qid in seen:
        problems.append(f"{where}: question '{qid}' is answered twice (also at {seen[qid]})")
        return None
    seen[qid] = where
    if not bank.has_question(qid):
        problems.append(f"{where}: unknown question '{qid}' (not in bank {bank.id} {bank.version})")
        return None
    question = bank.question(qid)
    if value is None or value == "":
        problems.append(f"{where}: question '{qid}': 'value' is missing")
        return None
    try:
        canonical = normalize_value(question, value)
        conf = normalize_confidence(confidence)
    except ValueProblem as exc:
        problems.append(f"{where}: question '{qid}': {exc}")
        return None
    if note is not None and not isinstance(note, str):
        problems.append(f"{where}: question '{qid}': 'note' must be text")
        return None
    return Answer(
        question=qid,
        value=canonical,
        note=(note or ""),
        confidence=conf,
        answered_by=str(answered_by or ""),
    )


#: Numbers in an answers file have at most this many digits (a count of people or requests, a price).
MAX_NUMBER_DIGITS = 30
#: Objects and lists in an answers file nest at most this deep (the format itself needs four).
MAX_JSON_DEPTH = 20


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _TooLong(text)
    return int(text)


class _TooLong(ValueError):
    pass


def _depth(text: str) -> int:
    """How deep brackets nest in JSON text, outside strings (a linear scan, no recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _find_nul(data: object, path: str) -> str | None:
    """Where a NUL character hides in a parsed JSON document (a key or a text), if anywhere."""
    stack: list[tuple[object, str]] = [(data, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return where
        elif isinstance(item, dict):
            for key, value in item.items():
                if "\x00" in key:
                    return where
                stack.append((value, f"{where}.{key}"))
        elif isinstance(item, list):
            stack.extend((value, f"{where}[{i}]") for i, value in enumerate(item))
    return None


def load_json_safely(text: str, where: str) -> Any:
    """``json.loads`` with bounds: nesting depth, digits per number, no NUL in any text."""
    deepest = _depth(text)
    if deepest > MAX_JSON_DEPTH:
        raise InputError(f"{where}: values are nested {deepest} levels deep; an answers file needs at most a few")
    try:
        data = json.loads(text, parse_int=_bounded_int)
    except _TooLong as exc:
        raise InputError(
            f"{where}: a number has {len(str(exc).lstrip('-')):,} digits; numbers may have at most {MAX_NUMBER_DIGITS}"
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{where}: not valid JSON ({exc})") from None
    nul = _find_nul(data, "")
    if nul is not None:
        raise InputError(f"{where}: {nul.lstrip('.') or 'the file'} contains a NUL character, which no text may hold")
    return data


def parse_answers_json(text: str, bank: QuestionBank, where: str = "answers.json") -> ImportedAnswers:
    data = load_json_safely(text, where)
    if not isinstance(data, dict) or not isinstance(data.get("answers"), list):
        raise InputError(f"{where}: expected an object with a list 'answers' ({{\"answers\": [...]}})")
    if data.get("format") not in (None, EXPORT_FORMAT):
        raise InputError(f"{where}: unknown format {data.get('format')!r}")
    version = data.get("format_version", 1)
    if not isinstance(version, int) or version > EXPORT_FORMAT_VERSION:
        raise InputError(f"{where}: export format version {version!r} is newer than this app understands")
    problems: list[str] = []
    seen: dict[str, str] = {}
    answers: list[Answer] = []
    for i, entry in enumerate(data["answers"]):
        loc = f"{where}: answers[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{loc}: each answer must be an object with 'question' and 'value'")
            continue
        extra = set(entry) - {"question", "value", "note", "confidence", "answered_by", "answered_at", "note_by"}
        if extra:
            problems.append(f"{loc}: unexpected field(s) {', '.join(sorted(extra))}")
            continue
        ans = _check_answer(
            bank,
            loc,
            entry.get("question"),
            entry.get("value"),
            entry.get("note"),
            entry.get("confidence"),
            entry.get("answered_by"),
            problems,
            seen,
        )
        note_by = entry.get("note_by", "")
        if ans is not None and (not isinstance(note_by, str) or len(note_by) > 1000):
            problems.append(f"{loc}: 'note_by' must be a name (text of at most 1000 characters)")
        elif ans is not None:
            answers.append(replace(ans, note_by=note_by.strip()))
    details: dict[str, Any] = {}
    participants: list[Participant] | None = None
    raw_details = data.get("assessment")
    if raw_details is not None:
        if not isinstance(raw_details, dict):
            problems.append(f"{where}: 'assessment' must be an object")
        else:
            for key in ("client", "project", "workshop_date", "facilitator"):
                if key in raw_details:
                    if not isinstance(raw_details[key], str):
                        problems.append(f"{where}: assessment.{key} must be text")
                    else:
                        details[key] = raw_details[key]
            bank_ref = raw_details.get("bank")
            if isinstance(bank_ref, dict) and bank_ref.get("id") not in (None, bank.id):
                problems.append(f"{where}: the answers were given against bank {bank_ref.get('id')!r}, not {bank.id!r}")
            if "participants" in raw_details:
                participants = _participants(raw_details["participants"], where, problems)
    plan = _plan(data.get("plan"), bank, where, problems)
    if problems:
        raise InputError(problems)
    return ImportedAnswers(answers=answers, details=details, participants=participants, plan=plan)


def _participants(raw: object, where: str, problems: list[str]) -> list[Participant]:
    if not isinstance(raw, list):
        problems.append(f"{where}: assessment.participants must be a list")
        return []
    out = []
    for i, p in enumerate(raw):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not p["name"].strip():
            problems.append(f"{where}: assessment.participants[{i}] needs a 'name'")
            continue
        out.append(Participant(p["name"].strip(), str(p.get("role") or ""), str(p.get("organisation") or "")))
    return out


def _plan(raw: object, bank: QuestionBank, where: str, problems: list[str]) -> list[PlanDecision]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{where}: 'plan' must be a list")
        return []
    out: list[PlanDecision] = []
    custom_n = 0
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        loc = f"{where}: plan[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{loc}: must be an object")
            continue
        status = entry.get("status", "proposed")
        if status not in PLAN_STATUSES:
            problems.append(f"{loc}: status must be one of {', '.join(PLAN_STATUSES)}")
            continue
        texts = {k: entry.get(k, "") for k in ("owner", "due_date", "note", "title", "action", "owner_role")}
        if any(not isinstance(v, str) for v in texts.values()):
            problems.append(f"{loc}: owner, due_date, note, title, action and owner_role must be text")
            continue
        phase = entry.get("phase")
        if phase is not None and phase not in PHASES:
            problems.append(f"{loc}: phase must be 0, 1, 2 or 3")
            continue
        if entry.get("custom"):
            custom_n += 1
            key = str(entry.get("id") or f"CUSTOM-{custom_n}")
            challenge = entry.get("challenge", "")
            if challenge not in CHALLENGE_IDS:
                problems.append(f"{loc}: custom action needs a challenge (one of {', '.join(CHALLENGE_IDS)})")
                continue
            if not texts["title"].strip():
                problems.append(f"{loc}: custom action needs a title")
                continue
            effort, cost = str(entry.get("effort") or ""), str(entry.get("cost") or "")
            if effort not in (*EFFORTS, "") or cost not in (*COSTS, ""):
                problems.append(f"{loc}: effort must be S, M or L and cost low, medium or high")
                continue
            decision = PlanDecision(
                key=key,
                status=status,
                custom=True,
                phase=phase if phase is not None else 1,
                challenge=challenge,
                subchallenge=str(entry.get("subchallenge") or ""),
                effort=effort,
                cost=cost,
                **texts,
            )
        else:
            mid = entry.get("mitigation")
            if mid not in bank.mitigations:
                problems.append(f"{loc}: unknown mitigation {mid!r}")
                continue
            key = str(mid)
            decision = PlanDecision(key=key, status=status, phase=phase, **texts)
        if key in seen:
            problems.append(f"{loc}: action {key!r} appears twice")
            continue
        seen.add(key)
        out.append(decision)
    return out


def parse_answers_csv(text: str, bank: QuestionBank, where: str = "answers.csv") -> ImportedAnswers:
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"{where}: not valid CSV: {exc}") from None
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise InputError(f"{where}: the file has no rows")
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in ("question", "value") if c not in header]
    if missing:
        raise InputError(
            f"{where}:1: the header must name the columns question,value,note,confidence "
            f"(missing: {', '.join(missing)})"
        )
    unknown_cols = [h for h in header if h not in CSV_COLUMNS + CSV_INFO_COLUMNS]
    if unknown_cols:
        raise InputError(f"{where}:1: unknown column(s) {', '.join(unknown_cols)}")
    if len(set(header)) != len(header):
        raise InputError(f"{where}:1: a column is named twice")
    col = {name: i for i, name in enumerate(header)}
    problems: list[str] = []
    seen: dict[str, str] = {}
    answers: list[Answer] = []
    for line_no, row in enumerate(rows[1:], start=2):
        loc = f"{where}:{line_no}"
        if len(row) > len(header):
            problems.append(f"{loc}: {len(row)} cells but the header has {len(header)} columns")
            continue

        def cell(name: str, row: list[str] = row) -> str | None:
            i = col.get(name)
            return _unneutralise(row[i]) if i is not None and i < len(row) else None

        qid = cell("question")
        value: object = cell("value")
        if bank.has_question(qid or "") and bank.question(qid or "").type == "multi" and isinstance(value, str):
            value = [v.strip() for v in value.split(";") if v.strip()]
        ans = _check_answer(
            bank,
            loc,
            qid,
            value,
            cell("note"),
            cell("confidence"),
            cell("answered_by"),
            problems,
            seen,
        )
        if ans is not None:
            answers.append(ans)
    if problems:
        raise InputError(problems)
    return ImportedAnswers(answers=answers)


# --------------------------------------------------------------------------------------------
# Export


def neutralise(cell: object) -> object:
    """Make a text cell safe for spreadsheets: a leading = + - @ tab or CR gets a leading quote.

    A text that itself starts with a quote gets one more, so that :func:`_unneutralise` gives back
    exactly what was written (a note ``'=1+1`` keeps its quote on a round trip).
    """
    if isinstance(cell, str) and cell.startswith((*FORMULA_PREFIXES, "'")):
        return "'" + cell
    return cell


def _unneutralise(cell: str) -> str:
    if cell.startswith("'") and cell[1:].startswith((*FORMULA_PREFIXES, "'")):
        return cell[1:]
    return cell


def export_dict(bank: QuestionBank, assessment: Assessment) -> dict[str, Any]:
    """The export format: the answers file plus the assessment's details and plan decisions."""
    order = {q.id: i for i, q in enumerate(bank.all_questions())}
    answers = sorted(assessment.answers.values(), key=lambda a: order.get(a.question, len(order)))
    plan = []
    for d in assessment.plan.values():
        entry: dict[str, Any] = {"status": d.status, "owner": d.owner, "due_date": d.due_date, "note": d.note}
        if d.custom:
            entry.update(
                custom=True,
                id=d.key,
                title=d.title,
                action=d.action,
                challenge=d.challenge,
                subchallenge=d.subchallenge,
                phase=d.phase,
                effort=d.effort,
                cost=d.cost,
                owner_role=d.owner_role,
            )
        else:
            entry["mitigation"] = d.key
            for key in ("title", "action", "owner_role"):
                if getattr(d, key):
                    entry[key] = getattr(d, key)
            if d.phase is not None:
                entry["phase"] = d.phase
        plan.append(entry)
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "assessment": {
            "client": assessment.client,
            "project": assessment.project,
            "workshop_date": assessment.workshop_date,
            "facilitator": assessment.facilitator,
            "bank": {"id": bank.id, "version": bank.version},
            "participants": [
                {"name": p.name, "role": p.role, "organisation": p.organisation} for p in assessment.participants
            ],
        },
        "answers": [
            {
                "question": a.question,
                "value": a.value,
                "note": a.note,
                "confidence": a.confidence,
                "answered_by": a.answered_by,
                "answered_at": a.answered_at,
                "note_by": a.note_by,
            }
            for a in answers
        ],
        "plan": plan,
    }


def export_json_text(bank: QuestionBank, assessment: Assessment) -> str:
    return json.dumps(export_dict(bank, assessment), indent=2, ensure_ascii=False) + "\n"


def export_csv_text(bank: QuestionBank, assessment: Assessment) -> str:
    """Answers as CSV (importable: the first four columns), with readable columns after them."""
    from desktop_app.core.scoring import answer_risk

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS + CSV_INFO_COLUMNS)
    for q in bank.all_questions():
        a = assessment.answers.get(q.id)
        if a is None:
            continue
        value = ";".join(a.value) if isinstance(a.value, list) else a.value
        risk = answer_risk(bank, q, a.value)
        row = [
            a.question,
            value,
            a.note,
            a.confidence,
            a.answered_by,
            a.answered_at,
            q.challenge or "context",
            q.subchallenge or "",
            q.text,
            answer_label(bank, a),
            "" if risk is None else f"{risk:g}",
        ]
        writer.writerow([neutralise(c) if i != 1 or isinstance(c, str) else c for i, c in enumerate(row)])
    return out.getvalue()
