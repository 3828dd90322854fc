"""Section 2: the risk profile (radar, likelihood x impact matrix, sub-challenge bars), one legend."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop_app.report import charts
from desktop_app.report.fonts import markup
from desktop_app.report.sections.base import M, ReportContext, heading, level_legend, table_style
from desktop_app.report.styles import RULE, hex_of, level_color
from desktop_app.report.words import level_word


def risk_profile(ctx: ReportContext) -> list[Flowable]:
    s, p = ctx.styles, ctx.profile
    story: list[Flowable] = [heading(ctx, "2  Risk profile", 0)]
    story.append(
        M(
            "The radar shows each challenge's risk score from 0 (well controlled) to 100 (severe gaps). The "
            "matrix places each challenge by the likelihood of a problem (from its risk score) and the impact one "
            "would have in this context.",
            s.body,
        )
    )
    story.append(M(level_legend(), s.small))
    half = ctx.width / 2
    radar = charts.radar(p.challenges, half - 4, charts.RADAR_HEIGHT)
    matrix = charts.matrix(p.challenges, half - 8, charts.MATRIX_HEIGHT)
    legend_rows = [
        M(
            f'<font color="{hex_of(level_color(ch.level))}"><b>{n}</b></font> {markup(charts.short_title(ch))}'
            f" — likelihood {ch.likelihood or '–'} × impact {ch.impact} · {markup(level_word(ch.level))}",
            s.tiny,
        )
        for n, ch in enumerate(p.challenges, start=1)
    ]
    grid = Table(
        [
            [M("<b>Risk score by challenge</b>", s.small), M("<b>Likelihood × impact</b>", s.small)],
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
    story += [grid, Spacer(1, 4 * mm)]
    # one block per challenge, so the chart may continue on the next page instead of leaving a gap
    blocks: list[Flowable] = [
        charts.subchallenge_bars([ch], ctx.width, axis=n == len(p.challenges) - 1) for n, ch in enumerate(p.challenges)
    ]
    title = M("<b>Risk score by sub-challenge</b> (bar colour = the sub-challenge's level)", s.small)
    story += [KeepTogether([title, Spacer(1, 2 * mm), *blocks[:1]]), *blocks[1:], Spacer(1, 6 * mm)]
    return story
