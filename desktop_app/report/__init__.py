"""The PDF deployment plan (reportlab, loaded lazily; no Qt).

Only :func:`write_report` lives here; the modules that import reportlab load when it is called, so
importing this package at GUI start costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.assessment import Assessment
    from desktop_app.core.bank import QuestionBank

PAPERS = ("a4", "letter")


def write_report(
    bank: QuestionBank,
    assessment: Assessment,
    out_path: str | Path,
    paper: str = "a4",
    password: str | None = None,
    *,
    progress: Callable[[int, str], None] | None = None,
) -> int:
    """Write the PDF deployment plan of ``assessment`` to ``out_path``; return its page count.

    ``paper`` is ``"a4"`` or ``"letter"``; a ``password`` encrypts the PDF. ``progress(percent,
    message)`` is called as the work advances (from the calling thread). The file is written to a
    temporary file in the same folder and moved into place, so a reader never sees half a PDF.
    """
    paper = paper.lower()
    if paper not in PAPERS:
        raise ValueError(f"paper must be 'a4' or 'letter', not {paper!r}")
    from desktop_app.report.builder import write_pdf

    return write_pdf(
        bank, assessment, Path(out_path), paper=paper, password=password or None, progress=progress or _quiet
    )


def _quiet(_percent: int, _message: str) -> None:
    pass
