"""The content of the report, section by section, as reportlab flowables: one module per section.

Every piece of text that comes from a user, a document or a bank goes through
:func:`desktop_app.report.fonts.markup` (escaping and font fallback) before it reaches a Paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from desktop_app.report.sections.answers import appendix
from desktop_app.report.sections.base import ReportContext
from desktop_app.report.sections.challenges import challenge_sections
from desktop_app.report.sections.closing import follow_up, participants, sign_off
from desktop_app.report.sections.front import contents, cover
from desktop_app.report.sections.method import framework_index, method
from desktop_app.report.sections.plan import appendix_plan, deployment_plan
from desktop_app.report.sections.profile import risk_profile
from desktop_app.report.sections.register import risk_register
from desktop_app.report.sections.summary import executive_summary

#: The report, front to back.
ORDER: tuple[Callable[[ReportContext], list[Flowable]], ...] = (
    cover,
    contents,
    executive_summary,
    risk_profile,
    challenge_sections,
    deployment_plan,
    risk_register,
    follow_up,
    participants,
    sign_off,
    appendix,
    appendix_plan,
    method,
    framework_index,
)


def story(ctx: ReportContext) -> list[Flowable]:
    out: list[Flowable] = []
    for part in ORDER:
        out += part(ctx)
    return bind_headings(out)


def bind_headings(flowables: list[Flowable]) -> list[Flowable]:
    """Headings (keepWithNext) followed by a KeepTogether block join that block.

    reportlab keeps a keepWithNext flowable with the next one only when that one is not itself a
    container, so a heading followed by a KeepTogether (a question with its note, say) could be left
    alone at a page foot; putting the heading inside the block keeps them together.
    """
    from reportlab.platypus import KeepTogether, Table

    from desktop_app.report.document import TableStart

    out: list[Flowable] = []
    pending: list[Flowable] = []
    for item in flowables:
        if getattr(item, "keepWithNext", False) and not isinstance(item, KeepTogether):
            pending.append(item)
            continue
        if pending and isinstance(item, KeepTogether):
            out.append(KeepTogether([*pending, *item._content]))
        elif pending and isinstance(item, Table):
            # a heading kept with a table taller than the space left would push the whole table to the
            # next page (leaving the rest of this one empty): ask instead for room for the heading and
            # the table's first rows, and let the table split below its heading
            for heading in pending:
                heading.keepWithNext = False
            out += [TableStart(pending, item), *pending, item]
        else:
            out += [*pending, item]
        pending = []
    return out + pending


__all__ = ["ORDER", "ReportContext", "story"]
