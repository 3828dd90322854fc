"""The page frame of the report: paper, header and footer, "Page X of Y", DRAFT mark, outline, TOC.

Pages are written as they are laid out (no canvas that holds pages back), so each bookmark and
each contents link points at the page where its heading is drawn. The report is laid out in ONE
pass: the contents list knows its entries before layout (the sections register their headings as
they are built), and the numbers not known until the end (the contents' page numbers, the "of Y"
of "Page X of Y") are drawn as small PDF forms that are referenced where they show and defined
once the last page is done (:meth:`ReportTemplate._endBuild`). A second layout pass, which doubled
the time of a report, is never needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from desktop_app.report.fonts import SANS, markup, shorten
from desktop_app.report.styles import ACCENT, MUTED, RULE, WATERMARK, Styles
from desktop_app.resources import resource_path

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
#: the footer rule, and the footer text well below it (never over it)
FOOTER_RULE_Y = MARGIN_BOTTOM - 6 * mm
FOOTER_TEXT_Y = MARGIN_BOTTOM - 11 * mm


class Para(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A Paragraph that remembers its line breaking per width.

    A table lays a cell out several times at the same width (to size the row, to split it at a page
    foot, to draw it); line breaking is most of a report's time, and its result depends only on the
    width (the style and text never change), so each width is broken once.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cache: dict[float, tuple[Any, Any, float]] | None = self.__dict__.get("_broken")
        if cache is None:
            cache = self.__dict__["_broken"] = {}
        hit = cache.get(availWidth)
        if hit is not None:
            self.width = availWidth
            self._wrapWidths, self.blPara, self.height = hit
            return availWidth, self.height
        width, height = super().wrap(availWidth, availHeight)
        if len(cache) < 4:
            cache[availWidth] = (self._wrapWidths, self.blPara, height)
        return width, height


class TableStart(CondPageBreak):  # type: ignore[misc]  # reportlab is untyped
    """A page break unless the headings before a table and the table's first row fit here.

    A heading kept with a whole table taller than the space left pushes the table to the next page,
    leaving the rest of this one empty; a heading not kept with it may be stranded at the page foot
    when the table's first row does not fit. This measures what must fit (the headings, the header
    row and the first row, with the rows a NOSPLIT keeps with it: a plan action's two rows) where it
    stands and breaks only when that does not fit. The table then splits below it, its header
    repeated on the next page. ``rows`` overrides the count of rows that must fit.
    """

    def __init__(self, headings: list[Flowable], table: Any, rows: int | None = None) -> None:
        super().__init__(0)
        self.headings, self.table, self.rows = headings, table, rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        need = 0.0
        for fl in self.headings:
            need += fl.wrap(availWidth, availHeight)[1] + fl.getSpaceBefore() + fl.getSpaceAfter()
        self.table.wrap(availWidth, availHeight)
        rows = self.rows if self.rows is not None else first_rows(self.table)
        need += sum(self.table._rowHeights[:rows])
        self.height = need
        return tuple(super().wrap(availWidth, availHeight))  # type: ignore[return-value]


#: a table no taller than this (points) moves whole rather than split (up to about eight short rows)
SHORT_TABLE = 150.0


def first_rows(table: Any) -> int:
    """How many rows of ``table`` a heading needs below it: the repeated header and the first row,
    with every row a NOSPLIT ties to it; a table without a header row: its first three rows; a short
    table (``SHORT_TABLE``, once wrapped): all of it."""
    count = len(table._cellvalues)
    heights = getattr(table, "_rowHeights", None)
    if heights and sum(heights) <= SHORT_TABLE:
        return count
    header = table.repeatRows if isinstance(table.repeatRows, int) else max(table.repeatRows) + 1
    if not header:
        return min(3, count)
    end = header + 1  # rows [0, end) must fit
    grown = True
    while grown:
        grown = False
        for _cmd, (_sc, start), (_ec, stop) in (c[:3] for c in table._nosplitCmds):
            if start % count < end <= stop % count:
                end, grown = stop % count + 1, True
    return min(end, count)


class BidiPara(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """User text holding Hebrew or Arabic, broken into lines in logical order, then each line reordered.

    reportlab breaks lines after the text is put in display order, which would put the lines of a
    right-to-left text that wraps (in a table cell, say) in the wrong order. This paragraph breaks
    the logical text at the width it is given (:func:`fonts.wrap_rtl`), then reorders and shapes
    each line (:func:`fonts.markup`), exactly as a long note is; a right-to-left text is right-aligned.
    ``prefix`` is our own short markup put before the first line (a label such as "Note:").
    """

    def __init__(self, text: str, style: Any, prefix: str = "") -> None:
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        from desktop_app.report.fonts import is_rtl_text

        self.logical = text
        self.prefix = prefix
        if is_rtl_text(text):
            style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self._width_done: float | None = None
        super().__init__(prefix + markup(text, style.fontName), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._width_done:
            from desktop_app.report.fonts import wrap_rtl

            style = self.style
            room = availWidth - style.leftIndent - style.rightIndent - style.firstLineIndent
            if self.prefix:
                room -= stringWidth(Paragraph(self.prefix, style).getPlainText() + " ", SANS, style.fontSize)
            lines = [
                line
                for part in self.logical.replace("\r\n", "\n").split("\n")
                for line in (wrap_rtl(part, max(room, 20.0), style.fontSize) or [""])
            ]
            self._width_done = availWidth
            Paragraph.__init__(self, self.prefix + "<br/>".join(markup(line, style.fontName) for line in lines), style)
        return tuple(super().wrap(availWidth, availHeight))  # type: ignore[return-value]


class Heading(Para):
    """A section heading: bookmarked, in the PDF outline and in the table of contents."""

    def __init__(self, text: str, style: Any, level: int, key: str, toc: bool = True) -> None:
        super().__init__(markup(text, style.fontName), style)
        self.plain_text = text
        self.outline_level = level
        self.key = key
        self.in_toc = toc
        self.keepWithNext = True  # never stranded at a page foot


def page_number_form(key: str) -> str:
    """The name of the form that prints the page number of the heading ``key`` (contents list)."""
    return f"tocpage{key}"


def page_of_form(page: int) -> str:
    """The name of the form that prints "Page ``page`` of Y" in a body page's footer."""
    return f"pageof{page}"


#: room kept for a contents page number (three digits)
NUMBER_ROOM = 24.0


class Contents(TableOfContents):  # type: ignore[misc]  # reportlab is untyped
    """The table of contents, laid out in one pass.

    Its entries (level, markup, key) are the headings the sections registered while the story was
    built, known before layout; only their page numbers are not, so each is a form reference
    (:func:`page_number_form`) that the document defines when the last page is done.
    """

    def __init__(self, entries: list[tuple[int, str, str]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.known = entries

    def isSatisfied(self) -> bool:
        return True

    def notify(self, kind: str, stuff: Any) -> None:
        pass  # entries are known beforehand

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lastEntries = [(level, text, 0, key) for level, text, key in self.known]
        width, height = super().wrap(availWidth, availHeight)

        def entry_end(canvas: Canvas, _kind: str, label: str) -> None:
            _page, level, key = label.split(",")
            style = self.getLevelStyle(int(level))
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            dot = " . "
            dot_width = stringWidth(dot, style.fontName, style.fontSize)
            dots = max(0, int((availWidth - NUMBER_ROOM - x) / dot_width))
            text = canvas.beginText(availWidth - NUMBER_ROOM - dots * dot_width, y)
            text.setFont(style.fontName, style.fontSize)
            text.setFillColor(style.textColor)
            text.textLine(dot * dots)
            canvas.drawText(text)
            key = key.strip("'\"")
            canvas.saveState()
            canvas.translate(availWidth, y)
            canvas.doForm(page_number_form(key))
            canvas.restoreState()
            canvas.linkRect("", key, (availWidth - NUMBER_ROOM, y, availWidth, y + style.leading), relative=1)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return width, height


@dataclass(frozen=True)
class RunningText:
    """What every body page carries: the header's left part, the footer line, and the DRAFT mark."""

    header_left: str
    footer_left: str
    draft: bool


@dataclass(frozen=True)
class Outline:
    """Glyph outlines of a word in font units: path operations (moveTo, lineTo, curveTo, close)."""

    ops: tuple[tuple[Any, ...], ...]
    width: float
    cap_height: float
    upem: int


class _Pen:
    """Collects a glyph's outline from HarfBuzz as reportlab path operations (quadratics as cubics)."""

    def __init__(self, dx: float) -> None:
        self.dx = dx
        self.ops: list[tuple[Any, ...]] = []
        self.at = (0.0, 0.0)

    def moveTo(self, p: tuple[float, float]) -> None:
        self.at = (p[0] + self.dx, p[1])
        self.ops.append(("moveTo", *self.at))

    def lineTo(self, p: tuple[float, float]) -> None:
        self.at = (p[0] + self.dx, p[1])
        self.ops.append(("lineTo", *self.at))

    def curveTo(self, *pts: tuple[float, float]) -> None:
        flat = [v for x, y in pts for v in (x + self.dx, y)]
        self.ops.append(("curveTo", *flat))
        self.at = (flat[-2], flat[-1])

    def qCurveTo(self, *pts: tuple[float, float]) -> None:
        moved = [(x + self.dx, y) for x, y in pts]
        # TrueType: consecutive off-curve points imply an on-curve point halfway between them
        for i, ctrl in enumerate(moved[:-1]):
            end = (
                moved[-1] if i == len(moved) - 2 else ((ctrl[0] + moved[i + 1][0]) / 2, (ctrl[1] + moved[i + 1][1]) / 2)
            )
            x0, y0 = self.at
            c1 = (x0 + 2 / 3 * (ctrl[0] - x0), y0 + 2 / 3 * (ctrl[1] - y0))
            c2 = (end[0] + 2 / 3 * (ctrl[0] - end[0]), end[1] + 2 / 3 * (ctrl[1] - end[1]))
            self.ops.append(("curveTo", *c1, *c2, *end))
            self.at = end

    def closePath(self) -> None:
        self.ops.append(("close",))


@lru_cache(maxsize=4)
def word_outline(word: str) -> Outline:
    """The outlines of ``word`` in DejaVu Sans Bold, shaped by HarfBuzz."""
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    ops: list[tuple[Any, ...]] = []
    x = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        pen = _Pen(x)
        font.draw_glyph_with_pen(info.codepoint, pen)
        ops += pen.ops
        x += pos.x_advance
    cap = font.get_glyph_extents(buf.glyph_infos[0].codepoint).y_bearing if buf.glyph_infos else face.upem * 0.7
    return Outline(tuple(ops), x, float(cap), int(face.upem))


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Cover page without running header; body pages with header, footer and page numbers."""

    def __init__(
        self,
        filename: Any,
        *,
        paper: str,
        styles: Styles,
        running: RunningText,
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
        self.header_left = running.header_left
        self.footer_left = running.footer_left
        self.draft = running.draft
        status = "DRAFT · CONFIDENTIAL" if self.draft else "CONFIDENTIAL"
        #: the running header and footer, parsed once and drawn on every body page
        self._running = (
            Para(self.header_left, styles.header),
            Para(f"Readiness plan · <b>{status}</b>", styles.header_right),
            Para(self.footer_left, styles.header),
        )
        self.heading_pages: dict[str, int] = {}  # heading key -> page where it is drawn
        self.contents_keys: list[str] = []  # headings the contents list refers to
        self._doSave = 0  # saved by _endBuild once the numbers are written
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

    def _endBuild(self) -> None:
        """After the last page: define the forms holding the numbers, then save."""
        super()._endBuild()
        canv, total = self.canv, int(self.page)
        for page in range(1, total + 1):
            canv.beginForm(page_of_form(page), lowerx=-300, lowery=-5, upperx=0, uppery=20)
            canv.setFont(SANS, 8)
            canv.setFillColor(MUTED)
            canv.drawRightString(0, 0, f"Page {page} of {total}")
            canv.endForm()
        toc = self.styles.toc1
        for key in self.contents_keys:
            canv.beginForm(page_number_form(key), lowerx=-NUMBER_ROOM, lowery=-5, upperx=0, uppery=20)
            canv.setFont(toc.fontName, toc.fontSize)
            canv.setFillColor(toc.textColor)
            where = self.heading_pages.get(key)
            canv.drawRightString(0, 0, str(where) if where else "–")
            canv.endForm()
        canv.save()

    # -- running header and footer --------------------------------------------------------
    def _draw_watermark(self, canv: Canvas) -> None:
        """A large diagonal DRAFT drawn as outlines, not text: it never mixes into copied text."""
        if not self.draft:
            return
        width, height = self.pagesize
        outline = word_outline("DRAFT")
        scale = 110 / outline.upem
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.translate(width / 2, height / 2)
        canv.rotate(45)
        canv.scale(scale, scale)
        canv.translate(-outline.width / 2, -outline.cap_height / 2)
        path = canv.beginPath()
        for op, *points in outline.ops:
            getattr(path, op)(*points)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()

    def _draw_body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        self._draw_watermark(canv)
        canv.saveState()
        top = height - MARGIN_TOP + 9 * mm
        left, right, foot = self._running
        left.wrapOn(canv, (width - 2 * MARGIN_X) * 0.6, 20)
        left.drawOn(canv, MARGIN_X, top)
        right.wrapOn(canv, (width - 2 * MARGIN_X) * 0.4, 20)
        right.drawOn(canv, width - MARGIN_X - (width - 2 * MARGIN_X) * 0.4, top)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        canv.line(MARGIN_X, FOOTER_RULE_Y, width - MARGIN_X, FOOTER_RULE_Y)
        room = width - 2 * MARGIN_X - 80
        _w, h = foot.wrapOn(canv, room, 20)
        # the footer's top stays below the rule whatever its length (one line: it is cut to fit)
        foot.drawOn(canv, MARGIN_X, min(FOOTER_TEXT_Y, FOOTER_RULE_Y - 2 - h))
        canv.translate(width - MARGIN_X, FOOTER_TEXT_Y + 1.5)
        canv.doForm(page_of_form(int(self.page)))  # "Page X of Y": Y is known once the last page is done
        canv.restoreState()

    def _draw_cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        self._draw_watermark(canv)
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canv.rect(0, 0, width, 6 * mm, stroke=0, fill=1)
        canv.restoreState()

    # -- outline, bookmarks and table of contents -----------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.heading_pages[flowable.key] = int(self.page)
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(
                shorten(flowable.plain_text, 120), flowable.key, level=flowable.outline_level, closed=True
            )
