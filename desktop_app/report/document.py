"""The page frame of the report: paper, header and footer, "Page X of Y", outline, TOC, metadata."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from desktop_app.report.fonts import SANS, markup, shorten
from desktop_app.report.styles import ACCENT, MUTED, RULE, Styles

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
REPORT_TITLE = "GenAI deployment readiness plan"


class Heading(Paragraph):
    """A section heading: bookmarked, in the PDF outline and in the table of contents."""

    def __init__(self, text: str, style: Any, level: int, key: str, toc: bool = True) -> None:
        super().__init__(markup(text, style.fontName), style)
        self.plain_text = text
        self.outline_level = level
        self.key = key
        self.in_toc = toc


def _numbered_canvas(footer_right: Callable[[int, int], str], skip_first: int) -> type[Canvas]:
    """A canvas that holds its pages back until the total is known, then writes "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > skip_first:
                    width = self._pagesize[0]
                    self.setFont(SANS, 7.2)
                    self.setFillColor(MUTED)
                    self.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 11 * mm, footer_right(number, total))
                super().showPage()
            super().save()

    return NumberedCanvas


class ReportTemplate(BaseDocTemplate):
    """Cover page without running header; body pages with header, footer and page numbers."""

    def __init__(
        self,
        filename: str,
        *,
        paper: str,
        styles: Styles,
        header_left: str,
        footer_left: str,
        **kwargs: Any,
    ) -> None:
        pagesize = PAPERS[paper]
        super().__init__(
            filename,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kwargs,
        )
        self.styles = styles
        self.header_left = header_left
        self.footer_left = footer_left
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover_frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height + 8 * mm,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[cover_frame], onPage=self._draw_cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._draw_body_page),
            ]
        )

    # -- running header and footer --------------------------------------------------------
    def _draw_body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canv.saveState()
        top = height - MARGIN_TOP + 9 * mm
        left = Paragraph(self.header_left, self.styles.header)
        left.wrapOn(canv, (width - 2 * MARGIN_X) * 0.6, 20)
        left.drawOn(canv, MARGIN_X, top)
        right = Paragraph(f"{REPORT_TITLE} · <b>CONFIDENTIAL</b>", self.styles.header_right)
        right.wrapOn(canv, (width - 2 * MARGIN_X) * 0.4, 20)
        right.drawOn(canv, width - MARGIN_X - (width - 2 * MARGIN_X) * 0.4, top)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 8 * mm
        canv.line(MARGIN_X, bottom, width - MARGIN_X, bottom)
        foot = Paragraph(self.footer_left, self.styles.header)
        foot.wrapOn(canv, width - 2 * MARGIN_X - 80, 20)
        foot.drawOn(canv, MARGIN_X, bottom - 3 * mm - 1)
        canv.restoreState()

    def _draw_cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canv.rect(0, 0, width, 6 * mm, stroke=0, fill=1)
        canv.restoreState()

    # -- outline, bookmarks and table of contents -----------------------------------------
    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(
                shorten(flowable.plain_text, 120), flowable.key, level=flowable.outline_level, closed=True
            )
            if flowable.in_toc:
                self.notify("TOCEntry", (flowable.outline_level, flowable.text, self.page, flowable.key))


def make_canvas_class(skip_first: int = 1) -> type[Canvas]:
    return _numbered_canvas(lambda n, total: f"Page {n} of {total}", skip_first)
