"""The cover, the document control block and the table of contents."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from desktop_app.report.document import Contents
from desktop_app.report.fonts import SANS_BOLD, markup, shorten
from desktop_app.report.sections.base import M, P, ReportContext, badge, heading, subheading, table_style
from desktop_app.report.styles import ACCENT, RULE
from desktop_app.report.words import long_date, number


def status_word(ctx: ReportContext) -> str:
    return "Draft" if ctx.status.draft else "Final"


def prepared_by(ctx: ReportContext) -> str:
    who = ctx.options.prepared_by or ctx.assessment.facilitator or "not recorded"
    return f"{who}, {ctx.options.firm_name}" if ctx.options.firm_name else who


def _logo(ctx: ReportContext) -> list[Flowable]:
    """The firm's logo, checked first (a hostile or broken file is left out, never fatal)."""
    import io

    from desktop_app.report.logo import LogoProblem, read_logo

    logo = ctx.options.logo
    if logo is None:
        return []
    try:
        data, _suffix = read_logo(logo)
        image = Image(io.BytesIO(data))
        ratio = image.imageHeight / max(1, image.imageWidth)
        width = min(45 * mm, 18 * mm / max(ratio, 0.01))
        image.drawWidth, image.drawHeight = width, width * ratio
        image.hAlign = "LEFT"
    except LogoProblem:
        return []
    return [image, Spacer(1, 4 * mm)]


def cover(ctx: ReportContext) -> list[Flowable]:
    s, a = ctx.styles, ctx.assessment
    story: list[Flowable] = [Spacer(1, 16 * mm), *_logo(ctx)]
    firm = ctx.options.firm_name
    story.append(M(markup(f"{firm.upper()} · " if firm else "") + "GENAI READINESS ASSESSMENT", s.muted))
    story.append(Spacer(1, 3 * mm))
    title = ctx.bank.title  # the bank's report_title, else the product's (issue 11)
    story.append(M(markup(title[0].upper() + title[1:], SANS_BOLD), s.cover_title))
    story.append(Spacer(1, 4 * mm))
    story.append(P(shorten(a.client, 300), s.cover_sub))
    story.append(P(shorten(a.project, 300), s.h2))
    story.append(Spacer(1, 8 * mm))
    meta = [
        ("Prepared for", a.client),
        ("Prepared by", prepared_by(ctx)),
        ("Workshop date", long_date(a.workshop_date)),
        ("Report date", ctx.generated),
        ("Version", f"{ctx.options.version} · {status_word(ctx)}"),
    ]
    rows = [[M(f"<b>{markup(k)}</b>", s.cover_meta), P(shorten(v, 300), s.cover_meta)] for k, v in meta]
    t = Table(rows, colWidths=[42 * mm, ctx.width - 42 * mm], hAlign="LEFT")
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [t, Spacer(1, 10 * mm), M("<b>Decision</b>", s.muted)]
    o = ctx.profile.overall
    line = f"Overall risk <b>{number(o.risk)}</b> of 100"
    if ctx.status.draft:
        line += "<br/><b>DRAFT</b>: actions are still proposed or without an owner"
    row = Table(
        [[badge(ctx, o.decision, 70 * mm, 15), M(line, s.cover_meta)]],
        colWidths=[74 * mm, ctx.width - 74 * mm],
        hAlign="LEFT",
    )
    row.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [row, Spacer(1, 10 * mm), _confidential(ctx)]
    # a long client or project name shrinks the cover rather than spilling it onto a second page
    return [KeepInFrame(ctx.width, ctx.height + 6 * mm, story, mode="shrink"), NextPageTemplate("body"), PageBreak()]


def _confidential(ctx: ReportContext) -> Table:
    text = (
        f"<b>CONFIDENTIAL</b> · Prepared for {markup(shorten(ctx.assessment.client, 120))}. This document "
        "contains the client's assessment answers and must not be shared beyond the people named in it "
        "without the client's consent."
    )
    conf = Table([[M(text, ctx.styles.small)]], colWidths=[ctx.width])
    conf.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F7FA")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return conf


def document_control(ctx: ReportContext) -> list[Flowable]:
    s, a = ctx.styles, ctx.assessment
    st = ctx.status
    status = "Final: every action is decided and owned, and every phase 0 action is dated."
    if st.draft:
        parts = []
        if st.proposed:
            parts.append(f"{len(st.proposed)} action{'s' if len(st.proposed) != 1 else ''} still proposed")
        if st.unassigned:
            parts.append(f"{len(st.unassigned)} without an owner")
        if st.phase0_open:
            parts.append(
                f"{len(st.phase0_open)} phase 0 action{'s' if len(st.phase0_open) != 1 else ''} not owned and dated"
            )
        status = "Draft: " + "; ".join(parts) + ". A final copy needs every phase 0 action owned and dated."
    rows: list[list[Any]] = [
        ["Document", f"{ctx.bank.title}, version {ctx.options.version}"],
        ["Status", status],
        ["Date", ctx.generated],
        ["Prepared for", a.client],
        ["Prepared by", prepared_by(ctx)],
        ["Project", a.project],
        [
            "Scope",
            f"The deployment of {a.project} as described in the workshop of {long_date(a.workshop_date)}: "
            f"{ctx.bank.name} (version {ctx.bank.version}), six challenges, the answers given by the people "
            "listed under Participants.",
        ],
        [
            "Limitations",
            "The plan rests on the answers as given and was not audited. Answers marked “don't know” are scored "
            "at the middle of the scale: the truth may be better or worse. Costs are estimates from the stated "
            "volumes and prices.",
        ],
        ["Disclaimer", ctx.options.disclaimer],
    ]
    body = [[M(f"<b>{markup(k)}</b>", s.cell), P(v, s.cell)] for k, v in rows]
    t = Table(body, colWidths=[32 * mm, ctx.width - 32 * mm], hAlign="LEFT")
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    # a short table: moved whole rather than leaving its last rows alone on a page
    return [KeepTogether([subheading("Document control", s), t]), Spacer(1, 6 * mm)]


def contents(ctx: ReportContext) -> list[Flowable]:
    toc = Contents(ctx.toc_entries)  # filled as the later sections are built, before layout
    toc.levelStyles = [ctx.styles.toc1, ctx.styles.toc2]
    toc.dotsMinLevel = 0
    toc.tableStyle = table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [heading(ctx, "Contents", 0, toc=False), toc, PageBreak()]
