"""The dashboard's figures: each one grouped statement over an index or a summary table.

`dashboard(uow, center)` is what the first area shows and `dashboard --json` prints;
lead times (`core.reports.lead_time`) are read apart, so the counts come first.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.clock import local_day
from core.inventory.models import Product, StockSummary
from core.inventory.reorder import low_stock_statement
from core.reports import scope
from core.runs.models import DeliveryKind, Outcome, Run, RunKind, RunParcel, RunStatus
from core.shipping.models import Division, Parcel
from core.uow import UnitOfWork

EXPIRY_DAYS = 30  # lots expiring within a month
# How a parcel left its run without going with it: not counted in the run's load.
NOT_CARRIED = (
    Outcome.REPLANNED.value,
    Outcome.MOVED.value,
    Outcome.HELD.value,
    Outcome.LEFT_BEHIND.value,
)


@dataclass(frozen=True)
class StockFigure:
    center: str
    category: str
    products: int
    on_hand: int
    reserved: int
    in_transit: int


@dataclass(frozen=True)
class TownshipWaiting:
    township_code: str
    township: str
    waiting: int
    on_next_run: int  # made its cutoff: the planner put them on the next run
    next_run_id: uuid.UUID | None
    next_depart_at: datetime | None
    next_cutoff_at: datetime | None

    @property
    def later(self) -> int:
        return self.waiting - self.on_next_run


@dataclass(frozen=True)
class RunFill:
    run_id: uuid.UUID
    day: date
    township_code: str | None  # None: the postal handover run
    township: str
    kind: str
    vehicle: str
    status: str
    depart_at: datetime
    parcels: int
    weight_g: int
    capacity_parcels: int
    capacity_kg: int


@dataclass(frozen=True)
class Dashboard:
    center: str | None  # None: every center
    now: datetime
    today: date
    stock: list[StockFigure]
    expiring_lots: int
    expiry_days: int
    low_stock: int
    waiting: list[TownshipWaiting]
    runs: list[RunFill]
    overdue: int
    overdue_days: int
    failed: int
    returned: int
    recent_days: int

    def as_json(self) -> dict[str, object]:
        """The `dashboard --json` contract: the figures as the screen shows them."""

        def plain(value: Any) -> Any:
            if isinstance(value, datetime | date):
                return value.isoformat()
            if isinstance(value, uuid.UUID):
                return str(value)
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        found = plain(asdict(self))
        for row, waiting in zip(found["waiting"], self.waiting, strict=True):
            row["later"] = waiting.later
        return dict(found)


def stock_figures(session: Session, center_id: uuid.UUID | None) -> list[StockFigure]:
    query = (
        select(
            StockSummary.center_code,
            Product.category,
            func.count(func.distinct(StockSummary.product_id)),
            func.sum(StockSummary.on_hand),
            func.sum(StockSummary.reserved),
            func.sum(StockSummary.in_transit),
        )
        .join(Product, Product.id == StockSummary.product_id)
        .where(or_(StockSummary.on_hand > 0, StockSummary.in_transit > 0))
        .group_by(StockSummary.center_code, Product.category)
        .order_by(StockSummary.center_code, Product.category)
    )
    query = query.where(*scope.in_center(StockSummary.center_id, center_id))
    return [
        StockFigure(c, cat, int(n), int(h or 0), int(r or 0), int(t or 0))
        for c, cat, n, h, r, t in session.execute(query)
    ]


def expiring_count(session: Session, today: date, center_id: uuid.UUID | None) -> int:
    """Lots on hand per center expiring within `EXPIRY_DAYS` (expired ones too), as the
    alerts page lists them."""
    horizon = today + timedelta(days=EXPIRY_DAYS)
    keys = (
        select(StockSummary.center_id, StockSummary.lot_id)
        .where(
            StockSummary.on_hand > 0,
            StockSummary.expiry_key <= horizon,
            *scope.in_center(StockSummary.center_id, center_id),
        )
        .distinct()
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(keys)) or 0)


def low_stock_count(session: Session, today: date, center_id: uuid.UUID | None) -> int:
    listed = low_stock_statement(today, center_id).order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(listed)) or 0)


def _next_runs(session: Session, now: datetime, center_id: uuid.UUID | None) -> dict[str, Any]:
    """Each township's next run still to leave: (id, depart, cutoff), by township code."""
    ranked = (
        select(
            Run.township_code,
            Run.id,
            Run.depart_at,
            Run.cutoff_at,
            func.row_number()
            .over(partition_by=Run.township_code, order_by=(Run.depart_at, Run.vehicle_index))
            .label("rn"),
        )
        .where(
            Run.day >= local_day(now),
            Run.kind == RunKind.TOWNSHIP.value,
            Run.status.in_((RunStatus.PLANNED.value, RunStatus.LOADING.value)),
            *scope.in_center(Run.center_id, center_id),
        )
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.township_code, ranked.c.id, ranked.c.depart_at, ranked.c.cutoff_at).where(
            ranked.c.rn == 1
        )
    )
    return {code: (rid, depart, cutoff) for code, rid, depart, cutoff in rows}


def waiting_figures(
    session: Session, now: datetime, center_id: uuid.UUID | None
) -> list[TownshipWaiting]:
    counts = [
        (str(code), int(n))
        for code, n in session.execute(
            select(Parcel.township_code, func.count())
            .where(*scope.waiting(center_id))
            .group_by(Parcel.township_code)
        )
    ]
    if not counts:
        return []
    runs = _next_runs(session, now, center_id)
    run_ids = [rid for rid, _, _ in runs.values()]
    on_run = dict(
        session.execute(
            select(RunParcel.run_id, func.count())
            .join(Parcel, Parcel.id == RunParcel.parcel_id)
            .where(
                RunParcel.run_id.in_(run_ids),
                RunParcel.outcome.is_(None),
                *scope.waiting(center_id),
            )
            .group_by(RunParcel.run_id)
        ).all()
    )
    names = _township_names(session, [code for code, _ in counts])
    found = []
    for code, n in counts:
        rid, depart, cutoff = runs.get(code, (None, None, None))
        found.append(
            TownshipWaiting(
                code, names.get(code, ""), int(n), int(on_run.get(rid, 0)), rid, depart, cutoff
            )
        )
    return sorted(found, key=lambda w: (-w.waiting, w.township_code))


def _township_names(session: Session, codes: list[str]) -> dict[str, str]:
    rows = session.execute(select(Division.code, Division.name_zh).where(Division.code.in_(codes)))
    return dict(rows.all())


def run_figures(session: Session, today: date, center_id: uuid.UUID | None) -> list[RunFill]:
    """Today's and tomorrow's runs, with the parcels and weight that are (or went) on them."""
    carried = (
        select(
            RunParcel.run_id,
            func.count().label("parcels"),
            func.coalesce(func.sum(Parcel.weight_g), 0).label("weight_g"),
        )
        .join(Parcel, Parcel.id == RunParcel.parcel_id)
        .join(Run, Run.id == RunParcel.run_id)
        .where(
            Run.day.in_((today, today + timedelta(days=1))),
            or_(RunParcel.outcome.is_(None), RunParcel.outcome.not_in(NOT_CARRIED)),
        )
        .group_by(RunParcel.run_id)
        .subquery()
    )
    query = (
        select(
            Run,
            func.coalesce(Division.name_zh, ""),
            func.coalesce(carried.c.parcels, 0),
            func.coalesce(carried.c.weight_g, 0),
        )
        .outerjoin(carried, carried.c.run_id == Run.id)
        .outerjoin(Division, Division.code == Run.township_code)
        .where(
            Run.day.in_((today, today + timedelta(days=1))),
            Run.status != RunStatus.CANCELLED.value,
            *scope.in_center(Run.center_id, center_id),
        )
        .order_by(Run.depart_at, Run.township_code, Run.vehicle_index)
    )
    return [
        RunFill(
            run.id,
            run.day,
            run.township_code,
            name,
            run.kind,
            run.vehicle,
            run.status,
            run.depart_at,
            int(parcels),
            int(weight),
            run.capacity_parcels,
            run.capacity_kg,
        )
        for run, name, parcels, weight in session.execute(query)
    ]


def count_parcels(session: Session, conditions: list[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(Parcel).where(*conditions)) or 0)


def count_events(session: Session, kind: DeliveryKind, now: datetime, center_id: Any) -> int:
    listed = scope.recent_events(kind, now, center_id).subquery()
    return int(session.scalar(select(func.count()).select_from(listed)) or 0)


def dashboard(
    uow: UnitOfWork, center: str | None = None, overdue_days: int = scope.OVERDUE_DAYS
) -> Dashboard:
    """Every figure of the dashboard for `center` (None: every center), at the clock's now."""
    session = uow.session
    center_id = scope.center_id_of(session, center)
    now = uow.clock()
    today = local_day(now)
    return Dashboard(
        center=center.upper() if center else None,
        now=now,
        today=today,
        stock=stock_figures(session, center_id),
        expiring_lots=expiring_count(session, today, center_id),
        expiry_days=EXPIRY_DAYS,
        low_stock=low_stock_count(session, today, center_id),
        waiting=waiting_figures(session, now, center_id),
        runs=run_figures(session, today, center_id),
        overdue=count_parcels(session, scope.overdue(now, overdue_days, center_id)),
        overdue_days=overdue_days,
        failed=count_events(session, DeliveryKind.FAILED, now, center_id),
        returned=count_events(session, DeliveryKind.RETURNED, now, center_id),
        recent_days=scope.RECENT_DAYS,
    )
