"""The list behind a figure: the ids of the parcels it counted, oldest received first,
through the same conditions as the figure (`core.reports.scope`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, or_, select

from core.inventory.models import Product, StockSummary
from core.reports import scope
from core.reports.dashboard import NOT_CARRIED
from core.runs.models import DeliveryKind, RunParcel
from core.shipping.models import Parcel
from core.uow import UnitOfWork


class ParcelList(StrEnum):
    OVERDUE = "overdue"
    WAITING = "waiting"  # of one township
    ON_NEXT_RUN = "on_next_run"  # of one township: made its cutoff
    RUN = "run"  # on one run (or went with it)
    FAILED = "failed"
    RETURNED = "returned"


@dataclass(frozen=True)
class ParcelDrill:
    """Which figure was opened: its kind and what it was counted over."""

    kind: ParcelList
    center: str | None = None
    township_code: str | None = None
    run_id: uuid.UUID | None = None
    overdue_days: int = scope.OVERDUE_DAYS


def drill_ids(uow: UnitOfWork, drill: ParcelDrill) -> list[uuid.UUID]:
    """The parcels behind the figure, in the order they wait in (oldest received first)."""
    session = uow.session
    center_id = scope.center_id_of(session, drill.center)
    now = uow.clock()
    query = select(Parcel.id)
    match drill.kind:
        case ParcelList.OVERDUE:
            query = query.where(*scope.overdue(now, drill.overdue_days, center_id))
        case ParcelList.WAITING | ParcelList.ON_NEXT_RUN:
            query = query.where(
                *scope.waiting(center_id), Parcel.township_code == drill.township_code
            )
            if drill.kind is ParcelList.ON_NEXT_RUN:
                query = query.join(RunParcel, RunParcel.parcel_id == Parcel.id).where(
                    RunParcel.run_id == drill.run_id, RunParcel.outcome.is_(None)
                )
        case ParcelList.RUN:
            query = query.join(RunParcel, RunParcel.parcel_id == Parcel.id).where(
                RunParcel.run_id == drill.run_id,
                or_(RunParcel.outcome.is_(None), RunParcel.outcome.not_in(NOT_CARRIED)),
            )
        case ParcelList.FAILED | ParcelList.RETURNED:
            kind = DeliveryKind(drill.kind.value)
            query = query.where(Parcel.id.in_(scope.recent_events(kind, now, center_id)))
    return list(session.scalars(query.order_by(Parcel.received_at, Parcel.id)))


@dataclass(frozen=True)
class CategoryStock:
    """A product's stock at a center, behind a "stock by category" figure."""

    center: str
    sku: str
    name_zh: str
    on_hand: int
    reserved: int
    in_transit: int


def category_stock(uow: UnitOfWork, center: str, category: str) -> list[CategoryStock]:
    """The products of `category` held at (or coming to) `center`, lots summed, by SKU."""
    query = (
        select(
            StockSummary.center_code,
            StockSummary.sku,
            Product.name_zh,
            func.sum(StockSummary.on_hand),
            func.sum(StockSummary.reserved),
            func.sum(StockSummary.in_transit),
        )
        .join(Product, Product.id == StockSummary.product_id)
        .where(
            StockSummary.center_code == center,
            Product.category == category,
            or_(StockSummary.on_hand > 0, StockSummary.in_transit > 0),
        )
        .group_by(StockSummary.center_code, StockSummary.sku, Product.name_zh)
        .order_by(StockSummary.sku)
    )
    return [
        CategoryStock(c, sku, name, int(h or 0), int(r or 0), int(t or 0))
        for c, sku, name, h, r, t in uow.session.execute(query)
    ]
