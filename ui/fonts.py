"""The bundled fonts, and an application font that covers Latin, Chinese and Tibetan.

No single free font covers Chinese and Tibetan (docs/fonts.md), so the app font is
a family list: Qt draws each character in the first family that has it. A Latin
face comes first: a CJK face also has "…" and curly quotes, but draws them a full
em wide with the ellipsis' dots raised to mid-line, which reads wrongly in English.
Tibetan stacks reach far above and below a Latin line, so tables size their rows
from the Tibetan font, and line edits get room for them (ui/tibetan_room.py).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QApplication

from core.paths import resource_path

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
LATIN = ("Noto Sans",)
CHINESE = ("WenQuanYi Micro Hei",)
# DDC Uchen is drawn for screens; Noto Serif Tibetan is the fallback.
TIBETAN = ("DDC Uchen", "Noto Serif Tibetan")
PREFERRED = LATIN + CHINESE + TIBETAN
TIBETAN_SAMPLE = "བསྒྲུབས་སྐྱོང་ཀླུ་"  # tall stacks above and below the head line
# The tallest Tibetan a field shows: vowels and head marks stacked above (ཀཱོཾ), and
# consonants stacked below (བསྒྲུབས).
TALL_TIBETAN = "ཀཱོཾ་ཧྲཱུཾ་" + TIBETAN_SAMPLE

_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register every font file under resources/fonts/; returns the families found.

    Safe to call more than once: files are registered the first time only.
    """
    if _loaded:
        return list(_loaded)
    folder = resource_path("fonts")
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _loaded:
                    _loaded.append(family)
    return list(_loaded)


def family_list(families: list[str]) -> list[str]:
    """The app font's fallback list: our preferred faces first, then any other bundled one."""
    ordered = [f for f in PREFERRED if f in families]
    return ordered + [f for f in families if f not in ordered]


def apply_app_font(app: QApplication, point_size: int) -> QFont:
    """Set the application font to the bundled families at `point_size` (Latin, then
    Chinese, then Tibetan), and the style that gives fields room for Tibetan stacks:
    the room is measured from this font, so the two are set together."""
    from ui.tibetan_room import TibetanRoomStyle

    families = family_list(load_bundled_fonts())
    font = QFont(app.font())
    if families:
        font.setFamilies(families)
    font.setPointSize(point_size)
    app.setFont(font)
    if not isinstance(app.style(), TibetanRoomStyle):
        app.setStyle(TibetanRoomStyle())
    return font


# Uchen letters are small for their line height: at the same point size a
# Tibetan name looks a size smaller than the Chinese next to it.
TIBETAN_SCALE = 1.25


def tibetan_font(base: QFont) -> QFont:
    """`base` with the Tibetan faces first and scaled up, for Tibetan-only text."""
    families = family_list(load_bundled_fonts())
    font = QFont(base)
    tibetan = [f for f in TIBETAN if f in families]
    if tibetan:
        font.setFamilies(tibetan + [f for f in families if f not in tibetan])
    font.setPointSizeF(base.pointSizeF() * TIBETAN_SCALE)
    return font


def row_height(font: QFont) -> int:
    """A table row tall enough for Tibetan stacks (in `tibetan_font(font)`) plus air."""
    big = QFontMetrics(tibetan_font(font))
    heights = [QFontMetrics(font).height(), big.height(), big.boundingRect(TIBETAN_SAMPLE).height()]
    return max(heights) + 6


def tibetan_overshoot(font: QFont) -> float:
    """How far, in pixels, Tibetan in `font` reaches beyond the line that Qt sizes fields
    for (the first family's ascent and descent), above or below, whichever is more."""
    metrics = QFontMetricsF(font)
    # The line box of the faces used and their ink: some glyphs overshoot their face's line.
    reach = metrics.boundingRect(TALL_TIBETAN).united(metrics.tightBoundingRect(TALL_TIBETAN))
    return max(0.0, -reach.top() - metrics.ascent(), reach.bottom() - metrics.descent())
