"""Names in a person's order: numbers as numbers, Chinese numerals included.

Village points are named 第一村, 第二村 … 第十一村, or 3组, 12组. Sorted as text,
第三 comes before 第二 and 12组 before 3组. `natural_key` splits a name into text
and numbers, reading ASCII and full-width digits and Chinese numerals (〇零一二两
三四五六七八九十百千万亿, as 二十一, 一百零五, 三〇一), so 第二 < 第三 < 第十 < 第十一.

No library did this well: natsort reads digits but not Chinese numerals, and
cn2an converts whole sentences (dates, fractions) with two more dependencies.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
_NUMBER = re.compile(r"\d+|[〇零一二两三四五六七八九十百千万亿]+")

Key = tuple[tuple[int, int | str], ...]


def chinese_number(text: str) -> int:
    """The value of a run of Chinese numerals: 二十一 → 21, 一百零五 → 105, 十 → 10,
    三〇一 → 301 (digit by digit when there are no unit characters)."""
    if not any(ch in _UNITS or ch in _BIG for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = section = digit = 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            section += (digit or 1) * _UNITS[ch]  # 十五: a unit alone counts one of it
            digit = 0
        else:  # 万, 亿: everything so far is that many of them
            total = (total + section + digit) * _BIG[ch]
            section = digit = 0
    return total + section + digit


def natural_key(text: str) -> Key:
    """A sort key for `text` in which numbers (digits or Chinese numerals) sort by value.

    Each part is (0, number) or (1, text), so keys of any two names compare.
    """
    parts: list[tuple[int, int | str]] = []
    position = 0
    for match in _NUMBER.finditer(text):
        if match.start() > position:
            parts.append((1, text[position : match.start()].casefold()))
        run = match.group()
        value = (
            int("".join(str(unicodedata.digit(ch)) for ch in run))
            if run[0].isdigit()
            else chinese_number(run)
        )
        parts.append((0, value))
        position = match.end()
    if position < len(text):
        parts.append((1, text[position:].casefold()))
    return tuple(parts)
