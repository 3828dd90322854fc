"""Fonts for the PDF and the one way user text becomes Paragraph markup.

reportlab's standard fonts cannot draw Greek, Cyrillic, Polish, CJK or any right-to-left or Indic
script and print boxes without a word. We embed DejaVu Sans (Latin, Greek, Cyrillic, symbols), Noto
Sans Hebrew, Arabic, Devanagari and Thai (the scripts a consultant meets, regular weight only, to
keep the bundle small) and, for CJK, WenQuanYi Micro Hei: all shipped in ``resources/fonts/`` with
their licences. Each character of user text is drawn with the first font that has it; a character
no bundled font can draw is shown as a visible ``[U+XXXX]`` marker, never as a silent box.

Right-to-left text (Hebrew, Arabic) is put in display order by the Unicode bidi algorithm
(python-bidi) line by line, and Arabic letters are joined first (arabic-reshaper, presentation
forms); PDF readers and ``pdftotext`` give the logical order back. Devanagari needs glyph shaping:
a paragraph holding Devanagari (and no right-to-left text) is laid out with reportlab's HarfBuzz
shaping (``shaping=1``, uharfbuzz), see :func:`needs_shaping`.

User text is always escaped here, so markup typed by a user (``<b>``, ``<a href=...>``, ``&``)
prints literally and can never make reportlab open a file or a URL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
CJK = "ReportCJK"

#: Fallback fonts, tried in this order after DejaVu Sans (font name, file in resources/fonts).
FALLBACK_FILES: tuple[tuple[str, str], ...] = (
    ("NotoSansHebrew", "NotoSansHebrew-Regular.ttf"),
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    ("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf"),
    ("NotoSansThai", "NotoSansThai-Regular.ttf"),
)

#: CJK fonts tried when ``resources/fonts`` lacks one (TrueType outlines only: reportlab cannot
#: embed CFF/OpenType-PostScript fonts such as Noto Sans CJK).
SYSTEM_CJK_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
)

#: Invisible formatting characters (zero-width space, word joiner, variation selectors, BOM) carry
#: no glyph of their own; they are dropped rather than marked. ZWJ/ZWNJ are kept for shaping.
_INVISIBLE = {0x200B, 0x2060, 0xFEFF} | set(range(0xFE00, 0xFE10))
_JOINERS = {0x200C, 0x200D}

#: Longest piece of text given to one Paragraph: longer text is split (at a line or word break)
#: before layout, so time and memory stay linear in the text however long a note is.
CHUNK = 2000


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and what they can draw."""

    sans: str
    bold: str
    mono: str
    cjk: str | None  # None: no CJK font found; CJK characters become visible markers
    cjk_source: str  # where the CJK font came from, for the report's colophon
    fallbacks: tuple[str, ...] = ()


def _font_file(name: str) -> Path:
    return resource_path("fonts", name)


def _map_faces(name: str, bold: str | None = None) -> None:
    """``<b>`` and ``<i>`` inside our markup map to real faces (no italic shipped: upright)."""
    for b in (0, 1):
        for i in (0, 1):
            addMapping(name, b, i, (bold or name) if b else name)


@lru_cache(maxsize=1)
def register_fonts() -> FontSet:
    """Register the report fonts with reportlab once per process."""
    pdfmetrics.registerFont(TTFont(SANS, str(_font_file("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(_font_file("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(MONO, str(_font_file("DejaVuSansMono.ttf"))))
    _map_faces(SANS, SANS_BOLD)
    _map_faces(SANS_BOLD)
    fallbacks = []
    for name, file in FALLBACK_FILES:
        path = _font_file(file)
        if path.is_file():
            pdfmetrics.registerFont(TTFont(name, str(path)))
            _map_faces(name)
            fallbacks.append(name)
    cjk, source = _register_cjk()
    from desktop_app.report import copytext

    copytext.install()  # shaped Devanagari copies as its letters
    return FontSet(SANS, SANS_BOLD, MONO, cjk, source, tuple(fallbacks))


def _register_cjk() -> tuple[str | None, str]:
    candidates = [(str(_font_file("wqy-microhei.ttc")), 0), *SYSTEM_CJK_CANDIDATES]
    for path, index in candidates:
        if not Path(path).is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(CJK, path, subfontIndex=index))
        except Exception:  # a font reportlab cannot read: try the next one
            continue
        _map_faces(CJK)
        return CJK, path
    return None, ""


@lru_cache(maxsize=16)
def _charmap(font_name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    return frozenset(getattr(face, "charToGlyph", {}) or ())


def can_draw(font_name: str, char: str) -> bool:
    return ord(char) in _charmap(font_name)


def missing_marker(char: str) -> str:
    return f"[U+{ord(char):04X}]"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------------------------
# Scripts


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _is_arabic(ch: str) -> bool:
    return unicodedata.bidirectional(ch) == "AL"


def is_devanagari(ch: str) -> bool:
    return 0x0900 <= ord(ch) <= 0x097F or 0xA8E0 <= ord(ch) <= 0xA8FF


def needs_shaping(text: str) -> bool:
    """True for text holding Devanagari and no right-to-left letter (shaped by HarfBuzz).

    reportlab's shaping reverses right-to-left words a second time, so text with Hebrew or Arabic
    is put in display order by :func:`display_order` instead and laid out unshaped.
    """
    return any(is_devanagari(c) for c in text) and not any(_is_rtl(c) for c in text) and shaping_available()


@lru_cache(maxsize=1)
def shaping_available() -> bool:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:  # pragma: no cover - a pinned dependency; without it Devanagari is unshaped
        return False
    return True


def display_order(line: str) -> str:
    """One line of text in the order it is drawn: Arabic joined, then the Unicode bidi algorithm.

    Text without a right-to-left letter is returned unchanged.
    """
    if not any(_is_rtl(c) for c in line):
        return line
    from bidi import get_display

    if any(_is_arabic(c) for c in line):
        import arabic_reshaper

        line = arabic_reshaper.reshape(line)
    # Every line is laid out left to right with its right-to-left runs reversed (base direction L):
    # the order PDF readers expect when they give the text back in logical order.
    return str(get_display(line, base_dir="L"))


# --------------------------------------------------------------------------------------------
# Markup


class _Faces:
    """Which font draws a character: the main font, then the fallbacks (a script letter tries its
    Noto font first, so a word keeps one design), then CJK; None = the main font."""

    def __init__(self, font: str) -> None:
        fonts = register_fonts()
        names: list[str | None] = [None, *fonts.fallbacks]
        maps = [_charmap(font), *(_charmap(f) for f in fonts.fallbacks)]
        if fonts.cjk:
            names.append(fonts.cjk)
            maps.append(_charmap(fonts.cjk))
        self.latin_first = list(zip(maps, names, strict=True))
        self.script_first = self.latin_first[1:] + self.latin_first[:1]
        self.seen: dict[str, tuple[str | None, str]] = {}

    def pick(self, ch: str) -> tuple[str | None, str]:
        """(font, text) for a visible character; the text is a marker where no font has it."""
        found = self.seen.get(ch)
        if found is None:
            code = ord(ch)
            found = (None, missing_marker(ch))
            if not (code < 32 or 0x7F <= code < 0xA0 or unicodedata.category(ch) in ("Cs", "Co", "Cn")):
                script = _is_rtl(ch) or 0x0900 <= code <= 0x0E7F
                for charmap, name in self.script_first if script else self.latin_first:
                    if code in charmap:
                        found = (name, ch)
                        break
            self.seen[ch] = found
        return found


@lru_cache(maxsize=8)
def _faces(font: str) -> _Faces:
    """One :class:`_Faces` per font for the process: its choices are remembered across calls."""
    return _Faces(font)


#: control characters (other than the line break) that the ASCII fast path of markup() leaves to the slow one
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
#: fonts that draw every printable ASCII character (the DejaVu faces)
_ASCII_FONTS = {SANS, SANS_BOLD, MONO}


def markup(text: object, font: str = SANS, *, keep_newlines: bool = True) -> str:
    """User text as safe Paragraph markup.

    Escapes ``& < >``, turns line breaks into ``<br/>``, puts right-to-left lines in display order,
    switches to a fallback font for the characters ``font`` lacks, and marks characters no font can
    draw as ``[U+XXXX]``.
    """
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if value.isascii() and font in _ASCII_FONTS and not _CONTROL.search(value):
        # most text: printable ASCII that the main font draws, nothing to reorder or mark
        return _escape(value).replace("\n", "<br/>" if keep_newlines else " ")
    faces = _faces(font)
    out: list[str] = []
    run: list[str] = []
    run_font: str | None = None

    def flush() -> None:
        if run:
            chunk = _escape("".join(run))
            out.append(f'<font face="{run_font}">{chunk}</font>' if run_font else chunk)
            run.clear()

    for n, line in enumerate(value.split("\n")):
        if n:
            flush()
            out.append("<br/>" if keep_newlines else " ")
        for ch in display_order(line):
            code = ord(ch)
            if code in _INVISIBLE:
                continue
            if ch == " " or code in _JOINERS:
                run.append(ch)  # a space or a joiner never switches font
                continue
            face, piece = faces.pick(ch)
            if face != run_font:
                flush()
                run_font = face
            run.append(piece)
    flush()
    return "".join(out)


def plain(text: object, font: str = SANS) -> str:
    """Text for a place that cannot switch fonts (chart labels, canvas strings)."""
    main = _charmap(font)
    value = display_order(" ".join(("" if text is None else str(text)).split()))
    return "".join(ch if (ord(ch) in main or ch == " ") else missing_marker(ch) for ch in value)


def shorten(text: object, limit: int) -> str:
    value = " ".join(("" if text is None else str(text)).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def sentences(text: object, limit: int) -> str:
    """``text`` whole when it fits in ``limit`` characters, else its whole sentences that fit (when they
    are at least half the limit), else cut at ``limit`` with an ellipsis like :func:`shorten`."""
    value = " ".join(("" if text is None else str(text)).split())
    if len(value) <= limit:
        return value
    end = max(value.rfind(mark, 0, limit) for mark in (". ", "? ", "! "))
    return value[: end + 1] if end + 1 >= limit // 2 else shorten(value, limit)


def chunks(text: str, limit: int = CHUNK) -> Iterator[str]:
    """``text`` in pieces of at most ``limit`` characters, cut after a line break or a space where
    one is near (an unbroken run is cut where it must). Joined again, the pieces give ``text``."""
    start, size = 0, len(text)
    while size - start > limit:
        end = start + limit
        cut = max(text.rfind("\n", start + limit // 2, end), text.rfind(" ", start + limit // 2, end))
        end = cut + 1 if cut > 0 else end
        yield text[start:end]
        start = end
    if start < size:
        yield text[start:]


def has_rtl(text: str) -> bool:
    """True when ``text`` holds a Hebrew or Arabic (right-to-left) letter."""
    return not text.isascii() and any(_is_rtl(c) for c in text)


def is_rtl_text(text: str) -> bool:
    """True when the first strong character of ``text`` is right-to-left (a Hebrew or Arabic paragraph)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def wrap_rtl(text: str, width: float, size: float) -> list[str]:
    """A right-to-left paragraph cut into lines (logical order) that fit ``width`` at ``size`` pt.

    reportlab wraps a line after reordering, which would put a long Hebrew or Arabic paragraph's
    lines in the wrong order; wrapping first and reordering each line (in :func:`markup`) keeps
    them right. Widths are measured with the font :func:`markup` will choose for each character.
    """
    faces = _faces(SANS)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    space = pdfmetrics.stringWidth(" ", SANS, size)

    def measure(word: str) -> float:
        shaped = display_order(word)
        return float(sum(pdfmetrics.stringWidth(piece, face or SANS, size) for face, piece in map(faces.pick, shaped)))

    for word in text.split():
        w = measure(word)
        if line and used + space + w > width * 0.97:
            lines.append(" ".join(line))
            line, used = [], 0.0
        used += (space if line else 0.0) + w
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines
