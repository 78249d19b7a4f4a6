"""Run schedules per township, closures (holidays, cancelled runs) and road order of stops.

How often a township is served is not known for certain ("two to four times a week",
docs/field-facts.md, "Service centers and deliveries"), so every figure here is the
clerk's to set; the demo's values are only demo values.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select

from core.changes import Changes
from core.clock import at_local
from core.errors import InvalidValue, UnknownCenter
from core.ids import new_id
from core.inventory.catalog import still_working
from core.inventory.models import Center
from core.places.point_order import ordered_points
from core.runs.errors import UnknownTownship
from core.runs.models import (
    ClosureKind,
    Run,
    RunClosure,
    RunKind,
    RunSchedule,
    RunStatus,
    TownshipStop,
)
from core.shipping.models import Division, DivisionLevel, VillagePoint
from core.text_limits import checked_text
from core.uow import UnitOfWork

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
EVERY_DAY = ",".join(WEEKDAYS)


def parse_weekdays(text: str, field: str = "days") -> tuple[int, ...]:
    """`"mon,thu"` -> (0, 3). Every day of the week at most once."""
    names = [part.strip().lower()[:3] for part in text.split(",") if part.strip()]
    if not names or any(name not in WEEKDAYS for name in names) or len(set(names)) != len(names):
        raise InvalidValue(field, text, "weekdays")
    return tuple(sorted(WEEKDAYS.index(name) for name in names))


def format_weekdays(days: Sequence[int]) -> str:
    return ",".join(WEEKDAYS[day] for day in sorted(days))


def parse_clock(text: str | time, field: str) -> time:
    """`"08:00"` -> time(8, 0)."""
    if isinstance(text, time):
        return text
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2 or not hours.isdigit() or not minutes.isdigit():
            raise ValueError(text)
        return time(int(hours), int(minutes))
    except ValueError:
        raise InvalidValue(field, text, "time") from None


def serves(schedule: RunSchedule, day: date) -> bool:
    if not schedule.active:
        return False
    return day.weekday() in parse_weekdays(schedule.weekdays)


def run_times(schedule: RunSchedule, day: date) -> tuple[datetime, datetime]:
    """Departure and cutoff of the schedule's run on `day` (the center's hours), as UTC."""
    cutoff_day = day - timedelta(days=schedule.cutoff_days_before)
    return (
        at_local(day, schedule.depart_time, schedule.center_id),
        at_local(cutoff_day, schedule.cutoff_time, schedule.center_id),
    )


def find_center(uow: UnitOfWork, code_or_id: str | uuid.UUID) -> Center:
    session = uow.session
    if isinstance(code_or_id, uuid.UUID):
        center = session.get(Center, code_or_id)
    else:
        center = session.scalar(select(Center).where(Center.code == code_or_id))
    if center is None:
        raise UnknownCenter(str(code_or_id))
    return center


def sole_center_id(uow: UnitOfWork) -> uuid.UUID | None:
    """The center, when the depot has only one: what a schedule or holiday belongs to when
    the clerk has no run in hand to say which."""
    centers = list(uow.session.scalars(select(Center.id).order_by(Center.code).limit(2)))
    return centers[0] if len(centers) == 1 else None


def find_township(uow: UnitOfWork, code: str) -> Division:
    township = uow.session.get(Division, code)
    if township is None or township.level != DivisionLevel.TOWNSHIP.value:
        raise UnknownTownship(code)
    return township


@dataclass(frozen=True)
class ScheduleInput:
    """What the clerk types for one township (or the postal handover, township None)."""

    township_code: str | None
    weekdays: str
    depart: str | time
    cutoff: str | time
    capacity_parcels: int
    capacity_kg: int
    vehicle: str = ""
    cutoff_days_before: int | None = None  # None: the day before when cutoff >= departure
    capacity_volume_l: int | None = None
    second_vehicle: str | None = None
    second_capacity_parcels: int | None = None
    second_capacity_kg: int | None = None


def _positive(value: int | None, field: str) -> None:
    if value is not None and (isinstance(value, bool) or not 0 < int(value) <= 1_000_000):
        raise InvalidValue(field, value, "positive")


def set_schedule(uow: UnitOfWork, center: str | uuid.UUID, entry: ScheduleInput) -> Changes:
    """Create or replace the schedule of one township (or the postal handover) at a center."""
    found = still_working(find_center(uow, center))
    postal = entry.township_code is None
    days = EVERY_DAY if postal and not entry.weekdays else entry.weekdays
    weekdays = format_weekdays(parse_weekdays(days))
    depart = parse_clock(entry.depart, "depart")
    cutoff = parse_clock(entry.cutoff, "cutoff")
    for value, field in (
        (entry.capacity_parcels, "capacity_parcels"),
        (entry.capacity_kg, "capacity_kg"),
        (entry.capacity_volume_l, "capacity_volume_l"),
        (entry.second_capacity_parcels, "second_capacity_parcels"),
        (entry.second_capacity_kg, "second_capacity_kg"),
    ):
        _positive(value, field)
    if entry.second_vehicle and not (entry.second_capacity_parcels and entry.second_capacity_kg):
        raise InvalidValue("second_vehicle", entry.second_vehicle, "needs_capacity")
    days_before = entry.cutoff_days_before
    if days_before is None:
        days_before = 1 if cutoff >= depart else 0
    if not 0 <= days_before <= 6:
        raise InvalidValue("cutoff_days_before", days_before, "range")
    if not postal:
        find_township(uow, str(entry.township_code))
    session = uow.session
    schedule = session.scalar(
        select(RunSchedule).where(
            RunSchedule.center_id == found.id,
            RunSchedule.township_code.is_(None)
            if postal
            else RunSchedule.township_code == entry.township_code,
        )
    )
    if schedule is None:
        schedule = RunSchedule(id=new_id(), center_id=found.id, township_code=entry.township_code)
        session.add(schedule)
    schedule.kind = (RunKind.POSTAL if postal else RunKind.TOWNSHIP).value
    schedule.weekdays = weekdays
    schedule.depart_time = depart
    schedule.cutoff_time = cutoff
    schedule.cutoff_days_before = days_before
    schedule.vehicle = entry.vehicle
    schedule.capacity_parcels = int(entry.capacity_parcels)
    schedule.capacity_kg = int(entry.capacity_kg)
    schedule.capacity_volume_l = entry.capacity_volume_l
    second = bool(entry.second_vehicle)
    schedule.second_vehicle = entry.second_vehicle or None
    schedule.second_capacity_parcels = entry.second_capacity_parcels if second else None
    schedule.second_capacity_kg = entry.second_capacity_kg if second else None
    schedule.active = True
    session.flush()
    return Changes(centers=frozenset({found.id}))


def add_closure(
    uow: UnitOfWork,
    center: str | uuid.UUID,
    day: date,
    kind: ClosureKind | str,
    township_code: str | None = None,
    note: str = "",
) -> RunClosure:
    """Record a holiday (no township: every run of the center) or one cancelled run.

    Callers re-plan afterwards (`planning.plan_runs`) so the parcels move on.
    """
    found = still_working(find_center(uow, center))
    if kind not in {k.value for k in ClosureKind}:
        raise InvalidValue("kind", kind, "closure_kind")
    if township_code is not None:
        find_township(uow, township_code)
    closure = RunClosure(
        id=new_id(),
        center_id=found.id,
        day=day,
        township_code=township_code,
        kind=str(kind),
        note=checked_text(note, RunClosure.note),
        created_at=uow.clock(),
        actor=uow.actor,
    )
    uow.session.add(closure)
    uow.session.flush()
    return closure


Closures = dict[tuple[uuid.UUID, date], dict[str | None, str]]


def closures_from(uow: UnitOfWork, first_day: date) -> Closures:
    """(center, day) -> {township or None (all): closure kind} from `first_day` on."""
    found: Closures = {}
    rows = uow.session.scalars(select(RunClosure).where(RunClosure.day >= first_day))
    for closure in rows:
        found.setdefault((closure.center_id, closure.day), {})[closure.township_code] = closure.kind
    return found


def closure_for(
    closures: Closures,
    schedule: RunSchedule,
    day: date,
) -> str | None:
    """The closure kind that stops this schedule's run on `day`, if any."""
    on_day = closures.get((schedule.center_id, day))
    if not on_day:
        return None
    if schedule.township_code is not None and schedule.township_code in on_day:
        return on_day[schedule.township_code]
    return on_day.get(None)


# -- stops ----------------------------------------------------------------------------------


def stop_order(uow: UnitOfWork, township_code: str) -> list[uuid.UUID]:
    """The township's village points in road order: remembered ones first, then the rest by
    name as a person counts them (第二 before 第十)."""
    session = uow.session
    remembered = list(
        session.scalars(
            select(TownshipStop.village_point_id)
            .where(TownshipStop.township_code == township_code)
            .order_by(TownshipStop.position)
        )
    )
    known = set(remembered)
    others = ordered_points(session, township_code)
    return remembered + [point.id for point in others if point.id not in known]


def named_stops(uow: UnitOfWork, township_code: str) -> list[tuple[uuid.UUID, str]]:
    """The township's village points in road order, each with its (Chinese) name."""
    names = {
        point: name
        for point, name in uow.session.execute(
            select(VillagePoint.id, VillagePoint.name_zh).where(
                VillagePoint.township_code == township_code
            )
        )
    }
    return [(point, names.get(point, "")) for point in stop_order(uow, township_code)]


def set_stop_order(uow: UnitOfWork, township_code: str, points: Sequence[uuid.UUID]) -> Changes:
    """Remember the road order of a township's village points for all its runs."""
    find_township(uow, township_code)
    session = uow.session
    if len(set(points)) != len(points):
        raise InvalidValue("stops", [str(p) for p in points], "duplicate")
    belonging = set(
        session.scalars(select(VillagePoint.id).where(VillagePoint.township_code == township_code))
    )
    for point in points:
        if point not in belonging:
            raise InvalidValue("stops", str(point), "not_in_township")
    session.execute(delete(TownshipStop).where(TownshipStop.township_code == township_code))
    session.add_all(
        TownshipStop(id=new_id(), township_code=township_code, village_point_id=point, position=i)
        for i, point in enumerate(points)
    )
    session.flush()
    open_runs = session.scalars(
        select(Run.id).where(
            Run.township_code == township_code,
            Run.status.in_([RunStatus.PLANNED.value, RunStatus.LOADING.value]),
        )
    )
    return Changes(runs=frozenset(open_runs))
