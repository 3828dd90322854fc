"""Section 3: one section per challenge (level, what drives it, notes, actions; no formulas, no ids)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from desktop_app.core.assessment import Answer
from desktop_app.core.bank import Question
from desktop_app.core.plan import PlanItem
from desktop_app.core.scoring import ChallengeScore
from desktop_app.report.fonts import is_rtl_text, markup, sentences, shorten
from desktop_app.report.sections.base import (
    NOTE_EXCERPT,
    QUESTION_TEXT_LIMIT,
    M,
    P,
    ReportContext,
    columns,
    data_table,
    heading,
    heads,
    level_chip,
    note_paragraphs,
    subheading,
    table_style,
)
from desktop_app.report.styles import BAND, MUTED, WHITE, hex_of, level_color
from desktop_app.report.words import level_word, long_date, number, percent, phase_word

ACTION_EXCERPT = 400  # characters of an action's text in its challenge's table (the plan prints it whole)


def challenge_sections(ctx: ReportContext) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(90 * mm), heading(ctx, "3  Findings by challenge", 0)]
    story.append(
        M(
            "Each challenge below shows its level, the answers that drive it, the notes taken in the workshop "
            f"and the actions recommended for it. The method is described in Appendix {ctx.appendix('method')}.",
            ctx.styles.body,
        )
    )
    story += _all_reasons(ctx)
    for n, ch in enumerate(ctx.profile.challenges, start=1):
        if n > 1:
            story.append(CondPageBreak(55 * mm))
        story += challenge_section(ctx, n, ch)
    # the plan follows on the same page where its heading, introduction and first roadmap rows fit
    # (a page break here left the last page of the findings three quarters empty)
    story.append(CondPageBreak(90 * mm))
    return story


def _all_reasons(ctx: ReportContext) -> list[Flowable]:
    """Every reason for the decision (the dashboard prints the first few and points here for the rest)."""
    from desktop_app.report.sections.summary import DASHBOARD_REASONS, decision_reasons

    reasons = decision_reasons(ctx)
    if len(reasons) <= DASHBOARD_REASONS:
        return []
    s = ctx.styles
    return [subheading("Why this decision", s), *(M(text, s.bullet, bullet="•") for text in reasons)]


def _strip(ctx: ReportContext, ch: ChallengeScore) -> Table:
    s = ctx.styles
    strip = [
        [M(label, s.tiny) for label in ("Level", "Risk", "Likelihood", "Impact", "Answered")],
        [
            level_chip(ch.level, s),
            M(f"<b>{number(ch.risk)}</b> / 100", s.cell),
            M(f"<b>{ch.likelihood or '–'}</b> / 5", s.cell),
            M(f"<b>{ch.impact}</b> / 5", s.cell),
            M(f"<b>{ch.answered}</b> of {ch.total}", s.cell),
        ],
    ]
    t = Table(strip, colWidths=[ctx.width / 5] * 5)
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
    return t


def _verdict(ch: ChallengeScore) -> str:
    """One sentence a manager reads instead of the formula."""
    if ch.risk is None:
        return (
            f"Nothing in {ch.title} has been assessed yet ({ch.answered} of {ch.total} answered), "
            "so no level is claimed."
        )
    text = (
        f"{level_word(ch.level)} level: a likelihood of {ch.likelihood} in 5 (from a risk of {number(ch.risk)}) "
        f"meets an impact of {ch.impact} in 5 in this context."
    )
    if ch.blockers:
        n = len(ch.blockers)
        text += f" {n} stop answer{'s' if n != 1 else ''} make{'s' if n == 1 else ''} it Critical whatever the score."
    return text


def challenge_section(ctx: ReportContext, n: int, ch: ChallengeScore) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [heading(ctx, f"3.{n}  {ch.title}", 1), _strip(ctx, ch), Spacer(1, 2 * mm)]
    try:
        summary = ctx.bank.challenge(ch.id).summary
    except KeyError:
        summary = ""
    if summary:
        story.append(P(summary, s.body))
    story.append(M(markup(_verdict(ch)), s.muted))

    rows: list[list[Any]] = [heads(ctx, "Sub-challenge", "Answered", "Risk", "Level", center_from=1)]
    extra = []
    for r, sub in enumerate(ch.subchallenges, start=1):
        rows.append(
            [
                P(sub.title, s.cell),
                M(f"{sub.answered} of {sub.total}", s.cell_center),
                M(number(sub.risk), s.cell_center),
                level_chip(sub.level, s),
            ]
        )
        extra.append(("BACKGROUND", (3, r), (3, r), level_color(sub.level)))
    story.append(data_table(rows, columns(ctx, 55, 15, 12, 18), extra=extra, zebra=False))
    story += _drivers(ctx, ch)
    story += _notes(ctx, ch)
    story += _actions(ctx, ch)
    story.append(Spacer(1, 4 * mm))
    return story


def _drivers(ctx: ReportContext, ch: ChallengeScore) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = [subheading("What drives the level", s)]
    if not ch.drivers:
        return [*out, M("No answer raises this challenge's risk.", s.muted)]
    rows: list[list[Any]] = [heads(ctx, "Finding", "Answer given", "Share of the risk", center_from=2)]
    stop = f'<font color="{hex_of(level_color("critical"))}"><b>STOP</b></font> '
    for d in ch.drivers:
        # the bank's finding for the answer given, in business language; the question for a bank without one
        said = ctx.finding(d.question, d.value)
        if said:
            text = markup(shorten(said, 300))
        else:
            text = f'<font color="{hex_of(MUTED)}">Asked:</font> {markup(shorten(d.text, QUESTION_TEXT_LIMIT))}'
        rows.append(
            [
                M((stop if d.blocker else "") + text, s.cell),
                P(shorten(ctx.answer(d.question, d.answer), 300), s.cell),
                M(percent(d.share), s.cell_center),
            ]
        )
    out.append(data_table(rows, columns(ctx, 56, 30, 14)))
    return out


def _notes(ctx: ReportContext, ch: ChallengeScore) -> list[Flowable]:
    s = ctx.styles
    notes = _notes_for(ctx, ch.id)
    out: list[Flowable] = [subheading("Consultant's notes", s)]
    if not notes:
        return [*out, M("No notes were taken for this challenge.", s.muted)]
    for q, ans in notes:
        text = ans.note.strip()
        cut = len(text) > NOTE_EXCERPT
        body = markup(text[:NOTE_EXCERPT].rstrip() + ("…" if cut else ""))
        tail = (
            f' <font color="{hex_of(MUTED)}">(the full note is in Appendix {ctx.appendix("answers")})</font>'
            if cut
            else ""
        )
        question = M(f"<b>{markup(shorten(q.text, QUESTION_TEXT_LIMIT))}</b>", s.small)
        if is_rtl_text(text):  # wrapped before reordering, so its lines read in order
            excerpt = text[:NOTE_EXCERPT].rstrip() + ("…" if cut else "")
            paras = note_paragraphs(excerpt, s, width=ctx.width)
            out.append(KeepTogether([question, *paras, *([M(tail, s.note)] if cut else [])]))
            continue
        # a note stays with its question
        out.append(KeepTogether([question, M(body + tail, s.note)]))
    return out


def _actions(ctx: ReportContext, ch: ChallengeScore) -> list[Flowable]:
    s = ctx.styles
    items = [it for it in ctx.plan.items if it.active and it.challenge == ch.id]
    out: list[Flowable] = [subheading("Recommended actions", s)]
    if not items:
        return [*out, M("No actions are recommended for this challenge.", s.muted)]
    rows: list[list[Any]] = [heads(ctx, "Action", "Phase", "Owner", "Due")]
    for it in items:
        rows.append(
            [
                M(f"<b>{markup(shorten(it.title, 200))}</b><br/>{_action_excerpt(it)}", s.cell),
                M(f"{it.phase} · {markup(phase_word(it.phase))}", s.cell),
                P(shorten(it.owner or it.owner_role or "to be named", 80), s.cell),
                M(markup(long_date(it.due_date)), s.cell),
            ]
        )
    out.append(data_table(rows, columns(ctx, 54, 17, 16, 13)))
    return out


def _action_excerpt(it: PlanItem) -> str:
    """The action's text, or its first sentences and where the rest is (its phase in section 4)."""
    text = sentences(it.action, ACTION_EXCERPT)
    if text == " ".join(it.action.split()):
        return markup(text)
    return f'{markup(text)} <font color="{hex_of(MUTED)}">(in full in section 4.{it.phase + 1})</font>'


def _notes_for(ctx: ReportContext, challenge_id: str) -> list[tuple[Question, Answer]]:
    values = ctx.values
    out = []
    for q in ctx.bank.challenge(challenge_id).questions():
        ans = ctx.assessment.answers.get(q.id)
        if ans and ans.note.strip() and ctx.bank.is_visible(q, values):
            out.append((q, ans))
    return out
