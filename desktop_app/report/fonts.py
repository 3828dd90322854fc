"""Fonts for the PDF and the one way user text becomes Paragraph markup.

reportlab's standard fonts cannot draw Greek, Cyrillic, Polish or CJK letters and print boxes
without a word. We embed DejaVu Sans (Latin, Greek, Cyrillic and many symbols) and, for CJK,
WenQuanYi Micro Hei: both shipped in ``resources/fonts/`` with their licences. Each character of
user text is drawn with the first font that has it; a character no font can draw is shown as a
visible ``[U+XXXX]`` marker, never as a silent box.

User text is always escaped here, so markup typed by a user (``<b>``, ``<img src=...>``, ``&``)
prints literally and can never make reportlab open a file or a URL.
"""

from __future__ import annotations

import unicodedata
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

#: Invisible formatting characters (zero-width joiners, variation selectors, BOM) carry no glyph
#: of their own; they are dropped rather than marked.
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF} | set(range(0xFE00, 0xFE10))


@dataclass(frozen=True)
class FontSet:
    """The registered fonts and what they can draw."""

    sans: str
    bold: str
    mono: str
    cjk: str | None  # None: no CJK font found; CJK characters become visible markers
    cjk_source: str  # where the CJK font came from, for the report's colophon


def _font_file(name: str) -> Path:
    return resource_path("fonts", name)


@lru_cache(maxsize=1)
def register_fonts() -> FontSet:
    """Register the report fonts with reportlab once per process."""
    pdfmetrics.registerFont(TTFont(SANS, str(_font_file("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(_font_file("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(MONO, str(_font_file("DejaVuSansMono.ttf"))))
    # <b> and <i> inside our own markup map to real faces (no oblique shipped: italic is upright)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(SANS_BOLD, 0, 0, SANS_BOLD)
    addMapping(SANS_BOLD, 1, 0, SANS_BOLD)
    addMapping(SANS_BOLD, 0, 1, SANS_BOLD)
    addMapping(SANS_BOLD, 1, 1, SANS_BOLD)
    cjk, source = _register_cjk()
    return FontSet(SANS, SANS_BOLD, MONO, cjk, source)


def _register_cjk() -> tuple[str | None, str]:
    candidates = [(str(_font_file("wqy-microhei.ttc")), 0), *SYSTEM_CJK_CANDIDATES]
    for path, index in candidates:
        if not Path(path).is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(CJK, path, subfontIndex=index))
        except Exception:  # a font reportlab cannot read: try the next one
            continue
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        return CJK, path
    return None, ""


@lru_cache(maxsize=8)
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


def markup(text: object, font: str = SANS, *, keep_newlines: bool = True) -> str:
    """User text as safe Paragraph markup.

    Escapes ``& < >``, turns line breaks into ``<br/>``, switches to the CJK font for the
    characters ``font`` lacks, and marks characters no font can draw as ``[U+XXXX]``.
    """
    fonts = register_fonts()
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    main = _charmap(font)
    cjk = _charmap(fonts.cjk) if fonts.cjk else frozenset()
    out: list[str] = []
    run: list[str] = []
    run_kind = "main"

    def flush() -> None:
        if not run:
            return
        chunk = _escape("".join(run))
        out.append(f'<font face="{fonts.cjk}">{chunk}</font>' if run_kind == "cjk" else chunk)
        run.clear()

    for original in value:
        ch = " " if original == "\t" else original
        code = ord(ch)
        if ch == "\n":
            flush()
            out.append("<br/>" if keep_newlines else " ")
            continue
        if code in _INVISIBLE:
            continue
        if code < 32 or 0x7F <= code < 0xA0 or unicodedata.category(ch) in ("Cs", "Co", "Cn"):
            kind, piece = "main", missing_marker(ch)
        elif code in main or ch == " ":
            kind, piece = "main", ch
        elif code in cjk:
            kind, piece = "cjk", ch
        else:
            kind, piece = "main", missing_marker(ch)
        if kind != run_kind:
            flush()
            run_kind = kind
        run.append(piece)
    flush()
    return "".join(out)


def plain(text: object, font: str = SANS) -> str:
    """Text for a place that cannot switch fonts (chart labels, canvas strings)."""
    main = _charmap(font)
    value = " ".join(("" if text is None else str(text)).split())
    return "".join(ch if (ord(ch) in main or ch == " ") else missing_marker(ch) for ch in value)


def shorten(text: object, limit: int) -> str:
    value = " ".join(("" if text is None else str(text)).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"
