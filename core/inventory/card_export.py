"""A product's stock card as CSV: every move with who, when, why and the running balance.

UTF-8 with a byte-order mark, so Excel on a Chinese Windows opens the Chinese
and Tibetan text correctly instead of guessing GBK. Notes, lots and login names are
the clerks' text: `core.spreadsheet_cells` keeps any of it from running as a formula.
`at` is the center's local time as Excel reads a date and time (`2026-11-29 18:00:05`),
like every time a clerk sees.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from core.clock import shown
from core.inventory.queries import CardLine
from core.output_files import replace_text_file
from core.spreadsheet_cells import CSV_QUOTING, safe_record

EXCEL_TIME = "%Y-%m-%d %H:%M:%S"
COLUMNS = (
    "at",
    "center",
    "kind",
    "from_bin",
    "to_bin",
    "lot",
    "quantity",
    "change",
    "balance",
    "actor",
    "reason",
    "note",
    "document",
)


def write_stock_card_csv(lines: Iterable[CardLine], path: Path | str) -> int:
    """Write the card to `path` (replaced whole, never half-written); returns the row count.

    The caller checks the target first (`core.output_files.check_target`).
    """
    count = 0
    with replace_text_file(path) as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, quoting=CSV_QUOTING)
        writer.writeheader()
        for line in lines:
            row = line.as_json()
            row["at"] = shown(line.at, pattern=EXCEL_TIME)
            row["from_bin"] = row["from_bin"] or ""
            row["to_bin"] = row["to_bin"] or ""
            writer.writerow(safe_record(row))
            count += 1
    return count
