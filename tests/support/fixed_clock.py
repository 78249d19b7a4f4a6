"""A clock for tests: starts at a fixed instant and moves a millisecond per reading.

Tests never read the wall clock, so the suite gives the same answers on any day.
The clock still moves forward so that moves and documents keep the order they were made in.

The start is 2026-11-29 10:00 UTC unless DEPOT_TEST_START names another instant
(`DEPOT_TEST_START=2028-02-29T15:30:00Z`): CI runs the suite a second time on another day,
in another zone, so that a test whose expectation only holds on one date is caught.
Processes the tests start (`main.py ...`) read the same start through DEPOT_CLOCK, which
conftest.py sets.
"""

from __future__ import annotations

import itertools
import os
from datetime import UTC, datetime, timedelta

from core.clock import local_day, parse_instant

# 10:00 UTC is 18:00 in Asia/Shanghai and 02:00 in America/Los_Angeles: the same
# calendar day in both, so a test's "today" does not depend on the machine's zone.
DEFAULT_START = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
START = parse_instant(
    os.environ.get("DEPOT_TEST_START") or DEFAULT_START.isoformat(), "DEPOT_TEST_START"
)
TODAY = local_day(START)  # the center's calendar day at START: what "today" means in the app
# The first Monday after TODAY: the day the township-run tests plan (2026-11-30 by default).
NEXT_MONDAY = TODAY + timedelta(days=7 - TODAY.weekday())


class TickingClock:
    """Call it for the time; each call is one millisecond after the last."""

    def __init__(
        self, start: datetime = START, step: timedelta = timedelta(milliseconds=1)
    ) -> None:
        self._ticks = itertools.count()
        self.start = start
        self.step = step

    def __call__(self) -> datetime:
        return self.start + next(self._ticks) * self.step
