"""Pre-workshop self-assessment: a blank questionnaire to send out, and its answers back.

:func:`write_blank` writes the assessment's questions as an XLSX workbook (one sheet, a drop-down
list of the options on each answer cell, instructions, the structure locked so only the answer,
note and name cells can be typed in) or as CSV. :func:`read_filled` reads one back and checks every
row against the bank: a :class:`SelfAssessmentReport` says which rows were taken and which were
not, and why. Only the taken rows are then stored, as one participant's own answers (never as the
agreed answer). A file from elsewhere is hostile: its size, rows and cell lengths are bounded, and
nothing in it is evaluated. Documented in ``docs/user-guide.md`` ("Self-assessment before the
workshop").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.assessment import MAX_TEXT, AnswerValue, ValueProblem, normalize_value
from desktop_app.core.bank import NA, UNKNOWN, Question, QuestionBank
from desktop_app.core.errors import InputError
from desktop_app.core.exchange import FORMULA_PREFIXES, MAX_FILE_BYTES

COLUMNS = ("question", "challenge", "question_text", "options", "answer", "note")
HEADERS = ("Question id", "Challenge", "Question", "Possible answers", "Your answer", "Note")
SHEET = "Self-assessment"
DONT_KNOW, NOT_APPLICABLE = "Don't know", "Not applicable"
# MAX_FILE_BYTES and FORMULA_PREFIXES come from core.exchange: one size limit and one formula rule for
# every answers file a person sends back (CSV, JSON or this workbook)
#: rows above the table in the workbook: title, instructions, name, blank, headers
NAME_ROW, HEADER_ROW = 4, 6
INSTRUCTIONS = (
    "Answer each question in the 'Your answer' column: choose from the list (or type one of the possible "
    "answers; for questions where several apply, type them separated by ';'). Leave a row empty if you do "
    'not want to answer it; choose "Don\'t know" if you do not know. A note is optional. Do not change the '
    "other columns. Send the file back as it is."
)


@dataclass(frozen=True)
class BlankRow:
    question: str
    challenge: str
    text: str
    choices: tuple[str, ...]  # what may be typed or chosen: option labels, Don't know, Not applicable
    hint: str  # the possible answers in words (numbers: the range and unit)


@dataclass(frozen=True)
class TakenRow:
    row: int
    question: str
    value: AnswerValue
    note: str


@dataclass(frozen=True)
class RejectedRow:
    row: int
    question: str
    reason: str


@dataclass
class SelfAssessmentReport:
    """What a filled self-assessment holds: rows taken, rows not taken (with why), rows left empty."""

    participant: str
    taken: list[TakenRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    empty: int = 0


def blank_rows(bank: QuestionBank) -> list[BlankRow]:
    """Every question a participant can answer (computed questions are left out)."""
    rows = []
    for q in bank.all_questions():
        if q.computed:
            continue
        challenge = q.id.split(".", 1)[0]
        rows.append(BlankRow(q.id, challenge, q.text, _choices(q), _hint(q)))
    return rows


def _choices(q: Question) -> tuple[str, ...]:
    labels = [o.label for o in q.options] if q.type in ("single", "yesno", "scale") else []
    if q.allow_unknown and q.type != "text":
        labels.append(DONT_KNOW)
    if q.allow_na and q.type != "text":
        labels.append(NOT_APPLICABLE)
    return tuple(labels)


def _hint(q: Question) -> str:
    if q.type == "multi":
        return "; ".join(o.label for o in q.options) + " (several: separate with ';')"
    if q.type == "number":
        low = "" if q.minimum is None else f"from {q.minimum:g} "
        high = "" if q.maximum is None else f"to {q.maximum:g} "
        return f"a number {low}{high}{q.unit or ''}".strip()
    if q.type == "text":
        return "text"
    return "; ".join(o.label for o in q.options)


def _safe(text: str) -> str:
    """A cell text a spreadsheet will not run as a formula."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


# --------------------------------------------------------------------------------------------
# Writing a blank questionnaire


def write_blank(bank: QuestionBank, path: Path, title: str) -> None:
    """Write the blank questionnaire to ``path`` (``.xlsx`` or ``.csv``) atomically."""
    from desktop_app.core.files import write_atomically

    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = blank_csv(bank).encode("utf-8-sig")
    elif suffix == ".xlsx":
        data = blank_xlsx(bank, title)
    else:
        raise InputError(f"{path.name}: a self-assessment is written as .xlsx or .csv")

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    write_atomically(path, write)


def blank_csv(bank: QuestionBank) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in blank_rows(bank):
        writer.writerow([r.question, r.challenge, _safe(r.text), _safe(r.hint), "", ""])
    return out.getvalue()


def blank_xlsx(bank: QuestionBank, title: str) -> bytes:
    """One sheet: title, instructions, the participant's name, then one row per question with a
    drop-down on the answer cell. The sheet is protected; answer, note and name cells are unlocked."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    # the drop-down lists live in a hidden, protected sheet (a list typed into the rule is limited to 255 characters)
    lists = wb.create_sheet("Lists")
    lists.sheet_state = "hidden"
    ws["A1"] = title
    ws["A1"].data_type = "s"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = INSTRUCTIONS
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A2:F2")
    ws.row_dimensions[2].height = 60
    ws.cell(NAME_ROW, 1, "Your name:").font = Font(bold=True)
    name = ws.cell(NAME_ROW, 2)
    name.protection = Protection(locked=False)
    name.fill = PatternFill("solid", fgColor="FFF8DC")
    for col, header in enumerate(HEADERS, start=1):
        ws.cell(HEADER_ROW, col, header).font = Font(bold=True)
    editable = PatternFill("solid", fgColor="FFF8DC")
    for i, r in enumerate(blank_rows(bank)):
        row = HEADER_ROW + 1 + i
        for col, value in enumerate((r.question, r.challenge, r.text, r.hint), start=1):
            cell = ws.cell(row, col)
            cell.value = value
            cell.data_type = "s"  # text, never a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for col in (5, 6):
            cell = ws.cell(row, col)
            cell.protection = Protection(locked=False)
            cell.fill = editable
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if r.choices and bank.question(r.question).type != "multi":
            for j, choice in enumerate(r.choices, start=1):
                lists.cell(j, i + 1, choice).data_type = "s"
            column = lists.cell(1, i + 1).column_letter
            rule = DataValidation(
                type="list",
                formula1=f"=Lists!${column}$1:${column}${len(r.choices)}",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Not one of the answers",
                error="Choose one of the answers in the list (or leave the cell empty).",
            )
            ws.add_data_validation(rule)
            rule.add(ws.cell(row, 5))
    for letter, width in zip("ABCDEF", (30, 16, 60, 40, 28, 40), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.protection.sheet = True
    ws.protection.formatRows = False  # rows may grow for long notes
    lists.protection.sheet = True
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Reading it back


def read_filled(path: Path, bank: QuestionBank, participant: str = "") -> SelfAssessmentReport:
    """Check every row of a filled self-assessment; raises InputError only when the file as a whole
    cannot be read (then nothing is taken)."""
    where = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        raise InputError(f"{where}: the file is {size // 1_048_576} MB; a self-assessment is limited to 20 MB")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        name, rows = _xlsx_rows(path)
    elif suffix == ".csv":
        from desktop_app.core.exchange import decode_text

        name, rows = "", _csv_rows(decode_text(path.read_bytes(), where), where)
    else:
        raise InputError(f"{where}: a self-assessment is read from .xlsx or .csv")
    report = SelfAssessmentReport(participant.strip() or name.strip())
    if not report.participant:
        raise InputError(f"{where}: whose answers are these? The name cell is empty; give --participant NAME")
    if len(report.participant) > 200:
        raise InputError(f"{where}: the participant's name is longer than 200 characters")
    _check_rows(rows, bank, report)
    return report


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


#: what the parts of a workbook may add up to once unpacked, and how many parts it may have: a
#: received file is hostile, and a few MB of zip can unpack to many GB (a worst-case export: 27 MB)
MAX_UNPACKED_BYTES, MAX_PARTS = 200 * 1024 * 1024, 1_000


def open_workbook(data: bytes, where: str) -> Any:
    """An openpyxl workbook (read-only, values only) of an XLSX file's bytes, bounded first: at most
    :data:`MAX_PARTS` parts that unpack to at most :data:`MAX_UNPACKED_BYTES`. InputError when it is
    not a workbook or is larger."""
    import zipfile

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(f"{where}: not a readable XLSX workbook ({exc})") from None
    unpacked = sum(p.file_size for p in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            f"{where}: the workbook unpacks to {unpacked / 1_048_576:,.0f} MB in {len(parts):,} parts; a workbook"
            f" the app reads may unpack to at most {MAX_UNPACKED_BYTES // 1_048_576} MB"
        )
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise InputError(f"{where}: not a readable XLSX workbook ({exc})") from None


def is_self_assessment(path: Path) -> bool:
    """Whether ``path`` looks like a filled self-assessment questionnaire (the workbook's sheet, or a
    CSV with its columns and no ``value`` column), so that it is imported as one participant's
    answers; False for anything else, readable or not (the importer then says what is wrong)."""
    suffix = path.suffix.lower()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return False
        if suffix == ".xlsx":
            wb = open_workbook(path.read_bytes(), path.name)
            try:
                return SHEET in wb.sheetnames
            finally:
                wb.close()
        if suffix == ".csv":
            with path.open("rb") as fh:
                head = fh.read(64 * 1024).decode("utf-8-sig", errors="replace")
            header = {h.strip().lower() for h in next(csv.reader(io.StringIO(head)), [])}
            return {"question", "options", "answer"} <= header and "value" not in header
    except (OSError, InputError, csv.Error):
        return False
    return False


def _xlsx_rows(path: Path) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    wb = open_workbook(data, path.name)
    if SHEET not in wb.sheetnames:
        wb.close()
        raise InputError(f"{path.name}: there is no sheet named {SHEET!r}; use the file the app wrote")
    ws = wb[SHEET]
    name = ""
    rows: list[tuple[int, list[str]]] = []
    for number, values in enumerate(ws.iter_rows(max_col=len(COLUMNS), values_only=True), start=1):
        if number > HEADER_ROW + 5000:
            break
        texts = [_cell_text(v) for v in values]
        if number == NAME_ROW and len(texts) > 1:
            name = texts[1]
        if number > HEADER_ROW and any(texts):
            rows.append((number, texts + [""] * (len(COLUMNS) - len(texts))))
    wb.close()
    return name, iter(rows)


def _csv_rows(text: str, where: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    if "question" not in header or "answer" not in header:
        raise InputError(f"{where}:1: the columns 'question' and 'answer' are missing; use the file the app wrote")
    index = {name: header.index(name) for name in COLUMNS if name in header}
    rows = []
    for number, cells in enumerate(reader, start=2):
        if number > 5002:
            break
        rows.append((number, [cells[index[c]] if c in index and index[c] < len(cells) else "" for c in COLUMNS]))
    return iter(rows)


def _check_rows(rows: Iterator[tuple[int, Sequence[str]]], bank: QuestionBank, report: SelfAssessmentReport) -> None:
    seen: dict[str, int] = {}
    for number, cells in rows:
        qid, answer, note = cells[0].strip(), cells[4].strip(), cells[5]
        if not qid:
            report.rejected.append(RejectedRow(number, "", "the question id is missing"))
            continue
        if not bank.has_question(qid):
            report.rejected.append(RejectedRow(number, qid[:80], "not a question of this assessment"))
            continue
        if not answer:
            report.empty += 1
            continue
        if qid in seen:
            report.rejected.append(RejectedRow(number, qid, f"answered twice (also on row {seen[qid]})"))
            continue
        seen[qid] = number
        if len(answer) > MAX_TEXT or len(note) > MAX_TEXT:
            report.rejected.append(RejectedRow(number, qid, f"longer than {MAX_TEXT:,} characters"))
            continue
        question = bank.question(qid)
        if question.computed:
            report.rejected.append(RejectedRow(number, qid, "computed by the app; it cannot be answered"))
            continue
        try:
            value = normalize_value(question, _to_raw(question, answer))
        except ValueProblem as exc:
            report.rejected.append(RejectedRow(number, qid, str(exc)))
            continue
        report.taken.append(TakenRow(number, qid, value, note.strip()))


def _to_raw(question: Question, answer: str) -> object:
    """Labels (as in the drop-down) to option ids; "Don't know"/"Not applicable" to unknown/na."""
    special = {DONT_KNOW.lower(): UNKNOWN, NOT_APPLICABLE.lower(): NA}
    if question.type == "text":
        return answer
    if answer.lower() in special:
        return special[answer.lower()]
    by_label = {o.label.strip().lower(): o.id for o in question.options}
    if question.type == "multi":
        return [by_label.get(p.strip().lower(), p.strip()) for p in answer.split(";") if p.strip()]
    if question.type in ("single", "yesno", "scale"):
        return by_label.get(answer.lower(), answer)
    return answer


def written_name(path: Path) -> str:
    """The name the participant wrote in a filled workbook ("" for a CSV, an empty cell or a file
    that cannot be read: :func:`read_filled` then says what is wrong)."""
    if path.suffix.lower() != ".xlsx":
        return ""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return ""
        name, _ = _xlsx_rows(path)
    except (InputError, OSError):
        return ""
    return name.strip()[:200]
