"""Copy-text for shaped scripts (Devanagari): the letters a shaped glyph stands for, in the PDF.

reportlab's HarfBuzz shaping draws a conjunct or a half form (a glyph no single character maps to)
under a private-use code and writes that code into the font's ToUnicode map, so a reader copying
the text gets nothing for it: "नमस्ते" came back as "नमते". Here each private-use glyph is
given the characters of the cluster it was shaped from (less those its cluster's other glyphs
already stand for), and the ToUnicode map names them: copying gives the letters back.

One limit remains, shared by every PDF maker without ActualText spans: a vowel sign drawn before
its consonant (short i, ``ि``) is copied in the order drawn, before the consonant.

This patches two reportlab functions (``shapeFragWord``, ``makeToUnicodeCMap``) once per process;
if reportlab changes them, :func:`install` leaves reportlab alone and returns False (copy-text is
then as before; the report is drawn the same either way).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

#: (font face key, private-use code) -> the text that glyph stands for
_TEXT: dict[tuple[str, int], str] = {}
_PUA = range(0xE000, 0xF900)
_installed: list[bool] = []


def _face_key(font_name: str) -> str:
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    return str((face.name + face.subfontNameX).decode("pdfdoc"))


def _record(word: list[Any], shaped: list[Any]) -> None:
    """Remember what each private-use glyph of ``shaped`` (the shaping of ``word``) stands for."""
    text = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    glyphs: list[tuple[str, int, str, str]] = []  # (char drawn, cluster, face key, font name)
    for item in shaped[1:]:
        frag, drawn = item[0], item[1]
        data = getattr(drawn, "__shapeData__", None)
        if not data or hasattr(frag, "cbDefn"):
            continue
        key = _face_key(frag.fontName)
        glyphs += [(ch, sd.cluster, key, frag.fontName) for ch, sd in zip(drawn, data, strict=False)]
    starts = sorted({c for _ch, c, _k, _f in glyphs if 0 <= c < len(text)})
    ends = {c: (starts[i + 1] if i + 1 < len(starts) else len(text)) for i, c in enumerate(starts)}
    for cluster in starts:
        members = [(ch, key, font) for ch, c, key, font in glyphs if c == cluster]
        piece = text[cluster : ends[cluster]]
        unknown = [(ch, key, font) for ch, key, font in members if ord(ch) in _PUA and (key, ord(ch)) not in _TEXT]
        if len(unknown) > 1:  # several new glyphs in one cluster: learn each from a smaller shaping
            _learn(piece, unknown)
            unknown = [g for g in unknown if (g[1], ord(g[0])) not in _TEXT]
        if len(unknown) != 1:
            continue
        rest = list(piece)
        for ch, key, _font in members:
            known = ch if ord(ch) not in _PUA else _TEXT.get((key, ord(ch)), "")
            for letter in known:
                if letter in rest:
                    rest.remove(letter)
        if rest:
            ch, key, _font = unknown[0]
            _TEXT[(key, ord(ch))] = "".join(rest)


def _learn(piece: str, unknown: list[tuple[str, str, str]]) -> None:
    """Give each glyph of ``unknown`` the shortest part of ``piece`` that HarfBuzz shapes to it alone."""
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics

    for ch, key, font_name in unknown:
        ttf = pdfmetrics.getFont(font_name)
        gid = ttf.face.charToGlyph.get(ord(ch))
        if gid is None:
            continue
        hb_font = ttf.hbFont(10)
        found = ""
        for size in range(1, len(piece) + 1):
            for start in range(len(piece) - size + 1):
                buf = uharfbuzz.Buffer()
                buf.add_str(piece[start : start + size])
                buf.guess_segment_properties()
                uharfbuzz.shape(hb_font, buf, {})
                if [g.codepoint for g in buf.glyph_infos] == [gid]:
                    found = piece[start : start + size]
                    break
            if found:
                break
        if found:
            _TEXT[(key, ord(ch))] = found


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _cmap_with_text(original: Callable[[str, list[int]], str]) -> Callable[[str, list[int]], str]:
    def cmap(fontname: str, subset: list[int]) -> str:
        out = original(fontname, subset)
        key = fontname.split("+", 1)[-1]
        for slot, code in enumerate(subset):
            text = _TEXT.get((key, code))
            if text:
                out = out.replace(f"<{slot:02X}> <{code:04X}>", f"<{slot:02X}> <{_utf16_hex(text)}>", 1)
        return out

    return cmap


def install() -> bool:
    """Patch reportlab once so shaped glyphs copy as their letters; False when it cannot be done."""
    if _installed:
        return _installed[0]
    try:
        from reportlab.pdfbase import ttfonts
        from reportlab.platypus import paragraph

        original_shape = ttfonts.shapeFragWord
        original_cmap = ttfonts.makeToUnicodeCMap
        if paragraph.shapeFragWord is not original_shape or not callable(original_cmap):
            raise AttributeError("reportlab's shaping is not where it was")
    except (ImportError, AttributeError):
        _installed.append(False)
        return False

    def shape(word: Any, *args: Any, **kwargs: Any) -> Any:
        shaped = original_shape(word, *args, **kwargs)
        if shaped is not word:
            with contextlib.suppress(AttributeError, KeyError, TypeError, ValueError, UnicodeDecodeError):
                _record(word, shaped)  # copy-text only: a failure leaves the drawing as it is
        return shaped

    ttfonts.shapeFragWord = shape
    paragraph.shapeFragWord = shape
    ttfonts.makeToUnicodeCMap = _cmap_with_text(original_cmap)
    _installed.append(True)
    return True
