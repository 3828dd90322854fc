""" "What we decided today": one page to print or send at the end of a workshop (issue 13).

The decision with its reasons, the questions parked in the room with their notes, the actions added
or agreed today with owners and due dates, and who attended. It reuses the report's fonts, styles
and wording (so names in any script print), and is written like the report: laid out in memory,
then moved into place in one step. Long lists are cut with "and N more" so it stays one page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop_app import __version__
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import PHASE_NAMES, QuestionBank
from desktop_app.core.files import write_atomically
from desktop_app.core.plan import build_plan
from desktop_app.core.scoring import score
from desktop_app.report.document import PAPERS
from desktop_app.report.fonts import SANS, markup, register_fonts, shorten
from desktop_app.report.reasons import reason_markup
from desktop_app.report.styles import (
    ACCENT,
    BAND,
    DECISION_LEVEL,
    MUTED,
    RULE,
    Styles,
    level_color,
    level_text_color,
    make_styles,
)
from desktop_app.report.words import answer_words, decision_word, long_date

TITLE = "What we decided today"
#: at most this many rows of each list, so the page stays one page on A4 and Letter
MAX_REASONS = 6
MAX_PARKED = 10
MAX_ACTIONS = 10
MARGIN = 16 * mm


@dataclass(frozen=True)
class TodayAction:
    title: str
    owner: str
    due: str
    phase: str


def _local_day(stamp: str) -> date | None:
    try:
        return datetime.fromisoformat(stamp).astimezone().date()
    except (TypeError, ValueError):
        return None


def actions_of_the_day(bank: QuestionBank, assessment: Assessment, day: date) -> list[TodayAction]:
    """Custom actions added, and plan actions accepted, on ``day`` (by their last change), with the
    owner and the due date the plan gives them (a date left to follow the phase included)."""
    plan = build_plan(bank, assessment)
    items = {it.key: it for it in plan.items}
    out = []
    for key, d in sorted(assessment.plan.items(), key=lambda kv: kv[1].updated_at):
        if _local_day(d.updated_at) != day or not (d.custom or d.status in ("accepted", "done")):
            continue
        it = items.get(key)
        title = d.title or (it.title if it is not None else key)
        phase = d.phase if d.phase is not None else (it.phase if it is not None else None)
        due = d.due_date or (it.due_date if it is not None else "")
        out.append(TodayAction(title, d.owner, due, PHASE_NAMES.get(phase, "") if phase is not None else ""))
    return out


def _decision_block(bank: QuestionBank, assessment: Assessment, styles: Styles, width: float) -> list[object]:
    profile = score(bank, assessment)
    st = styles
    decision = profile.overall.decision
    level = DECISION_LEVEL.get(decision)
    words = decision_word(decision)
    if profile.overall.provisional:
        words += f" (provisional: {profile.overall.coverage:.0f} % answered)"
    badge = Table(
        [[Paragraph(markup(words), st.badge)]],
        colWidths=[width],
        style=TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), level_color(level)),
                ("TEXTCOLOR", (0, 0), (-1, -1), level_text_color(level)),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        ),
    )

    def answer_of(qid: str) -> str:
        ans = assessment.answers.get(qid)
        return answer_words(bank, ans, assessment.currency) if ans is not None else ""

    reasons = [r for r in profile.overall.reasons if hasattr(r, "code")]
    lines = [reason_markup(str(r.code), getattr(r, "params", {}), bank, answer_of) for r in reasons[:MAX_REASONS]]
    if len(reasons) > MAX_REASONS:
        lines.append(f"and {len(reasons) - MAX_REASONS} more (see the deployment plan)")
    flow: list[object] = [badge, Spacer(1, 4)]
    flow += [Paragraph(line, st.bullet, bulletText="•") for line in lines]
    return flow


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Table:
    table = Table(list(rows), colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _parked_block(bank: QuestionBank, assessment: Assessment, st: Styles, width: float) -> list[object]:
    records = {**assessment.unanswered, **assessment.answers}
    parked = [(q, records[q.id]) for q in bank.all_questions() if q.id in records and records[q.id].parked]
    head = f"Parked questions ({len(parked)})"
    flow: list[object] = [Paragraph(head, st.h2)]
    if not parked:
        return [*flow, Paragraph("No question was parked.", st.muted)]
    cell, bold = st.cell, st.head
    rows: list[list[object]] = [[Paragraph("Question", bold), Paragraph("Why parked, and the note", bold)]]
    for q, r in parked[:MAX_PARKED]:
        note = " – ".join(markup(shorten(t, 200)) for t in (r.park_note, r.note) if t)
        if r.note and r.note_by:
            note += f" <i>({markup(shorten(r.note_by, 60))})</i>"
        so_far = f"<br/><font color='#5F6B7A'>Answer so far: {markup(shorten(answer_words(bank, r), 80))}</font>"
        rows.append(
            [Paragraph(markup(shorten(q.text, 180)), cell), Paragraph(note + (so_far if r.answered else ""), cell)]
        )
    flow.append(_table(rows, [width * 0.55, width * 0.45]))
    if len(parked) > MAX_PARKED:
        flow.append(Paragraph(f"and {len(parked) - MAX_PARKED} more on the follow-up list", st.muted))
    return flow


def _actions_block(actions: Sequence[TodayAction], st: Styles, width: float) -> list[object]:
    flow: list[object] = [Paragraph(f"Actions added today ({len(actions)})", st.h2)]
    if not actions:
        return [*flow, Paragraph("No action was added or agreed today.", st.muted)]
    cell, bold = st.cell, st.head
    rows: list[list[object]] = [[Paragraph(h, bold) for h in ("Action", "Owner", "Due", "Phase")]]
    for a in actions[:MAX_ACTIONS]:
        rows.append(
            [
                Paragraph(markup(shorten(a.title, 160)), cell),
                Paragraph(markup(shorten(a.owner, 60)) if a.owner else "<i>no owner yet</i>", cell),
                Paragraph(markup(long_date(a.due)) if a.due else "", cell),
                Paragraph(markup(a.phase), cell),
            ]
        )
    flow.append(_table(rows, [width * 0.47, width * 0.2, width * 0.16, width * 0.17]))
    if len(actions) > MAX_ACTIONS:
        flow.append(Paragraph(f"and {len(actions) - MAX_ACTIONS} more in the plan", st.muted))
    return flow


def _attended_block(assessment: Assessment, st: Styles) -> list[object]:
    people = []
    for p in assessment.participants:
        extra = ", ".join(x for x in (p.role, p.organisation) if x)
        people.append(markup(p.name) + (f" ({markup(extra)})" if extra else ""))
    text = "; ".join(people) if people else "<i>no participant recorded</i>"
    if assessment.facilitator:
        text += f". Facilitated by {markup(assessment.facilitator)}."
    return [Paragraph("Who attended", st.h2), Paragraph(text, st.body)]


def today_story(bank: QuestionBank, assessment: Assessment, day: date, width: float) -> list[object]:
    register_fonts()
    st = make_styles()
    when = long_date(day)
    story: list[object] = [
        Paragraph(TITLE, st.h1),
        Paragraph(f"{markup(assessment.client)} – {markup(assessment.project)} · {markup(when)}", st.muted),
        Spacer(1, 6),
    ]
    story += [KeepTogether(_decision_block(bank, assessment, st, width))]
    story += _parked_block(bank, assessment, st, width)
    story += _actions_block(actions_of_the_day(bank, assessment, day), st, width)
    story += _attended_block(assessment, st)
    return story


def write_today(
    bank: QuestionBank, assessment: Assessment, out_path: str | Path, *, day: date | None = None, paper: str = "a4"
) -> int:
    """Write the one-page summary of ``day`` (today unless told) to ``out_path``; return its page count."""
    paper = paper.lower()
    if paper not in PAPERS:
        raise ValueError(f"paper must be 'a4' or 'letter', not {paper!r}")
    day = day or date.today()
    buffer = io.BytesIO()
    size = PAPERS[paper]
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{TITLE}: {shorten(assessment.client, 80)} - {shorten(assessment.project, 80)}",
        author=assessment.facilitator or "GenAI Readiness Planner",
        creator=f"GenAI Readiness Planner {__version__}",
        initialFontName=SANS,
    )
    pages = {"n": 0}

    def footer(canvas: object, document: object) -> None:
        pages["n"] += 1
        c = canvas
        c.saveState()  # type: ignore[attr-defined]
        c.setFont(SANS, 8)  # type: ignore[attr-defined]
        c.setFillColor(MUTED)  # type: ignore[attr-defined]
        c.drawString(MARGIN, MARGIN / 2, f"GenAI Readiness Planner · {long_date(day)}")  # type: ignore[attr-defined]
        c.restoreState()  # type: ignore[attr-defined]

    doc.build(today_story(bank, assessment, day, doc.width), onFirstPage=footer, onLaterPages=footer)
    data = buffer.getvalue()

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:  # the page's own temporary file
            fh.write(data)

    write_atomically(Path(out_path), write)
    return pages["n"]
