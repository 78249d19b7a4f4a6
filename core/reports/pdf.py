"""A report as an A4 PDF: title, period, the chart drawn as vectors with ReportLab's own
charts (`reportlab.graphics.charts`), then the table, repeated headers on every page."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.output_files import OutputKind, write_output
from core.printing.fonts import HEI, register_fonts
from core.reports.tables import Chart, Report

PALETTE = (
    colors.HexColor("#3366aa"),
    colors.HexColor("#dd8833"),
    colors.HexColor("#44aa66"),
    colors.HexColor("#aa4455"),
    colors.HexColor("#7766bb"),
)
CHART_W, CHART_H = 170 * mm, 75 * mm


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def chart_drawing(chart: Chart) -> Drawing:
    """The chart as a ReportLab drawing: vector shapes, text as text."""
    drawing = Drawing(CHART_W, CHART_H)
    plot = HorizontalLineChart() if chart.kind == "line" else VerticalBarChart()
    plot.x, plot.y = 40, 45
    plot.width, plot.height = CHART_W - 60, CHART_H - 70
    plot.data = [list(s.values) for s in chart.series]
    plot.categoryAxis.categoryNames = list(chart.categories)
    plot.categoryAxis.labels.fontName = HEI
    plot.categoryAxis.labels.fontSize = 6
    plot.categoryAxis.labels.angle = 30 if len(chart.categories) > 6 else 0
    plot.categoryAxis.labels.boxAnchor = "ne" if len(chart.categories) > 6 else "n"
    plot.valueAxis.labels.fontName = HEI
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.valueMin = 0
    top = max((v for s in chart.series for v in s.values), default=0)
    if top <= 0:
        plot.valueAxis.valueMax = 1
    for n in range(len(chart.series)):
        colour = PALETTE[n % len(PALETTE)]
        if chart.kind == "line":
            plot.lines[n].strokeColor = colour
            plot.lines[n].strokeWidth = 1.5
        else:
            plot.bars[n].fillColor = colour
            plot.bars[n].strokeColor = None
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = 40, CHART_H - 8
    legend.fontName, legend.fontSize = HEI, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.colorNamePairs = [
        (PALETTE[n % len(PALETTE)], s.name) for n, s in enumerate(chart.series)
    ]
    drawing.add(legend)
    return drawing


def report_pdf(report: Report) -> bytes:
    register_fonts()
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=report.title,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    title = ParagraphStyle("title", fontName=HEI, fontSize=15, leading=19)
    body = ParagraphStyle("body", fontName=HEI, fontSize=8.5, leading=11)
    scope = report.center or "all centers"
    flow: list[object] = [
        Paragraph(report.title, title),
        Paragraph(
            f"{report.period.first.isoformat()} to {report.period.last.isoformat()}, {scope}", body
        ),
        Spacer(1, 4 * mm),
    ]
    if report.chart is not None and report.chart.categories:
        flow += [chart_drawing(report.chart), Spacer(1, 4 * mm)]
    table = Table(
        [list(report.columns), *([_cell(v) for v in row] for row in report.rows)],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), HEI, 7.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.2, colors.HexColor("#bbbbbb")),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    flow.append(table)
    for note in report.notes:
        flow += [Spacer(1, 3 * mm), Paragraph(note, body)]
    document.build(flow)
    return out.getvalue()


def write_report_pdf(
    report: Report, path: Path | str, *, database: str | None = None, force: bool = False
) -> Path:
    return write_output(path, report_pdf(report), OutputKind.PDF, database=database, force=force)
