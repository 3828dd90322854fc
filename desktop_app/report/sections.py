"""The content of the report, section by section, as reportlab flowables.

Every piece of text that comes from a user, a document or a bank goes through
:func:`desktop_app.report.fonts.markup` (escaping and font fallback) before it reaches a Paragraph.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from desktop_app.core import messages
from desktop_app.core.assessment import Answer, Assessment, answer_label
from desktop_app.core.bank import CONFIDENCE_LABELS, PHASE_NAMES, Framework, Question, QuestionBank, load_frameworks
from desktop_app.core.plan import DeploymentPlan, PlanItem
from desktop_app.core.scoring import (
    DECISION_LABELS,
    LEVEL_LABELS,
    LEVEL_THRESHOLDS,
    PILOT_ONLY_OVERALL_RISK,
    ChallengeScore,
    QuestionScore,
    RiskProfile,
    SubchallengeScore,
    answer_risk,
    level_rank,
)
from desktop_app.report import charts
from desktop_app.report.document import REPORT_TITLE, Heading
from desktop_app.report.fonts import SANS, SANS_BOLD, FontSet, markup, shorten
from desktop_app.report.styles import (
    ACCENT,
    BAND,
    DECISION_LEVEL,
    MUTED,
    RULE,
    WHITE,
    Styles,
    hex_of,
    level_color,
    level_text_color,
)

#: Notes shown in a challenge section are cut here; the appendix always prints them in full.
NOTE_EXCERPT = 900
CELL_TEXT_LIMIT = 600
PLAN_NOTE_LIMIT = 300
PLAN_TITLE_LIMIT = 300
STATUS_LABELS = {"proposed": "Proposed", "accepted": "Accepted", "done": "Done", "rejected": "Rejected"}
EFFORT_LABELS = {"S": "S", "M": "M", "L": "L"}


@dataclass
class ReportContext:
    bank: QuestionBank
    assessment: Assessment
    profile: RiskProfile
    plan: DeploymentPlan
    styles: Styles
    fonts: FontSet
    width: float  # frame width
    height: float  # frame height
    generated: str
    _keys: Iterable[int] = field(default_factory=lambda: itertools.count(1))

    def key(self) -> str:
        return f"h{next(iter(self._keys))}"

    @property
    def frameworks(self) -> Mapping[str, Framework]:
        return self.bank.frameworks or load_frameworks()

    @property
    def values(self) -> dict[str, Any]:
        return self.assessment.values()


# --------------------------------------------------------------------------------------------
# Small building blocks


def P(text: object, style: Any) -> Paragraph:
    """A paragraph of user text: escaped, font-fallback applied."""
    return Paragraph(markup(text, style.fontName), style)


def M(markup_text: str, style: Any, bullet: str | None = None) -> Paragraph:
    """A paragraph of our own markup (its user-text parts already passed through ``markup``)."""
    return Paragraph(markup_text, style, bulletText=bullet)


def heading(ctx: ReportContext, text: str, level: int, *, toc: bool = True) -> Heading:
    style = ctx.styles.h1 if level == 0 else ctx.styles.h2
    return Heading(text, style, level, ctx.key(), toc=toc)


def level_chip(level: str | None, styles: Styles, text: str | None = None) -> Paragraph:
    label = text or (LEVEL_LABELS.get(level or "", "Not assessed"))
    return M(f'<font color="{hex_of(level_text_color(level))}"><b>{markup(label)}</b></font>', styles.cell_center)


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = True,
    row_heights: Sequence[float | None] | None = None,
) -> Table:
    """A table in the house style: accent header row repeated on every page, hairline rules."""
    table = Table(
        list(rows),
        colWidths=list(widths),
        rowHeights=list(row_heights) if row_heights else None,
        repeatRows=1 if header else 0,
        hAlign="LEFT",
    )
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0, ACCENT),
        ]
    if zebra:
        start = 1 if header else 0
        for r in range(start, len(rows)):
            if (r - start) % 2 == 1:
                cmds.append(("BACKGROUND", (0, r), (-1, r), BAND))
    cmds.extend(extra)
    table.setStyle(table_style(cmds))
    return table


def table_style(cmds: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose own font is the embedded one (reportlab's default would add Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8), *cmds])


def columns(ctx: ReportContext, *fractions: float) -> list[float]:
    total = sum(fractions)
    return [ctx.width * f / total for f in fractions]


def heads(ctx: ReportContext, *names: str, center_from: int | None = None) -> list[Paragraph]:
    s = ctx.styles
    return [
        M(markup(n), s.head_center if center_from is not None and i >= center_from else s.head)
        for i, n in enumerate(names)
    ]


def fmt(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def long_date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%-d %B %Y")
    except (TypeError, ValueError):
        return iso or "not set"


def visible_questions(ctx: ReportContext) -> list[Question]:
    values = ctx.values
    return [q for q in ctx.bank.all_questions() if ctx.bank.is_visible(q, values)]


def challenge_title(ctx: ReportContext, challenge_id: str) -> str:
    if challenge_id == "context":
        return "Context"
    try:
        return ctx.bank.challenge(challenge_id).title
    except KeyError:
        return challenge_id


def badge(ctx: ReportContext, decision: str, width: float, size: float = 13) -> Table:
    level = DECISION_LEVEL.get(decision, "critical")
    s = ctx.styles
    label = DECISION_LABELS.get(decision, decision).upper()
    para = M(
        f'<font color="{hex_of(level_text_color(level))}" size="{size}"><b>{markup(label, SANS_BOLD)}</b></font>',
        s.badge,
    )
    t = Table([[para]], colWidths=[width], rowHeights=[size * 2.3])
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), level_color(level)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ROUNDEDCORNERS", [4, 4, 4, 4]),
            ]
        )
    )
    return t


# --------------------------------------------------------------------------------------------
# 0. Cover and contents


def cover(ctx: ReportContext) -> list[Flowable]:
    s, a = ctx.styles, ctx.assessment
    story: list[Flowable] = [Spacer(1, 28 * mm)]
    story.append(M("GENAI READINESS ASSESSMENT", ctx.styles.muted))
    story.append(Spacer(1, 3 * mm))
    story.append(M(markup(REPORT_TITLE[0].upper() + REPORT_TITLE[1:], SANS_BOLD), s.cover_title))
    story.append(Spacer(1, 4 * mm))
    story.append(P(shorten(a.client, 300), s.cover_sub))
    story.append(P(shorten(a.project, 500), ctx.styles.h2))
    story.append(Spacer(1, 12 * mm))

    meta = [
        ("Client", a.client),
        ("Project", a.project),
        ("Workshop date", long_date(a.workshop_date)),
        ("Facilitator", a.facilitator or "not recorded"),
        ("Question bank", f"{ctx.bank.name}, version {ctx.bank.version}"),
        ("Report generated", ctx.generated),
    ]
    rows = [[M(f"<b>{markup(k)}</b>", s.cover_meta), P(shorten(v, 400), s.cover_meta)] for k, v in meta]
    t = Table(rows, colWidths=[45 * mm, ctx.width - 45 * mm], hAlign="LEFT")
    t.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(t)
    story.append(Spacer(1, 12 * mm))
    o = ctx.profile.overall
    story.append(M("<b>Overall decision</b>", s.muted))
    decision_row = Table(
        [
            [
                badge(ctx, o.decision, 70 * mm, 15),
                M(
                    f"Overall risk <b>{fmt(o.risk)}</b> of 100 · readiness <b>{fmt(o.readiness)}</b><br/>"
                    f"Highest challenge level: <b>{markup(LEVEL_LABELS.get(o.level or '', 'not assessed'))}</b>",
                    s.cover_meta,
                ),
            ]
        ],
        colWidths=[74 * mm, ctx.width - 74 * mm],
        hAlign="LEFT",
    )
    decision_row.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(decision_row)
    story.append(Spacer(1, 16 * mm))
    conf = Table(
        [
            [
                M(
                    "<b>CONFIDENTIAL</b> · Prepared for "
                    f"{markup(shorten(a.client, 120))}. This document contains the client's assessment "
                    "answers and must not be shared beyond the people named in it without the client's consent.",
                    s.small,
                )
            ]
        ],
        colWidths=[ctx.width],
    )
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
    story.append(conf)
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def contents(ctx: ReportContext) -> list[Flowable]:
    toc = TableOfContents()
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


# --------------------------------------------------------------------------------------------
# 1. Executive summary


def top_risks(profile: RiskProfile, n: int = 5) -> list[tuple[ChallengeScore, SubchallengeScore, QuestionScore | None]]:
    rows = []
    for ch in profile.challenges:
        for sub in ch.subchallenges:
            if sub.risk is None:
                continue
            scored = [q for q in sub.questions if q.risk is not None and q.risk > 0]
            worst = max(scored, key=lambda q: (q.blocker, q.points), default=None)
            blocker = any(q.blocker for q in sub.questions)
            rows.append(((blocker, level_rank(sub.level), sub.risk), ch, sub, worst))
    rows.sort(key=lambda r: r[0], reverse=True)
    return [(ch, sub, worst) for _, ch, sub, worst in rows[:n] if sub.risk and sub.risk > 0]


def top_actions(plan: DeploymentPlan, n: int = 5) -> list[PlanItem]:
    active = [it for it in plan.items if it.active and it.status != "done"]
    order = {it.key: i for i, it in enumerate(active)}
    active.sort(key=lambda it: (it.phase, not it.addresses_blocker, -it.risk_reduction, order[it.key]))
    return active[:n]


def executive_summary(ctx: ReportContext) -> list[Flowable]:
    s, p = ctx.styles, ctx.profile
    o = p.overall
    body: list[Flowable] = []
    summary = M(
        f"Overall risk <b>{fmt(o.risk)}</b> of 100 (readiness <b>{fmt(o.readiness)}</b>). "
        f"Highest challenge level: <b>{markup(LEVEL_LABELS.get(o.level or '', 'not assessed'))}</b>. "
        f"{len(p.blockers)} blocker{'s' if len(p.blockers) != 1 else ''}, "
        f"{len(p.follow_up)} follow-up item{'s' if len(p.follow_up) != 1 else ''}.",
        s.body,
    )
    row = Table([[badge(ctx, o.decision, 58 * mm), summary]], colWidths=[62 * mm, ctx.width - 62 * mm])
    row.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    body += [row, Spacer(1, 3 * mm)]

    body.append(M("Why this decision", s.h3))
    reasons = list(o.reasons)
    shown = reasons[:8]
    for reason in shown:
        # the code decides how a reason looks; the sentence is only its default English text
        sentence = messages.reason_text(reason, ctx.bank, p)
        if reason.code == "blocker":
            sentence = sentence.removeprefix("Blocker:").strip()
        text = markup(shorten(sentence, 260))
        if reason.code == "blocker":
            text = f'<font color="{hex_of(level_color("critical"))}"><b>BLOCKER</b></font> ' + text
        body.append(M(text, s.bullet, bullet="•"))
    if len(reasons) > len(shown):
        body.append(M(f"… and {len(reasons) - len(shown)} more (see section 3 and the follow-up list).", s.muted))

    body.append(M("Top five risks", s.h3))
    risks = top_risks(p)
    if risks:
        rows: list[list[Any]] = [heads(ctx, "#", "Area", "Key finding", "Risk", "Level", center_from=3)]
        extra = []
        for i, (ch, sub, worst) in enumerate(risks, start=1):
            finding = (
                markup(shorten(f"{worst.text} — {worst.answer}", 170))
                if worst
                else markup("No single answer stands out.")
            )
            if worst and worst.blocker:
                finding = "<b>Blocker:</b> " + finding
            rows.append(
                [
                    M(str(i), s.cell),
                    M(f"<b>{markup(ch.title)}</b><br/>{markup(sub.title)}", s.cell),
                    M(finding, s.cell),
                    M(fmt(sub.risk), s.cell_center),
                    level_chip(sub.level, s),
                ]
            )
            extra.append(("BACKGROUND", (4, i), (4, i), level_color(sub.level)))
        body.append(data_table(rows, columns(ctx, 4, 30, 50, 8, 13), extra=extra, zebra=False))
    else:
        body.append(M("No risk has been scored yet.", s.muted))

    body.append(M("Top five actions", s.h3))
    actions = top_actions(ctx.plan)
    if actions:
        rows = [heads(ctx, "#", "Action", "Phase", "Owner", "Due")]
        for i, it in enumerate(actions, start=1):
            title = markup(shorten(it.title, 140))
            if it.addresses_blocker:
                title = "<b>Resolves a blocker:</b> " + title
            rows.append(
                [
                    M(str(i), s.cell),
                    M(title, s.cell),
                    M(f"{it.phase} · {markup(it.phase_name)}", s.cell),
                    P(shorten(it.owner or it.owner_role or "unassigned", 60), s.cell),
                    M(markup(it.due_date or "–"), s.cell),
                ]
            )
        body.append(data_table(rows, columns(ctx, 4, 52, 20, 21, 13), zebra=True))
    else:
        body.append(M("No actions are in the plan.", s.muted))

    body.append(M("Completion and confidence", s.h3))
    c = p.completion
    low_conf = sum(1 for f in p.follow_up if f.reason == "low confidence")
    assessed = sum(1 for ch in p.challenges if ch.assessed)
    figures = [
        (f"{c.answered} / {c.total}", f"questions answered ({c.percent:.0f}%)"),
        (str(c.unknown), "“don't know” answers"),
        (str(low_conf), "answers given with low confidence"),
        (f"{assessed} / {len(p.challenges)}", "challenges assessed"),
    ]
    cells = [
        [M(f'<font size="15" color="{hex_of(ACCENT)}"><b>{markup(v)}</b></font>', s.cell_center) for v, _ in figures],
        [M(markup(label), ctx.styles.cell_center) for _, label in figures],
    ]
    t = Table(cells, colWidths=[ctx.width / 4] * 4, rowHeights=[22, None])
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEAFTER", (0, 0), (-2, -1), 0.8, WHITE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    body.append(t)
    if c.unknown or low_conf:
        body.append(Spacer(1, 2 * mm))
        body.append(
            M(
                "Scores treat a “don't know” as at least a middle answer, so the picture can only improve once "
                "the follow-up list (section 5) is answered.",
                s.muted,
            )
        )
    # the summary must stay on one page whatever the content: shrink it if it would not fit
    return [
        heading(ctx, "1  Executive summary", 0),
        KeepInFrame(ctx.width, ctx.height - 36, body, mode="shrink"),
        PageBreak(),
    ]


# --------------------------------------------------------------------------------------------
# 2. Risk profile


def risk_profile(ctx: ReportContext) -> list[Flowable]:
    s, p = ctx.styles, ctx.profile
    story: list[Flowable] = [heading(ctx, "2  Risk profile", 0)]
    story.append(
        M(
            "The radar shows each challenge's risk from 0 (well controlled) to 100 (severe gaps). The matrix "
            "places each challenge by the likelihood of a problem (from its risk) and the impact one would "
            "have in this context; the cell's product sets the level.",
            s.body,
        )
    )
    half = ctx.width / 2
    radar = charts.radar(p.challenges, half - 4, 205)
    matrix = charts.matrix(p.challenges, half - 8, 178)
    legend_rows = []
    for n, ch in enumerate(p.challenges, start=1):
        legend_rows.append(
            M(
                f'<font color="{hex_of(level_color(ch.level))}"><b>{n}</b></font> {markup(charts.short_title(ch))}'
                f" — L{ch.likelihood or '–'} × I{ch.impact} · "
                f"{markup(LEVEL_LABELS.get(ch.level or '', 'not assessed'))}",
                s.tiny,
            )
        )
    grid = Table(
        [
            [M("<b>Risk by challenge</b>", s.small), M("<b>Likelihood × impact</b>", s.small)],
            [radar, [matrix, *legend_rows]],
        ],
        colWidths=[half, half],
    )
    grid.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
            ]
        )
    )
    story.append(grid)
    story.append(Spacer(1, 4 * mm))
    legend = " ".join(
        f'<font color="{hex_of(level_color(lv))}">■</font> {LEVEL_LABELS[lv]} ({lo}–{hi})'
        for lv, lo, hi in _level_ranges()
    )
    story.append(
        KeepTogether(
            [
                M("<b>Risk by sub-challenge</b>", s.small),
                M(f"Bar colour = level, from likelihood × impact: {legend}.", s.tiny),
                Spacer(1, 2 * mm),
                charts.subchallenge_bars(p.challenges, ctx.width),
            ]
        )
    )
    story.append(PageBreak())
    return story


def _level_ranges() -> list[tuple[str, int, int]]:
    out, low = [], 1
    for limit, level in LEVEL_THRESHOLDS:
        out.append((level, low, limit))
        low = limit + 1
    return out


# --------------------------------------------------------------------------------------------
# 3. One section per challenge


def challenge_sections(ctx: ReportContext) -> list[Flowable]:
    story: list[Flowable] = [heading(ctx, "3  Findings by challenge", 0)]
    story.append(
        M(
            "Each challenge below shows its level and score, the answers that drive the score, the notes "
            "taken in the workshop and the actions recommended for it.",
            ctx.styles.body,
        )
    )
    for n, ch in enumerate(ctx.profile.challenges, start=1):
        if n > 1:
            story.append(CondPageBreak(90 * mm))
        story += challenge_section(ctx, n, ch)
    story.append(PageBreak())
    return story


def challenge_section(ctx: ReportContext, n: int, ch: ChallengeScore) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [heading(ctx, f"3.{n}  {ch.title}", 1)]
    strip = [
        [
            M("Level", s.tiny),
            M("Risk", s.tiny),
            M("Readiness", s.tiny),
            M("Likelihood", s.tiny),
            M("Impact", s.tiny),
            M("Answered", s.tiny),
        ],
        [
            level_chip(ch.level, s),
            M(f"<b>{fmt(ch.risk)}</b> / 100", s.cell),
            M(f"<b>{fmt(ch.readiness)}</b> / 100", s.cell),
            M(f"<b>{ch.likelihood or '–'}</b> / 5", s.cell),
            M(f"<b>{ch.impact}</b> / 5", s.cell),
            M(f"<b>{ch.answered}</b> of {ch.total}", s.cell),
        ],
    ]
    t = Table(strip, colWidths=[ctx.width / 6] * 6)
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("BACKGROUND", (0, 1), (0, 1), level_color(ch.level)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEAFTER", (0, 0), (-2, -1), 1.5, WHITE),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    story.append(t)
    story.append(Spacer(1, 2 * mm))
    try:
        summary = ctx.bank.challenge(ch.id).summary
    except KeyError:
        summary = ""
    if summary:
        story.append(P(summary, s.body))
    story.append(P(messages.challenge_explanation(ch, ctx.bank), s.muted))

    rows: list[list[Any]] = [heads(ctx, "Sub-challenge", "Answered", "Risk", "Level", center_from=1)]
    extra = []
    for r, sub in enumerate(ch.subchallenges, start=1):
        rows.append(
            [
                P(sub.title, s.cell),
                M(f"{sub.answered} of {sub.total}", s.cell_center),
                M(fmt(sub.risk), s.cell_center),
                level_chip(sub.level, s),
            ]
        )
        extra.append(("BACKGROUND", (3, r), (3, r), level_color(sub.level)))
    story.append(data_table(rows, columns(ctx, 55, 15, 12, 18), extra=extra, zebra=False))

    story.append(M("What drives the score", s.h3))
    if ch.drivers:
        rows = [heads(ctx, "Question", "Answer", "Points", "Share", center_from=2)]
        for d in ch.drivers:
            q_text = markup(shorten(d.text, 300))
            if d.blocker:
                q_text = f'<font color="{hex_of(level_color("critical"))}"><b>BLOCKER</b></font> ' + q_text
            rows.append(
                [
                    M(q_text, s.cell),
                    P(shorten(d.answer, 300), s.cell),
                    M(f"{d.risk:g} × {d.weight}", s.cell_center),
                    M(f"{d.share:.0f}%", s.cell_center),
                ]
            )
        story.append(data_table(rows, columns(ctx, 52, 30, 10, 8)))
        story.append(
            M(
                "Points = risk points of the answer (0-4) × question weight (1-3); share = part of the "
                "challenge's risk points.",
                s.tiny,
            )
        )
    else:
        story.append(M("No answer raises this challenge's risk.", s.muted))

    notes = _notes_for(ctx, ch.id)
    story.append(M("Consultant's notes", s.h3))
    if notes:
        for q, ans in notes:
            text = ans.note.strip()
            cut = len(text) > NOTE_EXCERPT
            body = markup(text[:NOTE_EXCERPT].rstrip() + ("…" if cut else ""))
            tail = f' <font color="{hex_of(MUTED)}">(full note in Appendix A, {markup(q.id)})</font>' if cut else ""
            story.append(M(f"<b>{markup(shorten(q.text, 200))}</b>", s.small))
            story.append(M(body + tail, s.note))
    else:
        story.append(M("No notes were taken for this challenge.", s.muted))

    items = [it for it in ctx.plan.items if it.active and it.challenge == ch.id]
    story.append(M("Recommended actions", s.h3))
    if items:
        rows = [heads(ctx, "Action", "Phase", "Owner", "Due")]
        for it in items:
            rows.append(
                [
                    M(f"<b>{markup(shorten(it.title, 200))}</b><br/>{markup(shorten(it.action, 400))}", s.cell),
                    M(f"{it.phase} · {markup(it.phase_name)}", s.cell),
                    P(shorten(it.owner or it.owner_role or "unassigned", 80), s.cell),
                    M(markup(it.due_date or "–"), s.cell),
                ]
            )
        story.append(data_table(rows, columns(ctx, 56, 17, 15, 12)))
    else:
        story.append(M("No actions are recommended for this challenge.", s.muted))
    story.append(Spacer(1, 4 * mm))
    return story


def _notes_for(ctx: ReportContext, challenge_id: str) -> list[tuple[Question, Answer]]:
    values = ctx.values
    out = []
    for q in ctx.bank.challenge(challenge_id).questions():
        ans = ctx.assessment.answers.get(q.id)
        if ans and ans.note.strip() and ctx.bank.is_visible(q, values):
            out.append((q, ans))
    return out


# --------------------------------------------------------------------------------------------
# 4. Deployment plan


def deployment_plan(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [heading(ctx, "4  Deployment plan", 0)]
    phases = ctx.plan.by_phase()
    count = sum(len(v) for v in phases.values())
    rejected = sum(1 for it in ctx.plan.items if not it.active)
    story.append(
        M(
            f"{count} action{'s' if count != 1 else ''} in four phases. Phase 0 must be complete before any "
            "deployment; due dates count from the workshop date unless the consultant set one."
            + (
                f" {rejected} proposed action{'s were' if rejected != 1 else ' was'} rejected and is not listed."
                if rejected
                else ""
            ),
            s.body,
        )
    )
    road = charts.roadmap([it for items in phases.values() for it in items], ctx.assessment.workshop_day, ctx.width)
    story.append(M("<b>Roadmap</b>", s.small))
    if road is not None:
        story.append(road)
    else:
        story.append(M("No action has a due date (the workshop date is not set), so no roadmap can be drawn.", s.muted))
    story.append(Spacer(1, 3 * mm))
    frameworks = ctx.frameworks
    for phase, items in phases.items():
        story.append(CondPageBreak(50 * mm))
        story.append(heading(ctx, f"4.{phase + 1}  Phase {phase} — {PHASE_NAMES.get(phase, phase)}", 1))
        if not items:
            story.append(M("No actions in this phase.", s.muted))
            continue
        story.append(plan_table(ctx, items, frameworks))
    story.append(Spacer(1, 2 * mm))
    story.append(
        M(
            "Effort: S = days, M = weeks, L = months. Cost band: low, medium or high relative to the project "
            "budget. References point to the framework index (section 8).",
            s.tiny,
        )
    )
    return story


def plan_table(ctx: ReportContext, items: Sequence[PlanItem], frameworks: Mapping[str, Framework]) -> Table:
    """One action per pair of rows: the facts on the first, what to do across the full width below."""
    s = ctx.styles
    fixed = [62, 60, 56, 34, 42, 80]  # owner role, owner, due, effort, cost, references (points)
    widths = [ctx.width - sum(fixed), *fixed]
    rows: list[list[Any]] = [heads(ctx, "Action", "Owner role", "Owner", "Due", "Effort", "Cost", "References")]
    extra: list[tuple[Any, ...]] = []
    for n, it in enumerate(items):
        r = len(rows)
        title = markup(shorten(it.title, PLAN_TITLE_LIMIT))
        if it.addresses_blocker:
            title = f'<font color="{hex_of(level_color("critical"))}">■</font> {title}'
        refs = "<br/>".join(markup(_short_ref(ref, frameworks)) for ref in it.references) or "–"
        rows.append(
            [
                M(f"<b>{title}</b>", s.cell),
                P(shorten(it.owner_role or "–", 120), s.cell),
                P(shorten(it.owner or "unassigned", 120), s.cell),
                M(markup(it.due_date or "–"), s.cell),
                M(markup(EFFORT_LABELS.get(it.effort, it.effort or "–")), s.cell_center),
                M(markup((it.cost or "–").capitalize()), s.cell),
                M(refs, s.cell),
            ]
        )
        status = STATUS_LABELS.get(it.status, it.status)
        prefix = "<b>Resolves a blocker.</b> " if it.addresses_blocker else ""
        more = " · in full in Appendix B" if _plan_text_cut(it) else ""
        detail = (
            f"{prefix}{markup(shorten(it.action, CELL_TEXT_LIMIT))}"
            f' <font color="{hex_of(MUTED)}">{markup(it.key)} · {markup(status)}'
            f"{' · ' + markup(shorten(it.note, PLAN_NOTE_LIMIT)) if it.note else ''}{more}</font>"
        )
        rows.append([M(detail, s.cell), "", "", "", "", "", ""])
        extra += [
            ("SPAN", (0, r + 1), (-1, r + 1)),
            ("NOSPLIT", (0, r), (-1, r + 1)),
            ("LINEBELOW", (0, r), (-1, r), 0, colors.white),
            ("TOPPADDING", (0, r + 1), (-1, r + 1), 0),
            ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 5),
        ]
        if n % 2:
            extra.append(("BACKGROUND", (0, r), (-1, r + 1), BAND))
    return data_table(rows, widths, extra=extra, zebra=False)


def _plan_text_cut(it: PlanItem) -> bool:
    """True when the plan table had to shorten the action's title, text or note."""
    return (
        len(" ".join(it.action.split())) > CELL_TEXT_LIMIT
        or len(" ".join(it.note.split())) > PLAN_NOTE_LIMIT
        or len(" ".join(it.title.split())) > PLAN_TITLE_LIMIT
    )


def appendix_plan(ctx: ReportContext) -> list[Flowable]:
    """Appendix B: plan actions whose text the tables shortened, in full (nothing the consultant wrote is lost)."""
    s = ctx.styles
    cut = [it for it in ctx.plan.items if it.active and _plan_text_cut(it)]
    if not cut:
        return []
    story: list[Flowable] = [PageBreak(), heading(ctx, "Appendix B  Plan actions in full", 0)]
    story.append(M("Actions whose wording or note was too long for the plan tables, in full.", s.body))
    for it in cut:
        story.append(M(f"<b>{markup(it.key)} · {markup(it.title)}</b>", s.small))
        story += _note_paragraphs(it.action, s, label="Action")
        if it.note.strip():
            story += _note_paragraphs(it.note, s)
        story.append(Spacer(1, 3))
    return story


def _short_ref(ref: str, frameworks: Mapping[str, Framework]) -> str:
    fw_id, _, item = ref.partition(":")
    return f"{fw_id} {item}".strip() if fw_id in frameworks or item else ref


# --------------------------------------------------------------------------------------------
# 5-9. Follow-up, participants, method, frameworks, sign-off


def follow_up(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    items = ctx.profile.follow_up
    story: list[Flowable] = [CondPageBreak(90 * mm), heading(ctx, "5  Follow-up list", 0)]
    if not items:
        story.append(M("Nothing to follow up: no “don't know” and no low-confidence answers.", s.body))
        return story
    story.append(
        M(
            f"{len(items)} answer{'s' if len(items) != 1 else ''} need confirming: “don't know” answers and "
            "answers given with low confidence. Answer them to firm up the scores.",
            s.body,
        )
    )
    rows: list[list[Any]] = [heads(ctx, "#", "Question", "Challenge", "Reason", "Current answer")]
    for i, f in enumerate(items, start=1):
        q_text = markup(shorten(f.text, 300))
        if f.note.strip():
            q_text += f'<br/><font color="{hex_of(MUTED)}">Note: {markup(shorten(f.note, 240))}</font>'
        rows.append(
            [
                M(str(i), s.cell),
                M(q_text, s.cell),
                P(challenge_title(ctx, f.challenge), s.cell),
                M(markup("Don't know" if f.reason == "unknown" else "Low confidence"), s.cell),
                P(shorten(f.answer, 200), s.cell),
            ]
        )
    story.append(data_table(rows, columns(ctx, 4, 48, 18, 12, 18)))
    return story


def participants(ctx: ReportContext) -> list[Flowable]:
    s, a = ctx.styles, ctx.assessment
    story: list[Flowable] = [CondPageBreak(60 * mm), heading(ctx, "6  Participants", 0)]
    story.append(
        M(
            f"Facilitated by <b>{markup(a.facilitator or 'not recorded')}</b> on {markup(long_date(a.workshop_date))}.",
            s.body,
        )
    )
    if not a.participants:
        story.append(M("No participants were recorded.", s.muted))
        return story
    rows: list[list[Any]] = [heads(ctx, "Name", "Role", "Organisation")]
    for person in a.participants:
        rows.append(
            [
                P(shorten(person.name, 200), s.cell),
                P(shorten(person.role, 200), s.cell),
                P(shorten(person.organisation, 200), s.cell),
            ]
        )
    story.append(data_table(rows, columns(ctx, 35, 35, 30)))
    return story


def method(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    unknown_risk = ctx.bank.scoring.unknown_risk
    story: list[Flowable] = [PageBreak(), heading(ctx, "7  How the scores were computed", 0)]
    paras = [
        "<b>Answers.</b> Each scored answer carries 0 risk points (well controlled) to 4 (severe gap). "
        "“Not applicable” takes the question out of the calculation. “Don't know” scores at least "
        f"{unknown_risk} points, or the question's middle option if that is higher, and joins the follow-up list. "
        "Free-text and context questions are not scored.",
        "<b>Risk.</b> For each sub-challenge and challenge, risk = 100 × Σ(weight × points) / (4 × Σ weight) "
        "over the assessed questions, so it always lies between 0 and 100; readiness = 100 − risk. Question "
        "weights are 1 to 3. A challenge with nothing assessed says so instead of claiming a low risk.",
        "<b>Likelihood and impact.</b> Likelihood 1-5 comes from the risk in bands of 20 (0-19 → 1, "
        "20-39 → 2, … 80-100 → 5). Impact 1-5 is the industry profile's base impact for the challenge plus "
        "the increments of the context answers (data sensitivity, people affected, autonomy, jurisdiction), "
        "clamped to 1-5; an unknown context answer counts as its most demanding option.",
        "<b>Level.</b> The level comes from likelihood × impact. Any blocker answer makes its challenge critical.",
        "<b>Decision.</b> <i>Not ready</i> with any blocker or critical challenge; <i>Pilot only</i> with a high "
        f"challenge or an overall risk of {PILOT_ONLY_OVERALL_RISK:.0f} or more; <i>Ready with conditions</i> "
        "with a medium challenge, open “don't know” answers or a challenge not assessed; otherwise <i>Ready to "
        "deploy</i>. Overall risk is the mean of the assessed challenges' risks.",
    ]
    for text in paras:
        story.append(M(text, s.body))
    rows: list[list[Any]] = [heads(ctx, "Likelihood × impact", "Level")]
    extra = []
    for r, (level, lo, hi) in enumerate(_level_ranges(), start=1):
        rows.append([M(f"{lo} to {hi}", s.cell), level_chip(level, s)])
        extra.append(("BACKGROUND", (1, r), (1, r), level_color(level)))
    story.append(data_table(rows, [45 * mm, 35 * mm], extra=extra, zebra=False))
    story.append(Spacer(1, 3 * mm))
    story.append(M("The numbers for this assessment", s.h3))
    for ch in ctx.profile.challenges:
        story.append(M(f"<b>{markup(ch.title)}.</b> {markup(messages.challenge_explanation(ch, ctx.bank))}", s.small))
    story.append(
        M("The full method, with a worked example, is in the product documentation (docs/scoring.md).", s.muted)
    )
    return story


def cited_references(ctx: ReportContext) -> dict[str, list[str]]:
    """Framework id -> the items cited by the plan's active actions and the visible questions."""
    cited: dict[str, list[str]] = {}
    refs: list[str] = [r for it in ctx.plan.items if it.active for r in it.references]
    refs += [r for q in visible_questions(ctx) for r in q.references]
    for ref in refs:
        fw_id, _, item = ref.partition(":")
        items = cited.setdefault(fw_id, [])
        if item and item not in items:
            items.append(item)
    return cited


def framework_index(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [CondPageBreak(70 * mm), heading(ctx, "8  Framework references", 0)]
    cited = cited_references(ctx)
    if not cited:
        story.append(M("No framework is cited by this assessment's questions or actions.", s.muted))
        return story
    story.append(
        M(
            "The frameworks cited by the questions and the recommended actions. Caveats say where a source "
            "is secondary or a figure may have moved on.",
            s.body,
        )
    )
    catalogue = ctx.frameworks
    rows: list[list[Any]] = [heads(ctx, "Id", "Framework", "Date", "Cited items")]
    for fw_id in sorted(cited):
        fw = catalogue.get(fw_id)
        if fw is None:
            name = markup(fw_id) + f'<br/><font color="{hex_of(MUTED)}">Not in the framework catalogue.</font>'
            published = "–"
        else:
            name = f"<b>{markup(fw.name)}</b>"
            if fw.source:
                name += f'<br/><font color="{hex_of(MUTED)}">Source: {markup(fw.source)}</font>'
            if fw.caveat:
                name += f"<br/><i>Caveat:</i> {markup(fw.caveat)}"
            published = markup(fw.published or "–")
        items = sorted(cited[fw_id], key=_natural)
        rows.append(
            [
                M(markup(fw_id), s.cell_bold),
                M(name, s.cell),
                M(published, s.cell),
                M(markup(", ".join(items) or "–"), s.cell),
            ]
        )
    story.append(data_table(rows, columns(ctx, 19, 39, 10, 32)))
    return story


def _natural(text: str) -> list[Any]:
    import re

    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]


def sign_off(ctx: ReportContext) -> list[Flowable]:
    s, a = ctx.styles, ctx.assessment
    story: list[Flowable] = [CondPageBreak(95 * mm), heading(ctx, "9  Sign-off", 0)]
    decision = DECISION_LABELS.get(ctx.profile.overall.decision, ctx.profile.overall.decision)
    story.append(
        M(
            f"By signing, the parties confirm that this plan reflects the workshop's findings, accept the "
            f"decision <b>{markup(decision)}</b> and the phase 0 actions, and agree to review the assessment "
            "when the follow-up items are answered.",
            s.body,
        )
    )
    rows: list[list[Any]] = [heads(ctx, "Role", "Name", "Signature", "Date")]
    for role, name in (
        ("Facilitator", a.facilitator),
        ("Client sponsor", ""),
        ("Accountable executive", ""),
        ("Data protection / risk officer", ""),
    ):
        rows.append([M(f"<b>{markup(role)}</b>", s.cell), P(shorten(name, 80), s.cell), "", ""])
    # tall rows: room to sign by hand
    story.append(
        data_table(rows, columns(ctx, 26, 28, 30, 16), zebra=False, row_heights=[None] + [34] * (len(rows) - 1))
    )
    return story


# --------------------------------------------------------------------------------------------
# Appendix


def appendix(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    values = ctx.values
    story: list[Flowable] = [PageBreak(), heading(ctx, "Appendix A  Questions and answers", 0)]
    story.append(
        M(
            "Every question shown in this assessment, with the answer given, the confidence stated and the "
            "consultant's note in full.",
            s.body,
        )
    )
    groups: list[tuple[str, list[tuple[str, list[Question]]]]] = [
        ("Context", [("", [q for q in ctx.bank.context if ctx.bank.is_visible(q, values)])])
    ]
    for ch in ctx.bank.challenges:
        groups.append(
            (
                ch.title,
                [(sub.title, [q for q in sub.questions if ctx.bank.is_visible(q, values)]) for sub in ch.subchallenges],
            )
        )
    for n, (title, subs) in enumerate(groups):
        story.append(CondPageBreak(40 * mm))
        story.append(heading(ctx, f"A.{n}  {title}" if n else "A.0  Context", 1))
        for sub_title, questions in subs:
            if sub_title:
                story.append(P(sub_title, s.h3))
            if not questions:
                story.append(M("No questions apply.", s.muted))
            for q in questions:
                story += _appendix_entry(ctx, q)
    return story


def _appendix_entry(ctx: ReportContext, q: Question) -> list[Flowable]:
    s = ctx.styles
    ans = ctx.assessment.answers.get(q.id)
    head = M(f'<font color="{hex_of(MUTED)}" size="7">{markup(q.id)}</font><br/><b>{markup(q.text)}</b>', s.small)
    if ans is None:
        facts = f'<font color="{hex_of(MUTED)}">Not answered</font>'
    else:
        facts = f"<b>Answer:</b> {markup(answer_label(ctx.bank, ans))}"
        facts += f" · <b>Confidence:</b> {markup(CONFIDENCE_LABELS.get(ans.confidence, ans.confidence))}"
        if q.scored:
            risk = answer_risk(ctx.bank, q, ans.value)
            if risk is not None:
                facts += f" · <b>Risk points:</b> {risk:g} of 4 (weight {q.weight})"
        if ans.answered_by:
            facts += f" · <b>By:</b> {markup(shorten(ans.answered_by, 80))}"
    parts: list[Flowable] = [head, M(facts, s.note)]
    out: list[Flowable] = [KeepTogether(parts)]
    if ans is not None and ans.note.strip():
        out += _note_paragraphs(ans.note, s)
    out.append(Spacer(1, 2))
    return out


def _note_paragraphs(note: str, s: Styles, label: str = "Note") -> list[Flowable]:
    """A note as paragraphs (one per blank-line-separated block), so long notes flow across pages."""
    blocks = [b for b in note.strip().replace("\r\n", "\n").split("\n\n") if b.strip()]
    out: list[Flowable] = []
    for i, block in enumerate(blocks):
        prefix = f"<b>{label}:</b> " if i == 0 else ""
        out.append(M(prefix + markup(block.strip("\n")), s.note))
    return out


__all__ = [
    "ReportContext",
    "appendix",
    "appendix_plan",
    "challenge_sections",
    "contents",
    "cover",
    "deployment_plan",
    "executive_summary",
    "follow_up",
    "framework_index",
    "method",
    "participants",
    "risk_profile",
    "sign_off",
]
