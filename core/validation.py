"""Strict parsing of numbers and codes typed, scanned or imported by people.

`int()` accepts "1_000", "١٢" and a pasted barcode; a quantity field must not.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from core.errors import InvalidQuantity, InvalidValue

if TYPE_CHECKING:  # SQLAlchemy only where text meets a column: `--help` parses dates here
    from sqlalchemy.orm import QueryableAttribute

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


# Dates a clerk gives (runs, holidays, expiry) fall in these years; 9999-12-31 is a typing
# slip, and the day after it does not exist (OverflowError in the planner).
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2199, 12, 31)


def parse_date(value: object, field: str) -> date | None:
    """ISO date (YYYY-MM-DD), a date, or empty for none; reasons "date" and "date_range"
    (outside EARLIEST_DATE to LATEST_DATE)."""
    if value is None or value == "":
        return None
    day: date | None = None
    if isinstance(value, date):
        day = value
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(value.strip())
    if day is None:
        raise InvalidValue(field, value, "date")
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InvalidValue(field, value, "date_range")
    return day


def require_text(value: object, field: str, column: QueryableAttribute[Any]) -> str:
    """Non-blank text (stripped) that fits `column` (`core.text_limits`)."""
    from core.text_limits import checked_text

    if not isinstance(value, str) or not value.strip():
        raise InvalidValue(field, value, "required")
    return checked_text(value.strip(), column, field)
