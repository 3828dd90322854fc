"""Sections 6 to 8: the follow-up list, the participants and the sign-off."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from desktop_app.report.document import BidiPara
from desktop_app.report.fonts import has_rtl, markup, needs_shaping, shorten
from desktop_app.report.sections.base import (
    QUESTION_TEXT_LIMIT,
    M,
    P,
    ReportContext,
    challenge_title,
    columns,
    data_table,
    heading,
    heads,
)
from desktop_app.report.styles import MUTED, hex_of, shaped
from desktop_app.report.words import answer_words, decision_word, long_date


def follow_up(ctx: ReportContext) -> list[Flowable]:
    return [*_follow_up_list(ctx), *room_disagreed(ctx)]


def room_disagreed(ctx: ReportContext) -> list[Flowable]:
    """6.1 Where the room disagreed: each question the participants split on strongly, with every
    voice and the agreed answer with its rationale. Only when participants answered for themselves."""
    from desktop_app.core.assessment import Answer
    from desktop_app.core.voices import disagreements, room_disagreements

    s, a = ctx.styles, ctx.assessment
    if not any(a.voices.values()):
        return []
    polled = len(disagreements(ctx.bank, a))
    strong = room_disagreements(ctx.bank, a)  # bank order, voices in the participant list's order
    story: list[Flowable] = [CondPageBreak(45 * mm), heading(ctx, "6.1  Where the room disagreed", 1)]
    if not strong:
        story.append(
            M(
                f"The participants answered {polled} question{'s' if polled != 1 else ''} for themselves; on none "
                "of them did the room disagree strongly.",
                s.body,
            )
        )
        return story
    story.append(
        M(
            f"The participants answered {polled} question{'s' if polled != 1 else ''} for themselves. On "
            f"{len(strong)} the room disagreed strongly (answers two or more risk points apart, or no answer "
            "shared by more than half the room); the agreed answer is the one scored, and it is marked low "
            "confidence unless the facilitator kept its confidence.",
            s.body,
        )
    )
    for d in strong:
        rows: list[list[Any]] = [heads(ctx, "Participant", "Their answer", "Their note")]
        # a participant removed from the list keeps the name the answer was given under
        said_by = {v.participant_id: v.answered_by for v in a.voices.get(d.question, ())}
        for voice in d.voices:
            who = f"{voice.name} ({voice.role})" if voice.name and voice.role else voice.name
            who = who or said_by.get(voice.participant_id, "")
            rows.append(
                [
                    P(shorten(who or "a participant no longer listed", 120), s.cell),
                    P(shorten(answer_words(ctx.bank, Answer(d.question, voice.value), ctx.currency), 200), s.cell),
                    P(shorten(voice.note, CELL_NOTE_LIMIT) or "–", s.cell),
                ]
            )
        if d.agreed is not None:
            line = f"<b>Agreed answer:</b> {markup(ctx.answer(d.question))}"
            rationale = d.rationale.strip()
            line += f" · <b>Why:</b> {markup(shorten(rationale, 400))}" if rationale else " · no rationale recorded"
        else:
            line = "<b>Agreed answer:</b> none yet: the question stays open."
        story.append(
            KeepTogether(
                [P(shorten(d.text, QUESTION_TEXT_LIMIT), s.cell_bold), data_table(rows, columns(ctx, 28, 32, 40))]
            )
        )
        story.append(M(line, s.note))
    return story


CELL_NOTE_LIMIT = 300


def _follow_up_list(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    items = ctx.profile.follow_up
    story: list[Flowable] = [CondPageBreak(50 * mm), heading(ctx, "6  Follow-up list", 0)]
    if not items:
        story.append(M("Nothing to follow up: no “don't know” and no low-confidence answers.", s.body))
        return story
    story.append(
        M(
            f"{len(items)} answer{'s' if len(items) != 1 else ''} need confirming: “don't know” answers and "
            "answers given with low confidence. A “don't know” is scored at the middle of the scale, so "
            "the answer may move the score either way.",
            s.body,
        )
    )
    rows: list[list[Any]] = [heads(ctx, "#", "Question", "Challenge", "Reason", "Current answer")]
    for i, f in enumerate(items, start=1):
        q_text = markup(shorten(f.text, QUESTION_TEXT_LIMIT))
        question: Any = M(q_text, s.cell)
        if f.note.strip() and has_rtl(f.note):  # broken into lines before it is reordered
            question = [question, BidiPara(shorten(f.note, 240), s.cell, prefix="Note: ")]
        elif f.note.strip():
            q_text += f'<br/><font color="{hex_of(MUTED)}">Note: {markup(shorten(f.note, 240))}</font>'
            question = M(q_text, shaped(s.cell) if needs_shaping(f.note) else s.cell)
        rows.append(
            [
                M(str(i), s.cell),
                question,
                P(challenge_title(ctx, f.challenge), s.cell),
                M(markup("Don't know" if f.reason == "unknown" else "Low confidence"), s.cell),
                P(shorten(ctx.answer(f.question, f.answer), 200), s.cell),
            ]
        )
    story.append(data_table(rows, columns(ctx, 4, 48, 18, 12, 18)))
    return story


def participants(ctx: ReportContext) -> list[Flowable]:
    s, a = ctx.styles, ctx.assessment
    story: list[Flowable] = [CondPageBreak(45 * mm), heading(ctx, "7  Participants", 0)]
    story.append(
        M(
            f"Facilitated by <b>{markup(a.facilitator or 'not recorded')}</b> on {markup(long_date(a.workshop_date))}.",
            s.body,
        )
    )
    if not a.participants:
        story.append(M("No participants were recorded.", s.muted))
        return story
    rows: list[list[Any]] = [heads(ctx, "Name", "Role", "Organisation")]
    for person in a.participants:
        rows.append(
            [
                P(shorten(person.name, 200), s.cell),
                P(shorten(person.role, 200), s.cell),
                P(shorten(person.organisation, 200), s.cell),
            ]
        )
    story.append(data_table(rows, columns(ctx, 35, 35, 30)))
    return story


def sign_off(ctx: ReportContext) -> list[Flowable]:
    s, a = ctx.styles, ctx.assessment
    story: list[Flowable] = [CondPageBreak(100 * mm), heading(ctx, "8  Sign-off", 0)]  # text and table together
    decision = decision_word(ctx.profile.overall.decision)
    story.append(
        M(
            f"By signing, the parties confirm that this plan reflects the workshop's findings, accept the "
            f"decision <b>{markup(decision)}</b> and the phase 0 actions, and agree to review the assessment "
            "when the follow-up items are answered.",
            s.body,
        )
    )
    rows: list[list[Any]] = [heads(ctx, "Role", "Name", "Signature", "Date")]
    for role, name in (
        ("Facilitator", a.facilitator),
        ("Client sponsor", ""),
        ("Accountable executive", ""),
        ("Data protection / risk officer", ""),
    ):
        rows.append([M(f"<b>{markup(role)}</b>", s.cell), P(shorten(name, 80), s.cell), "", ""])
    # tall rows: room to sign by hand
    story.append(
        data_table(rows, columns(ctx, 26, 28, 30, 16), zebra=False, row_heights=[None] + [34] * (len(rows) - 1))
    )
    from desktop_app.report.sections.front import document_control

    story += [Spacer(1, 6 * mm), *document_control(ctx)]
    return story
