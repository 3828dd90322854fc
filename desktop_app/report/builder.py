"""Assemble the report and write it to disk (called lazily by :func:`desktop_app.report.write_report`).

The PDF is laid out in memory; with a password it is encrypted in memory too, so a plaintext copy
never reaches the disk. Only the finished bytes are written, to a temporary file moved into place.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app import __version__
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.files import write_atomically
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import score
from desktop_app.report import sections
from desktop_app.report.document import MARGIN_X, PAPERS, REPORT_TITLE, ReportTemplate, RunningText
from desktop_app.report.fonts import SANS, SANS_BOLD, markup, plain, register_fonts, shorten
from desktop_app.report.options import ReportOptions
from desktop_app.report.status import money_figures, plan_status
from desktop_app.report.styles import MIN_SIZE, make_styles
from desktop_app.report.words import DECISION_WORDS, long_date

Progress = Callable[[int, str], None]


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF ``data`` encrypted with AES-256 (PDF 2.0 standard security handler, R6), in memory.

    The owner password is random and never shown, so the "no changes" permission holds: a reader
    who knows the user password may open, print and copy, not edit or reassemble. reportlab's own
    AES-256 output is not readable by poppler or pypdf, so pypdf (with ``cryptography``) does it.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.constants import UserAccessPermissions as Allow

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    allowed = Allow.PRINT | Allow.PRINT_TO_REPRESENTATION | Allow.EXTRACT | Allow.EXTRACT_TEXT_AND_GRAPHICS
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
        permissions_flag=allowed,
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_story(ctx: sections.ReportContext) -> list[Flowable]:
    return sections.story(ctx)


def _header_text(client: str, project: str, doc_width: float) -> str:
    """Client and project on one line of the running header, cut to fit."""
    room = doc_width * 0.58
    c_len, p_len = len(client), len(project)
    while True:
        c, p = shorten(client, c_len), shorten(project, p_len)
        width = stringWidth(plain(c), SANS_BOLD, MIN_SIZE) + stringWidth(" · " + plain(p), SANS, MIN_SIZE)
        if width <= room or (c_len <= 12 and p_len <= 12):
            return f"<b>{markup(c)}</b> · {markup(p)}"
        if p_len >= c_len:
            p_len -= 4
        else:
            c_len -= 4


def _footer_text(client: str, doc_width: float) -> str:
    """The footer's one line, the client's name cut so it never wraps onto the rule."""
    room = doc_width - 90
    limit = len(client)
    while (
        limit > 12
        and stringWidth(plain(f"Confidential · prepared for {shorten(client, limit)}"), SANS, MIN_SIZE) > room
    ):
        limit -= 4
    return f"Confidential · prepared for {markup(shorten(client, limit))}"


def _source_date() -> datetime | None:
    """The reproducible-builds date (``SOURCE_DATE_EPOCH``, seconds since 1970), if set."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC) if raw else None
    except (ValueError, OverflowError, OSError):
        return None


def layout(bank: QuestionBank, assessment: Assessment, options: ReportOptions, progress: Progress) -> tuple[bytes, int]:
    """The report as PDF bytes, and its page count."""
    paper = options.paper.lower()
    fonts = register_fonts()
    styles = make_styles()
    profile = score(bank, assessment)
    plan = build_plan(bank, assessment)
    status = plan_status(plan)
    now = options.generated or _source_date() or datetime.now().astimezone()
    client = shorten(assessment.client, 80)
    project = shorten(assessment.project, 80)
    doc_width = PAPERS[paper][0] - 2 * MARGIN_X
    buffer = io.BytesIO()
    doc = ReportTemplate(
        buffer,
        paper=paper,
        styles=styles,
        running=RunningText(
            _header_text(client, project, doc_width), _footer_text(assessment.client, doc_width), status.draft
        ),
        title=f"{REPORT_TITLE}: {client} - {project}",
        author=options.prepared_by or assessment.facilitator or "GenAI Readiness Planner",
        subject=(
            f"GenAI deployment readiness of {project} for {client}: "
            f"{DECISION_WORDS.get(profile.overall.decision, profile.overall.decision)}"
        ),
        keywords=["GenAI", "readiness", "deployment plan", bank.id],
        creator=f"GenAI Readiness Planner {__version__}",
        initialFontName=SANS,
        invariant=1 if (options.generated or _source_date()) else 0,
    )
    ctx = sections.ReportContext(
        bank=bank,
        assessment=assessment,
        profile=profile,
        plan=plan,
        styles=styles,
        fonts=fonts,
        width=doc.width,
        height=doc.height,
        generated=long_date(now.date()),
        options=options,
        status=status,
        money=money_figures(bank, assessment),
        today=now.date(),
    )
    progress(8, "Writing the sections")
    story = build_story(ctx)
    doc.contents_keys = [key for _level, _text, key in ctx.toc_entries]
    expected = max(1, len(story) // 20)  # about twenty flowables a page

    def on_progress(kind: str, value: object) -> None:
        if kind == "PAGE":
            page = int(str(value))
            # one layout pass; report within a 10-92 band that never goes backwards
            share = min(0.92, 0.1 + 0.82 * min(1.0, page / expected))
            progress(int(share * 100), f"Laying out page {page}")

    doc.setProgressCallBack(on_progress)
    doc.build(story)  # one pass: see document.Contents
    return buffer.getvalue(), int(doc.page)


def write_pdf(
    bank: QuestionBank,
    assessment: Assessment,
    out_path: Path,
    *,
    options: ReportOptions,
    progress: Progress,
) -> int:
    """Build the report in memory, encrypt it there if asked, then write it atomically.

    Returns the number of pages.
    """
    progress(2, "Scoring the assessment")
    data, pages = layout(bank, assessment, options, progress)
    if options.password:
        progress(94, "Encrypting")
        data = encrypt_pdf(data, options.password)
    progress(97, "Saving the file")

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:  # the report's own temporary file
            fh.write(data)

    write_atomically(out_path, write)
    progress(100, "Done")
    return pages
