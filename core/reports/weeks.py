"""The weeks figures are given per: calendar weeks from Monday, on the center's clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case
from sqlalchemy.sql.expression import ColumnElement

from core.clock import at_local, local_day

WEEKS = 12


@dataclass(frozen=True)
class Weeks:
    """The last `len(starts)` weeks up to `now`, oldest first; the last one is this week."""

    starts: tuple[date, ...]
    instants: tuple[datetime, ...]  # the UTC instant each week starts at

    @property
    def first(self) -> datetime:
        return self.instants[0]

    def index_of(self, moment: ColumnElement[Any]) -> ColumnElement[int]:
        """The week's number (0 = oldest) of a UTC datetime column; NULL before the first."""
        newest_first = list(enumerate(self.instants))[::-1]
        return case(*((moment >= start, index) for index, start in newest_first), else_=None)


def last_weeks(now: datetime, count: int = WEEKS) -> Weeks:
    """The `count` weeks ending with the one `now` falls in (its Monday at midnight)."""
    today = local_day(now)
    monday = today - timedelta(days=today.weekday())
    starts = tuple(monday - timedelta(weeks=count - 1 - n) for n in range(count))
    return Weeks(starts, tuple(at_local(day, time(0)) for day in starts))
