"""Cells for the CSV and XLSX files we write, made safe to open in a spreadsheet.

Excel, LibreOffice and WPS run a text cell that starts with `=`, `+`, `-` or `@` (and, per
OWASP's CSV injection guidance and ASVS 1.2.10, a tab, a carriage return or a NUL) as a
formula: a lot code, a note or a login name like `=cmd|' /C calc'!A0` would start a
program on the clerk's machine. Such text gets a leading apostrophe, which spreadsheets
read as "this is text". Numbers stay numbers: a change of -2 is written as -2.

Every writer passes each cell through `safe_cell` (tests/core/test_spreadsheet_cells.py
checks that each module writing CSV or XLSX does), and a CSV writer also quotes every
text cell (`CSV_QUOTING`), so a `;` inside a note cannot start a new cell, and with it a
formula, in a spreadsheet whose list separator is `;`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Final

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
CSV_QUOTING: Final = csv.QUOTE_NONNUMERIC  # text quoted, numbers bare (and read back as numbers)


def safe_cell(value: object) -> object:
    """`value` as a spreadsheet should see it: text that would run as a formula gets a
    leading apostrophe; numbers, dates and empty cells are returned as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: Iterable[object]) -> list[object]:
    """`safe_cell` of each value of a row."""
    return [safe_cell(value) for value in values]


def safe_record(record: Mapping[str, object]) -> dict[str, object]:
    """`safe_cell` of each value of a record (the header keys are ours, not the clerk's)."""
    return {key: safe_cell(value) for key, value in record.items()}
