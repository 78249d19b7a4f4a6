"""The bundled fonts, registered once with ReportLab, and script-run splitting.

No free TrueType font covers Chinese and Tibetan together (and ReportLab embeds
only `glyf` fonts), so text is cut into runs: Tibetan in a Tibetan font,
everything else (Chinese, Latin, digits) in WenQuanYi Micro Hei.
"""

from __future__ import annotations

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


def split_scripts(text: str) -> list[tuple[bool, str]]:
    """Cut text into (is_tibetan, run) pieces.

    Whitespace joins the run before it (both fonts have a space), so a run
    boundary never falls on a space and Tibetan words separated by spaces stay
    one shaped run. Leading whitespace joins the first run.
    """
    runs: list[tuple[bool, str]] = []
    current: list[str] = []
    current_tibetan: bool | None = None
    for char in text:
        if char.isspace() and current_tibetan is not None:
            current.append(char)
            continue
        tibetan = is_tibetan(char)
        if current_tibetan is None or tibetan == current_tibetan:
            current.append(char)
            if current_tibetan is None and not char.isspace():
                current_tibetan = tibetan
            continue
        runs.append((current_tibetan, "".join(current)))
        current = [char]
        current_tibetan = tibetan
    if current:
        runs.append((bool(current_tibetan), "".join(current)))
    return runs
