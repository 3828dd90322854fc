"""Answers files in and out: JSON and CSV, as docs/file-format.md and docs/architecture.md (the CLI) describe.

Reading is all or nothing: every problem is collected (each naming the file, the row or entry and
the question id) and an :class:`InputError` is raised before anything is written anywhere.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from desktop_app.core.assessment import (
    MAX_TEXT,
    PLAN_STATUSES,
    Answer,
    Assessment,
    Participant,
    ParticipantAnswer,
    PlanDecision,
    ValueProblem,
    answer_label,
    normalize_confidence,
    normalize_value,
)
from desktop_app.core.bank import CHALLENGE_IDS, COSTS, EFFORTS, PHASES, QuestionBank
from desktop_app.core.currency import (
    CurrencyProblem,
    ExchangeRateProblem,
    normalize_currency,
    parse_exchange_rate,
)
from desktop_app.core.errors import InputError

EXPORT_FORMAT = "readiness-export"
#: 2 adds participants' ids, their own answers (``voices``), the agreed answer's ``rationale`` and
#: ``keep_confidence``, a question's ``parked``/``park_note`` (an entry may then have no value), each
#: plan decision's ``changed_by``/``updated_at`` and the ``history``
EXPORT_FORMAT_VERSION = 2
CSV_COLUMNS = ("question", "value", "note", "confidence")
#: Columns an export adds after the four; the importer reads the author, time, rationale, override,
#: note author and park back (up to ``park_note``) and ignores the rest (they are for people).
CSV_INFO_COLUMNS = (
    "answered_by",
    "answered_at",
    "rationale",
    "keep_confidence",
    "note_by",
    "parked",
    "park_note",
    "challenge",
    "subchallenge",
    "question_text",
    "answer",
    "risk",
    "voices",
)
ANSWER_FIELDS = frozenset(
    (
        "question",
        "value",
        "note",
        "confidence",
        "answered_by",
        "answered_at",
        "rationale",
        "keep_confidence",
        "note_by",
        "parked",
        "park_note",
    )
)
VOICE_FIELDS = frozenset(("participant", "question", "value", "note", "answered_by", "answered_at"))
#: the longest participant id and author name an answers file may hold
MAX_ID, MAX_NAME = 100, 1000
MAX_FILE_BYTES = 20 * 1024 * 1024
#: an export carries at most the newest this many changes of the history (the document keeps all)
EXPORT_HISTORY_LIMIT = 10_000
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class HistoryRecord:
    """One change of the exported file's history, for people to read (never written back into a file)."""

    at: str
    actor: str
    action: str
    item: str
    detail: str


@dataclass
class ImportedAnswers:
    """What an answers file holds, checked against a bank."""

    answers: list[Answer]
    details: Mapping[str, Any] = field(default_factory=dict)
    participants: list[Participant] | None = None
    plan: list[PlanDecision] = field(default_factory=list)
    #: each participant's own answers (``participant_id`` = the id in ``participants``)
    voices: list[ParticipantAnswer] = field(default_factory=list)
    #: the exported file's history, oldest first (read, never written into a document)
    history: list[HistoryRecord] = field(default_factory=list)


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
    if suffix not in (".json", ".csv", ".xlsx"):
        raise InputError(f"{where}: answers files must end in .json, .csv or .xlsx")
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{where}: not a regular file (a device, pipe or socket); save the answers to a file")
        if st.st_size > MAX_FILE_BYTES:
            raise InputError(
                f"{where}: the file is {st.st_size / 1_048_576:.1f} MB; answers files are limited to"
                f" {MAX_FILE_BYTES / 1_048_576:g} MB"
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)  # never trust st_size alone: the file may grow while read
        if len(data) > MAX_FILE_BYTES:
            raise InputError(
                f"{where}: the file is larger than {MAX_FILE_BYTES / 1_048_576:g} MB, the limit of answers files"
            )
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not an answers file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if suffix == ".xlsx":
        return parse_answers_xlsx(data, bank, where)
    text = decode_text(data, where)
    if suffix == ".json":
        return parse_answers_json(text, bank, where)
    return parse_answers_csv(text, bank, where)


@dataclass(frozen=True)
class _RawAnswer:
    """One answer's fields as a file holds them (not yet checked)."""

    question: object
    value: object
    note: object = None
    confidence: object = None
    answered_by: object = None
    answered_at: object = None
    rationale: object = None
    keep_confidence: object = None
    note_by: object = None
    parked: object = None
    park_note: object = None


def _question_of(bank: QuestionBank, where: str, qid: object, problems: list[str], seen: dict[str, str]) -> str | None:
    """The question id, known to the bank and not answered before in the file (``seen``)."""
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
    return qid


def _texts(where: str, qid: str, raw: _RawAnswer, problems: list[str]) -> dict[str, str] | None:
    """The text fields of an answer (empty when absent); None, with a problem, when one is not text."""
    out: dict[str, str] = {}
    for name in ("note", "answered_by", "answered_at", "rationale", "note_by", "park_note"):
        value = getattr(raw, name)
        if value is not None and not isinstance(value, str):
            problems.append(f"{where}: question '{qid}': '{name}' must be text")
            return None
        out[name] = value or ""
    if len(out["answered_by"]) > MAX_NAME or max(len(out["rationale"]), len(out["park_note"])) > MAX_TEXT:
        problems.append(f"{where}: question '{qid}': 'answered_by', 'rationale' or 'park_note' is too long")
        return None
    if len(out["note_by"]) > MAX_NAME:
        problems.append(f"{where}: question '{qid}': 'note_by' must be a name (text of at most {MAX_NAME} characters)")
        return None
    if out["answered_at"] and not _is_time(out["answered_at"]):
        problems.append(f"{where}: question '{qid}': 'answered_at' must be a date and time (ISO 8601)")
        return None
    return out


def _is_time(text: str) -> bool:
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return len(text) <= 40


def _flags_problem(raw: _RawAnswer) -> str:
    """The name of a yes/no field that is not true or false, or ""."""
    for name in ("keep_confidence", "parked"):
        value = getattr(raw, name)
        if value is not None and not isinstance(value, bool):
            return name
    return ""


def _check_answer(
    bank: QuestionBank, where: str, raw: _RawAnswer, problems: list[str], seen: dict[str, str]
) -> Answer | None:
    """One answer checked: it needs a value."""
    qid = _question_of(bank, where, raw.question, problems, seen)
    if qid is None:
        return None
    if raw.value is None or raw.value == "":
        problems.append(f"{where}: question '{qid}': 'value' is missing")
        return None
    return _checked(bank, where, qid, raw, problems)


def _check_entry(
    bank: QuestionBank, where: str, raw: _RawAnswer, problems: list[str], seen: dict[str, str]
) -> Answer | None:
    """One answer of a JSON file checked: an entry without a value that holds a note or a park is a
    note record (``value`` None, not scored)."""
    qid = _question_of(bank, where, raw.question, problems, seen)
    if qid is None:
        return None
    if (raw.value is None or raw.value == "") and not (raw.note or raw.parked or raw.park_note):
        problems.append(f"{where}: question '{qid}': 'value' is missing")
        return None
    return _checked(bank, where, qid, raw, problems)


def _checked(bank: QuestionBank, where: str, qid: str, raw: _RawAnswer, problems: list[str]) -> Answer | None:
    """The answer to the known question ``qid`` from ``raw``; None, with a problem, when a field does not fit."""
    missing = raw.value is None or raw.value == ""
    try:
        canonical = None if missing else normalize_value(bank.question(qid), raw.value)
        conf = normalize_confidence(raw.confidence)
    except ValueProblem as exc:
        problems.append(f"{where}: question '{qid}': {exc}")
        return None
    texts = _texts(where, qid, raw, problems)
    if texts is None:
        return None
    flag = _flags_problem(raw)
    if flag:
        problems.append(f"{where}: question '{qid}': '{flag}' must be true or false")
        return None
    return Answer(
        question=qid,
        value=canonical,
        note=texts["note"],
        confidence=conf,
        answered_by=texts["answered_by"],
        answered_at=texts["answered_at"],
        rationale=" ".join(texts["rationale"].split()),
        keep_confidence=bool(raw.keep_confidence),
        note_by=texts["note_by"].strip(),
        parked=bool(raw.parked),
        park_note=" ".join(texts["park_note"].split()),
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
    answers = _answers(data["answers"], bank, where, problems)
    details, participants = _details(data.get("assessment"), bank, where, problems)
    plan = _plan(data.get("plan"), bank, where, problems)
    voices = _voices(data.get("voices"), bank, participants or [], where, problems)
    history = _history(data.get("history"), where, problems)
    if problems:
        raise InputError(problems)
    return ImportedAnswers(
        answers=answers, details=details, participants=participants, plan=plan, voices=voices, history=history
    )


def _answers(raw: list[Any], bank: QuestionBank, where: str, problems: list[str]) -> list[Answer]:
    seen: dict[str, str] = {}
    answers: list[Answer] = []
    for i, entry in enumerate(raw):
        loc = f"{where}: answers[{i}]"
        if not isinstance(entry, dict):
            problems.append(f"{loc}: each answer must be an object with 'question' and 'value'")
            continue
        extra = set(entry) - ANSWER_FIELDS
        if extra:
            problems.append(f"{loc}: unexpected field(s) {', '.join(sorted(extra))}")
            continue
        raw_answer = _RawAnswer(**{k: entry.get(k) for k in ANSWER_FIELDS})
        ans = _check_entry(bank, loc, raw_answer, problems, seen)
        if ans is not None:
            answers.append(ans)
    return answers


def _details(
    raw: object, bank: QuestionBank, where: str, problems: list[str]
) -> tuple[dict[str, Any], list[Participant] | None]:
    details: dict[str, Any] = {}
    if raw is None:
        return details, None
    if not isinstance(raw, dict):
        problems.append(f"{where}: 'assessment' must be an object")
        return details, None
    for key in ("client", "project", "workshop_date", "facilitator"):
        if key in raw:
            if not isinstance(raw[key], str):
                problems.append(f"{where}: assessment.{key} must be text")
            else:
                details[key] = raw[key]
    _money_context(raw, where, details, problems)
    bank_ref = raw.get("bank")
    if isinstance(bank_ref, dict) and bank_ref.get("id") not in (None, bank.id):
        problems.append(f"{where}: the answers were given against bank {bank_ref.get('id')!r}, not {bank.id!r}")
    participants = _participants(raw["participants"], where, problems) if "participants" in raw else None
    return details, participants


def _money_context(raw: dict[str, Any], where: str, details: dict[str, Any], problems: list[str]) -> None:
    """The assessment's currency and exchange rate, checked as strictly as typed ones; in ``details``
    as the document stores them (the code, the rate's JSON)."""
    if "currency" in raw:
        try:
            code = normalize_currency(raw["currency"])
        except CurrencyProblem as exc:
            problems.append(f"{where}: assessment.currency: {exc}")
        else:
            if code:
                details["currency"] = code
    if raw.get("exchange_rate") is not None:
        rate = raw["exchange_rate"]
        if not isinstance(rate, dict):
            problems.append(f"{where}: assessment.exchange_rate must be an object (from, to, rate, as_of, source)")
            return
        try:
            details["exchange_rate"] = parse_exchange_rate(json.dumps(rate)).to_json()
        except (ExchangeRateProblem, ValueError) as exc:
            problems.append(f"{where}: assessment.exchange_rate: {exc}")


def _participants(raw: object, where: str, problems: list[str]) -> list[Participant]:
    if not isinstance(raw, list):
        problems.append(f"{where}: assessment.participants must be a list")
        return []
    out = []
    ids: set[str] = set()
    for i, p in enumerate(raw):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not p["name"].strip():
            problems.append(f"{where}: assessment.participants[{i}] needs a 'name'")
            continue
        pid = p.get("id", "")
        if not isinstance(pid, str) or len(pid) > MAX_ID or (pid and pid in ids):
            problems.append(f"{where}: assessment.participants[{i}]: 'id' must be a short text, unique in the list")
            continue
        ids.add(pid)
        out.append(Participant(p["name"].strip(), str(p.get("role") or ""), str(p.get("organisation") or ""), id=pid))
    return out


def _voices(
    raw: object, bank: QuestionBank, participants: list[Participant], where: str, problems: list[str]
) -> list[ParticipantAnswer]:
    """Each participant's own answers; ``participant`` is an id of ``assessment.participants``."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{where}: 'voices' must be a list")
        return []
    known = {p.id for p in participants if p.id}
    out: list[ParticipantAnswer] = []
    seen: set[tuple[str, str]] = set()
    for i, entry in enumerate(raw):
        loc = f"{where}: voices[{i}]"
        if not isinstance(entry, dict) or set(entry) - VOICE_FIELDS:
            problems.append(f"{loc}: must be an object with the fields {', '.join(sorted(VOICE_FIELDS))}")
            continue
        pid = entry.get("participant")
        if not isinstance(pid, str) or pid not in known:
            problems.append(f"{loc}: participant {pid!r} is not in assessment.participants")
            continue
        raw_answer = _RawAnswer(
            entry.get("question"), entry.get("value"), entry.get("note"), None, entry.get("answered_by"),
            entry.get("answered_at"),
        )  # fmt: skip
        checked = _check_answer(bank, loc, raw_answer, problems, {})
        if checked is None or checked.value is None:
            continue
        if (pid, checked.question) in seen:
            problems.append(f"{loc}: this participant answers '{checked.question}' twice")
            continue
        seen.add((pid, checked.question))
        out.append(
            ParticipantAnswer(
                pid, checked.question, checked.value, checked.note, checked.answered_by, checked.answered_at
            )
        )
    return out


class _HasHistoryFields(Protocol):
    at: str
    actor: str
    action: str
    target: str
    detail: str


def _history(raw: object, where: str, problems: list[str]) -> list[HistoryRecord]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{where}: 'history' must be a list")
        return []
    out: list[HistoryRecord] = []
    for i, entry in enumerate(raw):
        fields = [entry.get(k) for k in HistoryRecord.__dataclass_fields__] if isinstance(entry, dict) else []
        texts = [f for f in fields if isinstance(f, str) and len(f) <= MAX_TEXT]
        if not fields or len(texts) != len(fields):
            problems.append(f"{where}: history[{i}]: needs the texts at, actor, action, item and detail")
            continue
        out.append(HistoryRecord(*texts))
    return out


def _plan(raw: object, bank: QuestionBank, where: str, problems: list[str]) -> list[PlanDecision]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        problems.append(f"{where}: 'plan' must be a list")
        return []
    out: list[PlanDecision] = []
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        loc = f"{where}: plan[{i}]"
        decision = _decision(entry, bank, loc, problems, len([d for d in out if d.custom]) + 1)
        if decision is None:
            continue
        if decision.key in seen:
            problems.append(f"{loc}: action {decision.key!r} appears twice")
            continue
        seen.add(decision.key)
        out.append(decision)
    return out


_PLAN_TEXTS = ("owner", "due_date", "note", "title", "action", "owner_role", "changed_by", "updated_at")


def _plan_problem(entry: dict[str, Any]) -> str:
    """What is wrong with the fields every plan entry has, or ""."""
    if entry.get("status", "proposed") not in PLAN_STATUSES:
        return f"status must be one of {', '.join(PLAN_STATUSES)}"
    if any(not isinstance(entry.get(k, ""), str) or len(entry.get(k, "")) > MAX_TEXT for k in _PLAN_TEXTS):
        return f"{', '.join(_PLAN_TEXTS)} must be text"
    phase = entry.get("phase")
    if phase is not None and phase not in PHASES:
        return "phase must be 0, 1, 2 or 3"
    return ""


def _decision(entry: object, bank: QuestionBank, loc: str, problems: list[str], custom_n: int) -> PlanDecision | None:
    """One plan entry checked; None, with a problem, when it does not fit."""
    if not isinstance(entry, dict):
        problems.append(f"{loc}: must be an object")
        return None
    problem = _plan_problem(entry)
    if problem:
        problems.append(f"{loc}: {problem}")
        return None
    common: dict[str, Any] = {k: entry.get(k, "") for k in _PLAN_TEXTS}
    common.update(status=entry.get("status", "proposed"), phase=entry.get("phase"))
    if entry.get("custom"):
        return _custom_decision(entry, loc, problems, f"CUSTOM-{custom_n}", common)
    mid = entry.get("mitigation")
    if mid not in bank.mitigations:
        problems.append(f"{loc}: unknown mitigation {mid!r}")
        return None
    return PlanDecision(key=str(mid), **common)


def _custom_decision(
    entry: dict[str, Any], loc: str, problems: list[str], default_key: str, common: dict[str, Any]
) -> PlanDecision | None:
    challenge = entry.get("challenge", "")
    if challenge not in CHALLENGE_IDS:
        problems.append(f"{loc}: custom action needs a challenge (one of {', '.join(CHALLENGE_IDS)})")
        return None
    if not common["title"].strip():
        problems.append(f"{loc}: custom action needs a title")
        return None
    effort, cost = str(entry.get("effort") or ""), str(entry.get("cost") or "")
    if effort not in (*EFFORTS, "") or cost not in (*COSTS, ""):
        problems.append(f"{loc}: effort must be S, M or L and cost low, medium or high")
        return None
    fields = {**common, "phase": 1 if common["phase"] is None else common["phase"]}
    return PlanDecision(
        key=str(entry.get("id") or default_key),
        custom=True,
        challenge=challenge,
        subchallenge=str(entry.get("subchallenge") or ""),
        effort=effort,
        cost=cost,
        **fields,
    )


def _csv_header(rows: list[list[str]], where: str) -> dict[str, int]:
    """The column of each name in the header row; InputError for a header the importer cannot use."""
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
    return {name: i for i, name in enumerate(header)}


#: how a yes/no cell of a CSV file may be written (any case); an empty cell is no
CSV_YES, CSV_NO = ("yes", "true", "1"), ("no", "false", "0", "")


def _csv_flags(
    cell: Callable[[str], str | None], loc: str, qid: str | None, problems: list[str]
) -> tuple[bool, bool] | None:
    """The row's ``keep_confidence`` and ``parked`` cells as yes/no; None, with a problem, when one is neither."""
    out: list[bool] = []
    for name in ("keep_confidence", "parked"):
        text = (cell(name) or "").strip()
        if text.lower() not in CSV_YES + CSV_NO:
            problems.append(f"{loc}: question '{qid}': '{name}' must be yes or no (not {text!r})")
            return None
        out.append(text.lower() in CSV_YES)
    return out[0], out[1]


def parse_answers_csv(text: str, bank: QuestionBank, where: str = "answers.csv") -> ImportedAnswers:
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"{where}: not valid CSV: {exc}") from None
    return _parse_answer_rows(rows, bank, where)


def _parse_answer_rows(rows: list[list[str]], bank: QuestionBank, where: str) -> ImportedAnswers:
    """The answers of a table whose first row names the columns (a CSV file, an XLSX sheet)."""
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise InputError(f"{where}: the file has no rows")
    col = _csv_header(rows, where)
    problems: list[str] = []
    seen: dict[str, str] = {}
    answers: list[Answer] = []
    for line_no, row in enumerate(rows[1:], start=2):
        loc = f"{where}:{line_no}"
        if len(row) > len(col):
            problems.append(f"{loc}: {len(row)} cells but the header has {len(col)} columns")
            continue

        def cell(name: str, row: list[str] = row) -> str | None:
            i = col.get(name)
            return _unneutralise(row[i]) if i is not None and i < len(row) else None

        qid = cell("question")
        value: object = cell("value")
        if bank.has_question(qid or "") and bank.question(qid or "").type == "multi" and isinstance(value, str):
            value = [v.strip() for v in value.split(";") if v.strip()]
        flags = _csv_flags(cell, loc, qid, problems)
        if flags is None:
            continue
        raw = _RawAnswer(
            qid, value, cell("note"), cell("confidence"), cell("answered_by"), cell("answered_at"), cell("rationale"),
            flags[0], cell("note_by"), flags[1], cell("park_note"),
        )  # fmt: skip
        ans = _check_answer(bank, loc, raw, problems, seen)
        if ans is not None:
            answers.append(ans)
    if problems:
        raise InputError(problems)
    return ImportedAnswers(answers=answers)


#: the sheet of an exported workbook (File > Export > XLSX) that holds the agreed answers
XLSX_ANSWERS_SHEET = "Answers"
#: rows and columns an answers sheet may have (a bank has a few hundred questions)
MAX_XLSX_ROWS, MAX_XLSX_COLUMNS = 5_001, 40


def parse_answers_xlsx(data: bytes, bank: QuestionBank, where: str = "answers.xlsx") -> ImportedAnswers:
    """The agreed answers of a workbook the app exported (its Answers sheet), checked as a CSV answers
    file is: the same columns, found by their names (the columns for people are ignored). The
    workbook is bounded before it is read (``self_assessment.open_workbook``)."""
    from desktop_app.core.self_assessment import open_workbook

    wb = open_workbook(data, where)
    try:
        if XLSX_ANSWERS_SHEET not in wb.sheetnames:
            raise InputError(
                f"{where}: there is no sheet named {XLSX_ANSWERS_SHEET!r}; use a workbook exported by the app"
                " (a filled self-assessment questionnaire is imported as one participant's answers)"
            )
        rows: list[list[str]] = []
        sheet = wb[XLSX_ANSWERS_SHEET]
        for number, values in enumerate(sheet.iter_rows(max_col=MAX_XLSX_COLUMNS, values_only=True), start=1):
            if number > MAX_XLSX_ROWS:
                raise InputError(f"{where}: the Answers sheet has more than {MAX_XLSX_ROWS - 1:,} rows")
            rows.append([_xlsx_text(v) for v in values])
    finally:
        wb.close()
    if not rows:
        raise InputError(f"{where}: the Answers sheet is empty")
    known = CSV_COLUMNS + CSV_INFO_COLUMNS
    keep = [i for i, h in enumerate(rows[0]) if h.strip().lower() in known]  # "text" etc. are for people
    return _parse_answer_rows([[r[i] if i < len(r) else "" for i in keep] for r in rows], bank, where)


def _xlsx_text(value: object) -> str:
    """A cell as the text a CSV file would hold (yes/no for a flag, a whole number without ".0")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


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


def _plan_entry(d: PlanDecision) -> dict[str, Any]:
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
    entry.update(changed_by=d.changed_by, updated_at=d.updated_at)
    return entry


def history_records(history: Iterable[_HasHistoryFields]) -> list[HistoryRecord]:
    """A document's history entries (``ReadinessDocument.history()``, newest first) oldest first."""
    records = [HistoryRecord(e.at, e.actor, e.action, e.target, e.detail) for e in history]
    return records[::-1]


def export_dict(
    bank: QuestionBank, assessment: Assessment, history: Iterable[_HasHistoryFields] | None = None
) -> dict[str, Any]:
    """The export format: the answers file plus the assessment's details, participants and their own
    answers, plan decisions and (when ``history`` is given: a document's entries, newest first) the
    history, oldest first."""
    order = {q.id: i for i, q in enumerate(bank.all_questions())}
    # a question not answered travels when it holds a note or a park (a confidence alone does not)
    kept = [a for a in assessment.unanswered.values() if a.note or a.parked or a.park_note]
    answers = sorted([*assessment.answers.values(), *kept], key=lambda a: order.get(a.question, len(order)))
    voices = [
        {
            "participant": v.participant_id,
            "question": v.question,
            "value": v.value,
            "note": v.note,
            "answered_by": v.answered_by,
            "answered_at": v.answered_at,
        }
        for qid in sorted(assessment.voices, key=lambda q: order.get(q, len(order)))
        for v in assessment.voices[qid]
    ]
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "assessment": {
            "client": assessment.client,
            "project": assessment.project,
            "workshop_date": assessment.workshop_date,
            "facilitator": assessment.facilitator,
            **({"currency": assessment.currency} if assessment.currency else {}),
            **(
                {"exchange_rate": json.loads(assessment.exchange_rate.to_json())}
                if assessment.exchange_rate is not None
                else {}
            ),
            "bank": {"id": bank.id, "version": bank.version},
            "participants": [
                {"id": p.id, "name": p.name, "role": p.role, "organisation": p.organisation}
                for p in assessment.participants
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
                "rationale": a.rationale,
                "keep_confidence": a.keep_confidence,
                "note_by": a.note_by,
                "parked": a.parked,
                "park_note": a.park_note,
            }
            for a in answers
        ],
        "voices": voices,
        "plan": [_plan_entry(d) for d in assessment.plan.values()],
    }
    if history is not None:
        data["history"] = [asdict(h) for h in history_records(history)]
    return data


#: bytes an export's text may have: the import limit less a UTF-8 byte-order mark (File > Export writes one)
_BOM_BYTES = len(codecs.BOM_UTF8)


def _json_text(data: Mapping[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _export_budget() -> int:
    return MAX_FILE_BYTES - _BOM_BYTES


def _too_large(what: str, size: int) -> InputError:
    return InputError(
        f"the {what} would be {size / 1_048_576:.1f} MB, too large for a file that imports back (answers files"
        f" are limited to {MAX_FILE_BYTES / 1_048_576:g} MB); shorten the longest notes and try again"
    )


@dataclass(frozen=True)
class ExportText:
    """An export's text, and how many of the oldest history entries it left out to fit the limit."""

    text: str
    history_omitted: int = 0


def export_json_text(
    bank: QuestionBank, assessment: Assessment, history: Iterable[_HasHistoryFields] | None = None
) -> str:
    """The export as JSON text that always imports back (see :func:`export_json`)."""
    return export_json(bank, assessment, history).text


def export_json(
    bank: QuestionBank, assessment: Assessment, history: Iterable[_HasHistoryFields] | None = None
) -> ExportText:
    """The export as JSON text that always imports back: at most the import limit (``MAX_FILE_BYTES``,
    with a byte-order mark). When the history makes it larger, the oldest changes are left out
    (``history_omitted`` says how many; the document keeps them all); an assessment larger than the
    limit even without its history raises :class:`InputError`."""
    data = export_dict(bank, assessment, history)
    text = _json_text(data)
    budget = _export_budget()
    size = len(text.encode("utf-8"))
    records = data.get("history")
    if size <= budget:
        return ExportText(text)
    if not records:
        raise _too_large("export", size)
    fitted = _fit_history(data, records, budget)
    return ExportText(_json_text(fitted), int(fitted["history_omitted"]))


def _fit_history(data: dict[str, Any], records: list[dict[str, str]], budget: int) -> dict[str, Any]:
    """``data`` with the newest ``records`` (oldest first) that keep its JSON text within ``budget`` bytes."""
    data = dict(data, history=[], history_omitted=len(records))
    base = len(_json_text(data).encode("utf-8"))
    if base > budget:
        raise _too_large("export (without its history)", base)
    # an entry costs its own text, indented one level deeper (4 more spaces on each line), and a separator
    lines = len(json.dumps(records[0], indent=2).splitlines())
    extra = 4 * lines + len(",\n")
    room, kept = budget - base - 16, 0  # 16: the list's brackets on their own lines
    for record in reversed(records):
        cost = len(json.dumps(record, indent=2, ensure_ascii=False).encode("utf-8")) + extra
        if cost > room:
            break
        room -= cost
        kept += 1
    while True:  # the estimate can be a few bytes off either way: first make the limit hold...
        data["history"], data["history_omitted"] = records[len(records) - kept :], len(records) - kept
        if kept == 0 or len(_json_text(data).encode("utf-8")) <= budget:
            break
        kept -= 1
    while kept < len(records):  # ...then keep one more entry while it still fits (a budget at a boundary)
        more = dict(data, history=records[len(records) - kept - 1 :], history_omitted=len(records) - kept - 1)
        if len(_json_text(more).encode("utf-8")) > budget:
            break
        data, kept = more, kept + 1
    return data


def voices_text(bank: QuestionBank, assessment: Assessment, question_id: str) -> str:
    """The room's answers to one question in a line: ``Dana: Good; Eli: None``."""
    names = {p.id: p.name for p in assessment.participants}
    order = {p.id: i for i, p in enumerate(assessment.participants)}
    voices = sorted(assessment.voices.get(question_id, ()), key=lambda v: order.get(v.participant_id, len(order)))
    return "; ".join(
        f"{names.get(v.participant_id, '?')}: {answer_label(bank, Answer(question_id, v.value))}" for v in voices
    )


def export_csv_text(bank: QuestionBank, assessment: Assessment) -> str:
    """Answers as CSV (importable: the first four columns, with author, time, rationale, override,
    note author and park), with readable columns after them (the room's answers among them).
    Only answered questions have a row (a parked question without an answer travels in JSON)."""
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
            a.rationale,
            "yes" if a.keep_confidence else "no",
            a.note_by,
            "yes" if a.parked else "no",
            a.park_note,
            q.challenge or "context",
            q.subchallenge or "",
            q.text,
            answer_label(bank, a),
            "" if risk is None else f"{risk:g}",
            voices_text(bank, assessment, q.id),
        ]
        writer.writerow([neutralise(c) if i != 1 or isinstance(c, str) else c for i, c in enumerate(row)])
    text = out.getvalue()
    size = len(text.encode("utf-8"))
    if size > _export_budget():  # an export we write imports back
        raise _too_large("CSV export", size)
    return text
