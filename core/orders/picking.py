"""Pick lists (one center's reserved parcels, walked bin by bin) and the backorder list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.inventory import services
from core.inventory.catalog import find_product_by_code, get_center, working_center
from core.inventory.models import Balance, Bin, Lot, Product, Reservation, ReservationStatus
from core.orders.errors import NothingToPick, NotOnPickList, UnknownPickList
from core.orders.fulfilment import DOCUMENT
from core.orders.models import PickList, PickListParcel
from core.shipping.models import Order, OrderLine, Parcel, ParcelStatus
from core.uow import UnitOfWork


@dataclass(frozen=True)
class PickListCreated:
    pick_list_id: uuid.UUID
    parcels: int
    changes: Changes


def create_pick_list(uow: UnitOfWork, *, center: str) -> PickListCreated:
    """Batch every reserved parcel of the center not yet on a list."""
    session = uow.session
    the_center = working_center(session, center)
    listed = select(PickListParcel.parcel_id)
    parcel_ids = list(
        session.scalars(
            select(Parcel.id)
            .where(
                Parcel.center_id == the_center.id,
                Parcel.status == ParcelStatus.PICKING.value,
                Parcel.id.not_in(listed),
            )
            .order_by(Parcel.received_at, Parcel.id)
        )
    )
    if not parcel_ids:
        raise NothingToPick(the_center.code)
    pick_list = PickList(center_id=the_center.id, created_at=uow.clock(), actor=uow.actor)
    session.add(pick_list)
    session.flush()
    session.add_all(PickListParcel(parcel_id=p, pick_list_id=pick_list.id) for p in parcel_ids)
    session.flush()
    return PickListCreated(
        pick_list.id,
        len(parcel_ids),
        Changes(parcels=frozenset(parcel_ids), centers=frozenset({the_center.id})),
    )


@dataclass(frozen=True)
class PickLine:
    reservation_id: uuid.UUID
    bin: str
    sku: str
    name_zh: str
    lot: str
    expiry: date | None
    quantity: int
    order_id: str  # marketplace order number, written on the box
    picked: bool


def pick_lines(session: Session, pick_list_id: uuid.UUID) -> list[PickLine]:
    """The list as the picker walks it: by bin, then SKU, then lot."""
    if session.get(PickList, pick_list_id) is None:
        raise UnknownPickList(str(pick_list_id))
    query = (
        select(
            Reservation.id,
            Bin.code,
            Product.sku,
            Product.name_zh,
            Lot.code,
            Lot.expiry,
            Reservation.quantity,
            Order.external_id,
            Reservation.status,
        )
        .join(Balance, Balance.id == Reservation.balance_id)
        .join(Bin, Bin.id == Balance.bin_id)
        .join(Product, Product.id == Balance.product_id)
        .join(Lot, Lot.id == Balance.lot_id)
        .join(Parcel, Parcel.order_id == Reservation.document_id)
        .join(Order, Order.id == Parcel.order_id)
        .join(PickListParcel, PickListParcel.parcel_id == Parcel.id)
        .where(
            PickListParcel.pick_list_id == pick_list_id,
            Reservation.document_type == DOCUMENT,
            Reservation.status != ReservationStatus.RELEASED.value,
        )
        .order_by(Bin.code, Product.sku, Lot.code, Order.external_id)
    )
    return [
        PickLine(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] == ReservationStatus.PICKED.value
        )
        for r in session.execute(query)
    ]


def pick_scan(uow: UnitOfWork, pick_list_id: uuid.UUID, code: str) -> PickLine:
    """The picker scans an item at its bin: the first open line of it is picked."""
    product = find_product_by_code(uow.session, code.strip())
    for line in pick_lines(uow.session, pick_list_id):
        if not line.picked and product is not None and line.sku == product.sku:
            services.pick(uow, line.reservation_id)
            return PickLine(**{**line.__dict__, "picked": True})
    raise NotOnPickList(str(pick_list_id), code)


def pick_lists(session: Session, center: str) -> list[tuple[uuid.UUID, datetime, int]]:
    """(id, created, parcels) of the center's pick lists, newest first."""
    the_center = get_center(session, center)
    return [
        (r[0], r[1], r[2])
        for r in session.execute(
            select(PickList.id, PickList.created_at, func.count(PickListParcel.parcel_id))
            .outerjoin(PickListParcel, PickListParcel.pick_list_id == PickList.id)
            .where(PickList.center_id == the_center.id)
            .group_by(PickList.id, PickList.created_at)
            .order_by(PickList.created_at.desc())
        )
    ]


def pick_list_lines(uow: UnitOfWork, pick_list_id: uuid.UUID) -> list[PickLine]:
    """`pick_lines` in a unit of work: what the packing page lists."""
    return pick_lines(uow.session, pick_list_id)


@dataclass(frozen=True)
class Shortage:
    sku: str
    title: str
    needed: int
    free: int  # units nobody holds at the center now (not expired)
    # False: the line names no product of ours (no SKU, as in an order report imported
    # without its item report, or an SKU not in the catalogue): stock cannot help it.
    catalogued: bool = True


@dataclass(frozen=True)
class Backorder:
    parcel_id: uuid.UUID
    order_id: str
    recipient: str
    received_at: datetime
    shortages: tuple[Shortage, ...]


def backorders(uow: UnitOfWork, *, center: str) -> list[Backorder]:
    """Parcels waiting for stock, oldest first, with what each is short of."""
    session = uow.session
    the_center = get_center(session, center)
    rows = session.execute(
        select(Parcel.id, Order.id, Order.external_id, Parcel.recipient, Parcel.received_at)
        .join(Order, Order.id == Parcel.order_id)
        .where(Parcel.center_id == the_center.id, Parcel.status == ParcelStatus.BACKORDER.value)
        .order_by(Parcel.received_at, Parcel.id)
    ).all()
    free = _free_stock(uow, the_center.id)
    result = []
    for parcel_id, order_id, external_id, recipient, received_at in rows:
        lines = session.execute(
            select(OrderLine.product_id, OrderLine.sku, OrderLine.title, OrderLine.quantity).where(
                OrderLine.order_id == order_id
            )
        ).all()
        shortages = tuple(
            Shortage(
                sku,
                title,
                quantity,
                free.get(product_id, 0) if product_id else 0,
                catalogued=product_id is not None,
            )
            for product_id, sku, title, quantity in lines
            if product_id is None or free.get(product_id, 0) < quantity
        )
        result.append(Backorder(parcel_id, external_id, recipient, received_at, shortages))
    return result


def _free_stock(uow: UnitOfWork, center_id: uuid.UUID) -> dict[uuid.UUID, int]:
    today = services.today(uow)
    rows = uow.session.execute(
        select(Balance.product_id, func.sum(Balance.on_hand - Balance.reserved))
        .join(Lot, Lot.id == Balance.lot_id)
        .where(Balance.center_id == center_id, (Lot.expiry.is_(None)) | (Lot.expiry >= today))
        .group_by(Balance.product_id)
    )
    return {product_id: int(total or 0) for product_id, total in rows}
