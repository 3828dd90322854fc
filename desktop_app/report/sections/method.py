"""The appendices on the method (how the scores were computed, in plain words) and the framework references
as plain citations: no source-tree paths, commits or internal caveats)."""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from desktop_app.core.scoring import PILOT_ONLY_OVERALL_RISK
from desktop_app.report.fonts import markup
from desktop_app.report.sections.base import (
    M,
    ReportContext,
    appendix_break,
    columns,
    data_table,
    heading,
    heads,
    level_chip,
    level_ranges,
    subheading,
    visible_questions,
)
from desktop_app.report.styles import level_color
from desktop_app.report.words import long_date, number


def method(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [
        appendix_break(ctx),
        heading(ctx, f"Appendix {ctx.appendix('method')}  How the scores were computed", 0),
    ]
    paras = [
        "<b>Answers.</b> Each answer that counts towards the risk is placed on a scale from no gap (well "
        "controlled) to a severe gap. “Not applicable” takes the question out of the calculation. “Don't know” "
        "is placed at the middle of the scale (or higher where the question says so) and joins the follow-up "
        "list: the real answer may turn out better or worse. Free-text and context questions do not count.",
        "<b>Risk score.</b> Each sub-challenge and challenge gets a risk score from 0 (no gap anywhere) to "
        "100 (a severe gap on every question), weighing the more important questions up to three times as "
        "much. A challenge with nothing assessed says so instead of claiming a low risk.",
        "<b>Likelihood and impact.</b> The likelihood of a problem, 1 to 5, follows from the risk score in "
        "five equal bands. The impact, 1 to 5, follows from the industry and from the context answers: how "
        "sensitive the data is, how many people are affected, how autonomous the system is, and where it is used.",
        "<b>Level.</b> The level is likelihood × impact, in four bands (table below). A stop answer makes its "
        "challenge Critical whatever the numbers. So a challenge with a lower risk score can carry a higher "
        "level when a problem there would matter more.",
        "<b>Decision.</b> <i>Not ready</i> with any stop answer or a Critical challenge; <i>Pilot only</i> with a "
        f"High challenge or an overall risk score of {number(PILOT_ONLY_OVERALL_RISK)} or more; <i>Ready with "
        "conditions</i> with a Medium challenge, open “don't know” answers or a challenge not assessed; "
        "otherwise <i>Ready to deploy</i>. The overall risk score is the mean of the assessed challenges.",
    ]
    story += [M(text, s.body) for text in paras]
    rows: list[list[Any]] = [heads(ctx, "Likelihood × impact", "Level")]
    extra = []
    for r, (level, lo, hi) in enumerate(level_ranges(), start=1):
        rows.append([M(f"{lo} to {hi}", s.cell), level_chip(level, s)])
        extra.append(("BACKGROUND", (1, r), (1, r), level_color(level)))
    story.append(KeepTogether([data_table(rows, [45 * mm, 35 * mm], extra=extra, zebra=False)]))  # four bands
    story += [Spacer(1, 3 * mm), subheading("The figures for this assessment", s)]
    rows = [heads(ctx, "Challenge", "Answered", "Risk score", "Likelihood", "Impact", "Level", center_from=1)]
    extra = []
    for r, ch in enumerate(ctx.profile.challenges, start=1):
        rows.append(
            [
                M(markup(ch.title), s.cell),
                M(f"{ch.answered} of {ch.total}", s.cell_center),
                M(number(ch.risk), s.cell_center),
                M(str(ch.likelihood or "–"), s.cell_center),
                M(str(ch.impact), s.cell_center),
                level_chip(ch.level, s),
            ]
        )
        extra.append(("BACKGROUND", (5, r), (5, r), level_color(ch.level)))
    story.append(data_table(rows, columns(ctx, 34, 14, 13, 13, 12, 14), extra=extra, zebra=False))
    # kb: the budget's exchange rate, after the figures (report/sections/plan.py)
    money = money_method(ctx)
    story += [Spacer(1, 3 * mm), *(M(text, s.body) for text in money)] if money else []
    return story


def money_method(ctx: ReportContext) -> list[str]:
    """kb (issues 11/12): how the budget's money was converted, when it was; nothing otherwise."""
    from desktop_app.report.sections.plan import plan_money, rate_sentence

    b = plan_money(ctx)
    if not b.converted or b.rate is None:
        return []
    return [
        f"<b>Money.</b> The question library prices its cost bands in {markup(b.bank_currency)}. The budget's "
        f"amounts are {markup(rate_sentence(b.rate))}: each end of a band is rounded to three significant "
        "figures, and a phase or the total adds those rounded amounts."
    ]


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
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        heading(ctx, f"Appendix {ctx.appendix('frameworks')}  Framework references", 0),
    ]
    cited = cited_references(ctx)
    if not cited:
        story.append(M("No framework is cited by this assessment's questions or actions.", s.muted))
        return story
    story.append(
        M(f"The frameworks cited by the questions and the recommended actions, as of {ctx.generated}.", s.body)
    )
    catalogue = ctx.frameworks
    rows: list[list[Any]] = [heads(ctx, "Cited as", "Framework", "Published", "Items cited")]
    for fw_id in sorted(cited):
        fw = catalogue.get(fw_id)
        name = markup(fw.name) if fw is not None else markup(fw_id)
        published = long_date(fw.published) if fw is not None and fw.published else "–"
        rows.append(
            [
                M(markup(fw_id.replace("-", " ")), s.cell_bold),
                M(name, s.cell),
                M(markup(published), s.cell),
                M(markup(", ".join(sorted(cited[fw_id], key=_natural)) or "–"), s.cell),
            ]
        )
    story.append(data_table(rows, columns(ctx, 17, 31, 14, 38)))  # long lists of items get the room
    return story


def _natural(text: str) -> list[Any]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]
