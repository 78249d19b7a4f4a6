"""`safe_cell`: text that a spreadsheet would run is made text; numbers stay numbers."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from core.spreadsheet_cells import safe_cell, safe_row

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text", ["=1+1", "+86 138", "-2 broken", "@SUM(A1)", "\tTAB", "\rCR", "=cmd|' /C calc'!A0", "-"]
)
def test_text_that_starts_a_formula_gets_an_apostrophe(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize(
    "value", ["羊绒围巾", "", "a=b", "'=already", "1-2", -2, 0, -2.5, None, date(2026, 11, 29)]
)
def test_other_cells_are_left_as_they_are(value):
    assert safe_cell(value) == value


def test_a_neutralised_cell_is_text_in_an_xlsx_file(tmp_path):
    path = tmp_path / "cells.xlsx"
    book = Workbook()
    book.active.append(safe_row(['=HYPERLINK("http://x")', -2, "@A1"]))
    book.save(path)
    sheet = load_workbook(path).active
    cells = [sheet.cell(1, column) for column in (1, 2, 3)]
    assert [c.data_type for c in cells] == ["s", "n", "s"]
    assert [c.value for c in cells] == ['\'=HYPERLINK("http://x")', -2, "'@A1"]


_WRITES = re.compile(r"csv\.(writer|DictWriter)\(|\bWorkbook\(|write_only=True")


def test_every_module_that_writes_a_spreadsheet_uses_it():
    writers = [
        path
        for folder in ("core", "ui", "cli")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if _WRITES.search(path.read_text(encoding="utf-8"))
    ]
    assert writers, "the stock card at least writes CSV"
    unsafe = [
        str(p.relative_to(ROOT))
        for p in writers
        if "core.spreadsheet_cells" not in p.read_text(encoding="utf-8")
    ]
    assert unsafe == []
