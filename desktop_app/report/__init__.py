"""The PDF deployment plan (reportlab, loaded lazily; no Qt).

Only :func:`write_report` lives here; the modules that import reportlab load when it is called, so
importing this package at GUI start costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.report.options import PAPERS, ReportOptions

if TYPE_CHECKING:
    from desktop_app.core.assessment import Assessment
    from desktop_app.core.bank import QuestionBank

__all__ = ["PAPERS", "ReportOptions", "write_report"]


def write_report(
    bank: QuestionBank,
    assessment: Assessment,
    out_path: str | Path,
    options: ReportOptions | None = None,
    *,
    progress: Callable[[int, str], None] | None = None,
) -> int:
    """Write the PDF deployment plan of ``assessment`` to ``out_path``; return its page count.

    ``options`` sets the paper (``"a4"`` or ``"letter"``), a password (the PDF is then encrypted in
    memory: no plaintext copy is written), the firm, disclaimer, version and a fixed date; see
    :class:`ReportOptions`. ``progress(percent, message)`` is called as the
    work advances (from the calling thread). The file is written to a temporary file in the same
    folder and moved into place, so a reader never sees half a PDF.
    """
    opts = options or ReportOptions()
    opts = replace(opts, paper=opts.paper.lower(), password=opts.password or None)
    from desktop_app.report.builder import write_pdf

    return write_pdf(bank, assessment, Path(out_path), options=opts, progress=progress or _quiet)


def _quiet(_percent: int, _message: str) -> None:
    pass
