"""Mixed-script text on a ReportLab canvas: measured, shaped, wrapped, fitted.

The one route that shapes Tibetan correctly on a canvas is `drawString` of a
string already shaped by `shapeStr` (docs/field-facts.md, "Shaping Tibetan with
ReportLab": `drawString(shaping=True)`, Table cells and `wordWrap='CJK'` fail
silently). Shaped runs are cached: label runs repeat the same township and stop
names thousands of times.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from core.printing.fonts import DEFAULT_FONTS, FontSet, is_tibetan, register_fonts, split_scripts

ELLIPSIS = "…"
TSHEG = "\u0f0b"
# Tibetan marks after which a line may break: tsheg, non-breaking-free shad forms.
_TIBETAN_BREAK_AFTER = frozenset("\u0f0b\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f14")


_TIBETAN = re.compile("[\u0f00-\u0fff]")


class Run(NamedTuple):  # a tuple: made for every new string, a frozen dataclass cost more
    font: str
    text: str  # a ShapedStr for shaped Tibetan
    width_per_pt: float  # width at 1 pt; multiply by the size
    # For shaped Tibetan, a marked-content span saying what the glyphs spell: stacked
    # glyphs have no code point of their own (ReportLab maps them to Private Use ones), so
    # without it a reader copies or searches "བ་ཤ" for "བཀྲ་ཤིས". Empty for other runs.
    actual: str = ""


@lru_cache(maxsize=4096)
def _layout(text: str, general: str, tibetan_font: str) -> tuple[tuple[Run, ...], float]:
    """Runs and their total width at 1 pt. Keyed by plain strings: hashing the
    FontSet dataclass on every call cost more than the lookup itself."""
    register_fonts()
    if _TIBETAN.search(text) is None:  # most strings: one run, nothing to shape
        width = pdfmetrics.stringWidth(text, general, 1)
        return (Run(general, text, width),), width
    result = []
    for tibetan, piece in split_scripts(text):
        font = tibetan_font if tibetan else general
        if tibetan:
            # Shape at 1000 units: ReportLab's shape data is per 1000 em units.
            shaped = shapeStr(piece, font, 1000)
            if isinstance(shaped, ShapedStr):
                width = sum(d.x_advance for d in shaped.__shapeData__) / 1000
                result.append(Run(font, shaped, width, _actual_text(piece)))
                continue
            piece = shaped
        result.append(Run(font, piece, pdfmetrics.stringWidth(piece, font, 1)))
    return tuple(result), sum(r.width_per_pt for r in result)


def _actual_text(text: str) -> str:
    """`/Span <</ActualText <FEFF...>>> BDC`: the text as UTF-16 with its byte-order mark,
    which poppler (pdftotext), pdf.js and Acrobat give back instead of the glyphs."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def text_width(text: str, size: float, fonts: FontSet = DEFAULT_FONTS) -> float:
    return _layout(text, fonts.general, fonts.tibetan)[1] * size


class _DocumentText:
    """What a document's text operators may reuse: a subset code, once ReportLab gives
    it to a character, stays for the document, so the same string in the same font
    and size writes the same operators every time (labels repeat their township,
    center and run on every page)."""

    def __init__(self) -> None:
        # (font, text, shaped, size) -> "Tf ... Tj"
        self.fragments: dict[tuple[str, str, bool, float], str] = {}
        # font -> its subset 0 name when printable ASCII keeps its own codes there
        self.ascii_subsets: dict[str, str | None] = {}


_documents: WeakKeyDictionary[Any, _DocumentText] = WeakKeyDictionary()
_last_document: tuple[Any, _DocumentText] = (None, _DocumentText())


def _document_text(doc: Any) -> _DocumentText:
    global _last_document
    last_doc, known = _last_document  # one read: another thread may swap the pair
    if last_doc is not doc:
        known = _documents.get(doc)  # type: ignore[assignment]
        if known is None:
            known = _documents[doc] = _DocumentText()
        _last_document = (doc, known)
    return known


def _ascii_subset(known: _DocumentText, doc: Any, font: str) -> str | None:
    """The PDF name of the font's subset 0 if every printable ASCII character has its
    own code there (ReportLab's "ASCII readable" subsets), else None."""
    if font not in known.ascii_subsets:
        ttf = pdfmetrics.getFont(font)
        name = None
        if getattr(ttf, "_dynamicFont", False):
            assigned = ttf._assignState(doc).assignments
            if all(assigned.get(code) == code for code in range(32, 127)):
                name = ttf.getSubsetInternalName(0, doc)
        known.ascii_subsets[font] = name
    return known.ascii_subsets[font]


def _fragment(obj: Any, font: str, text: str, size: float) -> str:
    """Font selection and show operators of one run in text object `obj`."""
    doc = obj._canvas._doc
    known = _document_text(doc)
    key = (font, text, type(text) is ShapedStr, size)
    fragment = known.fragments.get(key)
    if fragment is None:
        subset = (
            _ascii_subset(known, doc, font)
            if text and type(text) is str and text.isascii() and text.isprintable()
            else None
        )
        if subset is not None:
            # What ReportLab's formatter writes for such text, without its Python loop
            # over the characters (most manifest cells: codes, phones, weights).
            fragment = (
                f"{subset} {fp_str(size)} Tf {fp_str(size * 1.2)} TL "
                f"({escapePDF(text.encode('ascii'))}) Tj"
            )
        else:
            # ReportLab's own formatter (subsetting, escaping, HarfBuzz offsets), from
            # a state where no subset is selected, so the fragment starts with its Tf.
            obj._fontname, obj._fontsize, obj._leading = font, size, size * 1.2
            obj._curSubset = -1
            fragment = obj._formatText(text)
        known.fragments[key] = fragment
    return fragment


def draw_text(
    target: Any,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    align: str = "left",
    max_width: float | None = None,
    bold: bool = False,
    fonts: FontSet = DEFAULT_FONTS,
) -> float:
    """Draw one line at baseline y; cut with an ellipsis past max_width. Returns its width.

    `target` is a canvas, or a text object (`canvas.beginText()`) that many lines
    share: one text object per label or page instead of one per string is what
    keeps a 5,000-line manifest near the cost of bare `drawString` calls.
    """
    runs, width = _layout(text, fonts.general, fonts.tibetan)
    width *= size
    if max_width is not None and width > max_width:
        text = truncate(text, size, max_width, fonts)
        runs, width = _layout(text, fonts.general, fonts.tibetan)
        width *= size
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    own = not hasattr(target, "textOut")
    obj = target.beginText() if own else target
    code = obj._code
    if bold:
        # No bold face is bundled: fill and stroke the outlines (render mode 2), with a
        # line width (a graphics-state operator, allowed inside a text object) by size.
        obj.setTextRenderMode(2)
        code.append(f"{size * 0.035:.3f} w")
    for run in runs:
        # Operators written straight into the text object: setTextOrigin, setFont
        # and textOut would measure and format the same run again on every label.
        shown = f"1 0 0 1 {fp_str(x, y)} Tm {_fragment(obj, run.font, run.text, size)}"
        code.append(f"{run.actual} {shown} EMC" if run.actual else shown)
        x += run.width_per_pt * size
    # The fragments chose their own subsets: make ReportLab select a font again
    # before any text it formats itself in this object.
    obj._curSubset = -1
    if bold:
        obj.setTextRenderMode(0)
    if own:
        target.drawText(obj)
    return width


@lru_cache(maxsize=4096)
def truncate(text: str, size: float, max_width: float, fonts: FontSet = DEFAULT_FONTS) -> str:
    """The longest prefix (at a break point if there is one) plus an ellipsis that fits."""
    tokens = break_tokens(text)
    kept = ""
    for token in tokens:
        if text_width(kept + token + ELLIPSIS, size, fonts) > max_width:
            break
        kept += token
    if not kept:  # one long token: cut by characters, never inside a Tibetan stack
        for i in range(len(text), 0, -1):
            head = text[:i]
            if is_tibetan(text[i - 1]) and i < len(text) and _is_combining(text[i]):
                continue
            if text_width(head + ELLIPSIS, size, fonts) <= max_width:
                kept = head
                break
    return kept.rstrip() + ELLIPSIS


def _is_combining(char: str) -> bool:
    # Tibetan subjoined letters and vowel signs attach to the letter before.
    return "\u0f71" <= char <= "\u0f87" or "\u0f8d" <= char <= "\u0fbc"


def break_tokens(text: str) -> list[str]:
    """Split into pieces that may start a new line: after spaces, after a tsheg or
    shad, and around each Chinese character (Chinese breaks anywhere)."""
    tokens: list[str] = []
    current = ""
    for char in text:
        if _is_cjk(char) and current and not current[-1].isspace():
            tokens.append(current)
            current = ""
        current += char
        if char.isspace() or char in _TIBETAN_BREAK_AFTER or _is_cjk(char):
            tokens.append(current)
            current = ""
    if current:
        tokens.append(current)
    # A space or tsheg never starts a line: glue leading marks to the token before.
    merged: list[str] = []
    for token in tokens:
        if merged and (
            token[0].isspace()
            or token[0] in _TIBETAN_BREAK_AFTER
            or token[0] in "，。、；：！？）》」"
        ):
            merged[-1] += token
        else:
            merged.append(token)
    return merged


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def wrap(
    text: str,
    size: float,
    max_width: float,
    fonts: FontSet = DEFAULT_FONTS,
    *,
    break_long: bool = False,
) -> list[str]:
    """Greedy line breaking at the break points above. A piece wider than a line (a long
    SKU or lot code) stays whole and is cut when drawn, or, with `break_long`, is broken
    between characters (never inside a Tibetan stack) so nothing is lost."""
    lines: list[str] = []
    line = ""
    tokens = break_tokens(text)
    if break_long:
        tokens = [piece for token in tokens for piece in _pieces(token, size, max_width, fonts)]
    for token in tokens:
        candidate = line + token
        if not line or text_width(candidate.rstrip(), size, fonts) <= max_width:
            line = candidate
            continue
        lines.append(line.rstrip())
        line = token.lstrip()
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _pieces(token: str, size: float, max_width: float, fonts: FontSet) -> list[str]:
    if text_width(token.rstrip(), size, fonts) <= max_width:
        return [token]
    pieces, piece = [], ""
    for char in token:
        starts_cluster = not (is_tibetan(char) and _is_combining(char))
        if piece and starts_cluster and text_width(piece + char, size, fonts) > max_width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def fit_size(
    text: str, max_size: float, min_size: float, max_width: float, fonts: FontSet = DEFAULT_FONTS
) -> float:
    """The largest size from max_size down to min_size at which text fits on one line."""
    width = text_width(text, 1, fonts)
    if width <= 0:
        return max_size
    return max(min_size, min(max_size, max_width / width))
