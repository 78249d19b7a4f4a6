"""Tracking numbers of the postal service: which ones are valid, and the range a post
office hands out.

UPU S10 (`EA123456785CN`): two letters, an eight-digit serial, a check digit, the
country. The check digit weighs the serial's digits 8 6 4 2 3 5 9 7; C = 11 − (sum
mod 11), with 10 → 0 and 11 → 5 (docs/field-facts.md, "Postal identifiers"). Domestic
China Post / EMS numbers are 13 characters with no public check: they are accepted by
patterns the clerk sets (`DEFAULT_DOMESTIC`, saved per center in `postal_setting`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.postal.errors import BadTracking, RangeTooShort

WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
S10 = re.compile(r"^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$")
# Thirteen digits, as EMS's domestic numbers print; a center adds its own patterns.
DEFAULT_DOMESTIC: tuple[str, ...] = (r"^\d{13}$",)


def s10_check_digit(serial: str) -> str:
    """The check digit of an eight-digit S10 serial: `s10_check_digit("47312482") == "9"`."""
    if len(serial) != 8 or not serial.isascii() or not serial.isdigit():
        raise ValueError(f"an S10 serial is eight digits, not {serial!r}")
    check = 11 - sum(int(d) * w for d, w in zip(serial, WEIGHTS, strict=True)) % 11
    return {10: "0", 11: "5"}.get(check, str(check))


def normalise(number: str) -> str:
    """As typed or scanned: blanks dropped, letters upper case."""
    return "".join(number.split()).upper()


def checked(number: str, domestic: Sequence[str] = DEFAULT_DOMESTIC) -> str:
    """`number` normalised, or BadTracking saying why not (with the S10 digit it needs)."""
    text = normalise(number)
    match = S10.match(text)
    if match:
        expected = s10_check_digit(match.group(2))
        if match.group(3) != expected:
            raise BadTracking(text, "check_digit", expected)
        return text
    if text.isascii() and any(re.fullmatch(p, text) for p in domestic):
        return text
    raise BadTracking(text, "format")


def number_range(first: str, count: int, domestic: Sequence[str] = DEFAULT_DOMESTIC) -> list[str]:
    """`count` numbers from `first` on: an S10 serial counts up with its check digit
    recomputed; a domestic number counts up in its trailing digits."""
    start = checked(first, domestic)
    match = S10.match(start)
    if match:
        service, serial, _, country = match.groups()
        if int(serial) + count - 1 > 99_999_999:
            raise RangeTooShort(start, count)
        serials = [f"{int(serial) + n:08d}" for n in range(count)]
        return [f"{service}{s}{s10_check_digit(s)}{country}" for s in serials]
    digits = re.search(r"\d+$", start)
    if digits is None:
        raise RangeTooShort(start, count)
    head, tail = start[: digits.start()], digits.group()
    if int(tail) + count - 1 >= 10 ** len(tail):
        raise RangeTooShort(start, count)
    return [checked(f"{head}{int(tail) + n:0{len(tail)}d}", domestic) for n in range(count)]
