"""Colours, paragraph styles and the level and decision palettes of the report.

Level colours match the app (low green, medium amber, high orange, critical red). Every coloured
mark also carries its label as text, so a greyscale print reads the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from desktop_app.report.fonts import MONO, SANS, SANS_BOLD

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D1DA")
BAND = colors.HexColor("#F2F5F8")
ACCENT = colors.HexColor("#1B4F72")  # deep blue: headings, cover band
ACCENT_LIGHT = colors.HexColor("#D6E4F0")
WHITE = colors.white
#: the DRAFT watermark: light enough to read the page through it
WATERMARK = colors.Color(0.75, 0.08, 0.17, alpha=0.10)
#: body text size; nothing in the report is smaller than MIN_SIZE
BODY_SIZE = 10.0
MIN_SIZE = 8.0

LEVEL_COLORS = {
    "low": colors.HexColor("#2E8B57"),
    "medium": colors.HexColor("#E0A100"),
    "high": colors.HexColor("#E06000"),
    "critical": colors.HexColor("#C0142C"),
    None: colors.HexColor("#9AA5B1"),
}
#: Text on a level-coloured background: dark on amber, white elsewhere.
LEVEL_TEXT = {
    "low": colors.white,
    "medium": colors.HexColor("#1F2933"),
    "high": colors.white,
    "critical": colors.white,
    None: colors.white,
}
LEVEL_TINTS = {
    "low": colors.HexColor("#E3F1E4"),
    "medium": colors.HexColor("#FDF3D7"),
    "high": colors.HexColor("#FDE8D5"),
    "critical": colors.HexColor("#F8DCDC"),
    None: colors.HexColor("#EEF1F4"),
}
DECISION_LEVEL = {
    "ready": "low",
    "ready_with_conditions": "medium",
    "pilot_only": "high",
    "not_ready": "critical",
}
PHASE_COLORS = {
    0: colors.HexColor("#8E2C2C"),
    1: colors.HexColor("#1B4F72"),
    2: colors.HexColor("#2874A6"),
    3: colors.HexColor("#5DADE2"),
}


def level_color(level: str | None) -> colors.Color:
    return LEVEL_COLORS.get(level, LEVEL_COLORS[None])


def level_text_color(level: str | None) -> colors.Color:
    return LEVEL_TEXT.get(level, LEVEL_TEXT[None])


def hex_of(color: colors.Color) -> str:
    return "#" + str(color.hexval())[2:]


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    muted: ParagraphStyle
    note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_center: ParagraphStyle
    mono: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_meta: ParagraphStyle
    badge: ParagraphStyle
    bullet: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle


def make_styles() -> Styles:
    base = ParagraphStyle(
        "body",
        fontName=SANS,
        bulletFontName=SANS,
        fontSize=BODY_SIZE,
        leading=14,
        textColor=INK,
        spaceAfter=5,
        alignment=TA_LEFT,
        splitLongWords=1,
        hyphenationLang="en_GB",
        embeddedHyphenation=1,
        allowWidows=0,
        allowOrphans=0,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontSize=8.5, leading=11, spaceAfter=0)
    return Styles(
        body=base,
        small=derive("small", fontSize=9, leading=12.5),
        tiny=derive("tiny", fontSize=MIN_SIZE, leading=10, textColor=MUTED, spaceAfter=0),
        muted=derive("muted", fontSize=9, leading=12.5, textColor=MUTED),
        note=derive(
            "note",
            fontSize=9.5,
            leading=13,
            leftIndent=10,
            borderPadding=(2, 0, 2, 6),
            textColor=colors.HexColor("#33404D"),
            spaceAfter=6,
        ),
        h1=derive("h1", fontName=SANS_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceBefore=18, spaceAfter=10),
        h2=derive("h2", fontName=SANS_BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=12, spaceAfter=6),
        h3=derive("h3", fontName=SANS_BOLD, fontSize=10.5, leading=13.5, textColor=INK, spaceBefore=8, spaceAfter=3),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        head=ParagraphStyle("head", parent=cell, fontName=SANS_BOLD, textColor=WHITE),
        head_center=ParagraphStyle(
            "head_center", parent=cell, fontName=SANS_BOLD, textColor=WHITE, alignment=TA_CENTER
        ),
        mono=derive("mono", fontName=MONO, fontSize=MIN_SIZE, leading=10),
        toc1=derive("toc1", fontName=SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=3),
        toc2=derive("toc2", fontSize=9.5, leading=12.5, leftIndent=16),
        cover_title=derive("cover_title", fontName=SANS_BOLD, fontSize=26, leading=31, textColor=ACCENT),
        cover_sub=derive("cover_sub", fontSize=14, leading=19, textColor=MUTED, spaceAfter=14),
        cover_meta=derive("cover_meta", fontSize=10, leading=14),
        badge=derive("badge", fontName=SANS_BOLD, fontSize=13, leading=16, alignment=TA_CENTER, textColor=WHITE),
        bullet=derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
        header=derive("header", fontSize=MIN_SIZE, leading=10, textColor=MUTED, spaceAfter=0),
        header_right=derive(
            "header_right", fontSize=MIN_SIZE, leading=10, textColor=MUTED, alignment=TA_RIGHT, spaceAfter=0
        ),
    )


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with HarfBuzz shaping on (for Devanagari; see fonts.needs_shaping)."""
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
