"""A report as an Excel workbook: the table on one sheet with a native chart beside it.

Cells go through `core.spreadsheet_cells.safe_cell` (a reason a driver typed must not run
as a formula); the file is written whole or not at all (`core.output_files`).
"""

from __future__ import annotations

import io
from pathlib import Path

from core.output_files import OutputKind, write_output
from core.reports.tables import Report
from core.spreadsheet_cells import safe_cell

HEADER_ROWS = 3  # title, period and center, a blank line


def report_xlsx(report: Report) -> bytes:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = report.name[:31]
    sheet.append([safe_cell(report.title)])
    scope = report.center or "all centers"
    sheet.append(
        [
            safe_cell(
                f"{report.period.first.isoformat()} to {report.period.last.isoformat()}, {scope}"
            )
        ]
    )
    sheet.append([])
    sheet.append([safe_cell(c) for c in report.columns])
    for row in report.rows:
        sheet.append([safe_cell(v) for v in row])
    for note in report.notes:
        sheet.append([])
        sheet.append([safe_cell(note)])
    if report.chart is not None and report.chart.categories:
        data = book.create_sheet("chart data")
        data.append(["", *(safe_cell(s.name) for s in report.chart.series)])
        for n, category in enumerate(report.chart.categories):
            data.append([safe_cell(category), *(s.values[n] for s in report.chart.series)])
        chart = LineChart() if report.chart.kind == "line" else BarChart()
        chart.title = report.title
        chart.y_axis.title = report.chart.value_title
        count = len(report.chart.categories)
        values = Reference(
            data, min_col=2, max_col=1 + len(report.chart.series), min_row=1, max_row=1 + count
        )
        chart.add_data(values, titles_from_data=True)
        chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=1 + count))
        chart.width, chart.height = 24, 12
        sheet.add_chart(chart, f"{_column_letter(len(report.columns) + 2)}{HEADER_ROWS + 1}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _column_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(n))


def write_report_xlsx(
    report: Report, path: Path | str, *, database: str | None = None, force: bool = False
) -> Path:
    return write_output(path, report_xlsx(report), OutputKind.XLSX, database=database, force=force)
