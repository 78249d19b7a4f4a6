"""Planning: every waiting parcel onto the next run of its township that has room.

`plan()` is pure: plain values in, placements out, so it is property-tested
and benchmarked without a database. `plan_runs(uow, day)` feeds it from the
schedules, closures and parcels, and writes only what changed, so planning
the same day twice changes nothing.

The rule: parcels are taken oldest first (order placed or arrival), and each
gets the earliest run whose cutoff it made that still has room. A parcel's run
therefore depends only on older parcels: younger ones can never push it back,
so nobody waits forever.
"""

from __future__ import annotations

import bisect
import uuid
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Row, func, insert, select, update

from core.changes import Changes
from core.ids import new_id
from core.inventory.models import Center
from core.runs.models import (
    PINNED_REASONS,
    AssignReason,
    ClosureKind,
    DeliveryEvent,
    DeliveryKind,
    Outcome,
    ParcelHold,
    Run,
    RunParcel,
    RunSchedule,
    RunStatus,
)
from core.runs.schedules import Closures, closure_for, closures_from, run_times, serves
from core.shipping.models import Parcel, ParcelStatus, Route
from core.uow import UnitOfWork


@dataclass(frozen=True)
class Slot:
    """One run a parcel could board (existing, or one the schedule would create)."""

    key: Hashable
    day: date
    depart_at: datetime
    cutoff_at: datetime
    capacity_parcels: int
    capacity_g: int
    vehicle_index: int = 1
    closed: str | None = None  # a ClosureKind: nobody boards, its parcels move on
    load_parcels: int = 0  # already aboard and staying (put there by a clerk)
    load_g: int = 0


@dataclass(frozen=True)
class Waiting:
    """A parcel that needs a run."""

    parcel_id: Hashable
    group: Hashable  # the schedule whose runs serve it
    available_at: datetime  # ready (or failed, returned): cutoffs are compared with this
    received_at: datetime  # order placed or arrival: age decides who goes first
    weight_g: int = 0
    retry: str | None = None  # an AssignReason that explains it better than the plan can


@dataclass(frozen=True)
class Placement:
    parcel_id: Hashable
    slot_key: Hashable
    reason: str  # an AssignReason
    first_choice: Hashable | None = None  # the run it would have caught, when it did not


@dataclass
class Plan:
    placements: dict[Hashable, Placement] = field(default_factory=dict)
    # Why a parcel found no run: "no_schedule", "no_run" (none in the horizon), "too_heavy".
    unplaced: dict[Hashable, str] = field(default_factory=dict)


class _Board:
    """The runs of one schedule in departure order, pulled from the source as needed."""

    def __init__(self, source: Iterable[Slot]) -> None:
        self._source: Iterator[Slot] = iter(source)
        self.slots: list[Slot] = []
        self.cutoffs: list[datetime] = []
        self.count: list[int] = []
        self.grams: list[int] = []
        self.first_open = 0  # every slot before it is closed or full by count
        self.max_g = 0

    def get(self, index: int) -> Slot | None:
        while len(self.slots) <= index:
            slot = next(self._source, None)
            if slot is None:
                return None
            self.slots.append(slot)
            self.cutoffs.append(slot.cutoff_at)
            self.count.append(slot.load_parcels)
            self.grams.append(slot.load_g)
            if slot.closed is None:
                self.max_g = max(self.max_g, slot.capacity_g)
        return self.slots[index]

    def first_eligible(self, available_at: datetime) -> int:
        """Index of the first run whose cutoff is at or after `available_at`."""
        while (not self.cutoffs or self.cutoffs[-1] < available_at) and self.get(len(self.slots)):
            pass
        return bisect.bisect_left(self.cutoffs, available_at)

    def full(self, index: int) -> bool:
        slot = self.slots[index]
        return slot.closed is not None or self.count[index] >= slot.capacity_parcels

    def fits(self, index: int, weight_g: int) -> bool:
        slot = self.slots[index]
        return not self.full(index) and self.grams[index] + weight_g <= slot.capacity_g

    def take(self, index: int, weight_g: int) -> None:
        self.count[index] += 1
        self.grams[index] += weight_g
        while self.get(self.first_open) is not None and self.full(self.first_open):
            self.first_open += 1


def plan(parcels: Iterable[Waiting], slots: Mapping[Hashable, Iterable[Slot]]) -> Plan:
    """Place every parcel on a run of its group.

    Args:
        parcels: the parcels waiting for a run.
        slots: per group, its runs in departure order (a lazy iterable is fine:
            it is only pulled as far as the parcels need).
    """
    result = Plan()
    by_group: dict[Hashable, list[Waiting]] = defaultdict(list)
    for parcel in parcels:
        by_group[parcel.group].append(parcel)
    for group, waiting in by_group.items():
        source = slots.get(group)
        if source is None:
            result.unplaced.update((p.parcel_id, "no_schedule") for p in waiting)
            continue
        _plan_group(waiting, _Board(source), result)
    return result


def _plan_group(waiting: list[Waiting], board: _Board, result: Plan) -> None:
    waiting.sort(key=lambda p: (p.received_at, str(p.parcel_id)))
    for parcel in waiting:
        eligible = board.first_eligible(parcel.available_at)
        index = max(eligible, board.first_open)
        while (slot := board.get(index)) is not None and not board.fits(index, parcel.weight_g):
            index += 1
        if slot is None:
            heavy = board.max_g and parcel.weight_g > board.max_g
            result.unplaced[parcel.parcel_id] = "too_heavy" if heavy else "no_run"
            continue
        board.take(index, parcel.weight_g)
        first = board.slots[eligible]
        result.placements[parcel.parcel_id] = Placement(
            parcel.parcel_id,
            slot.key,
            parcel.retry or _reason(first, slot, index == eligible),
            None if index == eligible else first.key,
        )


def _reason(first: Slot, taken: Slot, on_first: bool) -> str:
    if on_first:
        return AssignReason.NEXT_RUN.value
    if first.closed == ClosureKind.HOLIDAY.value:
        return AssignReason.HOLIDAY.value
    if first.closed is not None:
        return AssignReason.CANCELLED.value
    if taken.day == first.day and taken.vehicle_index == 2:
        return AssignReason.SECOND_VEHICLE.value
    return AssignReason.CAPACITY.value


# -- the use case ---------------------------------------------------------------------------

HORIZON_DAYS = 120  # how far ahead roll-overs may look before a parcel is reported "no_run"
WAITING_STATUSES = (
    ParcelStatus.READY.value,
    ParcelStatus.FAILED.value,
    ParcelStatus.RETURNED.value,
)
# Reasons that say more than the plan can, kept when the planner moves such a parcel again.
STICKY_REASONS = frozenset(
    {
        AssignReason.RETRY_FAILED.value,
        AssignReason.RETRY_RETURNED.value,
        AssignReason.LEFT_BEHIND.value,
    }
)
SlotKey = tuple[uuid.UUID, date, int]  # schedule, day, vehicle index
# Plain strings for the hot loop: an Enum's `.value` costs a descriptor call each time.
_READY, _FAILED, _RETURNED = WAITING_STATUSES
_PLANNED, _CANCELLED = RunStatus.PLANNED.value, RunStatus.CANCELLED.value
_BY_TOWNSHIP = Route.TOWNSHIP.value
_RETRY = {_FAILED: AssignReason.RETRY_FAILED.value, _RETURNED: AssignReason.RETRY_RETURNED.value}
# A current assignment: id, parcel_id, run_id, reason, first_choice_run_id, status, day.
Assigned = Row[uuid.UUID, uuid.UUID, uuid.UUID, str, uuid.UUID | None, str, date]


@dataclass
class PlanResult:
    """What `plan_runs` did: the day's runs, and the parcels it could not place, with why."""

    changes: Changes
    run_ids: list[uuid.UUID]
    unplaced: dict[uuid.UUID, str]


def plan_runs(
    uow: UnitOfWork,
    day: date,
    retry: Mapping[uuid.UUID, str] | None = None,
    *,
    center_id: uuid.UUID | None = None,
) -> PlanResult:
    """Create `day`'s runs from the schedules and put every waiting parcel on its next run.

    Runs from `day` on that are still planned are re-planned; runs being loaded or
    gone, parcels a clerk moved and held parcels stay where they are.

    Args:
        retry: parcels to mark with a reason of their own (failed, returned, left behind).
        center_id: plan that center's runs and parcels only (the others' rows are theirs
            to write); every center's when None.
    """
    session = uow.session
    now = uow.clock()
    own_schedules = [RunSchedule.center_id == center_id] if center_id else []
    own_runs = [Run.center_id == center_id] if center_id else []
    own_parcels = [Parcel.center_id == center_id] if center_id else []
    # A retired center plans no new runs: its parcels wait for a clerk to move them.
    schedules = list(
        session.scalars(
            select(RunSchedule)
            .join(Center, Center.id == RunSchedule.center_id)
            .where(RunSchedule.active.is_(True), Center.retired_at.is_(None), *own_schedules)
        )
    )
    closures = closures_from(uow, day)
    runs = {
        (run.schedule_id, run.day, run.vehicle_index): run
        for run in session.scalars(select(Run).where(Run.day >= day, *own_runs))
    }
    touched: set[uuid.UUID] = set()
    day_runs = [
        _ensure_run(uow, runs, s, (s.id, day, 1), closures, touched)
        for s in schedules
        if serves(s, day)
    ]
    for key, run in runs.items():  # a holiday entered after the runs were planned
        schedule = next((s for s in schedules if s.id == key[0]), None)
        kind = closure_for(closures, schedule, key[1]) if schedule else None
        if kind and run.status == RunStatus.PLANNED.value:
            run.status, run.closure_kind = RunStatus.CANCELLED.value, kind
            touched.add(run.id)

    # Plain columns, not ORM objects: re-planning 10,000 parcels stays cheap.
    assigned_now: dict[uuid.UUID, Assigned] = {
        row.parcel_id: row
        for row in session.execute(
            select(
                RunParcel.id,
                RunParcel.parcel_id,
                RunParcel.run_id,
                RunParcel.reason,
                RunParcel.first_choice_run_id,
                Run.status,
                Run.day,
            )
            .join(Run, Run.id == RunParcel.run_id)
            .where(RunParcel.outcome.is_(None), *own_runs)
        )
    }
    current = dict(assigned_now)
    held = set(
        session.scalars(select(ParcelHold.parcel_id).where(ParcelHold.released_at.is_(None)))
    )
    by_place = {(s.center_id, s.township_code): s for s in schedules}
    failed_at = _last_failure(uow)
    preload: dict[uuid.UUID, list[int]] = defaultdict(lambda: [0, 0])
    pool: list[Waiting] = []
    for pid, center_id, township, route, status, ready_at, received_at, weight in session.execute(
        select(
            Parcel.id,
            Parcel.center_id,
            Parcel.township_code,
            Parcel.route,
            Parcel.status,
            Parcel.ready_at,
            Parcel.received_at,
            Parcel.weight_g,
        ).where(Parcel.status.in_(WAITING_STATUSES), Parcel.route.is_not(None), *own_parcels)
    ):
        if pid in held:
            continue
        assigned = current.pop(pid, None)
        sticky = None
        if assigned is not None:
            sticky = assigned.reason if assigned.reason in STICKY_REASONS else None
            if assigned.status != _CANCELLED and (
                assigned.status != _PLANNED
                or assigned.day < day
                or assigned.reason in PINNED_REASONS
            ):
                preload[assigned.run_id][0] += 1
                preload[assigned.run_id][1] += weight or 0
                continue
        schedule = by_place.get((center_id, township if route == _BY_TOWNSHIP else None))
        available = failed_at.get(pid) if status != _READY else None
        pool.append(
            Waiting(
                pid,
                schedule.id if schedule else None,
                available or ready_at or received_at,
                received_at,
                weight or 0,
                (retry or {}).get(pid) or _RETRY.get(status) or sticky,
            )
        )
    # What is left in `current` is on a run but no longer waits (cancelled, held...).
    replannable = (RunStatus.PLANNED.value, RunStatus.CANCELLED.value)
    stale = [row for row in current.values() if row.day >= day and row.status in replannable]

    sources: dict[Hashable, Iterable[Slot]] = {
        s.id: _slots(s, day, runs, closures, preload) for s in schedules
    }
    result = plan(pool, sources)
    moved = _apply(uow, result, assigned_now, stale, runs, schedules, closures, touched, now)
    changes = Changes(runs=frozenset(touched), parcels=frozenset(moved))
    unplaced = {pid: why for pid, why in result.unplaced.items() if isinstance(pid, uuid.UUID)}
    return PlanResult(changes, [run.id for run in day_runs], unplaced)


def _last_failure(uow: UnitOfWork) -> dict[uuid.UUID, datetime]:
    """When each failed or returned parcel came back: its next run must leave after that."""
    rows = uow.session.execute(
        select(DeliveryEvent.parcel_id, func.max(DeliveryEvent.occurred_at))
        .join(Parcel, Parcel.id == DeliveryEvent.parcel_id)
        .where(
            Parcel.status.in_(WAITING_STATUSES[1:]),
            DeliveryEvent.kind.in_([DeliveryKind.FAILED.value, DeliveryKind.RETURNED.value]),
        )
        .group_by(DeliveryEvent.parcel_id)
    )
    return {pid: _aware(at) for pid, at in rows}


def _aware(value: datetime) -> datetime:
    # func.max() bypasses the column type on SQLite: put the UTC zone back.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _vehicles(
    schedule: RunSchedule, day: date, runs: Mapping[SlotKey, Run]
) -> list[tuple[int, int, int]]:
    """(vehicle index, capacity parcels, capacity g) of the schedule's vehicles on `day`."""
    found = [(1, schedule.capacity_parcels, schedule.capacity_kg * 1000)]
    if schedule.second_vehicle and schedule.second_capacity_parcels and schedule.second_capacity_kg:
        found.append((2, schedule.second_capacity_parcels, schedule.second_capacity_kg * 1000))
    found += sorted(
        (key[2], run.capacity_parcels, run.capacity_kg * 1000)
        for key, run in runs.items()
        if key[0] == schedule.id and key[1] == day and key[2] > 2
    )
    return found


def _slots(
    schedule: RunSchedule,
    first_day: date,
    runs: Mapping[SlotKey, Run],
    closures: Closures,
    preload: Mapping[uuid.UUID, list[int]],
) -> Iterator[Slot]:
    for offset in range(HORIZON_DAYS):
        day = first_day + timedelta(days=offset)
        if not serves(schedule, day):
            continue
        depart, cutoff = run_times(schedule, day)
        closed = closure_for(closures, schedule, day)
        for index, parcels, grams in _vehicles(schedule, day, runs):
            run = runs.get((schedule.id, day, index))
            if run is not None and run.status not in (
                RunStatus.PLANNED.value,
                RunStatus.CANCELLED.value,
            ):
                continue  # being loaded or gone: its load is what was scanned
            if run is not None:
                depart, cutoff = run.depart_at, run.cutoff_at
                parcels, grams = run.capacity_parcels, run.capacity_kg * 1000
            load = preload.get(run.id, [0, 0]) if run is not None else [0, 0]
            yield Slot(
                (schedule.id, day, index),
                day,
                depart,
                cutoff,
                parcels,
                grams,
                index,
                closed,
                load[0],
                load[1],
            )


def _ensure_run(
    uow: UnitOfWork,
    runs: dict[SlotKey, Run],
    schedule: RunSchedule,
    key: SlotKey,
    closures: Closures,
    touched: set[uuid.UUID],
) -> Run:
    run = runs.get(key)
    if run is not None:
        return run
    _, day, index = key
    depart, cutoff = run_times(schedule, day)
    closed = closure_for(closures, schedule, day)
    second = index == 2
    run = Run(
        id=new_id(),
        center_id=schedule.center_id,
        schedule_id=schedule.id,
        day=day,
        township_code=schedule.township_code,
        kind=schedule.kind,
        vehicle_index=index,
        vehicle=(schedule.second_vehicle or "") if second else schedule.vehicle,
        depart_at=depart,
        cutoff_at=cutoff,
        capacity_parcels=(schedule.second_capacity_parcels if second else None)
        or schedule.capacity_parcels,
        capacity_kg=(schedule.second_capacity_kg if second else None) or schedule.capacity_kg,
        status=RunStatus.CANCELLED.value if closed else RunStatus.PLANNED.value,
        closure_kind=closed,
        created_at=uow.clock(),
    )
    uow.session.add(run)
    runs[key] = run
    touched.add(run.id)
    return run


def _apply(
    uow: UnitOfWork,
    result: Plan,
    current: Mapping[uuid.UUID, Assigned],
    stale: list[Assigned],
    runs: dict[SlotKey, Run],
    schedules: list[RunSchedule],
    closures: Closures,
    touched: set[uuid.UUID],
    now: datetime,
) -> set[uuid.UUID]:
    """Write the placements that differ from the current assignments; return the parcels moved.

    `stale`: assignments of parcels that no longer wait for a run, ended here too.
    """
    session = uow.session
    by_id = {s.id: s for s in schedules}
    rows: list[dict[str, object]] = []
    ended = [{"id": row.id, "outcome": Outcome.REPLANNED.value, "ended_at": now} for row in stale]
    moved: set[uuid.UUID] = {row.parcel_id for row in stale}
    touched.update(row.run_id for row in stale)
    for pid, placement in result.placements.items():
        assert isinstance(pid, uuid.UUID)
        run_key: SlotKey = placement.slot_key  # type: ignore[assignment]
        run = _ensure_run(uow, runs, by_id[run_key[0]], run_key, closures, touched)
        first = None
        if placement.first_choice is not None:
            first_key: SlotKey = placement.first_choice  # type: ignore[assignment]
            first = _ensure_run(uow, runs, by_id[first_key[0]], first_key, closures, touched).id
        old = current.get(pid)
        if old is not None and (old.run_id, old.reason, old.first_choice_run_id) == (
            run.id,
            placement.reason,
            first,
        ):
            continue
        if old is not None:
            ended.append({"id": old.id, "outcome": Outcome.REPLANNED.value, "ended_at": now})
            touched.add(old.run_id)
        rows.append(
            {
                "id": new_id(),
                "run_id": run.id,
                "parcel_id": pid,
                "reason": placement.reason,
                "first_choice_run_id": first,
                "assigned_at": now,
                "actor": uow.actor,
            }
        )
        moved.add(pid)
        touched.add(run.id)
    session.flush()  # new runs first: the new rows refer to them
    if ended:  # before the inserts: one current assignment per parcel, the index checks at once
        session.execute(update(RunParcel), ended)
        for obj in list(session.identity_map.values()):
            if isinstance(obj, RunParcel):  # bulk updates bypass loaded objects: reload them
                session.expire(obj)
    if rows:
        session.execute(insert(RunParcel), rows)
    return moved
