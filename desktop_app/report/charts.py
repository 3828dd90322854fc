"""Vector charts of the report: risk radar, likelihood x impact matrix, sub-challenge bars, roadmap.

Drawn with reportlab graphics shapes so they stay sharp in print. Labels carry the level as text
next to the colour, for greyscale prints.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from desktop_app.core.plan import PlanItem
from desktop_app.core.scoring import ChallengeScore, level_for
from desktop_app.report.fonts import SANS, SANS_BOLD, plain, shorten
from desktop_app.report.styles import (
    ACCENT,
    INK,
    LEVEL_TINTS,
    MIN_SIZE,
    MUTED,
    PHASE_COLORS,
    RULE,
    level_color,
    level_text_color,
)
from desktop_app.report.words import level_word, long_date, number

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


def _text(x: float, y: float, text: str, size: float = 8, **look: Any) -> String:
    """A chart label; ``look`` may set ``bold``, ``anchor`` ("start", "middle", "end") and ``color``."""
    font = SANS_BOLD if look.get("bold") else SANS
    anchor, color = look.get("anchor", "start"), look.get("color", INK)
    size = max(MIN_SIZE, size)  # nothing in the report is smaller than 8 pt
    return String(x, y, plain(text, font), fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


#: the radar's height in section 2
RADAR_HEIGHT = 215


def _halo(d: Drawing, label: String, pad: float = 1.0) -> None:
    """A white box behind ``label``, added before it, so no ring or spoke line crosses its text."""
    width = stringWidth(label.text, label.fontName, label.fontSize)
    x0 = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[label.textAnchor]
    ascent, descent = getAscentDescent(label.fontName, label.fontSize)
    box = Rect(x0 - pad, label.y + descent - pad, width + 2 * pad, ascent - descent + 2 * pad)
    box.fillColor, box.strokeColor = colors.white, None
    d.add(box)
    d.add(label)


def _box_of(label: String) -> tuple[float, float, float, float]:
    width = stringWidth(label.text, label.fontName, label.fontSize)
    x0 = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[label.textAnchor]
    ascent, descent = getAscentDescent(label.fontName, label.fontSize)
    return (x0, label.y + descent, x0 + width, label.y + ascent)


def radar(challenges: Sequence[ChallengeScore], width: float, height: float) -> Drawing:
    """Risk 0-100 of each challenge on its own spoke; outer ring = 100 (worst).

    Labels sit on white so no line crosses them, and a ring's number goes beside the top spoke on the
    side where no marker is (tests/unit/test_report_radar.py checks the geometry)."""
    d = _drawing(width, height)
    cx, cy = width / 2, height / 2 - 4
    r = min(width / 2 - 58, height / 2 - 30)
    n = max(1, len(challenges))
    mark_r = 3.2 + 0.4  # a marker's radius with half its outline

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        return cx + r * value / 100 * math.cos(angle), cy + r * value / 100 * math.sin(angle)

    for ring in (20, 40, 60, 80, 100):
        pts: list[float] = []
        for i in range(n):
            pts.extend(point(i, ring))
        d.add(Polygon(pts, strokeColor=RULE, strokeWidth=0.5 if ring < 100 else 0.9, fillColor=None))
    for i in range(n):
        x, y = point(i, 100)
        d.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
    for i, ch in enumerate(challenges):
        lx, ly = point(i, 112)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        label_y = ly + (4 if ly > cy + 4 else (-8 if ly < cy - 4 else -2))
        title = plain(short_title(ch), SANS_BOLD)
        sub = f"{number(ch.risk)} · {level_word(ch.level)}" if ch.risk is not None else "not assessed"
        # keep labels inside the drawing: a long title moves inwards rather than over the margin
        span = max(stringWidth(title, SANS_BOLD, MIN_SIZE), stringWidth(sub, SANS, MIN_SIZE)) + 1
        if anchor == "end":
            lx = max(lx, span)
        elif anchor == "start":
            lx = min(lx, width - span)
        _halo(d, _text(lx, label_y, title, MIN_SIZE, bold=True, anchor=anchor))
        _halo(d, _text(lx, label_y - 9.5, sub, MIN_SIZE, anchor=anchor, color=MUTED))
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
    marks = [point(i, ch.risk or 0.0) for i, ch in enumerate(challenges)]
    for ring in (20, 40, 60, 80):  # the outer ring's "100" would sit on the top challenge's label
        x, y = point(0, ring)
        for dx, anchor in ((-5.0, "end"), (5.0, "start")):
            label = _text(x + dx, y - 2.5, str(ring), MIN_SIZE, anchor=anchor, color=MUTED)
            b = _box_of(label)
            clear = all(
                b[2] + 1 < mx - mark_r or b[0] - 1 > mx + mark_r or b[3] + 1 < my - mark_r or b[1] - 1 > my + mark_r
                for mx, my in marks
            )
            if clear:
                _halo(d, label, pad=0.5)
                break
    for (x, y), ch in zip(marks, challenges, strict=True):
        d.add(Circle(x, y, 3.2, fillColor=level_color(ch.level), strokeColor=colors.white, strokeWidth=0.8))
    return d


#: the matrix's height in section 2: cells of about 38 pt, room for six markers beside a cell's number
MATRIX_HEIGHT = 230
_MARK_GAP = 1.0  # between two markers, and between a marker and its cell's edge or number
_MARK_MAX_R = 8.5
_MARK_LABEL = MIN_SIZE + 1  # the number in a marker: 9 pt while the disc has room, never under 8 pt


def _mark_r_needed(label: str, size: float) -> float:
    """The smallest disc (outline included) that holds ``label`` in bold at ``size``."""
    width = stringWidth(label, SANS_BOLD, size)
    ascent = getAscentDescent(SANS_BOLD, size)[0]  # digits have no descent
    return math.hypot(width / 2, ascent / 2) + 0.9


def _mark_grid(count: int, width: float, height: float) -> tuple[int, int, float]:
    """Columns, rows and the disc radius that fit ``count`` markers into a width x height area best."""
    best = (1, count, 0.0)
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        r = min(width / cols, height / rows) / 2 - _MARK_GAP / 2
        if r > best[2]:
            best = (cols, rows, r)
    return best


def _cell_marks(numbers: Sequence[int], width: float, height: float) -> tuple[list[int], int, int, int, float]:
    """Which markers a cell draws, the count left for a "+N", and their grid (columns, rows, radius).

    A disc is never smaller than its number needs; when the cell cannot hold every marker at that size,
    the last slots say "+N" for the others (the legend under the chart names each one)."""
    need = max(_mark_r_needed(str(n), MIN_SIZE) for n in numbers)
    cols, rows, r = _mark_grid(len(numbers), width, height)
    if r >= need:
        return list(numbers), 0, cols, rows, min(r, _MARK_MAX_R)
    slot = 2 * need + _MARK_GAP
    cols, rows = max(1, int(width // slot)), max(1, int(height // slot))
    plus_slots = 2 if cols >= 2 else 1  # "+N" is wider than one digit
    shown = max(0, cols * rows - plus_slots)
    return list(numbers[:shown]), len(numbers) - shown, cols, rows, need


def matrix(challenges: Sequence[ChallengeScore], width: float, height: float) -> Drawing:
    """The 5x5 likelihood x impact matrix with each assessed challenge as a numbered marker.

    Each cell keeps its bottom strip for its number (likelihood x impact); the markers sit above it, so
    no marker covers a number (tests/unit/test_report_matrix.py checks the geometry)."""
    d = _drawing(width, height)
    left, bottom = 34, 30
    size = min((width - left - 8) / 5, (height - bottom - 10) / 5)
    ascent, descent = getAscentDescent(SANS, MIN_SIZE)
    strip = ascent - descent + 2.0  # the cell number's line, with a point above and below
    for li in range(1, 6):
        for im in range(1, 6):
            level = level_for(li, im)
            x = left + (li - 1) * size
            y = bottom + (im - 1) * size
            d.add(Rect(x, y, size, size, fillColor=LEVEL_TINTS[level], strokeColor=colors.white, strokeWidth=1.2))
            d.add(_text(x + size - 3, y + 1 - descent, f"{li * im}", MIN_SIZE, anchor="end", color=MUTED))
    for k in range(1, 6):
        d.add(_text(left + (k - 0.5) * size, bottom - 10, str(k), MIN_SIZE, anchor="middle", color=MUTED))
        d.add(_text(left - 6, bottom + (k - 0.5) * size - 2.5, str(k), MIN_SIZE, anchor="end", color=MUTED))
    d.add(_text(left + 2.5 * size, bottom - 22, "Likelihood (from risk)", MIN_SIZE, bold=True, anchor="middle"))
    label = _text(0, 0, "Impact (from context)", MIN_SIZE, bold=True, anchor="middle")

    g = Group(label)
    g.translate(left - 20, bottom + 2.5 * size)
    g.rotate(90)
    d.add(g)
    cells: dict[tuple[int, int], list[int]] = {}
    for n, ch in enumerate(challenges, start=1):
        if ch.likelihood is None:
            continue
        cells.setdefault((ch.likelihood, ch.impact), []).append(n)
    area_w, area_h = size - 2 * _MARK_GAP, size - strip - 2 * _MARK_GAP
    for (li, im), numbers in cells.items():
        ax = left + (li - 1) * size + _MARK_GAP
        ay = bottom + (im - 1) * size + strip + _MARK_GAP
        shown, rest, cols, rows, radius = _cell_marks(numbers, area_w, area_h)
        rows = min(rows, math.ceil((len(shown) + (2 if rest else 0)) / cols))
        step_x, step_y = area_w / cols, area_h / rows
        font_size = _MARK_LABEL if all(_mark_r_needed(str(n), _MARK_LABEL) <= radius for n in shown) else MIN_SIZE
        for k, n in enumerate(shown):
            row, col = divmod(k, cols)
            cx = ax + step_x * (col + 0.5)
            cy = ay + area_h - step_y * (row + 0.5)
            ch = challenges[n - 1]
            d.add(
                Circle(cx, cy, radius - 0.4, fillColor=level_color(ch.level), strokeColor=colors.white, strokeWidth=0.8)
            )
            digits = getAscentDescent(SANS_BOLD, font_size)[0]
            d.add(
                _text(
                    cx, cy - digits / 2, str(n), font_size, bold=True, anchor="middle", color=level_text_color(ch.level)
                )
            )
        if rest:
            row, col = divmod(len(shown), cols)
            span = min(2, cols - col)
            cx = ax + step_x * (col + span / 2)
            cy = ay + area_h - step_y * (row + 0.5)
            d.add(_text(cx, cy - ascent / 2, f"+{rest}", MIN_SIZE, bold=True, anchor="middle"))
    return d


def subchallenge_bars(challenges: Sequence[ChallengeScore], width: float, *, axis: bool = True) -> Drawing:
    """One horizontal bar per sub-challenge: risk 0-100, coloured and labelled by level; ``axis``
    adds the 0-100 scale below (drawn once under the last of several blocks)."""
    title_h, row_h, gap_h, axis_h = 13.5, 12.0, 4.0, (16.0 if axis else 0.0)
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
        if axis:
            d.add(_text(x, axis_h - 12, str(tick), 8, anchor="middle", color=MUTED))
    y = height
    for ch in challenges:
        y -= title_h
        d.add(_text(0, y + 3, ch.title, 7.4, bold=True, color=ACCENT))
        for sub in ch.subchallenges:
            y -= row_h
            d.add(_text(10, y + 3, shorten(sub.title, 30), 8))
            if sub.risk is None:
                d.add(_text(bar_x + 3, y + 3, "not assessed", 6.5, color=MUTED))
            else:
                w = max(1.5, bar_w * sub.risk / 100)
                d.add(Rect(bar_x, y + 1, w, row_h - 3, fillColor=level_color(sub.level), strokeColor=None))
                level = level_word(sub.level)
                d.add(_text(bar_x + bar_w + 6, y + 3, number(sub.risk), 8, bold=True))
                d.add(_text(bar_x + bar_w + 24, y + 3, level, 8))
        y -= gap_h
    return d


def _month_ticks(begin: date, end: date) -> list[date]:
    total = (end - begin).days
    step = 1 if total <= 400 else 3
    ticks, tick = [], date(begin.year, begin.month, 1)
    while tick <= end:
        if tick >= begin:
            ticks.append(tick)
        month = tick.month - 1 + step
        tick = date(tick.year + month // 12, month % 12 + 1, 1)
    return ticks


#: the height of one action's row in the roadmap (points)
GANTT_ROW_H = 12.5


def gantt(
    rows: Sequence[tuple[PlanItem, date, date]],
    milestones: Sequence[tuple[str, date]],
    span: tuple[date, date],
    width: float,
    depends: Sequence[tuple[int, int]] = (),
) -> Drawing:
    """A Gantt chart: one bar per action (start to due date, coloured by phase), milestone diamonds,
    and an arrow from an action to each action that depends on it (``depends``: row indices)."""
    begin, end = span
    total = max(1, (end - begin).days)
    row_h, top_pad, axis_h = GANTT_ROW_H, 12.0 + 10.0 * max(1, len(milestones)), 14.0
    height = top_pad + row_h * len(rows) + axis_h
    d = _drawing(width, height)
    label_w = min(200.0, width * 0.4)
    x0, x1 = label_w + 4, width - 4

    def x_of(day: date) -> float:
        return x0 + (x1 - x0) * max(0, min(total, (day - begin).days)) / total

    top = height - top_pad
    ticks = _month_ticks(begin, end)
    every = _label_step(ticks, [x_of(t) for t in ticks])
    shown_year = None
    for n, tick in enumerate(ticks):
        x = x_of(tick)
        d.add(Line(x, axis_h - 2, x, top, strokeColor=RULE, strokeWidth=0.4))
        if n % every == 0:  # labels at one regular step, never overlapping
            label = tick.strftime("%b") if tick.year == shown_year else tick.strftime("%b %Y")
            d.add(_text(x + 1.5, 3, label, 8, color=MUTED))
            shown_year = tick.year
    for i, (it, start, due) in enumerate(rows):
        y = top - (i + 1) * row_h
        if i % 2:
            d.add(Rect(0, y, width, row_h, fillColor=colors.HexColor("#F7F9FB"), strokeColor=None))
        d.add(_text(2, y + 3.5, f"{it.phase} · {shorten(it.title, 40)}", 8))
        bx = x_of(start)
        d.add(
            Rect(
                bx,
                y + 2.5,
                max(2.0, x_of(due) - bx),
                row_h - 5,
                fillColor=PHASE_COLORS.get(it.phase, ACCENT),
                strokeColor=None,
            )
        )
    for a, b in depends:
        ya = top - (a + 1) * row_h + row_h / 2
        yb = top - (b + 1) * row_h + row_h / 2
        xa, xb = x_of(rows[a][2]), x_of(rows[b][1])
        d.add(Line(xa, ya, xa + 3, ya, strokeColor=INK, strokeWidth=0.6))
        d.add(Line(xa + 3, ya, xa + 3, yb, strokeColor=INK, strokeWidth=0.6))
        d.add(Line(xa + 3, yb, xb, yb, strokeColor=INK, strokeWidth=0.6))
        d.add(Polygon([xb, yb, xb - 3, yb + 2, xb - 3, yb - 2], fillColor=INK, strokeColor=None))
    xs = [x_of(day) for _label, day in milestones]
    for m, (label, day) in enumerate(milestones):
        # each milestone on a row of its own above the bars: its line rises to its diamond, its label beside
        # it, on the side where the label crosses no later milestone's line (those rise past this row)
        x, y = xs[m], top + 10 * m
        d.add(Line(x, axis_h - 2, x, y + 1, strokeColor=ACCENT, strokeWidth=0.9, strokeDashArray=[2, 2]))
        d.add(Polygon([x, y + 1, x + 4, y + 5, x, y + 9, x - 4, y + 5], fillColor=ACCENT, strokeColor=None))
        text = f"{label} {long_date(day)}"
        w = stringWidth(plain(text, SANS_BOLD), SANS_BOLD, 8)

        def clashes(left: float, right: float, m: int = m) -> int:
            outside = left < 0 or right > width
            return int(outside) * 10 + sum(1 for other in xs[m + 1 :] if left - 3 <= other <= right + 3)

        after, before = clashes(x + 6, x + 6 + w), clashes(x - 6 - w, x - 6)
        anchor = "end" if before < after else "start"
        d.add(_text(x + (-6 if anchor == "end" else 6), y + 2, text, 8, bold=True, anchor=anchor, color=ACCENT))
    return d


def _label_step(ticks: Sequence[date], xs: Sequence[float]) -> int:
    """Label every n-th month tick, the smallest n at which the widest label fits between two labels."""
    if len(xs) < 2:
        return 1
    spacing = min(b - a for a, b in itertools.pairwise(xs))
    widest = max(stringWidth(t.strftime("%b %Y"), SANS, 8) for t in ticks) + 6
    return next((n for n in (1, 2, 3, 4, 6, 12) if n * spacing >= widest), 12)
