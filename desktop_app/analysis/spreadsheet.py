"""Writing spreadsheets safely: no live formulas, no characters Excel rejects, atomic replace."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.errors import InputError
from desktop_app.core.exchange import neutralise
from desktop_app.core.files import write_atomically

# XML 1.0 forbids these control characters; openpyxl raises on them (tab, LF and CR are allowed)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value: Any) -> Any:
    """A cell value a spreadsheet shows as written and never evaluates."""
    if value is None or isinstance(value, bool | int | float):
        return value
    text = _ILLEGAL.sub("", str(value))
    return neutralise(text)


#: ``[(sheet title, header, rows), ...]``
Sheets = Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]

#: the most characters a spreadsheet cell holds (Excel's limit; openpyxl cuts a longer text silently)
MAX_CELL_CHARS = 32_767


def _too_long(title: str, number: int, header: Sequence[str], row: Sequence[Any]) -> list[str]:
    """Where a (safe) row holds a text longer than a cell holds: sheet, row, its first cell, column."""
    return [
        f"sheet {title!r}, row {number} ({row[0]}), column {header[i] if i < len(header) else i + 1}: the text has"
        f" {len(v):,} characters; a spreadsheet cell holds at most {MAX_CELL_CHARS:,}"
        for i, v in enumerate(row)
        if isinstance(v, str) and len(v) > MAX_CELL_CHARS
    ]


def workbook_bytes(sheets: Sheets) -> bytes:
    """The XLSX file of ``sheets``, in memory. Raises InputError (naming each place, the first 20) when
    a text is longer than a cell holds: it would be cut, never shown or read back whole."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    bold = Font(bold=True)
    problems: list[str] = []
    for title, header, rows in sheets:
        ws = wb.create_sheet(title=title)
        ws.append([safe_cell(h) for h in header])
        for cell in ws[1]:
            cell.font = bold
        for number, row in enumerate(rows, start=2):
            cells = [safe_cell(v) for v in row]
            problems.extend(_too_long(title, number, header, cells))
            ws.append(cells)
        ws.freeze_panes = "A2"
        for i, h in enumerate(header, start=1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = max(10, min(50, len(str(h)) + 4))
    if problems:
        raise InputError(problems[:20])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_workbook(path: str | Path, sheets: Sheets) -> Path:
    """Write ``[(sheet title, header, rows), ...]`` to ``path`` via a temporary file and ``os.replace``
    (InputError, nothing written, for a text longer than a cell holds)."""
    path = Path(path)
    if not path.parent.exists():
        raise InputError(f"the folder {path.parent} does not exist")
    return write_bytes(path, workbook_bytes(sheets))


def write_bytes(path: str | Path, data: bytes) -> Path:
    """Write a workbook's bytes to ``path`` via a temporary file and ``os.replace``."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomically(path, write)
