"""Strict parsing of numbers and codes typed, scanned or imported by people.

`int()` accepts "1_000", "١٢" and a pasted barcode; a quantity field must not.
"""

from __future__ import annotations

import re
from datetime import date

from core.errors import InvalidQuantity, InvalidValue

MAX_QUANTITY = 1_000_000
_DIGITS = re.compile(r"[0-9]{1,7}")


def parse_quantity(value: object, field: str = "quantity") -> int:
    """A whole positive number of units, at most MAX_QUANTITY."""
    if isinstance(value, bool):
        raise InvalidQuantity(field, value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        raise InvalidQuantity(field, value)
    if not 0 < number <= MAX_QUANTITY:
        raise InvalidQuantity(field, value)
    return number


def parse_delta(value: object, field: str = "quantity") -> int:
    """A non-zero signed whole number of units (adjustments)."""
    if isinstance(value, str) and value.strip().startswith(("-", "+")):
        sign = -1 if value.strip()[0] == "-" else 1
        return sign * parse_quantity(value.strip()[1:], field)
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        return -parse_quantity(-value, field)
    return parse_quantity(value, field)


def parse_date(value: object, field: str) -> date | None:
    """ISO date (YYYY-MM-DD), a date, or empty for none."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidValue(field, value, "date")


def require_text(value: object, field: str, max_length: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field, value, "required")
    text = value.strip()
    if len(text) > max_length:
        raise InvalidValue(field, value, "too_long")
    return text
