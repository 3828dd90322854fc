"""Shared building blocks of the report sections: the context, paragraphs and tables."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import Framework, Question, QuestionBank, load_frameworks
from desktop_app.core.plan import DeploymentPlan
from desktop_app.core.scoring import LEVEL_THRESHOLDS, RiskProfile
from desktop_app.report.document import BidiPara, Heading, Para
from desktop_app.report.fonts import (
    SANS,
    SANS_BOLD,
    FontSet,
    chunks,
    has_rtl,
    is_rtl_text,
    markup,
    needs_shaping,
    wrap_rtl,
)
from desktop_app.report.options import ReportOptions
from desktop_app.report.status import MoneyFigures, PlanStatus
from desktop_app.report.styles import (
    ACCENT,
    BAND,
    DECISION_LEVEL,
    RULE,
    Styles,
    hex_of,
    level_color,
    level_text_color,
    shaped,
)
from desktop_app.report.words import answer_words, decision_word, level_word, number_with_unit

#: Notes shown in a challenge section are cut here; the appendix always prints them in full.
NOTE_EXCERPT = 900
CELL_TEXT_LIMIT = 600
#: a question's text is printed whole up to this length (the longest built-in one has about 400 characters)
QUESTION_TEXT_LIMIT = 1000
PLAN_NOTE_LIMIT = 300
PLAN_TITLE_LIMIT = 300


@dataclass
class ReportContext:
    bank: QuestionBank
    assessment: Assessment
    profile: RiskProfile
    plan: DeploymentPlan
    styles: Styles
    fonts: FontSet
    width: float  # frame width
    height: float  # frame height
    generated: str
    options: ReportOptions
    status: PlanStatus
    money: MoneyFigures
    today: date
    _keys: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    #: the headings of the contents list (level, markup, key), registered as the sections are built
    toc_entries: list[tuple[int, str, str]] = field(default_factory=list)

    def key(self) -> str:
        return f"h{next(self._keys)}"

    def appendix(self, name: str) -> str:
        """The letter of an appendix ("answers", "plan", "method", "frameworks"): consecutive, the plan
        texts' appendix counted only when a plan table shortened one."""
        from desktop_app.report.sections.plan import plan_text_cut

        present = ["answers"]
        if any(it.active and plan_text_cut(it) for it in self.plan.items):
            present.append("plan")
        present += ["method", "frameworks"]
        return "ABCD"[present.index(name)]

    @property
    def frameworks(self) -> Mapping[str, Framework]:
        return self.bank.frameworks or load_frameworks()

    @property
    def values(self) -> dict[str, Any]:
        return self.assessment.values()

    @property
    def currency(self) -> str:
        return self.assessment.currency

    def answer(self, question_id: str, fallback: str = "") -> str:
        """The answer to ``question_id`` as the reader sees it (numbers and money formatted)."""
        if self.bank.has_question(question_id):
            q = self.bank.question(question_id)
            if q.computed and q.computed in self.profile.computed:
                return number_with_unit(q, self.profile.computed[q.computed], self.currency)
        ans = self.assessment.answers.get(question_id)
        return answer_words(self.bank, ans, self.currency) if ans is not None else fallback

    def finding(self, question_id: str, value: object = None) -> str:
        """The bank's finding for the answer given (``value``, or the stored answer): of the chosen
        options, the riskiest one with a finding; empty for a bank or an answer without one."""
        if not self.bank.has_question(question_id):
            return ""
        if value is None:
            answer = self.assessment.answers.get(question_id)
            value = answer.value if answer is not None else None
        return self.bank.question(question_id).finding_for(value)


# --------------------------------------------------------------------------------------------
# Small building blocks


def P(text: object, style: Any) -> Para | BidiPara:
    """A paragraph of user text: escaped, font-fallback applied, Devanagari shaped, and Hebrew or
    Arabic broken into lines before it is reordered (so a wrapped right-to-left cell reads right)."""
    value = "" if text is None else str(text)
    if has_rtl(value):
        return BidiPara(value, style)
    return Para(markup(value, style.fontName), shaped(style) if needs_shaping(value) else style)


def M(markup_text: str, style: Any, bullet: str | None = None) -> Para:
    """A paragraph of our own markup (its user-text parts already passed through ``markup``)."""
    return Para(markup_text, style, bulletText=bullet)


def heading(ctx: ReportContext, text: str, level: int, *, toc: bool = True) -> Heading:
    style = ctx.styles.h1 if level == 0 else ctx.styles.h2
    made = Heading(text, style, level, ctx.key(), toc=toc)
    if toc:
        ctx.toc_entries.append((level, str(made.text), made.key))
    return made


def appendix_break(ctx: ReportContext) -> CondPageBreak:
    """Before an appendix after the first: a new page unless at least half of this one is free (a page
    holding the last two questions of Appendix A and nothing else was left before Appendix B)."""
    return CondPageBreak(ctx.height / 2)


def subheading(text: str, styles: Styles) -> Para:
    """A heading inside a section (not in the outline): kept with what follows it."""
    para = M(markup(text, SANS_BOLD), styles.h3)
    para.keepWithNext = True
    return para


def level_chip(level: str | None, styles: Styles, text: str | None = None) -> Para:
    label = text or level_word(level)
    return M(f'<font color="{hex_of(level_text_color(level))}"><b>{markup(label)}</b></font>', styles.cell_center)


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = True,
    row_heights: Sequence[float | None] | None = None,
) -> Table:
    """A table in the house style: an accent header row repeated on every page, hairline rules."""
    table = Table(
        list(rows),
        colWidths=list(widths),
        rowHeights=list(row_heights) if row_heights else None,
        repeatRows=1,
        hAlign="LEFT",
    )
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    cmds += [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0, ACCENT),
    ]
    if zebra:
        cmds += [("BACKGROUND", (0, r), (-1, r), BAND) for r in range(1, len(rows)) if r % 2 == 0]
    cmds.extend(extra)
    table.setStyle(table_style(cmds))
    return table


def table_style(cmds: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose own font is the embedded one (reportlab's default would add Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.5), *cmds])


def columns(ctx: ReportContext, *fractions: float) -> list[float]:
    total = sum(fractions)
    return [ctx.width * f / total for f in fractions]


def heads(ctx: ReportContext, *names: str, center_from: int | None = None) -> list[Para]:
    s = ctx.styles
    return [
        M(markup(n), s.head_center if center_from is not None and i >= center_from else s.head)
        for i, n in enumerate(names)
    ]


def visible_questions(ctx: ReportContext) -> list[Question]:
    values = ctx.values
    return [q for q in ctx.bank.all_questions() if ctx.bank.is_visible(q, values)]


def challenge_title(ctx: ReportContext, challenge_id: str) -> str:
    if challenge_id == "context":
        return "Context"
    try:
        return ctx.bank.challenge(challenge_id).title
    except KeyError:
        return challenge_id


def badge(ctx: ReportContext, decision: str, width: float, size: float = 13) -> Table:
    level = DECISION_LEVEL.get(decision, "critical")
    s = ctx.styles
    label = decision_word(decision).upper()
    para = M(
        f'<font color="{hex_of(level_text_color(level))}" size="{size}"><b>{markup(label, SANS_BOLD)}</b></font>',
        s.badge,
    )
    t = Table([[para]], colWidths=[width], rowHeights=[size * 2.3])
    t.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), level_color(level)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ROUNDEDCORNERS", [4, 4, 4, 4]),
            ]
        )
    )
    return t


def level_ranges() -> list[tuple[str, int, int]]:
    out, low = [], 1
    for limit, level in LEVEL_THRESHOLDS:
        out.append((level, low, limit))
        low = limit + 1
    return out


def level_legend() -> str:
    """The one legend of levels, used wherever a level shows: level = likelihood x impact."""
    parts = " · ".join(
        f'<font color="{hex_of(level_color(lv))}">■</font> {level_word(lv)} {lo}–{hi}' for lv, lo, hi in level_ranges()
    )
    return (
        "Level = likelihood (1–5, from the risk score) × impact (1–5, from this context): "
        f"{parts}. A stop answer makes its challenge Critical. So a lower risk score can carry a higher "
        "level when the impact in this context is greater."
    )


def note_paragraphs(note: str, s: Styles, label: str = "Note", width: float | None = None) -> list[Flowable]:
    """A note as paragraphs (one per blank-line-separated block, long blocks split before layout),
    so a note of any length flows across pages in time and memory linear in its length."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    joined = ParagraphStyle("note-joined", parent=s.note, spaceAfter=0)  # a piece continued by the next
    out: list[Flowable] = []
    text = note.strip().replace("\r\n", "\n")
    first = True
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        pieces = list(chunks(block.strip("\n")))
        for n, piece in enumerate(pieces):
            prefix = f"<b>{label}:</b> " if first else ""
            first = False
            style = s.note if n == len(pieces) - 1 else joined
            if width and is_rtl_text(piece):  # wrapped before reordering, right-aligned
                lines = wrap_rtl(
                    piece,
                    width - style.leftIndent - stringWidth(f"{label}: ", SANS_BOLD, style.fontSize),
                    style.fontSize,
                )
                rtl = ParagraphStyle("note-rtl", parent=style, alignment=TA_RIGHT)
                out.append(Para(prefix + "<br/>".join(markup(line) for line in lines), rtl))
                continue
            out.append(Para(prefix + markup(piece), shaped(style) if needs_shaping(piece) else style))
    return out
