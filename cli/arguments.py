"""Argument types that say what they expect when a value is refused."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from core.errors import InvalidValue, shorten
from core.validation import EARLIEST_DATE, LATEST_DATE, parse_date


def iso_date(text: str) -> date:
    """`--date 2026-12-01`; anything else is refused by argparse with the expected format,
    a day outside the years the core takes (core.validation) with those years."""
    try:
        day = parse_date(text, "date")
    except InvalidValue as error:
        if error.reason == "date_range":
            raise argparse.ArgumentTypeError(
                f"{text!r} is outside {EARLIEST_DATE} to {LATEST_DATE}"
            ) from None
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: expected YYYY-MM-DD")
    return day


def whole_number(unit: str) -> Callable[[str], int]:
    """An argparse type for a count of `unit` that says what it expects when refused
    (`1e9` or `850.5` is not silently read as something else)."""

    def parse(text: str) -> int:
        value = text.strip()
        if not (value.isascii() and value.isdigit()):
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a whole number of {unit}: expected digits only, e.g. 850"
            )
        return int(value)

    return parse


class Parser(argparse.ArgumentParser):
    """argparse's parser whose refusals quote a long value shortened, as the core's do:
    `--reason` given 100,000 characters is not printed back whole."""

    def error(self, message: str) -> NoReturn:
        super().error(_QUOTED.sub(lambda m: repr(shorten(m.group(1))), message))


# argparse quotes a refused value with repr(): '...'.
_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
