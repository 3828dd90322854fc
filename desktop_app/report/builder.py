"""Assemble the report and write it to disk (called lazily by :func:`desktop_app.report.write_report`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop_app import __version__
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.files import write_atomically
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import DECISION_LABELS, score
from desktop_app.report import sections
from desktop_app.report.document import MARGIN_X, PAPERS, REPORT_TITLE, ReportTemplate, make_canvas_class
from desktop_app.report.fonts import SANS, SANS_BOLD, markup, plain, register_fonts, shorten
from desktop_app.report.styles import make_styles

Progress = Callable[[int, str], None]


def encrypt_pdf(path: Path, password: str) -> None:
    """Encrypt the finished PDF in place with AES-256 (PDF 2.0 standard security handler, R6).

    reportlab's own AES-256 output is not readable by poppler or pypdf (it writes 48-byte R5 keys),
    and its fallback is RC4; pypdf with ``cryptography`` writes a standard AES-256 file instead.
    """
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(path))
    writer = PdfWriter(clone_from=reader)
    # printing and copying allowed, changing not: the client may print and quote the plan
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256", permissions_flag=-3904 | 4 | 16)
    with open(path, "wb") as fh:  # path is the report's own temporary file
        writer.write(fh)


def build_story(ctx: sections.ReportContext) -> list[Flowable]:
    story: list[Flowable] = []
    for part in (
        sections.cover,
        sections.contents,
        sections.executive_summary,
        sections.risk_profile,
        sections.challenge_sections,
        sections.deployment_plan,
        sections.follow_up,
        sections.participants,
        sections.method,
        sections.framework_index,
        sections.sign_off,
        sections.appendix,
        sections.appendix_plan,
    ):
        story += part(ctx)
    return story


def _header_text(client: str, project: str, doc_width: float) -> str:
    """Client and project on one line of the running header, cut to fit."""
    room = doc_width * 0.58
    c_len, p_len = len(client), len(project)
    while True:
        c, p = shorten(client, c_len), shorten(project, p_len)
        width = stringWidth(plain(c), SANS_BOLD, 7.2) + stringWidth(" · " + plain(p), SANS, 7.2)
        if width <= room or (c_len <= 12 and p_len <= 12):
            return f"<b>{markup(c)}</b> · {markup(p)}"
        if p_len >= c_len:
            p_len -= 4
        else:
            c_len -= 4


def write_pdf(
    bank: QuestionBank,
    assessment: Assessment,
    out_path: Path,
    *,
    paper: str,
    password: str | None,
    progress: Progress,
) -> int:
    """Build the report into a temporary file beside ``out_path``, then move it into place.

    Returns the number of pages.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    progress(2, "Scoring the assessment")
    fonts = register_fonts()
    styles = make_styles()
    profile = score(bank, assessment)
    plan = build_plan(bank, assessment)
    now = datetime.now().astimezone()
    client = shorten(assessment.client, 80)
    project = shorten(assessment.project, 80)
    header = _header_text(client, project, doc_width=PAPERS[paper][0] - 2 * MARGIN_X)
    footer = f"Confidential · prepared for {markup(client)}"

    pages = {"count": 0, "pass": 0}

    def build(tmp: Path) -> None:
        doc = ReportTemplate(
            str(tmp),
            paper=paper,
            styles=styles,
            header_left=header,
            footer_left=footer,
            title=f"{REPORT_TITLE}: {client} - {project}",
            author=assessment.facilitator or "GenAI Readiness Planner",
            subject=(
                f"GenAI deployment readiness of {project} for {client}: "
                f"{DECISION_LABELS.get(profile.overall.decision, profile.overall.decision)}"
            ),
            keywords=["GenAI", "readiness", "deployment plan", bank.id],
            creator=f"GenAI Readiness Planner {__version__}",
            initialFontName=SANS,
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
            generated=f"{now.day} {now:%B %Y, %H:%M}",
        )
        progress(8, "Writing the sections")
        story = build_story(ctx)

        def on_progress(kind: str, value: Any) -> None:
            if kind == "PASS":
                pages["pass"] = int(value)
            elif kind == "PAGE":
                pages["count"] = int(value)
                # passes repeat the layout; report within a 10-95 band that never goes backwards
                share = min(0.95, 0.1 + 0.28 * (pages["pass"] - 1) + min(0.28, int(value) / 400))
                progress(int(share * 100), f"Laying out page {value} (pass {pages['pass']})")

        doc.setProgressCallBack(on_progress)
        doc.multiBuild(story, canvasmaker=make_canvas_class(skip_first=1))
        if password:
            progress(95, "Encrypting")
            encrypt_pdf(tmp, password)
        progress(97, "Saving the file")

    write_atomically(out_path, build)
    progress(100, "Done")
    return pages["count"]
