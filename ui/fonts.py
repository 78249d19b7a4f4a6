"""The bundled fonts, and an application font that covers Latin, Chinese and Tibetan.

No single free font covers Chinese and Tibetan (FIELD_NOTES, "Printing text"),
so the app font is a family list: Qt picks, per script, the first family that
has the glyphs. Tibetan stacks reach far above and below a Latin line, so
tables size their rows from the Tibetan font, not from the default metrics.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from core.paths import resource_path

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
# Preferred order of the bundled families: a UI sans for Latin and Chinese
# first, then Tibetan faces (DDC Uchen is drawn for screens; Noto as fallback).
PREFERRED = ("WenQuanYi Micro Hei", "DDC Uchen", "Noto Serif Tibetan")
TIBETAN_SAMPLE = "བསྒྲུབས་སྐྱོང་ཀླུ་"  # tall stacks above and below the head line

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


def tibetan_family(families: list[str]) -> str | None:
    return next((f for f in PREFERRED[1:] if f in families), None)


def apply_app_font(app: QApplication, point_size: int) -> QFont:
    """Set the application font to the bundled families at `point_size`."""
    families = family_list(load_bundled_fonts())
    font = QFont(app.font())
    if families:
        font.setFamilies(families)
    font.setPointSize(point_size)
    app.setFont(font)
    return font


# Uchen letters are small for their line height: at the same point size a
# Tibetan name looks a size smaller than the Chinese next to it.
TIBETAN_SCALE = 1.25


def tibetan_font(base: QFont) -> QFont:
    """`base` with the Tibetan faces first and scaled up, for Tibetan-only text."""
    families = family_list(load_bundled_fonts())
    font = QFont(base)
    tibetan = [f for f in PREFERRED[1:] if f in families]
    if tibetan:
        font.setFamilies(tibetan + [f for f in families if f not in tibetan])
    font.setPointSizeF(base.pointSizeF() * TIBETAN_SCALE)
    return font


def row_height(font: QFont) -> int:
    """A table row tall enough for Tibetan stacks (in `tibetan_font(font)`) plus air."""
    big = QFontMetrics(tibetan_font(font))
    heights = [QFontMetrics(font).height(), big.height(), big.boundingRect(TIBETAN_SAMPLE).height()]
    return max(heights) + 6
