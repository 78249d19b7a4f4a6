"""The lead time chart: median and 90th percentile per week against the one-week target,
drawn by QtCharts (PySide6-Addons), never by hand."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from core.reports.lead_time import TARGET, LeadTime

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings

MEDIAN, P90, GOAL = QColor("#3366aa"), QColor("#dd8833"), QColor("#44aa66")


class LeadTimeChart(QChartView):
    """`show_weeks(labels, figures)`: one point per week with parcels; gaps where none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setMinimumHeight(self.fontMetrics().height() * 14)

    def show_weeks(self, labels: list[str], figures: list[LeadTime | None]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        weeks = QBarCategoryAxis()
        weeks.append(labels)
        weeks.setLabelsAngle(-60)  # twelve dates side by side do not fit on a small screen
        days = QValueAxis()
        days.setLabelFormat("%.0f")
        days.setTitleText(translate("LeadTimeChart", "days"))
        chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(days, Qt.AlignmentFlag.AlignLeft)
        top = float(TARGET.days)
        lines = (
            (translate("LeadTimeChart", "median"), MEDIAN, "median_days"),
            (translate("LeadTimeChart", "90th percentile"), P90, "p90_days"),
        )
        for name, colour, field in lines:
            line, dots = QLineSeries(), QScatterSeries()
            line.setName(name)
            line.setPen(QPen(colour, 2))
            dots.setColor(colour)
            dots.setMarkerSize(7)
            for n, figure in enumerate(figures):
                if figure is not None:
                    value = float(getattr(figure, field))
                    line.append(n, value)
                    dots.append(n, value)
                    top = max(top, value)
            for series in (line, dots):
                chart.addSeries(series)
                series.attachAxis(weeks)
                series.attachAxis(days)
            chart.legend().markers(dots)[0].setVisible(False)
        goal = QLineSeries()
        goal.setName(translate("LeadTimeChart", "target: {n} days").format(n=TARGET.days))
        goal.setPen(QPen(GOAL, 1.5, Qt.PenStyle.DashLine))
        goal.append(0, TARGET.days)
        goal.append(max(len(labels) - 1, 1), TARGET.days)
        chart.addSeries(goal)
        goal.attachAxis(weeks)
        goal.attachAxis(days)
        days.setRange(0, top * 1.15)
