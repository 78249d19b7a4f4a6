"""Mixed-script text on a ReportLab canvas: measured, shaped, wrapped, fitted.

The one route that shapes Tibetan correctly on a canvas is `drawString` of a
string already shaped by `shapeStr` (FIELD_NOTES: `drawString(shaping=True)`,
Table cells and `wordWrap='CJK'` fail silently). Shaped runs are cached: label
runs repeat the same township and stop names thousands of times.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from core.printing.fonts import DEFAULT_FONTS, FontSet, is_tibetan, register_fonts, split_scripts

ELLIPSIS = "…"
TSHEG = "\u0f0b"
# Tibetan marks after which a line may break: tsheg, non-breaking-free shad forms.
_TIBETAN_BREAK_AFTER = frozenset("\u0f0b\u0f0d\u0f0e\u0f0f\u0f10\u0f11\u0f14")


@dataclass(frozen=True)
class Run:
    font: str
    text: str  # a ShapedStr for shaped Tibetan
    width_per_pt: float  # width at 1 pt; multiply by the size


@lru_cache(maxsize=8192)
def runs_of(text: str, fonts: FontSet = DEFAULT_FONTS) -> tuple[Run, ...]:
    """The text as font runs, Tibetan shaped; widths at 1 pt so any size reuses them."""
    register_fonts()
    result = []
    for tibetan, piece in split_scripts(text):
        font = fonts.tibetan if tibetan else fonts.general
        if tibetan:
            # Shape at 1000 units: ReportLab's shape data is per 1000 em units.
            shaped = shapeStr(piece, font, 1000)
            if isinstance(shaped, ShapedStr):
                width = sum(d.x_advance for d in shaped.__shapeData__) / 1000
                result.append(Run(font, shaped, width))
                continue
            piece = shaped
        result.append(Run(font, piece, pdfmetrics.stringWidth(piece, font, 1)))
    return tuple(result)


def text_width(text: str, size: float, fonts: FontSet = DEFAULT_FONTS) -> float:
    return sum(r.width_per_pt for r in runs_of(text, fonts)) * size


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
    if max_width is not None and text_width(text, size, fonts) > max_width:
        text = truncate(text, size, max_width, fonts)
    runs = runs_of(text, fonts)
    width = sum(r.width_per_pt for r in runs) * size
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    own = not hasattr(target, "textOut")
    obj = target.beginText() if own else target
    if bold:
        # No bold face is bundled: fill and stroke the outlines (render mode 2), with a
        # line width (a graphics-state operator, allowed inside a text object) by size.
        obj.setTextRenderMode(2)
        obj._code.append(f"{size * 0.035:.3f} w")
    for run in runs:
        obj.setTextOrigin(x, y)
        obj.setFont(run.font, size)
        obj.textOut(run.text)
        x += run.width_per_pt * size
    if bold:
        obj.setTextRenderMode(0)
    if own:
        target.drawText(obj)
    return width


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
        if merged and (token[0].isspace() or token[0] in _TIBETAN_BREAK_AFTER or
                       token[0] in "，。、；：！？）》」"):
            merged[-1] += token
        else:
            merged.append(token)
    return merged


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def wrap(text: str, size: float, max_width: float, fonts: FontSet = DEFAULT_FONTS) -> list[str]:
    """Greedy line breaking at the break points above; an overlong piece is cut."""
    lines: list[str] = []
    line = ""
    for token in break_tokens(text):
        candidate = line + token
        if not line or text_width(candidate.rstrip(), size, fonts) <= max_width:
            line = candidate
            continue
        lines.append(line.rstrip())
        line = token.lstrip()
    if line.strip():
        lines.append(line.rstrip())
    return lines


def fit_size(
    text: str, max_size: float, min_size: float, max_width: float, fonts: FontSet = DEFAULT_FONTS
) -> float:
    """The largest size from max_size down to min_size at which text fits on one line."""
    width = text_width(text, 1, fonts)
    if width <= 0:
        return max_size
    return max(min_size, min(max_size, max_width / width))
