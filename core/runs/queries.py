"""Read side of township runs: a day's runs, a run's stops and parcels, lead times."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select

from core.inventory.models import Center
from core.runs.models import (
    DeliveryEvent,
    DeliveryKind,
    LoadScan,
    Run,
    RunParcel,
    RunSchedule,
    RunStatus,
)
from core.runs.schedules import stop_order
from core.shipping.models import Division, DivisionLevel, Parcel, VillagePoint
from core.uow import UnitOfWork


@dataclass(frozen=True)
class RunParcelRow:
    parcel_id: uuid.UUID
    recipient: str
    phone: str
    village_point_id: uuid.UUID | None
    weight_g: int | None  # None: never weighed (a carrier's parcel registered on arrival)
    status: str
    reason: str
    first_choice_run_id: uuid.UUID | None
    loaded: bool
    tracking: str | None
    carrier_barcode: str | None
    number: str = ""  # the parcel number people read (`TSC-1204-0012`)


@dataclass(frozen=True)
class Stop:
    village_point_id: uuid.UUID | None  # None: parcels without a village point, last
    name: str
    parcels: list[RunParcelRow]


@dataclass(frozen=True)
class RunView:
    id: uuid.UUID
    day: date
    township_code: str | None
    township_name: str
    kind: str
    status: str
    vehicle: str
    vehicle_index: int
    depart_at: datetime
    cutoff_at: datetime
    capacity_parcels: int
    capacity_kg: int
    closure_kind: str | None
    schedule_id: uuid.UUID
    center_id: uuid.UUID
    center_code: str
    stops: list[Stop] = field(default_factory=list)

    @property
    def parcels(self) -> list[RunParcelRow]:
        return [row for stop in self.stops for row in stop.parcels]

    @property
    def weight_g(self) -> int:
        return sum(row.weight_g or 0 for row in self.parcels)

    def to_json(self) -> dict[str, object]:
        rows = self.parcels
        return {
            "id": str(self.id),
            "date": self.day.isoformat(),
            "township_code": self.township_code,
            "township": self.township_name,
            "kind": self.kind,
            "status": self.status,
            "vehicle": self.vehicle,
            "vehicle_index": self.vehicle_index,
            "depart_at": self.depart_at.isoformat(),
            "cutoff": self.cutoff_at.isoformat(),
            "schedule": str(self.schedule_id),
            "closure": self.closure_kind,
            "capacity_parcels": self.capacity_parcels,
            "capacity_kg": self.capacity_kg,
            "parcel_count": len(rows),
            "weight_kg": round(self.weight_g / 1000, 3),
            "parcels": [str(row.parcel_id) for row in rows],
            "reasons": {str(row.parcel_id): row.reason for row in rows},
            "numbers": {str(row.parcel_id): row.number for row in rows},
            "stops": [
                {
                    "village_point": str(stop.village_point_id) if stop.village_point_id else None,
                    "name": stop.name,
                    "parcels": [str(row.parcel_id) for row in stop.parcels],
                }
                for stop in self.stops
            ],
        }


def runs_on(uow: UnitOfWork, day: date | None = None) -> list[RunView]:
    """Runs of one day (all days when None), postal handover last, with their stops."""
    query = select(Run).order_by(Run.day, Run.kind.desc(), Run.township_code, Run.vehicle_index)
    if day is not None:
        query = query.where(Run.day == day)
    return [_view(uow, run) for run in uow.session.scalars(query)]


def run_view(uow: UnitOfWork, run_id: uuid.UUID) -> RunView | None:
    run = uow.session.get(Run, run_id)
    return _view(uow, run) if run is not None else None


def _view(uow: UnitOfWork, run: Run) -> RunView:
    session = uow.session
    township = session.get(Division, run.township_code) if run.township_code else None
    center = session.get_one(Center, run.center_id)
    loaded = set(
        session.scalars(
            select(LoadScan.parcel_id).where(LoadScan.run_id == run.id, LoadScan.result == "loaded")
        )
    )
    # Current parcels, and on a run that left: the ones that went with it.
    rows = session.execute(
        select(Parcel, RunParcel)
        .join(RunParcel, RunParcel.parcel_id == Parcel.id)
        .where(
            RunParcel.run_id == run.id,
            RunParcel.outcome.is_(None) | RunParcel.outcome.in_(_TRAVELLED),
        )
        .order_by(Parcel.received_at, Parcel.id)
    )
    by_point: dict[uuid.UUID | None, list[RunParcelRow]] = {}
    for parcel, rp in rows:
        by_point.setdefault(parcel.village_point_id, []).append(
            RunParcelRow(
                parcel.id,
                parcel.recipient,
                parcel.phone,
                parcel.village_point_id,
                parcel.weight_g,
                parcel.status,
                rp.reason,
                rp.first_choice_run_id,
                parcel.id in loaded or rp.loaded_at is not None,
                parcel.tracking,
                parcel.carrier_barcode,
                parcel.number,
            )
        )
    order = stop_order(uow, run.township_code) if run.township_code else []
    points = [p for p in order if p in by_point] + sorted(
        (p for p in by_point if p is not None and p not in order), key=str
    )
    names = _point_names(uow, points)
    stops = [Stop(p, names.get(p, ""), by_point[p]) for p in points]
    if None in by_point:
        stops.append(Stop(None, "", by_point[None]))
    return RunView(
        run.id,
        run.day,
        run.township_code,
        township.name_zh if township else "",
        run.kind,
        run.status,
        run.vehicle,
        run.vehicle_index,
        run.depart_at,
        run.cutoff_at,
        run.capacity_parcels,
        run.capacity_kg,
        run.closure_kind,
        run.schedule_id,
        run.center_id,
        center.code,
        stops,
    )


_TRAVELLED = ("at_station", "delivered", "failed", "returned", "handed_over")


def _point_names(uow: UnitOfWork, points: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not points:
        return {}
    rows = uow.session.execute(
        select(VillagePoint.id, VillagePoint.name_zh).where(VillagePoint.id.in_(points))
    )
    return {pid: name for pid, name in rows}


def current_run_of(uow: UnitOfWork, parcel_id: uuid.UUID) -> RunParcel | None:
    return uow.session.scalar(
        select(RunParcel).where(RunParcel.parcel_id == parcel_id, RunParcel.outcome.is_(None))
    )


def parcel_history(uow: UnitOfWork, parcel_id: uuid.UUID) -> list[tuple[RunParcel, Run]]:
    """Every run the parcel was put on, oldest first, with how each ended: the clerk's 'why'."""
    return list(
        uow.session.execute(
            select(RunParcel, Run)
            .join(Run, Run.id == RunParcel.run_id)
            .where(RunParcel.parcel_id == parcel_id)
            .order_by(RunParcel.assigned_at, RunParcel.id)
        )
    )


def lead_times(uow: UnitOfWork, township_code: str | None = None) -> dict[uuid.UUID, int]:
    """Seconds from order (or arrival) to delivery, per delivered parcel."""
    query = select(DeliveryEvent.parcel_id, DeliveryEvent.lead_time_s).where(
        DeliveryEvent.kind == DeliveryKind.DELIVERED.value, DeliveryEvent.lead_time_s.is_not(None)
    )
    if township_code is not None:
        query = query.join(Parcel, Parcel.id == DeliveryEvent.parcel_id).where(
            Parcel.township_code == township_code
        )
    return {pid: int(seconds or 0) for pid, seconds in uow.session.execute(query)}


def schedule_rows(uow: UnitOfWork) -> list[RunSchedule]:
    return list(
        uow.session.scalars(
            select(RunSchedule).order_by(RunSchedule.kind.desc(), RunSchedule.township_code)
        )
    )


POSTAL = "postal"
"""The key of the postal handover's schedule among townships' codes."""


@dataclass(frozen=True)
class ScheduleView:
    """One schedule as the clerk edits it."""

    weekdays: str
    depart: time
    cutoff: time
    capacity_parcels: int
    capacity_kg: int
    vehicle: str
    center_id: uuid.UUID


@dataclass(frozen=True)
class ScheduleChoices:
    """What the schedule editor offers: the served townships (code, name) in code order,
    and the schedules there are, by township code (`POSTAL` for the postal handover)."""

    townships: list[tuple[str, str]]
    schedules: dict[str, ScheduleView]


def schedule_choices(uow: UnitOfWork) -> ScheduleChoices:
    townships = [
        (code, name)
        for code, name in uow.session.execute(
            select(Division.code, Division.name_zh)
            .where(Division.level == DivisionLevel.TOWNSHIP.value, Division.center_id.is_not(None))
            .order_by(Division.code)
        )
    ]
    schedules = {
        s.township_code or POSTAL: ScheduleView(
            s.weekdays,
            s.depart_time,
            s.cutoff_time,
            s.capacity_parcels,
            s.capacity_kg,
            s.vehicle,
            s.center_id,
        )
        for s in schedule_rows(uow)
    }
    return ScheduleChoices(townships, schedules)


def neighbour_run(uow: UnitOfWork, run_id: uuid.UUID, step: int) -> uuid.UUID | None:
    """The open run of the same township (or postal handover) and center after `run_id`
    (`step` > 0) or before it, in day and vehicle order: where Alt+Down / Alt+Up send parcels.
    """
    current = uow.session.get_one(Run, run_id)
    same_place = (
        Run.township_code == current.township_code
        if current.township_code
        else Run.township_code.is_(None)
    )
    runs = list(
        uow.session.execute(
            select(Run.id, Run.status)
            .where(same_place, Run.center_id == current.center_id)
            .order_by(Run.day, Run.vehicle_index)
        )
    )
    position = next(n for n, row in enumerate(runs) if row.id == current.id)
    candidates = runs[position + 1 :] if step > 0 else list(reversed(runs[:position]))
    return next((row.id for row in candidates if row.status in _OPEN), None)


# Open to edits, as in `edits.OPEN_STATUSES` (which imports this module).
_OPEN = (RunStatus.PLANNED.value, RunStatus.LOADING.value)


@dataclass(frozen=True)
class LaterRun:
    """A run after `day` that waiting parcels are on, with why they are not on `day`'s run.

    Counted per parcel against its place's run on `day` (same schedule, first vehicle):
    ready after that run's cutoff, ready in time but the run was full, the run is cancelled
    or a holiday, or the place has no run that day at all.
    """

    run_id: uuid.UUID
    day: date
    township_code: str | None
    township_name: str
    depart_at: datetime
    missed_cutoff: int
    run_full: int
    run_closed: int
    not_served: int
    cutoff_at: datetime | None  # of the place's run on `day`, when there is one


_WAITING_ON_RUN = ("planned", "loading")


def later_runs(uow: UnitOfWork, day: date) -> list[LaterRun]:
    """Where the waiting parcels that do not leave on `day` went: the later runs they are on,
    earliest first, each with how many missed `day`'s cutoff, found it full or closed, or
    had no run that day."""
    session = uow.session
    on_day = {
        run.schedule_id: run
        for run in session.scalars(select(Run).where(Run.day == day, Run.vehicle_index == 1))
    }
    rows = session.execute(
        select(Run, Parcel.ready_at, Parcel.received_at)
        .join(RunParcel, RunParcel.run_id == Run.id)
        .join(Parcel, Parcel.id == RunParcel.parcel_id)
        .where(Run.day > day, Run.status.in_(_WAITING_ON_RUN), RunParcel.outcome.is_(None))
        .order_by(Run.day, Run.depart_at, Run.township_code, Run.vehicle_index)
    )
    counts: dict[uuid.UUID, list[int]] = {}
    runs: dict[uuid.UUID, Run] = {}
    for run, ready_at, received_at in rows:
        runs.setdefault(run.id, run)
        tally = counts.setdefault(run.id, [0, 0, 0, 0])
        first = on_day.get(run.schedule_id)
        if first is None:
            tally[3] += 1
        elif first.status == "cancelled":
            tally[2] += 1
        elif (ready_at or received_at) > first.cutoff_at:
            tally[0] += 1
        else:
            tally[1] += 1
    places = {r.township_code for r in runs.values() if r.township_code}
    names = {
        code: name
        for code, name in session.execute(
            select(Division.code, Division.name_zh).where(Division.code.in_(places))
        )
    }
    found = []
    for run_id, run in runs.items():
        first = on_day.get(run.schedule_id)
        missed, full, closed, not_served = counts[run_id]
        found.append(
            LaterRun(
                run.id,
                run.day,
                run.township_code,
                names.get(run.township_code or "", ""),
                run.depart_at,
                missed,
                full,
                closed,
                not_served,
                first.cutoff_at if first is not None else None,
            )
        )
    return found
