"""What time it is, and what that time reads as at the center.

Two things live here and nowhere else:

* **The clock.** Everything that needs "now" calls a `Clock` it was given (the unit of
  work's `uow.clock()`), so tests can set it. `process_clock()` is the one a process
  runs on: the system's, or, with `DEPOT_CLOCK=2026-11-29T10:00:00Z` in the environment
  (for tests and demos), one that starts at that instant and moves on in real time.
* **The center's zone.** Instants are stored in UTC; every time shown on a screen, in a
  command's output or on paper is the center's local time, which `center_zone()` gives.
  It is one setting for the whole process (default Asia/Shanghai, which Tibet keeps),
  not the PC's zone: a PC set to another zone must not shift the hours a clerk reads.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core.errors import InvalidValue

Clock = Callable[[], datetime]

CLOCK_VARIABLE = "DEPOT_CLOCK"
ZONE_VARIABLE = "DEPOT_TZ"
DEFAULT_ZONE = "Asia/Shanghai"  # China's one zone; Tibet keeps it (UTC+8, no daylight saving)
SHOWN = "%Y-%m-%d %H:%M"


def utc_now() -> datetime:
    """Timezone-aware current time in UTC."""
    return datetime.now(UTC)


def parse_instant(text: str, field: str = CLOCK_VARIABLE) -> datetime:
    """`2026-11-29T10:00:00Z` (or with an offset) -> that instant; a time without its
    zone is refused, since it would mean a different instant on every PC."""
    try:
        instant = datetime.fromisoformat(text.strip())
    except ValueError:
        instant = None
    if instant is None or instant.tzinfo is None:
        raise InvalidValue(field, text, "instant")
    return instant.astimezone(UTC)


def started_at(start: datetime) -> Clock:
    """A clock that reads `start` now and moves on with the real time elapsed since."""
    began = time.perf_counter()
    return lambda: start + timedelta(seconds=time.perf_counter() - began)


def process_clock() -> Clock:
    """The clock this process runs on: the system's, unless DEPOT_CLOCK names an instant."""
    fixed = os.environ.get(CLOCK_VARIABLE, "").strip()
    return started_at(parse_instant(fixed)) if fixed else utc_now


# -- the center's zone ------------------------------------------------------------------------

_configured: ZoneInfo | None = None


def zone_named(name: str, field: str = "tz") -> ZoneInfo:
    """The IANA zone `name` (`Asia/Shanghai`), read from the system or the `tzdata` package."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidValue(field, name, "time_zone") from None


def configure_zone(name: str | None = None, fallback: str = DEFAULT_ZONE) -> ZoneInfo:
    """Set the zone every center's times are shown in, once at start.

    Args:
        name: what the clerk asked for (`--tz`); without it, DEPOT_TZ, else `fallback`
            (the app passes its saved setting).
    """
    global _configured
    chosen = name or os.environ.get(ZONE_VARIABLE, "").strip()
    _configured = (
        zone_named(chosen, "tz" if name else ZONE_VARIABLE) if chosen else zone_named(fallback)
    )
    return _configured


def center_zone(center: object | None = None) -> ZoneInfo:
    """The zone `center` keeps its hours in.

    Every center shares the configured zone today; a center is passed where one is known so
    that a per-center zone (centers in other zones, on the roadmap) changes only this.
    """
    return _configured if _configured is not None else configure_zone()


def local(moment: datetime, center: object | None = None) -> datetime:
    """`moment` on the center's wall clock. A naive value is taken to be UTC, as stored."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(center_zone(center))


def local_day(moment: datetime, center: object | None = None) -> date:
    """The calendar day `moment` falls on at the center: what "today" and an expiry mean."""
    return local(moment, center).date()


def shown(moment: datetime | None, center: object | None = None, pattern: str = SHOWN) -> str:
    """`moment` as a clerk reads it, in the center's time: `2026-11-29 18:00`."""
    return local(moment, center).strftime(pattern) if moment else ""


def at_local(day: date, hour: clock_time, center: object | None = None) -> datetime:
    """The UTC instant when the center's wall clock shows `hour` on `day`."""
    return datetime.combine(day, hour, center_zone(center)).astimezone(UTC)
