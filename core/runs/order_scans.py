"""An order number scanned or typed at the vehicle, read as the parcel it stands for.

A clerk often has only what is printed for a person on the slip: the marketplace
order number (17 to 19 digits for Taobao and Tmall). An order may travel as
several parcels, so the number names one parcel only when the run makes it
unambiguous: exactly one parcel of the order is on this run, or, none being on
it, the order has one parcel (wherever it is) or all its parcels on runs are on
one other run. Anything else needs the parcel's own label.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from core.inventory.scanning import variants
from core.runs.models import RunParcel
from core.shipping.models import Order, Parcel
from core.uow import UnitOfWork


@dataclass(frozen=True)
class OrderMatch:
    """What an order number names on a run.

    `parcel` is the one parcel to treat as scanned; when it is None, `other_run_id`
    is the one other run the order's parcels are on, or else `parcel_ids` are the
    parcels the clerk must tell apart by their labels.
    """

    order: str  # the order number as stored
    parcel: Parcel | None
    other_run_id: uuid.UUID | None = None
    parcel_ids: tuple[uuid.UUID, ...] = ()


def match_order(uow: UnitOfWork, run_id: uuid.UUID, code: str) -> OrderMatch | None:
    """The parcel(s) that the order number `code` names for run `run_id`; None when no
    order has that number or it has no parcel yet. `code` is already normalised."""
    session = uow.session
    for candidate in variants(code):
        parcels = list(
            session.scalars(
                select(Parcel)
                .join(Order, Order.id == Parcel.order_id)
                .where(Order.external_id == candidate)
                .order_by(Parcel.received_at, Parcel.id)
            )
        )
        if parcels:
            return _narrowed(uow, run_id, candidate, parcels)
    return None


def _narrowed(uow: UnitOfWork, run_id: uuid.UUID, order: str, parcels: list[Parcel]) -> OrderMatch:
    by_id = {parcel.id: parcel for parcel in parcels}
    runs = {
        pid: rid
        for pid, rid in uow.session.execute(
            select(RunParcel.parcel_id, RunParcel.run_id).where(
                RunParcel.parcel_id.in_(by_id), RunParcel.outcome.is_(None)
            )
        )
    }
    here = [pid for pid in by_id if runs.get(pid) == run_id]
    if len(here) == 1:
        return OrderMatch(order, by_id[here[0]])
    if here:
        return OrderMatch(order, None, parcel_ids=tuple(here))
    if len(parcels) == 1:
        return OrderMatch(order, parcels[0])  # the scan then says where it is
    if len(runs) == 1:
        return OrderMatch(order, by_id[next(iter(runs))])
    elsewhere = set(runs.values())
    if len(elsewhere) == 1:
        return OrderMatch(order, None, other_run_id=elsewhere.pop())
    return OrderMatch(order, None, parcel_ids=tuple(by_id))
