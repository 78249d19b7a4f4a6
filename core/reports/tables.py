"""A report as data: a title, a period, columns, rows and the chart that says it best.

The same value goes to the screen, `--json`, XLSX (`core.reports.xlsx`) and PDF
(`core.reports.pdf`), so the four always show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from core.clock import at_local


@dataclass(frozen=True)
class Period:
    """From the start of `first` to the end of `last`, days on the center's clock."""

    first: date
    last: date

    @property
    def start(self) -> datetime:
        return at_local(self.first, time(0))

    @property
    def end(self) -> datetime:  # exclusive
        return at_local(self.last + timedelta(days=1), time(0))


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    kind: str  # "bar" or "line"
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_title: str = ""


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    period: Period
    center: str | None
    columns: tuple[str, ...]  # keys, also the headers of the files
    rows: tuple[tuple[object, ...], ...]
    chart: Chart | None = None
    notes: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        return {
            "report": self.name,
            "title": self.title,
            "from": self.period.first.isoformat(),
            "to": self.period.last.isoformat(),
            "center": self.center,
            "columns": list(self.columns),
            "rows": [dict(zip(self.columns, row, strict=True)) for row in self.rows],
            "chart": None
            if self.chart is None
            else {
                "kind": self.chart.kind,
                "categories": list(self.chart.categories),
                "series": {s.name: list(s.values) for s in self.chart.series},
            },
            "notes": list(self.notes),
        }
