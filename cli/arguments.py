"""Argument types that say what they expect when a value is refused."""

from __future__ import annotations

import argparse
from datetime import date


def iso_date(text: str) -> date:
    """`--date 2026-12-01`; anything else is refused by argparse with the expected format."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: expected YYYY-MM-DD") from None
