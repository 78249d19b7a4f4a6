"""What the load check shows: the whole run as it stands, and, once it left, what went.

The sheet is read from what is stored, not from one screen's scans: parcels
scanned at another desk, or before the load check was closed and opened again,
show as loaded from the start. Problem scans show as the parcel stands now: a
stray parcel since moved onto this run is one of its parcels, and a parcel of
another run names the run it is on now.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from core.changes import Changes
from core.runs.errors import UnknownRun
from core.runs.loading import dispatch, load_status
from core.runs.models import LoadScan, Run, ScanResult
from core.runs.queries import RunView, current_run_of, run_view
from core.shipping.models import Order, Parcel
from core.uow import UnitOfWork

_PROBLEMS = (ScanResult.WRONG_RUN.value, ScanResult.EXTRA.value, ScanResult.UNKNOWN.value)


@dataclass(frozen=True)
class SheetParcel:
    """A parcel of the run, loaded or not."""

    parcel_id: uuid.UUID
    stop: int  # 1 for the first stop on the road
    stop_name: str  # "" for parcels without a village point
    recipient: str
    order: str | None  # the marketplace order number, for an order of our own stores
    code: str | None  # what is printed on it: carrier barcode or tracking number
    loaded: bool
    loaded_at: datetime | None
    loaded_by: str | None
    number: str = ""  # the parcel number people read (`TSC-1204-0012`)


@dataclass(frozen=True)
class SheetProblem:
    """A scan that did not load a parcel of this run: wrong run, extra, unknown."""

    code: str
    result: str  # a ScanResult
    parcel_id: uuid.UUID | None
    other_run: RunView | None  # for a wrong run: the run it is on
    scanned_at: datetime
    actor: str


@dataclass(frozen=True)
class LoadSheet:
    run: RunView
    parcels: list[SheetParcel]
    problems: list[SheetProblem]  # the latest first

    @property
    def loaded(self) -> int:
        return sum(1 for parcel in self.parcels if parcel.loaded)

    @property
    def missing(self) -> int:
        return len(self.parcels) - self.loaded


def load_sheet(uow: UnitOfWork, run_id: uuid.UUID) -> LoadSheet:
    """Every parcel of the run with whether (when, by whom) it was loaded, and the problem
    scans of its load check, each parcel or code once, as it stands now."""
    view = _view(uow, run_id)
    ids = [row.parcel_id for row in view.parcels]
    orders = (
        {
            pid: number
            for pid, number in uow.session.execute(
                select(Parcel.id, Order.external_id)
                .join(Order, Order.id == Parcel.order_id)
                .where(Parcel.id.in_(ids))
            )
        }
        if ids
        else {}
    )
    scans: dict[uuid.UUID | None, tuple[datetime | None, str | None]] = {
        pid: (at, actor)
        for pid, at, actor in uow.session.execute(
            select(LoadScan.parcel_id, LoadScan.scanned_at, LoadScan.actor)
            .where(LoadScan.run_id == view.id, LoadScan.result == ScanResult.LOADED.value)
            .order_by(LoadScan.scanned_at.desc(), LoadScan.id.desc())
        )
    }  # the first scan wins
    parcels = [
        SheetParcel(
            row.parcel_id,
            number,
            stop.name,
            row.recipient,
            orders.get(row.parcel_id),
            row.carrier_barcode or row.tracking,
            row.loaded,
            *scans.get(row.parcel_id, (None, None)),
            row.number,
        )
        for number, stop in enumerate(view.stops, start=1)
        for row in stop.parcels
    ]
    return LoadSheet(view, parcels, _problems(uow, view.id))


def _problems(uow: UnitOfWork, run_id: uuid.UUID) -> list[SheetProblem]:
    latest: dict[object, LoadScan] = {}
    for scan in uow.session.scalars(
        select(LoadScan)
        .where(LoadScan.run_id == run_id, LoadScan.result.in_(_PROBLEMS))
        .order_by(LoadScan.scanned_at.desc(), LoadScan.id.desc())
    ):
        latest.setdefault(scan.parcel_id or scan.code, scan)
    runs: dict[uuid.UUID, RunView | None] = {}
    found = []
    for scan in latest.values():
        result, other = scan.result, scan.other_run_id
        if scan.parcel_id is not None:
            current = current_run_of(uow, scan.parcel_id)
            if current is not None and current.run_id == run_id:
                continue  # it is one of the run's parcels now
            result = ScanResult.EXTRA.value if current is None else ScanResult.WRONG_RUN.value
            other = current.run_id if current is not None else None
        if other is not None and other not in runs:
            runs[other] = run_view(uow, other)
        found.append(
            SheetProblem(
                scan.code,
                result,
                scan.parcel_id,
                runs[other] if other is not None else None,
                scan.scanned_at,
                scan.actor,
            )
        )
    return found


@dataclass(frozen=True)
class LeftBehind:
    parcel_id: uuid.UUID
    next_run: RunView | None  # None: on no run yet


@dataclass(frozen=True)
class Dispatched:
    """What left with a run and what stayed, with the supervisor's word for the rest."""

    run: RunView
    loaded: list[uuid.UUID]
    left_behind: list[LeftBehind]
    supervisor: str | None  # None: every parcel was loaded, nobody overrode
    reason: str | None
    changes: Changes


def dispatch_and_report(
    uow: UnitOfWork,
    run_id: uuid.UUID,
    *,
    supervisor: str | None = None,
    override_reason: str | None = None,
) -> Dispatched:
    """`core.runs.loading.dispatch`, then where the parcels it left behind went."""
    before = load_status(uow, run_id)
    changes = dispatch(uow, run_id, supervisor=supervisor, override_reason=override_reason)
    run = uow.session.get_one(Run, run_id)
    behind = []
    for pid in before.missing:
        current = current_run_of(uow, pid)
        behind.append(LeftBehind(pid, run_view(uow, current.run_id) if current else None))
    overridden = bool(before.missing)
    return Dispatched(
        _view(uow, run_id),
        before.loaded,
        behind,
        run.override_by if overridden else None,
        run.override_reason if overridden else None,
        changes,
    )


def _view(uow: UnitOfWork, run_id: uuid.UUID) -> RunView:
    view = run_view(uow, run_id)
    if view is None:
        raise UnknownRun(str(run_id))
    return view
