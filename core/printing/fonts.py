"""The bundled fonts, registered once with ReportLab, and script-run splitting.

No free TrueType font covers Chinese and Tibetan together (and ReportLab embeds
only `glyf` fonts), so text is cut into runs: Tibetan in a Tibetan font,
everything else (Chinese, Latin, digits) in WenQuanYi Micro Hei.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from enum import StrEnum

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.paths import resource_path

HEI = "CTD-Hei"


class TibetanFont(StrEnum):
    NOTO = "CTD-NotoSerifTibetan"
    UCHEN = "CTD-DDCUchen"


_FILES: dict[str, tuple[str, int]] = {
    HEI: ("wqy-microhei.ttc", 0),
    TibetanFont.NOTO.value: ("NotoSerifTibetan-Regular.ttf", 0),
    TibetanFont.UCHEN.value: ("DDC_Uchen.ttf", 0),
}

_lock = threading.Lock()
_registered: set[str] = set()


def register_fonts() -> None:
    """Register every bundled font with ReportLab (idempotent, thread-safe)."""
    if len(_registered) == len(_FILES):
        return
    with _lock:
        for name, (filename, index) in _FILES.items():
            if name in _registered:
                continue
            path = resource_path("fonts", filename)
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index, shapable=True))
            _registered.add(name)


@dataclass(frozen=True)
class FontSet:
    """Which font draws which script; the Tibetan face is a clerk's choice."""

    general: str = HEI
    tibetan: str = TibetanFont.NOTO.value


DEFAULT_FONTS = FontSet()


def is_tibetan(char: str) -> bool:
    return "\u0f00" <= char <= "\u0fff"


_RUNS = re.compile(r"[\u0f00-\u0fff][\u0f00-\u0fff\s]*|[^\u0f00-\u0fff]+")


def split_scripts(text: str) -> list[tuple[bool, str]]:
    """Cut text into (is_tibetan, run) pieces.

    Spaces after Tibetan stay in its run (both fonts have a space), so Tibetan
    words separated by spaces are shaped as one run; other spaces go with the
    Chinese/Latin run they are in.
    """
    return [(is_tibetan(m.group()[0]), m.group()) for m in _RUNS.finditer(text)]
