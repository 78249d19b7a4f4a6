"""A clock for tests: starts at a fixed instant and moves a millisecond per reading.

Tests never read the wall clock, so the suite gives the same answers on any day.
The clock still moves forward so that moves and documents keep the order they were made in.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

# 10:00 UTC is 18:00 in Asia/Shanghai and 02:00 in America/Los_Angeles: the same
# calendar day in both, so a test's "today" does not depend on the machine's zone.
START = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


class TickingClock:
    """Call it for the time; each call is one millisecond after the last."""

    def __init__(self, start: datetime = START, step: timedelta = timedelta(milliseconds=1)) -> None:
        self._ticks = itertools.count()
        self.start = start
        self.step = step

    def __call__(self) -> datetime:
        return self.start + next(self._ticks) * self.step
