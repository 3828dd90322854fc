"""Section 5: the risk register: every sub-challenge at high or above, with its control and residual level."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from desktop_app.core.plan import projected_profile
from desktop_app.core.scoring import SubchallengeScore, level_rank
from desktop_app.report.fonts import markup, shorten
from desktop_app.report.sections.base import M, P, ReportContext, columns, data_table, heading, heads, level_chip
from desktop_app.report.styles import level_color
from desktop_app.report.words import level_word, long_date

REVIEW_DAYS = 90  # a risk without dated actions is reviewed this long after the workshop


def register_rows(ctx: ReportContext) -> list[tuple[str, SubchallengeScore, SubchallengeScore | None]]:
    """(challenge title, inherent score, residual score once every open action is done) at high or above."""
    done = [it.key for it in ctx.plan.items if it.active]
    after = projected_profile(ctx.bank, ctx.assessment, done)
    residual = {(c.id, sub.id): sub for c in after.challenges for sub in c.subchallenges}
    rows = []
    for ch in ctx.profile.challenges:
        for sub in ch.subchallenges:
            if level_rank(sub.level) >= level_rank("high"):
                rows.append((ch.title, sub, residual.get((ch.id, sub.id))))
    rows.sort(key=lambda r: (-level_rank(r[1].level), -(r[1].risk or 0)))
    return rows


def risk_register(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [CondPageBreak(60 * mm), heading(ctx, "5  Risk register", 0)]
    rows_data = register_rows(ctx)
    if not rows_data:
        story.append(M("No risk is at high or above.", s.body))
        return story
    story.append(
        M(
            "Every risk at high or above: its level today (inherent), the actions that control it, the level "
            "expected once those actions are done (residual), who owns it and when it is reviewed.",
            s.body,
        )
    )
    rows: list[list[Any]] = [heads(ctx, "Risk", "Inherent", "Control (plan actions)", "Residual", "Owner", "Review")]
    extra: list[tuple[Any, ...]] = []
    workshop = ctx.assessment.workshop_day or ctx.today
    for r, (challenge, sub, after) in enumerate(rows_data, start=1):
        actions = [it for it in ctx.plan.items if it.active and it.subchallenge == sub.id and it.status != "done"]
        control = "; ".join(shorten(it.title, 90) for it in actions[:4]) or "No action in the plan yet"
        if len(actions) > 4:
            control += f"; and {len(actions) - 4} more"
        owners = sorted({it.owner or it.owner_role for it in actions if it.owner or it.owner_role})
        dues = [d for it in actions if (d := _day(it.due_date)) is not None]
        review = max(dues) if dues else workshop + timedelta(days=REVIEW_DAYS)
        residual_level = after.level if after is not None else sub.level
        rows.append(
            [
                M(f"<b>{markup(challenge)}</b><br/>{markup(sub.title)}", s.cell),
                level_chip(sub.level, s),
                P(control, s.cell),
                level_chip(residual_level, s),
                P(shorten(", ".join(owners) or "to be named", 90), s.cell),
                M(markup(long_date(review)), s.cell),
            ]
        )
        extra += [
            ("BACKGROUND", (1, r), (1, r), level_color(sub.level)),
            ("BACKGROUND", (3, r), (3, r), level_color(residual_level)),
        ]
    story.append(data_table(rows, columns(ctx, 22, 11, 33, 11, 13, 12), extra=extra, zebra=False))
    story.append(
        M(
            f"Residual level: the level once every open action for the risk is done. {level_word('critical')} stays "
            "critical while a stop answer stands.",
            s.tiny,
        )
    )
    return story


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None
