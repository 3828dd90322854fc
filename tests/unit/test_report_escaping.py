"""The report's escaping (report/fonts.py): user text becomes Paragraph markup that prints literally.

Exact outputs, so that a mutant of ``_escape``, ``markup`` or ``plain`` is seen here in milliseconds
(the PDF tests see the same only through a whole build). Found by mutation testing, see
docs/testing.md.
"""

from __future__ import annotations

import pytest

from desktop_app.report import fonts
from desktop_app.report.fonts import SANS, SANS_BOLD, _escape, markup, plain


def test_escape_turns_the_three_markup_characters_into_entities():
    assert _escape("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    # the ampersand first: an entity the user typed is printed as typed, not interpreted
    assert _escape("&lt;b&gt;") == "&amp;lt;b&amp;gt;"


@pytest.mark.parametrize("font", [SANS, SANS_BOLD])
def test_markup_of_plain_ascii_escapes_and_breaks_lines(font):
    assert markup('<a href="x">Evil & Co</a>', font) == '&lt;a href="x"&gt;Evil &amp; Co&lt;/a&gt;'
    assert markup("one\r\ntwo\rthree\nfour\tfive", font) == "one<br/>two<br/>three<br/>four five"
    assert markup("one\r\ntwo\rthree\nfour", font, keep_newlines=False) == "one two three four"


def test_markup_of_nothing_is_empty():
    assert markup(None) == ""
    assert markup("") == ""
    assert markup(42) == "42"


def test_markup_of_other_scripts_escapes_and_breaks_lines_too():
    """Non-ASCII text takes the slow path (fonts per character): the same escaping and line breaks."""
    assert markup("é & <b>\r\nñ\rü\tö") == "é &amp; &lt;b&gt;<br/>ñ<br/>ü ö"
    assert markup("é & <b>\nñ", keep_newlines=False) == "é &amp; &lt;b&gt; ñ"


def test_markup_marks_control_characters_and_drops_invisible_ones():
    assert markup("a\x01b") == "a[U+0001]b"  # ASCII, but not for the fast path
    assert markup("a\u200bb\u2060c") == "abc"  # zero-width space and word joiner: nothing to draw
    assert markup("é\u200bxy") == "éxy"  # the rest of the line after an invisible character stays


def test_markup_switches_font_only_for_the_characters_the_main_font_lacks():
    cjk = fonts.register_fonts().cjk
    assert markup("x 一二 & y") == f'x <font face="{cjk}">一二 </font>&amp; y'
    # a font without Latin letters: the letters get a font that has them, even when all are ASCII
    hebrew_only = "NotoSansHebrew"
    assert hebrew_only in fonts.register_fonts().fallbacks
    out = markup("ab", hebrew_only)
    assert out != "ab" and '<font face="' in out and "ab</font>" in out


def test_plain_collapses_space_and_marks_what_the_font_cannot_draw():
    assert plain(None) == ""
    assert plain("  one \n two\tthree  ") == "one two three"
    assert plain("ab") == "ab"
    assert plain("a 一 b") == "a [U+4E00] b"
    assert plain(7) == "7"
