"""Vector charts of the report: risk radar, likelihood x impact matrix, sub-challenge bars, roadmap.

Drawn with reportlab graphics shapes so they stay sharp in print. Labels carry the level as text
next to the colour, for greyscale prints.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.bank import PHASE_NAMES
from desktop_app.core.plan import PlanItem
from desktop_app.core.scoring import LEVEL_LABELS, ChallengeScore, level_for
from desktop_app.report.fonts import SANS, SANS_BOLD, plain, shorten
from desktop_app.report.styles import (
    ACCENT,
    INK,
    LEVEL_TINTS,
    MUTED,
    PHASE_COLORS,
    RULE,
    level_color,
    level_text_color,
)

SHORT_TITLES = {
    "data": "Data",
    "compute": "Compute",
    "interpretability": "Interpretability",
    "ethics_legal": "Ethics & legal",
    "integration": "Integration",
    "security_privacy": "Security & privacy",
}


def short_title(challenge: ChallengeScore) -> str:
    return SHORT_TITLES.get(challenge.id, shorten(challenge.title, 22))


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = SANS  # not reportlab's Helvetica: every font in the PDF is embedded
    return d


def _text(x: float, y: float, text: str, size: float = 7, *, bold: bool = False, anchor: str = "start", color=INK):
    font = SANS_BOLD if bold else SANS
    return String(x, y, plain(text, font), fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def radar(challenges: Sequence[ChallengeScore], width: float, height: float) -> Drawing:
    """Risk 0-100 of each challenge on its own spoke; outer ring = 100 (worst)."""
    d = _drawing(width, height)
    cx, cy = width / 2, height / 2 - 4
    r = min(width / 2 - 58, height / 2 - 30)
    n = max(1, len(challenges))

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        return cx + r * value / 100 * math.cos(angle), cy + r * value / 100 * math.sin(angle)

    for ring in (20, 40, 60, 80, 100):
        pts: list[float] = []
        for i in range(n):
            pts.extend(point(i, ring))
        d.add(Polygon(pts, strokeColor=RULE, strokeWidth=0.5 if ring < 100 else 0.9, fillColor=None))
        if ring < 100:  # the outer ring's "100" would sit on the top challenge's label
            x, y = point(0, ring)
            d.add(_text(x + 3, y - 2.5, str(ring), 5.5, color=MUTED))
    for i, ch in enumerate(challenges):
        x, y = point(i, 100)
        d.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
        lx, ly = point(i, 112)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        label_y = ly + (4 if ly > cy + 4 else (-8 if ly < cy - 4 else -2))
        title = plain(short_title(ch), SANS_BOLD)
        level = LEVEL_LABELS.get(ch.level or "", "not assessed")
        sub = f"{ch.risk:.0f} · {level}" if ch.risk is not None else "not assessed"
        # keep labels inside the drawing: a long title moves inwards rather than over the margin
        span = max(stringWidth(title, SANS_BOLD, 7), stringWidth(sub, SANS, 6.5))
        if anchor == "end":
            lx = max(lx, span)
        elif anchor == "start":
            lx = min(lx, width - span)
        d.add(_text(lx, label_y, title, 7, bold=True, anchor=anchor))
        d.add(_text(lx, label_y - 8.5, sub, 6.5, anchor=anchor, color=MUTED))
    pts = []
    for i, ch in enumerate(challenges):
        pts.extend(point(i, ch.risk or 0.0))
    d.add(
        Polygon(
            pts,
            strokeColor=ACCENT,
            strokeWidth=1.4,
            fillColor=colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=0.18),
        )
    )
    for i, ch in enumerate(challenges):
        x, y = point(i, ch.risk or 0.0)
        d.add(Circle(x, y, 3.2, fillColor=level_color(ch.level), strokeColor=colors.white, strokeWidth=0.8))
    return d


def matrix(challenges: Sequence[ChallengeScore], width: float, height: float) -> Drawing:
    """The 5x5 likelihood x impact matrix with each assessed challenge as a numbered marker."""
    d = _drawing(width, height)
    left, bottom = 34, 30
    size = min((width - left - 8) / 5, (height - bottom - 10) / 5)
    for li in range(1, 6):
        for im in range(1, 6):
            level = level_for(li, im)
            x = left + (li - 1) * size
            y = bottom + (im - 1) * size
            d.add(Rect(x, y, size, size, fillColor=LEVEL_TINTS[level], strokeColor=colors.white, strokeWidth=1.2))
            d.add(_text(x + size - 3, y + 3, f"{li * im}", 5.5, anchor="end", color=MUTED))
    for k in range(1, 6):
        d.add(_text(left + (k - 0.5) * size, bottom - 10, str(k), 7, anchor="middle", color=MUTED))
        d.add(_text(left - 6, bottom + (k - 0.5) * size - 2.5, str(k), 7, anchor="end", color=MUTED))
    d.add(_text(left + 2.5 * size, bottom - 22, "Likelihood (from risk)", 7, bold=True, anchor="middle"))
    label = _text(0, 0, "Impact (from context)", 7, bold=True, anchor="middle")

    g = Group(label)
    g.translate(left - 20, bottom + 2.5 * size)
    g.rotate(90)
    d.add(g)
    cells: dict[tuple[int, int], list[int]] = {}
    for n, ch in enumerate(challenges, start=1):
        if ch.likelihood is None:
            continue
        cells.setdefault((ch.likelihood, ch.impact), []).append(n)
    for (li, im), numbers in cells.items():
        x0 = left + (li - 1) * size
        y0 = bottom + (im - 1) * size
        per_row = 3 if len(numbers) > 4 else (2 if len(numbers) > 1 else 1)
        rows = math.ceil(len(numbers) / per_row)
        radius = min(8.0, size / (2.2 * max(per_row, rows) + 0.6))
        for k, n in enumerate(numbers):
            row, col = divmod(k, per_row)
            cx = x0 + size * (col + 1) / (per_row + 1)
            cy = y0 + size * (rows - row) / (rows + 1)
            ch = challenges[n - 1]
            d.add(Circle(cx, cy, radius, fillColor=level_color(ch.level), strokeColor=colors.white, strokeWidth=0.8))
            d.add(
                _text(
                    cx,
                    cy - radius * 0.4,
                    str(n),
                    radius * 1.15,
                    bold=True,
                    anchor="middle",
                    color=level_text_color(ch.level),
                )
            )
    return d


def subchallenge_bars(challenges: Sequence[ChallengeScore], width: float) -> Drawing:
    """One horizontal bar per sub-challenge: risk 0-100, coloured and labelled by level."""
    title_h, row_h, gap_h, axis_h = 12.5, 11.5, 4.0, 16.0
    rows = sum(len(ch.subchallenges) for ch in challenges)
    height = len(challenges) * (title_h + gap_h) + rows * row_h + axis_h
    d = _drawing(width, height)
    label_w = 150
    value_w = 70
    bar_x = label_w + 6
    bar_w = width - bar_x - value_w
    for tick in (0, 20, 40, 60, 80, 100):
        x = bar_x + bar_w * tick / 100
        d.add(
            Line(x, axis_h - 4, x, height, strokeColor=RULE, strokeWidth=0.4, strokeDashArray=[1, 2] if tick else None)
        )
        d.add(_text(x, axis_h - 12, str(tick), 6, anchor="middle", color=MUTED))
    y = height
    for ch in challenges:
        y -= title_h
        d.add(_text(0, y + 3, ch.title, 7.4, bold=True, color=ACCENT))
        for sub in ch.subchallenges:
            y -= row_h
            d.add(_text(10, y + 3, shorten(sub.title, 34), 7))
            if sub.risk is None:
                d.add(_text(bar_x + 3, y + 3, "not assessed", 6.5, color=MUTED))
            else:
                w = max(1.5, bar_w * sub.risk / 100)
                d.add(Rect(bar_x, y + 1, w, row_h - 3, fillColor=level_color(sub.level), strokeColor=None))
                level = LEVEL_LABELS.get(sub.level or "", "")
                d.add(_text(bar_x + bar_w + 6, y + 3, f"{sub.risk:.0f}", 7, bold=True))
                d.add(_text(bar_x + bar_w + 22, y + 3, level, 7))
        y -= gap_h
    return d


def roadmap(items: Sequence[PlanItem], start: date | None, width: float) -> Drawing | None:
    """Gantt-like roadmap: one lane per phase, a bar from the phase's start to its last due date,
    and a marker for each action's due date. None when no action has a date."""
    dated = []
    for it in items:
        try:
            dated.append((it, date.fromisoformat(it.due_date)))
        except (TypeError, ValueError):
            continue
    if not dated:
        return None
    first = min(dt for _, dt in dated)
    begin = min(start, first) if start else first - timedelta(days=30)
    end = max(dt for _, dt in dated)
    span = max(30, (end - begin).days)
    end = begin + timedelta(days=span + max(7, span // 20))
    total = (end - begin).days
    lane_h = 26
    phases = sorted(PHASE_NAMES)
    height = lane_h * len(phases) + 40
    d = _drawing(width, height)
    label_w = 96
    x0, x1 = label_w, width - 6
    top = height - 8

    def x_of(day: date) -> float:
        return x0 + (x1 - x0) * (day - begin).days / total

    # month ticks (every month, or every quarter on a long plan)
    step = 1 if total <= 400 else 3
    tick = date(begin.year, begin.month, 1)
    while tick <= end:
        if tick >= begin:
            x = x_of(tick)
            d.add(Line(x, 18, x, top, strokeColor=RULE, strokeWidth=0.4))
            d.add(_text(x + 1.5, 8, tick.strftime("%b %y"), 6, color=MUTED))
        month = tick.month - 1 + step
        tick = date(tick.year + month // 12, month % 12 + 1, 1)
    prev_end = begin
    for lane, phase in enumerate(phases):
        y = top - (lane + 1) * lane_h
        d.add(Rect(0, y, width, lane_h, fillColor=colors.HexColor("#F7F9FB") if lane % 2 else None, strokeColor=None))
        d.add(_text(4, y + lane_h / 2 + 1, f"Phase {phase}", 7.2, bold=True))
        d.add(_text(4, y + lane_h / 2 - 7.5, PHASE_NAMES[phase], 6.5, color=MUTED))
        in_phase = [(it, dt) for it, dt in dated if it.phase == phase]
        if not in_phase:
            d.add(_text(x0 + 4, y + lane_h / 2 - 2.5, "no actions", 6.5, color=MUTED))
            continue
        p_end = max(dt for _, dt in in_phase)
        p_start = min(prev_end, *(dt for _, dt in in_phase))
        bx = x_of(p_start)
        d.add(Rect(bx, y + 8, max(2.0, x_of(p_end) - bx), lane_h - 16, fillColor=PHASE_COLORS[phase], strokeColor=None))
        for dt in {dt for _, dt in in_phase}:
            x = x_of(dt)
            d.add(Polygon([x, y + 4, x + 4, y + 8, x, y + 12, x - 4, y + 8], fillColor=INK, strokeColor=colors.white))
        n = len(in_phase)
        first_due = min(dt for _, dt in in_phase)
        when = (
            p_end.strftime("%-d %b %Y")
            if first_due == p_end
            else (f"{first_due.strftime('%-d %b')} – {p_end.strftime('%-d %b %Y')}")
        )
        summary = f"{n} action{'s' if n != 1 else ''} · due {when}"
        right_space = x1 - x_of(p_end)
        if right_space > stringWidth(summary, SANS, 6.5) + 8:
            d.add(_text(x_of(p_end) + 6, y + lane_h / 2 - 2.5, summary, 6.5, color=INK))
        else:
            d.add(_text(bx - 6, y + lane_h / 2 - 2.5, summary, 6.5, anchor="end", color=INK))
        prev_end = max(prev_end, p_end)
    if start is not None:
        x = x_of(start)
        d.add(Line(x, 16, x, top, strokeColor=ACCENT, strokeWidth=1, strokeDashArray=[2, 2]))
        d.add(_text(x + 2, top - 6, "Workshop", 6.2, color=ACCENT))
    return d
