"""Writing spreadsheets safely: no live formulas, no characters Excel rejects, atomic replace."""

from __future__ import annotations

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


def write_workbook(path: str | Path, sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]) -> Path:
    """Write ``[(sheet title, header, rows), ...]`` to ``path`` via a temporary file and ``os.replace``."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    if not path.parent.exists():
        raise InputError(f"the folder {path.parent} does not exist")
    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    bold = Font(bold=True)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title=title)
        ws.append([safe_cell(h) for h in header])
        for cell in ws[1]:
            cell.font = bold
        for row in rows:
            ws.append([safe_cell(v) for v in row])
        ws.freeze_panes = "A2"
        for i, h in enumerate(header, start=1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = max(10, min(50, len(str(h)) + 4))
    return write_atomically(path, wb.save)
