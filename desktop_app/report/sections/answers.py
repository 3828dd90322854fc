"""Appendix A: every question shown, with its answer, the confidence and the note in full."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from desktop_app.core.bank import Question
from desktop_app.report.fonts import markup, shorten
from desktop_app.report.sections.base import M, P, ReportContext, heading, note_paragraphs, subheading
from desktop_app.report.styles import MUTED, hex_of
from desktop_app.report.words import CONFIDENCE_WORDS, number_with_unit


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
        subs = [(sub.title, [q for q in sub.questions if ctx.bank.is_visible(q, values)]) for sub in ch.subchallenges]
        groups.append((ch.title, subs))
    for n, (title, subs) in enumerate(groups):
        story.append(CondPageBreak(40 * mm))
        story.append(heading(ctx, f"A.{n}  {title}", 1, toc=False))  # in the outline, not the contents
        for sub_title, questions in subs:
            if sub_title:
                story.append(subheading(sub_title, s))
            if not questions:
                story.append(M("No questions apply.", s.muted))
            for q in questions:
                story += _entry(ctx, q)
    return story


def _facts(ctx: ReportContext, q: Question) -> str:
    ans = ctx.assessment.answers.get(q.id)
    if q.computed and q.computed in ctx.profile.computed:
        value = number_with_unit(q, ctx.profile.computed[q.computed], ctx.currency)
        return f"<b>Estimated:</b> {markup(value)} (computed from the answers above)"
    if ans is None:
        return f'<font color="{hex_of(MUTED)}">Not answered</font>'
    facts = f"<b>Answer:</b> {markup(ctx.answer(q.id))}"
    facts += f" · <b>Confidence:</b> {markup(CONFIDENCE_WORDS.get(ans.confidence, ans.confidence))}"
    if ans.answered_by:
        facts += f" · <b>By:</b> {markup(shorten(ans.answered_by, 80))}"
    if ans.note_by and ans.note.strip():  # who said the note in the room (file format 3)
        facts += f" · <b>Note said by:</b> {markup(shorten(ans.note_by, 80))}"
    return facts


def _entry(ctx: ReportContext, q: Question) -> list[Flowable]:
    s = ctx.styles
    ans = ctx.assessment.answers.get(q.id)
    parts: list[Flowable] = [P(q.text, s.cell_bold), M(_facts(ctx, q), s.note)]
    notes = note_paragraphs(ans.note, s, width=ctx.width) if ans is not None and ans.note.strip() else []
    # the question, its answer and the start of its note stay together; a long note flows on
    out: list[Flowable] = [KeepTogether(parts + notes[:1]), *notes[1:], Spacer(1, 2)]
    return out
