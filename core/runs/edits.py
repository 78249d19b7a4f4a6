"""What the clerk does to planned runs: move a parcel, hold it, split a run, cancel a run.

Every action records its reason on the parcel's assignment, so the run list
can always say why a parcel is where it is. Moves and splits are pinned: the
planner never moves those parcels back by itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from core.changes import Changes
from core.clock import local_day
from core.ids import new_id
from core.runs.errors import (
    ParcelNotWaiting,
    ParcelOfAnotherCenter,
    RunNotOpen,
    RunOverCapacity,
    UnknownParcel,
    UnknownRun,
    WrongTownship,
)
from core.runs.models import (
    AssignReason,
    ClosureKind,
    Outcome,
    ParcelHold,
    Run,
    RunParcel,
    RunStatus,
)
from core.runs.planning import WAITING_STATUSES, plan_runs
from core.runs.queries import current_run_of, run_view
from core.runs.schedules import add_closure, find_center
from core.shipping.models import Division, Parcel, Route
from core.text_limits import checked_text
from core.uow import UnitOfWork

OPEN_STATUSES = (RunStatus.PLANNED.value, RunStatus.LOADING.value)


def get_run(uow: UnitOfWork, run_id: uuid.UUID) -> Run:
    run = uow.session.get(Run, run_id)
    if run is None:
        raise UnknownRun(str(run_id))
    return run


def open_run(uow: UnitOfWork, run_id: uuid.UUID) -> Run:
    run = get_run(uow, run_id)
    if run.status not in OPEN_STATUSES:
        raise RunNotOpen(str(run.id), run.status)
    return run


def waiting_parcel(uow: UnitOfWork, parcel_id: uuid.UUID) -> Parcel:
    parcel = uow.session.get(Parcel, parcel_id)
    if parcel is None:
        raise UnknownParcel(str(parcel_id))
    if parcel.status not in WAITING_STATUSES:
        raise ParcelNotWaiting(str(parcel.id), parcel.status)
    return parcel


def end_assignment(uow: UnitOfWork, parcel_id: uuid.UUID, outcome: Outcome) -> RunParcel | None:
    """Close the parcel's current assignment, if it has one; return it."""
    current = current_run_of(uow, parcel_id)
    if current is not None:
        current.outcome, current.ended_at = outcome.value, uow.clock()
        uow.session.flush()  # before a new current row: the partial unique index checks at once
    return current


def assign(uow: UnitOfWork, run: Run, parcel_id: uuid.UUID, reason: AssignReason) -> RunParcel:
    row = RunParcel(
        id=new_id(),
        run_id=run.id,
        parcel_id=parcel_id,
        reason=reason.value,
        assigned_at=uow.clock(),
        actor=uow.actor,
    )
    uow.session.add(row)
    uow.session.flush()
    return row


def _load(uow: UnitOfWork, run_id: uuid.UUID) -> tuple[int, int]:
    count, grams = uow.session.execute(
        select(func.count(), func.coalesce(func.sum(Parcel.weight_g), 0))
        .select_from(RunParcel)
        .join(Parcel, Parcel.id == RunParcel.parcel_id)
        .where(RunParcel.run_id == run_id, RunParcel.outcome.is_(None))
    ).one()
    return int(count), int(grams or 0)


def _check_route(parcel: Parcel, run: Run) -> None:
    postal_run = run.township_code is None
    postal_parcel = parcel.route == Route.POSTAL.value
    if (
        postal_run != postal_parcel
        or (not postal_run and parcel.township_code != run.township_code)
        or parcel.center_id != run.center_id
    ):
        raise WrongTownship(str(parcel.id), parcel.township_code, run.township_code)


def move_parcel(
    uow: UnitOfWork, parcel_id: uuid.UUID, run_id: uuid.UUID, *, force: bool = False
) -> Changes:
    """Put a parcel on another run of its township; over capacity only with `force`."""
    run = open_run(uow, run_id)
    parcel = waiting_parcel(uow, parcel_id)
    _check_route(parcel, run)
    current = current_run_of(uow, parcel.id)
    if current is not None and current.run_id == run.id:
        return Changes()
    count, grams = _load(uow, run.id)
    weight = parcel.weight_g or 0
    over = count + 1 > run.capacity_parcels or grams + weight > run.capacity_kg * 1000
    if over and not force:
        raise RunOverCapacity(
            str(run.id), run.capacity_parcels, run.capacity_kg, count + 1, grams + weight
        )
    _release_hold(uow, parcel.id)
    old = end_assignment(uow, parcel.id, Outcome.MOVED)
    assign(uow, run, parcel.id, AssignReason.MOVED)
    runs = {run.id} | ({old.run_id} if old else set())
    return Changes(runs=frozenset(runs), parcels=frozenset({parcel.id}))


def hold_parcel(uow: UnitOfWork, parcel_id: uuid.UUID, note: str = "") -> Changes:
    """Take a parcel off its run and keep it off until released."""
    parcel = waiting_parcel(uow, parcel_id)
    old = current_run_of(uow, parcel.id)
    if old is not None:
        open_run(uow, old.run_id)  # a parcel already on the road cannot be held here
    already = uow.session.scalar(
        select(ParcelHold).where(
            ParcelHold.parcel_id == parcel.id, ParcelHold.released_at.is_(None)
        )
    )
    if already is None:
        uow.session.add(
            ParcelHold(
                id=new_id(),
                parcel_id=parcel.id,
                note=checked_text(note, ParcelHold.note),
                held_at=uow.clock(),
                held_by=uow.actor,
            )
        )
    end_assignment(uow, parcel.id, Outcome.HELD)
    return Changes(runs=frozenset({old.run_id} if old else set()), parcels=frozenset({parcel.id}))


def _release_hold(uow: UnitOfWork, parcel_id: uuid.UUID) -> bool:
    hold = uow.session.scalar(
        select(ParcelHold).where(
            ParcelHold.parcel_id == parcel_id, ParcelHold.released_at.is_(None)
        )
    )
    if hold is None:
        return False
    hold.released_at = uow.clock()
    uow.session.flush()
    return True


def release_parcel(uow: UnitOfWork, parcel_id: uuid.UUID, center: str | None = None) -> Changes:
    """End a hold; the parcel goes on its next run at once.

    Only the parcel's own center plans again (another center's runs are its own to
    write). With `center` (the clerk's center, a code), a parcel of another center is
    refused: `ParcelOfAnotherCenter`.
    """
    parcel = waiting_parcel(uow, parcel_id)
    if center is not None:
        here = find_center(uow, center)
        if parcel.center_id != here.id:
            owner = find_center(uow, parcel.center_id)
            raise ParcelOfAnotherCenter(str(parcel.id), here.code, owner.code)
    if not _release_hold(uow, parcel.id):
        return Changes()
    planned = plan_runs(uow, local_day(uow.clock()), center_id=parcel.center_id)
    return planned.changes | Changes(parcels=frozenset({parcel.id}))


@dataclass(frozen=True)
class HeldParcel:
    """A parcel held back from the runs, as the Held list shows it."""

    parcel_id: uuid.UUID
    recipient: str
    township_name: str | None  # None: a parcel that goes by post
    note: str
    held_at: datetime
    held_by: str


def held_parcels(uow: UnitOfWork, center: str) -> list[HeldParcel]:
    """The parcels `center` (a code) holds back, the longest held first."""
    here = find_center(uow, center)
    rows = uow.session.execute(
        select(
            Parcel.id,
            Parcel.recipient,
            Division.name_zh,
            ParcelHold.note,
            ParcelHold.held_at,
            ParcelHold.held_by,
        )
        .join(ParcelHold, ParcelHold.parcel_id == Parcel.id)
        .outerjoin(Division, Division.code == Parcel.township_code)
        .where(ParcelHold.released_at.is_(None), Parcel.center_id == here.id)
        .order_by(ParcelHold.held_at, Parcel.id)
    )
    return [
        HeldParcel(pid, recipient, township, note, at, by)
        for pid, recipient, township, note, at, by in rows
    ]


@dataclass(frozen=True)
class SplitResult:
    run_id: uuid.UUID
    changes: Changes


def split_run(
    uow: UnitOfWork, run_id: uuid.UUID, parcel_ids: Sequence[uuid.UUID] = (), vehicle: str = ""
) -> SplitResult:
    """Split a run in two: `parcel_ids` (default: the later half of its stops) go on a new run
    of the same day and schedule, with the same capacity."""
    run = open_run(uow, run_id)
    view = run_view(uow, run.id)
    on_run = [row.parcel_id for row in view.parcels] if view else []
    chosen = list(parcel_ids) or on_run[(len(on_run) + 1) // 2 :]
    for pid in chosen:
        if pid not in on_run:
            raise UnknownParcel(str(pid))
    last = uow.session.scalar(
        select(func.max(Run.vehicle_index)).where(
            Run.schedule_id == run.schedule_id, Run.day == run.day
        )
    )
    new_run = Run(
        id=new_id(),
        center_id=run.center_id,
        schedule_id=run.schedule_id,
        day=run.day,
        township_code=run.township_code,
        kind=run.kind,
        vehicle_index=max(int(last or 1), 2) + 1,
        vehicle=vehicle,
        depart_at=run.depart_at,
        cutoff_at=run.cutoff_at,
        capacity_parcels=run.capacity_parcels,
        capacity_kg=run.capacity_kg,
        status=RunStatus.PLANNED.value,
        split_from_id=run.id,
        created_at=uow.clock(),
    )
    uow.session.add(new_run)
    uow.session.flush()
    for pid in chosen:
        end_assignment(uow, pid, Outcome.MOVED)
        assign(uow, new_run, pid, AssignReason.SPLIT)
    return SplitResult(
        new_run.id, Changes(runs=frozenset({run.id, new_run.id}), parcels=frozenset(chosen))
    )


def cancel_run(uow: UnitOfWork, run_id: uuid.UUID, note: str = "") -> Changes:
    """Cancel one run: its parcels move to the next run, with the reason "cancelled_run"."""
    run = open_run(uow, run_id)
    add_closure(uow, run.center_id, run.day, ClosureKind.CANCELLED, run.township_code, note)
    return _replan_from(uow, run.day) | Changes(runs=frozenset({run.id}))


def add_holiday(uow: UnitOfWork, center: str | uuid.UUID, day: date, note: str = "") -> Changes:
    """No run leaves the center on `day`: every parcel moves to its next run."""
    add_closure(uow, center, day, ClosureKind.HOLIDAY, None, note)
    return _replan_from(uow, day)


def _replan_from(uow: UnitOfWork, day: date) -> Changes:
    # The planner moves every parcel off a cancelled run, even those a clerk put there.
    return plan_runs(uow, day).changes


def waiting_without_run(uow: UnitOfWork) -> list[uuid.UUID]:
    """Parcels that wait for a run but are on none (not held): what the planner could not place."""
    on_run = select(RunParcel.parcel_id).where(RunParcel.outcome.is_(None))
    held = select(ParcelHold.parcel_id).where(ParcelHold.released_at.is_(None))
    return list(
        uow.session.scalars(
            select(Parcel.id)
            .where(
                Parcel.status.in_(WAITING_STATUSES),
                Parcel.route.is_not(None),
                Parcel.id.not_in(on_run),
                Parcel.id.not_in(held),
            )
            .order_by(Parcel.received_at)
        )
    )
