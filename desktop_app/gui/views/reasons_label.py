"""A list of the decision's reasons, each a link to the question that causes it (click, or Tab and Enter)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.analysis.reasons import DecisionReason
from desktop_app.gui.models.decision_reasons import reason_texts

#: at most this many reasons are listed; the rest are counted
MAX_SHOWN = 6
#: the measured heights kept (each a text at a width); past this they are forgotten and measured again
MAX_HEIGHTS = 256


class ReasonsLabel(QLabel):
    """Shows :class:`DecisionReason` items; ``question_requested(question_id)`` when one is activated."""

    question_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, max_shown: int = MAX_SHOWN) -> None:
        super().__init__(parent)
        self.max_shown = max_shown
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Reasons for the decision"))
        self.linkActivated.connect(self._link)
        self.reasons: tuple[DecisionReason, ...] = ()
        self.heading = ""
        #: said after the last reason shown when some are not ({n}: how many)
        self.more_text = self.tr("and {n} more")
        #: measures heights for :meth:`fit` (made when first needed)
        self._measure: QLabel | None = None
        #: what the last fit was made for (the reasons, their heading, the room): fitting again is a no-op
        self._fitted: tuple[tuple[object, ...], str] | None = None
        #: heights measured on the twin, by text, width and font: answers often bring back reasons shown
        #: before, and measuring rich text is most of a fit (cleared when the style or the font changes)
        self._heights: dict[tuple[str, int, str, tuple[int, ...]], int] = {}

    def set_reasons(self, reasons: Sequence[DecisionReason], heading: str = "") -> None:
        self.reasons = tuple(reasons)
        self.heading = heading
        self._render()

    def fit(self, height: int, most: int) -> None:
        """Show as many reasons (at least one, at most ``most``) as fit ``height`` at the label's
        width; the others are counted. The label is then given the height its text needs, so a
        layout never cuts it off.

        The heights are measured on a twin label that is never shown: a QLabel's own height for a
        width is never below its minimum height, and lowering that minimum to measure, then raising
        it again, made the main window lay itself out and repaint whole on every answer (issue 15).
        Nothing of this label changes unless its text or the height it needs does.
        """
        width = self.width()
        key = (self.reasons, self.heading, self.more_text, width, height, most, self.font())
        if self._fitted is not None and self._fitted[0] == key and self.text() == self._fitted[1]:
            return  # the same reasons in the same room, and shown as fitted: the answer changed nothing here
        need = 0
        m = self.contentsMargins()
        room = (m.left(), m.top(), m.right(), m.bottom(), self.indent(), self.margin())
        font = self.font().key()
        for n in range(max(1, most), 0, -1):
            self.max_shown = n
            need = self._height_of(self._html(), width, font, room)
            if n == 1 or need <= height:
                break
        self._render()
        if self.minimumHeight() != max(0, need):
            self.setMinimumHeight(max(0, need))
        self._fitted = (key, self.text())

    def _height_of(self, html: str, width: int, font: str, room: tuple[int, ...]) -> int:
        """The height ``html`` needs at ``width``, measured on the twin once per text, width, font and
        margins (``room``)."""
        key = (html, width, font, room)
        need = self._heights.get(key)
        if need is None:
            twin = self._twin()
            twin.setText(html)
            need = twin.heightForWidth(width)
            if len(self._heights) >= MAX_HEIGHTS:
                self._heights.clear()
            self._heights[key] = need
        return need

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._heights.clear()  # the same text may need another height now
        super().changeEvent(event)

    def _twin(self) -> QLabel:
        """A label like this one (type, wrapping, text format, margins) that is never shown and measures."""
        twin = self._measure
        if twin is None:
            twin = self._measure = QLabel(self)  # a child: the same font and style sheets as this label
            twin.hide()  # for good: never painted, never laid out, not in the accessibility tree
            twin.setTextFormat(Qt.TextFormat.RichText)
            twin.setWordWrap(True)
            twin.setAlignment(self.alignment())
        twin.setContentsMargins(self.contentsMargins())
        twin.setIndent(self.indent())
        twin.setMargin(self.margin())
        return twin

    def _render(self) -> None:
        html = self._html()
        if self.text() != html:
            self.setText(html)

    def _html(self) -> str:
        heading = self.heading
        items = []
        shown = self.reasons[: self.max_shown]
        for r, line in zip(shown, reason_texts(shown), strict=True):
            text = escape(line)
            items.append(f"<li><a href='q:{escape(r.question)}'>{text}</a></li>" if r.question else f"<li>{text}</li>")
        more = len(self.reasons) - self.max_shown
        if more > 0:
            items.append("<li>" + escape(self.more_text.format(n=more)) + "</li>")
        head = f"<b>{escape(heading)}</b>" if heading else ""
        return f"{head}<ul style='margin-top:2px; margin-bottom:2px; -qt-list-indent:1;'>{''.join(items)}</ul>"

    def plain_lines(self) -> list[str]:
        """The reasons as shown, one sentence each (for tests and the clipboard)."""
        return reason_texts(self.reasons[: self.max_shown])

    def activate(self, index: int) -> None:
        """Go to the question of reason ``index`` (what a click on its link does)."""
        question = self.reasons[index].question
        if question:
            self.question_requested.emit(question)

    def _link(self, href: str) -> None:
        if href.startswith("q:") and len(href) > 2:
            self.question_requested.emit(href[2:])
