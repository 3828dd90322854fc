"""Section 1: the one-page decision dashboard.

The decision and why, the three findings that matter most as plain statements, the monthly run
cost against the budget, the dates to pilot and to production, and the decisions asked of the
reader with their owners. Reasons are built from the profile's structured facts, never by reading
the core's English text.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer, Table

from desktop_app.core.plan import PlanItem
from desktop_app.core.scoring import (
    PILOT_ONLY_OVERALL_RISK,
    ChallengeScore,
    QuestionScore,
    RiskProfile,
    SubchallengeScore,
    level_rank,
)
from desktop_app.report.fonts import markup, shorten
from desktop_app.report.sections.base import (
    M,
    ReportContext,
    badge,
    columns,
    data_table,
    heading,
    heads,
    subheading,
    table_style,
)
from desktop_app.report.styles import ACCENT, BAND, WHITE, hex_of, level_color
from desktop_app.report.words import amount, decision_word, level_word, long_date, money, number, percent

Finding = tuple[ChallengeScore, SubchallengeScore, QuestionScore | None]


#: reasons printed on the dashboard; the rest are in section 3. More made the page shrink its text below
#: 8 pt once the required-control reasons of decision method v2 came in.
DASHBOARD_REASONS = 3


def top_findings(profile: RiskProfile, n: int = 3) -> list[Finding]:
    rows = []
    for ch in profile.challenges:
        for sub in ch.subchallenges:
            if not sub.risk:
                continue
            scored = [q for q in sub.questions if q.risk is not None and q.risk > 0]
            worst = max(scored, key=lambda q: (q.blocker, q.points), default=None)
            blocker = any(q.blocker for q in sub.questions)
            rows.append(((blocker, level_rank(sub.level), sub.risk), ch, sub, worst))
    rows.sort(key=lambda r: r[0], reverse=True)
    return [(ch, sub, worst) for _, ch, sub, worst in rows[:n]]


def decision_reasons(ctx: ReportContext) -> list[str]:
    """Why the decision is what it is, as markup: the core's reason codes in the report's words
    (or, for a core that gives no codes, built from the profile's facts; never by parsing text)."""
    from desktop_app.report.reasons import reason_markup

    coded = [r for r in ctx.profile.overall.reasons if hasattr(r, "code")]
    if coded:
        return [reason_markup(str(r.code), getattr(r, "params", {}), ctx.bank, ctx.answer, ctx.finding) for r in coded]
    return facts_reasons(ctx.profile)


def facts_reasons(profile: RiskProfile) -> list[str]:
    out: list[str] = []
    stop = f'<font color="{hex_of(level_color("critical"))}"><b>STOP</b></font> '
    for b in profile.blockers:
        out.append(stop + f"{markup(shorten(b.text, 160))} Answered “{markup(shorten(b.answer, 80))}”.")
    for b in profile.open_blockers:
        out.append(
            stop + f"Not known yet: {markup(shorten(b.text, 160))} One of its answers would stop the deployment."
        )
    assessed = [c for c in profile.challenges if c.risk is not None]
    for level in ("critical", "high", "medium"):
        names = [c.title for c in assessed if c.level == level]
        if names:
            out.append(f"{level_word(level)} level in {markup(', '.join(names))}.")
    risk = profile.overall.risk
    if risk is not None and risk >= PILOT_ONLY_OVERALL_RISK:
        out.append(f"Overall risk {number(risk)} is {number(PILOT_ONLY_OVERALL_RISK)} or more.")
    missing = [c.title for c in profile.challenges if c.risk is None]
    if missing:
        out.append(f"Not yet assessed: {markup(', '.join(missing))}.")
    unknown = profile.completion.unknown
    if unknown:
        out.append(
            f"{unknown} “don't know” answer{'s are' if unknown != 1 else ' is'} scored at the middle of the scale: "
            "once answered, the picture may turn out better or worse."
        )
    if not out:
        out.append("Every assessed challenge is at low risk and no stop answer was given.")
    return out


def _latest(items: list[PlanItem]) -> date | None:
    days = []
    for it in items:
        try:
            days.append(date.fromisoformat(it.due_date))
        except ValueError:
            continue
    return max(days, default=None)


def milestone_dates(ctx: ReportContext) -> tuple[date | None, date | None]:
    """(earliest pilot start, earliest production start): the last due date of phase 0, and of phases 0-1."""
    open_items = [it for it in ctx.plan.items if it.active and it.status != "done"]
    phase0 = [it for it in open_items if it.phase == 0]
    pilot_phase = [it for it in open_items if it.phase <= 1]
    start = ctx.assessment.workshop_day or ctx.today
    pilot = _latest(phase0) or start
    production = _latest(pilot_phase) or pilot
    return pilot, production


def option_finding(ctx: ReportContext, question_id: str) -> str:
    """The bank's finding for the answer given: of the chosen options, the riskiest one with a finding."""
    return ctx.finding(question_id)


def _finding_text(ctx: ReportContext, finding: Finding) -> str:
    ch, sub, worst = finding
    text = f"<b>{markup(ch.title)} – {markup(sub.title)}</b>: {level_word(sub.level).lower()} risk"
    if worst is not None:
        text += "; a stop answer" if worst.blocker else ""
        said = option_finding(ctx, worst.question)
        if said:  # the bank's sentence for the answer given: what is wrong, in business language
            text += f". {markup(shorten(said, 240))}"
        else:  # a user bank without findings
            answer = shorten(ctx.answer(worst.question, worst.answer), 90)
            text += f". Asked “{markup(shorten(worst.text, 140))}”, the workshop answered “{markup(answer)}”."
    else:
        text += "."
    actions = [it for it in ctx.plan.items if it.active and it.subchallenge == sub.id and it.challenge == ch.id]
    if actions:
        it = actions[0]
        owner = it.owner or it.owner_role or "owner to be named"
        text += f" Plan: {markup(shorten(it.title, 110))} ({markup(shorten(owner, 50))}, by {long_date(it.due_date)})."
    return text


def asks(ctx: ReportContext) -> list[tuple[str, str, str]]:
    """The decisions asked of the reader: (what, owner, by when)."""
    out: list[tuple[str, str, str]] = []
    st, a = ctx.status, ctx.assessment
    sponsor = "Client sponsor"
    soon = long_date(max(a.workshop_day or ctx.today, ctx.today) + timedelta(days=14))

    approver = str(getattr(ctx.profile.overall, "approver", "") or sponsor)  # decision method v2: the tier's approver
    out.append((f"Accept the decision “{decision_word(ctx.profile.overall.decision)}” and this plan", approver, soon))
    if st.proposed:
        n = len(st.proposed)
        out.append((f"Accept or reject {n} proposed action{'s' if n != 1 else ''}", "Project lead", soon))
    if st.unassigned:
        n = len(st.unassigned)
        out.append((f"Name an owner for {n} action{'s' if n != 1 else ''}", sponsor, soon))
    m = ctx.money
    if m.ratio is not None and m.ratio > 1:
        out.append(
            (
                f"Raise the budget to {money(m.monthly_cost, m.currency)} a month, or cut the volume",
                "Budget holder",
                soon,
            )
        )
    unknown = [f for f in ctx.profile.follow_up if f.reason == "unknown"]
    if unknown:
        n = len(unknown)
        out.append(
            (f"Answer {n} open question{'s' if n != 1 else ''} (follow-up list)", a.facilitator or "Facilitator", soon)
        )
    return out


def pilot_boundary(ctx: ReportContext) -> list[Flowable]:
    """For a pilot: the limits it must keep (the bank's pilot boundaries that apply), as bullets."""
    o = ctx.profile.overall
    ids = tuple(getattr(o, "pilot_boundary", ()) or ())  # decision method v2
    if o.decision != "pilot_only" or not ids:
        return []
    known = getattr(ctx.bank, "pilot_boundaries", {}) or {}
    texts = [str(getattr(known.get(i), "text", "") or i) for i in ids]
    s = ctx.styles
    return [subheading("The pilot's boundary", s), *(M(markup(t), s.bullet, bullet="•") for t in texts)]


def _figures(ctx: ReportContext) -> Table:
    m = ctx.money
    pilot, production = milestone_dates(ctx)
    if m.monthly_cost is None:
        cost, cost_note = "not known", "the volumes and prices were not given"
        from desktop_app.report.sections.plan import unpriced_text  # kb: a default price in another currency

        cost_note = unpriced_text(m) or cost_note
    else:
        # without a currency the figures are plain amounts and the label says so once: the big figure
        # stays on one line ("2,335 (currency not stated)" wrapped onto three)
        def said(value: float) -> str:
            return money(value, m.currency) if m.currency else amount(value)

        cost = said(m.monthly_cost)
        if m.monthly_budget:
            cost_note = f"against a budget of {said(m.monthly_budget)} ({percent(100 * (m.ratio or 0))})"
        else:
            cost_note = "no monthly budget was stated"
        if not m.currency:
            cost_note = f"(currency not stated), {cost_note}"
    owned = sum(1 for it in ctx.plan.items if it.active and it.owner.strip())
    active = sum(1 for it in ctx.plan.items if it.active)
    figures = [
        (cost, f"monthly run cost{'' if cost_note.startswith('(') else ','} {cost_note}"),
        (long_date(pilot), "earliest pilot start (phase 0 done)"),
        (long_date(production), "earliest production start (pilot done)"),
        (f"{owned} of {active}", "actions with a named owner"),
    ]
    s = ctx.styles
    from reportlab.lib.styles import ParagraphStyle

    # a figure that wraps ("18 December / 2026") needs the leading of its own size, not of the cells
    big = ParagraphStyle("figure", parent=s.cell_center, fontSize=12.5, leading=14)
    cells = [
        [M(f'<font color="{hex_of(ACCENT)}"><b>{markup(v)}</b></font>', big) for v, _ in figures],
        [M(markup(label), s.cell_center) for _, label in figures],
    ]
    t = Table(cells, colWidths=[ctx.width / 4] * 4)
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEAFTER", (0, 0), (-2, -1), 0.8, WHITE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    return t


def _controls_open(ctx: ReportContext, *, but: bool) -> str:
    """ ", 3 required controls are not in place": the STOP reasons that are no stop answer, counted
    beside the stop answers (a dashboard saying "no stop answer" above STOP reasons read as a contradiction)."""
    codes = [r.code for r in ctx.profile.overall.reasons]
    missing, unknown = codes.count("control_missing"), codes.count("control_unknown")
    if not missing and not unknown:
        return ""
    parts = []
    if missing:
        parts.append(
            f"{missing} required control{'s' if missing != 1 else ''} {'is' if missing == 1 else 'are'} not in place"
        )
    if unknown:
        what = "" if missing else f" required control{'s' if unknown != 1 else ''}"
        parts.append(f"{unknown}{what} {'is' if unknown == 1 else 'are'} not known yet")
    return (", but " if but else ", and ") + " and ".join(parts)


def executive_summary(ctx: ReportContext) -> list[Flowable]:
    s, o = ctx.styles, ctx.profile.overall
    body: list[Flowable] = []
    line = f"Overall risk <b>{number(o.risk)}</b> of 100. Highest challenge level: <b>{level_word(o.level)}</b>."
    phase0 = sum(1 for it in ctx.plan.items if it.active and it.phase == 0 and it.status != "done")
    stops = len(ctx.profile.blockers) + len(ctx.profile.open_blockers)
    if stops:
        line += f" {stops} stop answer{'s' if stops != 1 else ''} to clear"
    else:
        line += " No stop answer was given"
    line += _controls_open(ctx, but=not stops)
    line += f"; {phase0} action{'s' if phase0 != 1 else ''} to finish before any deployment (phase 0)."
    if ctx.status.draft:
        line += " <b>DRAFT</b>: the plan still has proposed or unowned actions."
    row = Table([[badge(ctx, o.decision, 58 * mm), M(line, s.body)]], colWidths=[62 * mm, ctx.width - 62 * mm])
    row.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    body += [row, *pilot_boundary(ctx), Spacer(1, 1.5 * mm), _figures(ctx)]

    body.append(subheading("What matters most", s))
    findings = top_findings(ctx.profile)
    for finding in findings:
        body.append(M(_finding_text(ctx, finding), s.bullet, bullet="•"))
    if not findings:
        body.append(M("No risk has been scored yet.", s.muted))

    body.append(subheading("Decisions asked of you", s))
    rows: list[list[Any]] = [heads(ctx, "Decision", "Owner", "By")]
    for what, owner, when in asks(ctx):
        rows.append([M(markup(what), s.cell), M(markup(shorten(owner, 60)), s.cell), M(markup(when), s.cell)])
    body.append(data_table(rows, columns(ctx, 60, 22, 18)))

    body.append(subheading("Why this decision", s))
    reasons = decision_reasons(ctx)
    for text in reasons[:DASHBOARD_REASONS]:
        body.append(M(text, s.bullet, bullet="•"))
    if len(reasons) > DASHBOARD_REASONS:
        body.append(M(f"… and {len(reasons) - DASHBOARD_REASONS} more in section 3.", s.muted))
    title = heading(ctx, "1  Decision dashboard", 0)
    # the page less the heading (its space before is dropped at the top of a page); a fixed 40 points
    # shrank a full dashboard needlessly
    below = ctx.height - (title.wrap(ctx.width, ctx.height)[1] + title.getSpaceAfter()) - 2
    return [title, KeepInFrame(ctx.width, below, body, mode="shrink"), PageBreak()]
