"""Fulfilment of our own orders: reserve, wait on backorder, pick by list, pack by scan.

    new ──allocate──▶ picking ──pack_scan…, close_parcel──▶ ready
      └──(not enough free stock)──▶ backorder ──allocate (later)──▶ picking

Reservations go through `core.inventory.services.reserve` (FEFO), whose
conditional UPDATE takes only units nobody holds: an order on backorder never
takes stock another order has reserved, on SQLite or PostgreSQL alike.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import InsufficientStock, InvalidValue
from core.inventory import ledger, services
from core.inventory.catalog import find_product_by_code, working_center
from core.inventory.models import Balance, Center, Reservation, ReservationStatus
from core.orders.errors import (
    ItemAlreadyPacked,
    ItemNotInOrder,
    PackingIncomplete,
    WrongParcelStatus,
)
from core.orders.models import PackedLine
from core.orders.queries import ParcelFilter, parcel_ids
from core.places.errors import UnknownParcel
from core.shipping.models import Order, OrderLine, Parcel, ParcelSource, ParcelStatus
from core.uow import UnitOfWork

DOCUMENT = "order"  # Reservation.document_type of an order's reservations
WAITING = (ParcelStatus.NEW.value, ParcelStatus.BACKORDER.value)
MAX_WEIGHT_G = 100_000


@dataclass(frozen=True)
class Allocation:
    reserved: tuple[uuid.UUID, ...]  # parcels now picking
    backordered: tuple[uuid.UUID, ...]
    changes: Changes


def allocate(
    uow: UnitOfWork,
    *,
    center: str,
    parcel_ids: list[uuid.UUID] | None = None,
) -> Allocation:
    """Reserve stock for the center's waiting parcels, oldest order first.

    Each parcel is all or nothing (a savepoint per parcel): a parcel that
    cannot be covered whole reserves nothing and goes on backorder.

    Two desks allocating at once share the parcels out rather than both taking
    each one (see `_claim_waiting`); the stock of all the parcels' products is
    locked in one sweep before the first reservation (see `_lock_stock`).
    """
    session = uow.session
    the_center = working_center(session, center)
    waiting = select(Parcel).where(
        Parcel.center_id == the_center.id,
        Parcel.source == ParcelSource.ORDER.value,
        Parcel.status.in_(WAITING),
    )
    if parcel_ids is not None:
        waiting = waiting.where(Parcel.id.in_(parcel_ids))
    reserved: list[uuid.UUID] = []
    backordered: list[uuid.UUID] = []
    changes = Changes(centers=frozenset({the_center.id}))
    parcels = _claim_waiting(session, waiting)
    if parcels:
        _lock_stock(session, the_center, waiting)
    for parcel in parcels:
        got = _reserve_parcel(uow, the_center, parcel)
        if got is None:
            parcel.status = ParcelStatus.BACKORDER.value
            backordered.append(parcel.id)
        else:
            parcel.status = ParcelStatus.PICKING.value
            reserved.append(parcel.id)
            changes = changes | got
    session.flush()
    changes = changes | Changes(parcels=frozenset(reserved + backordered))
    return Allocation(tuple(reserved), tuple(backordered), changes)


def _claim_waiting(session: Session, waiting: Select[Parcel]) -> list[Parcel]:
    """The waiting parcels, each locked for this transaction; those another desk is
    allocating right now are left to it (PostgreSQL: FOR UPDATE SKIP LOCKED).

    Why skip rather than wait (or make the status change conditional): the other
    desk is doing this very job for those parcels, so waiting for it could only end
    in finding them done, or in trying again the ones it had to put on backorder;
    skipping, neither desk waits for the other and no parcel is looked at twice.
    The lock also keeps a parcel from being cancelled or re-addressed half-way.
    SQLite drops the clause: BEGIN IMMEDIATE already lets one writer at a time in.
    """
    return list(
        session.scalars(
            waiting.order_by(Parcel.received_at, Parcel.id)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)  # the status as locked, not as cached
        )
    )


def _lock_stock(session: Session, center: Center, waiting: Select[Parcel]) -> None:
    """Lock the center's balances of every product the waiting parcels ask for, in id order.

    Reserving parcel by parcel would lock each product's balances as its turn came:
    a desk allocating a scarf order then an incense order, while another allocates
    incense then scarves, would each hold what the other waits for (a deadlock).
    """
    orders = waiting.with_only_columns(Parcel.order_id)
    products = select(OrderLine.product_id).where(OrderLine.order_id.in_(orders))
    ledger.lock_balances(
        session,
        select(Balance.id).where(Balance.center_id == center.id, Balance.product_id.in_(products)),
    )


def _reserve_parcel(uow: UnitOfWork, center: Center, parcel: Parcel) -> Changes | None:
    session = uow.session
    lines = order_lines(uow, parcel)
    if not lines or any(line.product_id is None for line in lines):
        return None  # an item we do not know (SKU missing or not in the catalog) waits too
    savepoint = session.begin_nested()
    got = Changes()
    try:
        for line in lines:
            got = got | services.reserve(
                uow,
                center=center.code,
                sku=line.sku,
                quantity=line.quantity,
                document_type=DOCUMENT,
                document_id=parcel.order_id,
            )
    except InsufficientStock:
        savepoint.rollback()
        return None
    savepoint.commit()
    return got


def order_lines(uow: UnitOfWork, parcel: Parcel) -> list[OrderLine]:
    if parcel.order_id is None:
        return []
    return list(
        uow.session.scalars(
            select(OrderLine).where(OrderLine.order_id == parcel.order_id).order_by(OrderLine.sku)
        )
    )


def _open_reservations(
    uow: UnitOfWork, order_id: uuid.UUID | None, status: str = ReservationStatus.OPEN.value
) -> list[Reservation]:
    return list(
        uow.session.scalars(
            select(Reservation).where(
                Reservation.document_type == DOCUMENT,
                Reservation.document_id == order_id,
                Reservation.status == status,
            )
        )
    )


def cancel_parcel(uow: UnitOfWork, parcel_id: uuid.UUID) -> bool:
    """Cancel a parcel whose order was closed or refunded, giving its reserved stock back.

    False (nothing changed) once any unit has left the shelf: undoing a pick
    is a return to a bin, which a clerk does by hand.
    """
    parcel = _get(uow, parcel_id)
    if parcel.status == ParcelStatus.CANCELLED.value:
        return True
    if parcel.status not in WAITING + (ParcelStatus.PICKING.value,):
        return False
    if _open_reservations(uow, parcel.order_id, ReservationStatus.PICKED.value):
        return False
    reservations = _open_reservations(uow, parcel.order_id)
    _lock_reserved(uow, reservations)
    for reservation in reservations:
        services.release(uow, reservation.id)
    parcel.status = ParcelStatus.CANCELLED.value
    uow.session.flush()
    return True


def _lock_reserved(uow: UnitOfWork, reservations: list[Reservation]) -> None:
    """Lock the balances behind `reservations` in one id-order sweep: two desks packing
    or cancelling orders of the same products in opposite orders would otherwise each
    hold a row the other waits for."""
    ledger.lock_balances(uow.session, {r.balance_id for r in reservations})


def _get(uow: UnitOfWork, parcel_id: uuid.UUID) -> Parcel:
    parcel = uow.session.get(Parcel, parcel_id)
    if parcel is None:
        raise UnknownParcel(str(parcel_id))
    return parcel


@dataclass(frozen=True)
class PackLine:
    sku: str
    title: str
    quantity: int
    packed: int


@dataclass(frozen=True)
class PackState:
    parcel_id: uuid.UUID
    order_id: str
    lines: tuple[PackLine, ...]
    changes: Changes

    @property
    def complete(self) -> bool:
        return all(line.packed >= line.quantity for line in self.lines)


def parcel_to_pack(uow: UnitOfWork, code: str) -> PackState | None:
    """The parcel waiting for packing that `code` names (an order number, our parcel label,
    a carrier barcode or the recipient) and what is packed in it; None unless exactly one
    parcel waits under that name."""
    found = parcel_ids(uow.session, ParcelFilter(status=ParcelStatus.PICKING.value, search=code))
    return pack_state(uow, found[0]) if len(found) == 1 else None


def pack_state(uow: UnitOfWork, parcel_id: uuid.UUID) -> PackState:
    """What the order asks for and what is already in the parcel."""
    parcel = _get(uow, parcel_id)
    order = uow.session.get(Order, parcel.order_id) if parcel.order_id else None
    lines = []
    for line in order_lines(uow, parcel):
        packed = uow.session.get(PackedLine, line.id)
        done = packed.quantity if packed else 0
        lines.append(PackLine(line.sku, line.title, line.quantity, done))
    return PackState(
        parcel.id,
        order.external_id if order else "",
        tuple(lines),
        Changes(parcels=frozenset({parcel.id})),
    )


def pack_scan(uow: UnitOfWork, parcel_id: uuid.UUID, code: str) -> PackState:
    """One scanned unit goes into the parcel, if the order asks for it."""
    parcel = _get(uow, parcel_id)
    _expect(parcel, ParcelStatus.PICKING.value)
    product = find_product_by_code(uow.session, code.strip())
    lines = [
        line
        for line in order_lines(uow, parcel)
        if product is not None and line.product_id == product.id
    ]
    if not lines:
        raise ItemNotInOrder(str(parcel.id), code)
    for line in lines:
        packed = uow.session.get(PackedLine, line.id)
        if packed is None:
            packed = PackedLine(order_line_id=line.id, quantity=0)
            uow.session.add(packed)
        if packed.quantity < line.quantity:
            packed.quantity += 1
            uow.session.flush()
            return pack_state(uow, parcel.id)
    raise ItemAlreadyPacked(str(parcel.id), lines[0].sku, sum(line.quantity for line in lines))


def close_parcel(uow: UnitOfWork, parcel_id: uuid.UUID, weight_g: object) -> Changes:
    """Packed and weighed: the parcel is ready for a label and a run.

    Reservations not yet picked from a pick list are picked now: the goods
    are in the box, so the ledger must say they left their bins.
    """
    parcel = _get(uow, parcel_id)
    _expect(parcel, ParcelStatus.PICKING.value)
    if (
        isinstance(weight_g, bool)
        or not isinstance(weight_g, int)
        or not (0 < weight_g <= MAX_WEIGHT_G)
    ):
        raise InvalidValue("weight_g", weight_g, "range")
    state = pack_state(uow, parcel.id)
    missing = tuple(
        (line.sku, line.quantity - line.packed)
        for line in state.lines
        if line.packed < line.quantity
    )
    if missing:
        raise PackingIncomplete(str(parcel.id), missing)
    changes = Changes(parcels=frozenset({parcel.id}), centers=frozenset({parcel.center_id}))
    reservations = _open_reservations(uow, parcel.order_id)
    _lock_reserved(uow, reservations)
    for reservation in reservations:
        changes = changes | services.pick(uow, reservation.id)
    parcel.weight_g = weight_g
    parcel.status = ParcelStatus.READY.value
    parcel.ready_at = uow.clock()
    uow.session.flush()
    return changes


def _expect(parcel: Parcel, *statuses: str) -> None:
    if parcel.status not in statuses:
        raise WrongParcelStatus(str(parcel.id), parcel.status, statuses)
