"""The units a product is counted in: whole units, as the stock ledger counts them.

Goods sold by weight are packed before they are stocked (README, "The stock ledger"),
so a unit is a thing a clerk can count: a piece, a box, a pack of 250 g. A clerk in
Tsochen types the unit in Chinese as often as in English; both name the same unit.
"""

from __future__ import annotations

import re
import unicodedata

from core.masterdata.errors import UnknownUnit

UNITS = ("piece", "pair", "set", "box", "pack", "bag", "bottle", "jar", "roll", "sheet")
# The measure words of a Chinese catalogue, each the unit it counts.
CHINESE_UNITS = {
    "件": "piece",
    "个": "piece",
    "条": "piece",
    "只": "piece",
    "双": "pair",
    "套": "set",
    "盒": "box",
    "箱": "box",
    "包": "pack",
    "袋": "bag",
    "瓶": "bottle",
    "罐": "jar",
    "卷": "roll",
    "张": "sheet",
}
# "pack 250 g", "bottle 500 ml", "box 10 pieces": a unit and what one holds.
_SIZED = re.compile(r"([a-z]+) ([1-9][0-9]{0,5}) (g|kg|ml|l|pieces)")


def parse_unit(text: str) -> str:
    """The unit `text` names, written the one way the catalogue keeps it; `UnknownUnit`
    otherwise. Blank is a piece."""
    plain = " ".join(unicodedata.normalize("NFKC", text).split()).lower()
    if not plain:
        return "piece"
    if plain in UNITS:
        return plain
    if plain in CHINESE_UNITS:
        return CHINESE_UNITS[plain]
    sized = _SIZED.fullmatch(plain)
    if sized and sized.group(1) in UNITS:
        return plain
    raise UnknownUnit(text)
