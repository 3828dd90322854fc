"""Section 4: the deployment plan (roadmap, responsibilities, budget, actions by phase), and
Appendix B (plan actions whose text the tables shortened, in full)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from desktop_app.core.bank import Framework
from desktop_app.core.budget import NO_RATE, OTHER_RATE, Budget
from desktop_app.core.currency import ExchangeRate, round_money
from desktop_app.core.plan import PHASE_DUE_DAYS, PlanItem
from desktop_app.report import charts
from desktop_app.report.document import BidiPara
from desktop_app.report.fonts import has_rtl, markup, needs_shaping, shorten
from desktop_app.report.sections.base import (
    CELL_TEXT_LIMIT,
    PLAN_NOTE_LIMIT,
    PLAN_TITLE_LIMIT,
    M,
    P,
    ReportContext,
    appendix_break,
    columns,
    data_table,
    heading,
    heads,
    note_paragraphs,
    subheading,
)
from desktop_app.report.sections.summary import milestone_dates
from desktop_app.report.status import MoneyFigures
from desktop_app.report.styles import BAND, MUTED, hex_of, level_color, shaped
from desktop_app.report.words import (
    COST_WORDS,
    EFFORT_DAYS,
    EFFORT_WORDS,
    PHASE_WORDS,
    STATUS_WORDS,
    amount,
    long_date,
    money,
    number,
    phase_word,
)

GANTT_MIN_ROWS = 10  # a roadmap split between pages leaves at least this many actions on each side


class RoadmapChart(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The roadmap's Gantt chart as one flowable that splits between pages at an action.

    Drawn whole where it fits; otherwise the actions that fit stay on this page and the rest continue on
    the next, each part with its own milestones and month axis, and never fewer than
    :data:`GANTT_MIN_ROWS` actions on either side (a longer stub goes to the next page whole). Fixed-size
    pieces cut for one paper left pages half empty (Letter) or pushed the whole chart and its heading to
    a new page (A4).
    """

    def __init__(
        self,
        rows: Sequence[tuple[PlanItem, date, date]],
        milestones: Sequence[tuple[str, date]],
        span: tuple[date, date],
        width: float,
    ) -> None:
        super().__init__()
        self.rows, self.milestones, self.span, self.chart_width = list(rows), list(milestones), span, width
        self._drawing: Any = None

    def drawing(self) -> Any:
        if self._drawing is None:
            index = {it.key: i for i, (it, _s, _d) in enumerate(self.rows)}
            depends = [
                (index[dep], i)
                for i, (it, _s, _d) in enumerate(self.rows)
                for dep in getattr(it, "depends_on", ())
                if dep in index
            ]
            self._drawing = charts.gantt(self.rows, self.milestones, self.span, self.chart_width, depends)
        return self._drawing

    def fixed_height(self) -> float:
        """The chart's height without its rows (milestones and month axis)."""
        return float(self.drawing().height) - charts.GANTT_ROW_H * len(self.rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        d = self.drawing()
        self.width, self.height = d.width, d.height
        return d.width, d.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fits = int((availHeight - self.fixed_height()) // charts.GANTT_ROW_H)
        keep = min(fits, len(self.rows) - GANTT_MIN_ROWS)
        if keep < GANTT_MIN_ROWS:
            return []  # to the next page whole
        return [self._part(self.rows[:keep]), self._part(self.rows[keep:])]

    def _part(self, rows: Sequence[tuple[PlanItem, date, date]]) -> RoadmapChart:
        return RoadmapChart(rows, self.milestones, self.span, self.chart_width)

    def draw(self) -> None:
        self.drawing().drawOn(self.canv, 0, 0)


def _due(it: PlanItem) -> date | None:
    try:
        return date.fromisoformat(it.due_date)
    except ValueError:
        return None


def _gantt_rows(ctx: ReportContext) -> list[tuple[PlanItem, date, date]]:
    """Each dated action with its start (the end of the phase before) and its due date."""
    workshop = ctx.assessment.workshop_day
    rows = []
    for it in ctx.plan.items:
        due = _due(it)
        if not it.active or due is None:
            continue
        if workshop is not None and it.phase > 0:
            start = workshop + timedelta(days=PHASE_DUE_DAYS.get(it.phase - 1, 0))
        else:
            start = workshop or due - timedelta(days=30)
        rows.append((it, min(start, due), due))
    return rows


def roadmap(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    rows = _gantt_rows(ctx)
    out: list[Flowable] = [subheading("Roadmap", s)]
    if not rows:
        return [
            *out,
            M("No action has a due date (the workshop date is not set), so no roadmap can be drawn.", s.muted),
        ]
    pilot, production = milestone_dates(ctx)
    milestones = [(label, day) for label, day in (("Pilot", pilot), ("Production", production)) if day is not None]
    begin = min(r[1] for r in rows)
    end = max(*(r[2] for r in rows), *(day for _, day in milestones))
    end += timedelta(days=max(7, (end - begin).days // 25))
    chart = RoadmapChart(rows, milestones, (begin, end), ctx.width)
    # the heading only where the chart's first actions fit under it (the chart itself splits at an action)
    title = out[0]
    title.keepWithNext = False
    title_height = title.wrap(ctx.width, ctx.height)[1] + title.getSpaceBefore() + title.getSpaceAfter()
    need = title_height + chart.fixed_height() + charts.GANTT_ROW_H * min(len(rows), GANTT_MIN_ROWS)
    out = [CondPageBreak(need), title, chart, Spacer(1, 2 * mm)]
    out.append(
        M(
            "One bar per action, from the start of its phase to its due date; bar colour = phase. Dashed lines: "
            "the earliest pilot start (every phase 0 action done) and production start (every pilot action done).",
            s.tiny,
        )
    )
    return out


def responsibilities(ctx: ReportContext) -> list[Flowable]:
    """Who does what: each role with the open actions it is responsible (R) and accountable (A) for, by phase."""
    s = ctx.styles
    phases = sorted(PHASE_WORDS)
    cells: dict[str, dict[int, list[str]]] = {}
    people: dict[str, set[str]] = {}
    for it in ctx.plan.items:
        if not it.active or it.status == "done":
            continue
        responsible = str(getattr(it, "responsible", "") or it.owner_role or "Role to be named")
        accountable = str(getattr(it, "accountable", "") or "")  # decision method v2
        cells.setdefault(responsible, {}).setdefault(it.phase, []).append("R")
        people.setdefault(responsible, set()).update({it.owner.strip()} if it.owner.strip() else set())
        if accountable and accountable != responsible:
            cells.setdefault(accountable, {}).setdefault(it.phase, []).append("A")
            people.setdefault(accountable, set())
    out: list[Flowable] = [subheading("Responsibilities (RACI)", s)]
    if not cells:
        return [*out, M("No open actions.", s.muted)]
    rows: list[list[Any]] = [heads(ctx, "Role", "Named person", *(f"Phase {p}" for p in phases), center_from=2)]
    for role in sorted(cells):
        by_phase = cells[role]
        marks = []
        for p in phases:
            got = by_phase.get(p, [])
            # no-break spaces: a mark is never split ("A ×" above a lone "2"); R and A on lines of their own
            text = "<br/>".join(f"{k}\u00a0×\u00a0{got.count(k)}" for k in ("R", "A") if k in got)
            marks.append(M(text or "–", s.cell_center))
        named = ", ".join(sorted(people.get(role, set()))) or "to be named"
        rows.append([P(shorten(role, 60), s.cell), P(shorten(named, 90), s.cell), *marks])
    out.append(data_table(rows, columns(ctx, 26, 30, 11, 11, 11, 11)))
    out.append(
        M(
            "R × n = responsible for n open actions in the phase; A × n = accountable for them. The client sponsor "
            "is accountable for the plan as a whole; the facilitator is consulted (C) on every action; the "
            "people listed under Participants are informed (I) of progress.",
            s.tiny,
        )
    )
    return out


def person_days(it: PlanItem) -> float:
    """An action's effort in person-days: the bank's range (its middle) where given, else its size."""
    days = getattr(it, "effort_days", None)  # decision method v2
    if days:
        return (float(days[0]) + float(days[1])) / 2
    return float(EFFORT_DAYS.get(it.effort, 0))


def days_text(days: float) -> str:
    """Person-days as printed: "34", "33.5" (the middle of a range may be a half day), never rounded
    away, so the phases add up to their total."""
    return number(days, 0 if days == int(days) else 1 if days * 2 == int(days * 2) else 2)


def money_range(lo: float, hi: float | None, currency: str) -> str:
    """ "€30,000 – €180,000"; "€50,000 or more" when a band has no upper end."""
    if hi is None:
        return f"{money(lo, currency)} or more"
    if lo <= 0:
        return f"up to {money(hi, currency)}"
    return f"{money(lo, currency)} – {money(hi, currency)}"


# ---- kb (issues 11/12): the money of the budget, reckoned once in core/budget.py -------------------------


def plan_money(ctx: ReportContext) -> Budget:
    """The plan's budget in money: converted into the assessment's currency where a rate allows."""
    from desktop_app.core.budget import plan_budget

    return plan_budget(ctx.bank, ctx.assessment, ctx.plan)


def rate_text(rate: float) -> str:
    """A rate as the consultant stated it, without an exponent: 1.0411, 160.5, 0.000123, 1,000,000."""
    text = format(Decimal(repr(rate)).normalize(), "f")
    whole, _, part = text.partition(".")
    return f"{int(whole):,}" + (f".{part}" if part else "")


def rate_sentence(rate: ExchangeRate) -> str:
    """ "converted from EUR at 1 EUR = 1.0411 USD (set by Ana Consultant, 4 December 2026)": the one
    wording of a conversion, in the budget's assumptions and in the method appendix."""
    return (
        f"converted from {rate.base} at 1 {rate.base} = {rate_text(rate.rate)} {rate.quote} "
        f"({rate.source}, {long_date(rate.as_of)})"
    )


def budget(ctx: ReportContext) -> list[Flowable]:
    """Effort (person-days) and money per phase, with totals and the assumptions behind them."""
    s = ctx.styles
    b = plan_money(ctx)
    currency = b.currency
    out: list[Flowable] = [subheading("Budget", s)]
    rows: list[list[Any]] = [
        heads(ctx, "Phase", "Actions", "Person-days", "Cost bands", f"Cost ({currency or 'currency'})")
    ]
    total_actions, total_days = 0, 0.0
    for phase, items in ctx.plan.by_phase().items():
        days = sum(person_days(it) for it in items)
        counts = ", ".join(
            f"{sum(1 for it in items if it.cost == band)} {word.lower()}"
            for band, word in COST_WORDS.items()
            if any(it.cost == band for it in items)
        )
        lo, hi = b.phases[phase]
        total_actions += len(items)
        total_days += days
        rows.append(
            [
                M(f"{phase} · {markup(phase_word(phase))}", s.cell),
                M(str(len(items)), s.cell_right),
                M(days_text(days), s.cell_right),
                M(markup(counts or "–"), s.cell),
                M(markup(money_range(lo, hi, currency) if items and b.bands else "–"), s.cell_right),
            ]
        )
    rows.append(
        [
            M("<b>Total</b>", s.cell),
            M(f"<b>{total_actions}</b>", s.cell_right),
            M(f"<b>{days_text(total_days)}</b>", s.cell_right),
            M("", s.cell),
            M(f"<b>{markup(money_range(*b.total, currency))}</b>" if b.bands else "–", s.cell_right),
        ]
    )
    table = data_table(rows, columns(ctx, 30, 10, 16, 20, 24))
    # the table, its assumptions and its heading move together: never a page holding the note alone
    return [KeepTogether([*out, table, M(_budget_assumptions(ctx, b), s.tiny)])]


def _budget_assumptions(ctx: ReportContext, b: Budget) -> str:
    """The sentences under the budget table: how effort and money were reckoned."""
    parts = [
        f"Effort: the action's own estimate where the library gives one (the middle of its range), else "
        f"{EFFORT_DAYS['S']} person-days for a small action, {EFFORT_DAYS['M']} for a medium one and "
        f"{EFFORT_DAYS['L']} for a large one."
    ]
    if b.bands:
        described = "; ".join(
            f"{COST_WORDS.get(band, band).lower()} = {money_range(lo, hi, b.currency)}"
            for band, (lo, hi) in b.bands.items()
        )
        # what a band covers is the bank's to say (cost_bands.basis); without it, the older reading
        basis = ctx.bank.cost_bands.basis or "external spend only, the effort above is not priced."
        parts.append(
            f"Cost: each action's cost band in money ({described}), summed per phase as a range from the "
            f"lowest to the highest end of each band. {basis[0].upper()}{basis[1:]}"
        )
        if b.unpriced:
            many = b.unpriced != 1
            parts.append(
                f"{b.unpriced} action{'s have' if many else ' has'} no cost band and "
                f"{'are' if many else 'is'} not counted."
            )
        if b.converted and b.rate is not None:
            parts.append(
                f"The question library prices its bands in {b.bank_currency}; every amount here is "
                f"{rate_sentence(b.rate)}, each end of a band rounded to three significant figures, and the "
                "phases and the total add those rounded amounts."
            )
            day_rate = ctx.bank.cost_bands.day_rate
            if day_rate is not None:
                # the bank's basis names its day rate in its own currency: give it in the reader's too
                parts.append(
                    f"The planning day rate of {amount(day_rate)} {b.bank_currency} is "
                    f"{money(round_money(b.rate.convert(day_rate)), b.currency)} at that rate."
                )
        elif b.conversion == OTHER_RATE and b.rate is not None:
            parts.append(
                f"The question library prices its bands in {b.bank_currency} and this assessment is in "
                f"{b.assessment_currency}; the exchange rate stated (1 {b.rate.base} = {rate_text(b.rate.rate)} "
                f"{b.rate.quote}) is for another currency, so no exchange rate is applied and the costs are shown "
                f"in {b.bank_currency}."
            )
        elif b.conversion == NO_RATE:
            parts.append(
                f"The question library prices its bands in {b.bank_currency} and this assessment is in "
                f"{b.assessment_currency}: no exchange rate is applied, so the costs are shown in {b.bank_currency}."
            )
    else:
        parts.append("Cost bands are relative to the project budget (the question library gives them no amounts).")
    m = ctx.money
    if m.monthly_cost is not None:
        run = f"Monthly run cost once deployed: {money(m.monthly_cost, m.currency)}"
        run += (
            f" against a budget of {money(m.monthly_budget, m.currency)}."
            if m.monthly_budget
            else " (no budget stated)."
        )
    else:
        run = "The monthly run cost could not be estimated from the answers."
        why = unpriced_text(m)
        run = f"The monthly run cost could not be estimated: {why}." if why else run
    rate = ctx.assessment.exchange_rate
    if m.monthly_cost is not None and m.converted_defaults and rate is not None:
        stated = " and ".join(
            f"the default {PRICE_WORDS.get(name, name.replace('_', ' '))} of {money(value, currency)}"
            for name, value, currency in m.converted_defaults
        )
        # the rate is said once: where the budget was converted with it, the run cost refers to it
        run += (
            f" It counts {stated}, converted at the same rate."
            if b.converted
            else f" It counts {stated}, {rate_sentence(rate)}."
        )
    parts.append(run)
    return markup(" ".join(parts))


#: the estimator's default prices, as the report names them (core/estimator.py)
PRICE_WORDS = {"gpu_hour_price": "GPU-hour price", "price_per_million_tokens": "price per million tokens"}


def unpriced_text(m: MoneyFigures) -> str:
    """Why the run cost is missing a price: "the default GPU-hour price is in USD, not EUR: answer it in
    EUR"; "" when no default price was left out for its currency."""
    parts = [
        f"the default {PRICE_WORDS.get(name, name.replace('_', ' '))} is in {currency}, not {m.currency}"
        for name, currency in m.unpriced_defaults
    ]
    return f"{' and '.join(parts)}: answer {'it' if len(parts) == 1 else 'them'} in {m.currency}" if parts else ""


# ---- end kb ---------------------------------------------------------------------------------------------


def deployment_plan(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [heading(ctx, "4  Deployment plan", 0)]
    phases = ctx.plan.by_phase()
    count = sum(len(v) for v in phases.values())
    rejected = sum(1 for it in ctx.plan.items if not it.active)
    text = (
        f"{count} action{'s' if count != 1 else ''} in four phases. Phase 0 must be complete before any "
        "deployment; due dates count from the workshop date unless the consultant set one."
    )
    if rejected:
        were = "s were" if rejected != 1 else " was"
        text += f" {rejected} proposed action{were} rejected and {'are' if rejected != 1 else 'is'} not listed."
    story.append(M(text, s.body))
    story += roadmap(ctx)
    story += responsibilities(ctx)
    story += budget(ctx)
    frameworks = ctx.frameworks
    for phase, items in phases.items():
        story.append(CondPageBreak(40 * mm))  # the heading and its table's first action: see bind_headings
        story.append(heading(ctx, f"4.{phase + 1}  Phase {phase} — {phase_word(phase)}", 1))
        if not items:
            story.append(M("No actions in this phase.", s.muted))
            continue
        story.append(plan_table(ctx, items, frameworks))
    story.append(Spacer(1, 2 * mm))
    story.append(
        M(
            "Effort: small = days, medium = weeks, large = months. Cost band: low, medium or high relative to the "
            f"project budget. References point to the framework references (Appendix {ctx.appendix('frameworks')}).",
            s.tiny,
        )
    )
    return story


def plan_table(ctx: ReportContext, items: Sequence[PlanItem], frameworks: Mapping[str, Framework]) -> Table:
    """One action per pair of rows: the facts on the first, what to do across the full width below."""
    s = ctx.styles
    fixed = [70, 64, 62, 50, 42, 76]  # owner role, owner, due, effort, cost, references (points)
    widths = [ctx.width - sum(fixed), *fixed]
    rows: list[list[Any]] = [heads(ctx, "Action", "Owner role", "Owner", "Due", "Effort", "Cost", "References")]
    extra: list[tuple[Any, ...]] = []
    for n, it in enumerate(items):
        r = len(rows)
        title = markup(shorten(it.title, PLAN_TITLE_LIMIT))
        if it.addresses_blocker:
            title = f'<font color="{hex_of(level_color("critical"))}">■</font> {title}'
        refs = "<br/>".join(markup(short_ref(ref, frameworks)) for ref in it.references) or "–"
        rows.append(
            [
                M(f"<b>{title}</b>", s.cell),
                P(shorten(it.owner_role or "–", 120), s.cell),
                P(shorten(it.owner or "to be named", 120), s.cell),
                M(markup(long_date(it.due_date)), s.cell),
                M(markup(EFFORT_WORDS.get(it.effort, it.effort or "–")), s.cell),
                M(markup(COST_WORDS.get(it.cost, it.cost or "–")), s.cell),
                M(refs, s.cell),
            ]
        )
        prefix = "<b>Clears a stop answer.</b> " if it.addresses_blocker else ""
        evidence = str(getattr(it, "evidence", "") or "")  # decision method v2: what shows it is done
        if evidence:
            prefix = f"{prefix}<b>Done when:</b> {markup(shorten(evidence, 240))} "
        assumption = str(getattr(it, "cost_assumptions", "") or "")
        more = f" · Cost: {markup(shorten(assumption, 200))}" if assumption else ""
        more += f" · in full in Appendix {ctx.appendix('plan')}" if plan_text_cut(it) else ""
        status = STATUS_WORDS.get(it.status, it.status)
        note = f" · {markup(shorten(it.note, PLAN_NOTE_LIMIT))}" if it.note else ""
        detail = (
            f"{prefix}{markup(shorten(it.action, CELL_TEXT_LIMIT))}"
            f' <font color="{hex_of(MUTED)}">{markup(status)}{note}{more}</font>'
        )
        if has_rtl(it.action) or has_rtl(it.note):  # right-to-left text: broken into lines before reordering
            cell: Any = [
                *([M(prefix, s.cell)] if prefix else []),
                BidiPara(shorten(it.action, CELL_TEXT_LIMIT), s.cell),
                M(f'<font color="{hex_of(MUTED)}">{markup(status)}{more}</font>', s.cell),
            ]
            if it.note:
                cell.append(BidiPara(shorten(it.note, PLAN_NOTE_LIMIT), s.cell, prefix="<b>Note:</b> "))
        else:
            cell = M(detail, shaped(s.cell) if needs_shaping(it.action + it.note) else s.cell)
        rows.append([cell, "", "", "", "", "", ""])
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


def plan_text_cut(it: PlanItem) -> bool:
    """True when the plan table had to shorten the action's title, text or note."""
    return (
        len(" ".join(it.action.split())) > CELL_TEXT_LIMIT
        or len(" ".join(it.note.split())) > PLAN_NOTE_LIMIT
        or len(" ".join(it.title.split())) > PLAN_TITLE_LIMIT
    )


def appendix_plan(ctx: ReportContext) -> list[Flowable]:
    """Appendix B: plan actions whose text the tables shortened, in full (nothing the consultant wrote is lost)."""
    s = ctx.styles
    cut = [it for it in ctx.plan.items if it.active and plan_text_cut(it)]
    if not cut:
        return []
    story: list[Flowable] = [
        appendix_break(ctx),
        heading(ctx, f"Appendix {ctx.appendix('plan')}  Plan actions in full", 0),
    ]
    story.append(M("Actions whose wording or note was too long for the plan tables, in full.", s.body))
    for it in cut:
        story.append(M(f"<b>{markup(it.title)}</b>", s.small))
        story += note_paragraphs(it.action, s, label="Action", width=ctx.width)
        if it.note.strip():
            story += note_paragraphs(it.note, s, width=ctx.width)
        story.append(Spacer(1, 3))
    return story


def short_ref(ref: str, frameworks: Mapping[str, Framework]) -> str:
    """A citation as a reader knows it: the framework's short name and the item."""
    fw_id, _, item = ref.partition(":")
    return f"{fw_id.replace('-', ' ').replace('_', ' ')} {item}".strip()
