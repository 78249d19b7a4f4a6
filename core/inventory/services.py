"""Stock use cases: receive, move between bins, reserve, release, pick, adjust.

Each is a function `(uow, ...) -> Changes` that runs inside the caller's unit
of work and never commits: one user action is one transaction, however many
use cases it strings together.

    with db.uow() as uow:
        changes = receive(uow, center="TSC", bin="A-01", sku="CSH-001", quantity=10)
        uow.commit()
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.clock import local_day
from core.errors import (
    InsufficientStock,
    InvalidValue,
    LotExpired,
    ReservationClosed,
    SameBin,
    UnknownReservation,
)
from core.inventory import ledger
from core.inventory.catalog import (
    get_bin,
    get_center,
    get_lot,
    get_product,
    lot_for_receipt,
    working_bin,
    working_center,
    working_product,
)
from core.inventory.models import (
    Balance,
    Bin,
    Lot,
    MoveKind,
    Product,
    Reservation,
    ReservationStatus,
)
from core.uow import UnitOfWork
from core.validation import parse_date, parse_delta, parse_quantity

ADJUSTMENT_REASONS = ("damaged", "lost", "found", "expired", "sample", "correction")


def today(uow: UnitOfWork) -> date:
    """The calendar date at the center now (its zone, not the PC's): what an expiry means."""
    return local_day(uow.clock())


def _refuse_expired(uow: UnitOfWork, product: Product, lot: Lot) -> None:
    if lot.expiry is not None and lot.expiry < today(uow):
        raise LotExpired(product.sku, lot.code, lot.expiry)


def _changes(
    product: Product,
    center_id: uuid.UUID,
    moves: tuple[uuid.UUID, ...] = (),
    reservations: tuple[uuid.UUID, ...] = (),
) -> Changes:
    return Changes(
        stock=True,
        products=frozenset({product.id}),
        centers=frozenset({center_id}),
        move_ids=moves,
        reservation_ids=reservations,
    )


def receive(
    uow: UnitOfWork,
    *,
    center: str,
    bin: str,
    sku: str,
    quantity: object,
    lot: str = "",
    expiry: object = None,
    note: str = "",
    document_type: str = "receipt",
    document_id: uuid.UUID | None = None,
) -> Changes:
    """Goods come in from a producer or cooperative into a bin."""
    session = uow.session
    qty = parse_quantity(quantity)
    the_center = working_center(session, center)
    the_bin = working_bin(session, the_center, bin)
    product = working_product(session, get_product(session, sku))
    the_lot = lot_for_receipt(session, product, lot, parse_date(expiry, "expiry"))
    _refuse_expired(uow, product, the_lot)
    balance = ledger.balance_id(session, the_center.id, the_bin.id, product.id, the_lot.id)
    ledger.add_on_hand(session, balance, qty)
    move = ledger.post_move(
        uow,
        center_id=the_center.id,
        product_id=product.id,
        lot_id=the_lot.id,
        quantity=qty,
        kind=MoveKind.RECEIPT,
        to_bin_id=the_bin.id,
        note=note,
        document_type=document_type,
        document_id=document_id,
    )
    return _changes(product, the_center.id, (move,))


def lock_for_receiving(
    uow: UnitOfWork, *, center: str, lines: Iterable[tuple[str, str, str, date | None]]
) -> None:
    """Get ready to receive several lines, each (bin, sku, lot, expiry), in one transaction.

    Their lots are made if new (`catalog.lot_for_receipt`), then `lock_lines`.
    """
    _lock_lines(uow, center, lines, lot_for_receipt)


def lock_for_adjusting(
    uow: UnitOfWork, *, center: str, lines: Iterable[tuple[str, str, str]]
) -> None:
    """Get ready to adjust several lines, each (bin, sku, lot) of a known lot, in one
    transaction (a cycle count's variances), as `lock_for_receiving` does for receipts."""
    _lock_lines(
        uow,
        center,
        ((b, sku, lot, None) for b, sku, lot in lines),
        lambda session, product, lot, _expiry: get_lot(session, product, lot),
    )


def _lock_lines(
    uow: UnitOfWork,
    center: str,
    lines: Iterable[tuple[str, str, str, date | None]],
    lot_of: Callable[[Session, Product, str, date | None], Lot],
) -> None:
    """Make the lines' balance rows in key order (SKU, lot, bin), then lock every one in a
    single sweep in id order (`ledger.lock_balances`), as a move and a reservation lock theirs.

    Changed line by line in the document's order, two documents sharing products in
    different orders would each hold a balance the other waits for, and the server would
    cancel one of them to break the deadlock.
    """
    session = uow.session
    the_center = get_center(session, center)
    balances = []
    for bin_code, sku, lot, expiry in sorted(set(lines), key=lambda line: line[1:3] + line[:1]):
        the_bin = get_bin(session, the_center, bin_code)
        product = get_product(session, sku)
        the_lot = lot_of(session, product, lot, expiry)
        balances.append(
            ledger.balance_id(session, the_center.id, the_bin.id, product.id, the_lot.id)
        )
    ledger.lock_balances(session, balances)


def move_stock(
    uow: UnitOfWork,
    *,
    center: str,
    from_bin: str,
    to_bin: str,
    sku: str,
    quantity: object,
    lot: str = "",
    kind: str = MoveKind.PUTAWAY,
    note: str = "",
    document_type: str = "",
    document_id: uuid.UUID | None = None,
) -> Changes:
    """Move unreserved units from one bin to another in the same center."""
    session = uow.session
    qty = parse_quantity(quantity)
    the_center = get_center(session, center)
    source = get_bin(session, the_center, from_bin)
    target = working_bin(session, the_center, to_bin)  # emptying a retired bin is allowed
    if source.id == target.id:
        raise SameBin(source.code)
    product = get_product(session, sku)
    the_lot = get_lot(session, product, lot)
    taken_from = ledger.balance_id(session, the_center.id, source.id, product.id, the_lot.id)
    put_into = ledger.balance_id(session, the_center.id, target.id, product.id, the_lot.id)
    ledger.lock_balances(session, [taken_from, put_into])
    if not ledger.take_available(session, taken_from, qty):
        raise InsufficientStock(sku, the_center.code, qty, _available(uow, taken_from))
    ledger.add_on_hand(session, put_into, qty)
    move = ledger.post_move(
        uow,
        center_id=the_center.id,
        product_id=product.id,
        lot_id=the_lot.id,
        quantity=qty,
        kind=kind,
        from_bin_id=source.id,
        to_bin_id=target.id,
        note=note,
        document_type=document_type,
        document_id=document_id,
    )
    return _changes(product, the_center.id, (move,))


def adjust(
    uow: UnitOfWork,
    *,
    center: str,
    bin: str,
    sku: str,
    delta: object,
    reason: str,
    lot: str = "",
    expiry: object = None,
    note: str = "",
    kind: str = MoveKind.ADJUSTMENT,
    document_type: str = "",
    document_id: uuid.UUID | None = None,
) -> Changes:
    """Correct stock up (found) or down (damaged, lost, ...) with a reason code."""
    if reason not in ADJUSTMENT_REASONS:
        raise InvalidValue("reason", reason, "unknown")
    session = uow.session
    change = parse_delta(delta)
    the_center = get_center(session, center)
    the_bin = get_bin(session, the_center, bin)
    product = get_product(session, sku)
    if change > 0:
        the_lot = lot_for_receipt(session, product, lot, parse_date(expiry, "expiry"))
    else:
        the_lot = get_lot(session, product, lot)
    balance = ledger.balance_id(session, the_center.id, the_bin.id, product.id, the_lot.id)
    if change > 0:
        ledger.add_on_hand(session, balance, change)
        bins = {"to_bin_id": the_bin.id}
    else:
        if not ledger.take_available(session, balance, -change):
            raise InsufficientStock(sku, the_center.code, -change, _available(uow, balance))
        bins = {"from_bin_id": the_bin.id}
    move = ledger.post_move(
        uow,
        center_id=the_center.id,
        product_id=product.id,
        lot_id=the_lot.id,
        quantity=abs(change),
        kind=kind,
        reason=reason,
        note=note,
        document_type=document_type,
        document_id=document_id,
        **bins,
    )
    return _changes(product, the_center.id, (move,))


@dataclass(frozen=True)
class _Candidate:
    balance_id: uuid.UUID
    available: int


def reserve(
    uow: UnitOfWork,
    *,
    center: str,
    sku: str,
    quantity: object,
    lot: str | None = None,
    bin: str | None = None,
    document_type: str = "",
    document_id: uuid.UUID | None = None,
) -> Changes:
    """Promise units to a document, earliest-expiring lot first (FEFO).

    All or nothing: if the free stock cannot cover the whole quantity, nothing
    is reserved and `InsufficientStock` says how much was free.
    """
    session = uow.session
    qty = parse_quantity(quantity)
    the_center = get_center(session, center)
    product = get_product(session, sku)
    query = (
        select(Balance.id, Balance.on_hand - Balance.reserved, Lot.expiry, Lot.code, Bin.code)
        .join(Lot, Lot.id == Balance.lot_id)
        .join(Bin, Bin.id == Balance.bin_id)
        .where(
            Balance.center_id == the_center.id,
            Balance.product_id == product.id,
            Balance.on_hand > Balance.reserved,
            (Lot.expiry.is_(None)) | (Lot.expiry >= today(uow)),
        )
        # PostgreSQL: lock the candidate rows so a second clerk waits and then
        # sees what is left. SQLite ignores this; BEGIN IMMEDIATE already serialises writers.
        # Locked in id order (as ledger.lock_balances does) so that a concurrent
        # move cannot deadlock with us; FEFO order is applied below, in Python.
        .order_by(Balance.id)
        .with_for_update(of=Balance)
    )
    if lot is not None:
        query = query.where(Lot.code == lot)
    if bin is not None:
        query = query.where(Bin.id == get_bin(session, the_center, bin).id)
    rows = sorted(
        session.execute(query), key=lambda r: (r[2] is None, r[2] or date.max, r[3], r[4])
    )
    candidates = [_Candidate(row[0], row[1]) for row in rows]
    free = sum(c.available for c in candidates)
    if free < qty:
        raise InsufficientStock(sku, the_center.code, qty, free)
    remaining = qty
    created: list[uuid.UUID] = []
    for candidate in candidates:
        take = min(remaining, candidate.available)
        if not ledger.reserve_available(session, candidate.balance_id, take):
            raise InsufficientStock(sku, the_center.code, qty, free - remaining)
        reservation = Reservation(
            created_at=uow.clock(),
            actor=uow.actor,
            center_id=the_center.id,
            balance_id=candidate.balance_id,
            quantity=take,
            document_type=document_type,
            document_id=document_id,
        )
        session.add(reservation)
        session.flush()
        created.append(reservation.id)
        remaining -= take
        if remaining == 0:
            break
    return _changes(product, the_center.id, reservations=tuple(created))


def _open_reservation(uow: UnitOfWork, reservation_id: uuid.UUID) -> Reservation:
    reservation = uow.session.get(Reservation, reservation_id, with_for_update=True)
    if reservation is None:
        raise UnknownReservation(str(reservation_id))
    if reservation.status != ReservationStatus.OPEN:
        raise ReservationClosed(str(reservation_id), reservation.status)
    return reservation


def release(uow: UnitOfWork, reservation_id: uuid.UUID) -> Changes:
    """Give reserved units back to free stock."""
    session = uow.session
    reservation = _open_reservation(uow, reservation_id)
    balance = session.get_one(Balance, reservation.balance_id)
    if not ledger.unreserve(session, balance.id, reservation.quantity, consume=False):
        raise InvalidValue("reservation", str(reservation_id), "balance_mismatch")
    reservation.status = ReservationStatus.RELEASED
    reservation.closed_at = uow.clock()
    session.flush()
    product = session.get_one(Product, balance.product_id)
    return _changes(product, reservation.center_id, reservations=(reservation.id,))


def pick(uow: UnitOfWork, reservation_id: uuid.UUID) -> Changes:
    """Take the reserved units out of their bin: on hand and reserved both drop."""
    session = uow.session
    reservation = _open_reservation(uow, reservation_id)
    balance = session.get_one(Balance, reservation.balance_id)
    product = session.get_one(Product, balance.product_id)
    _refuse_expired(uow, product, session.get_one(Lot, balance.lot_id))
    if not ledger.unreserve(session, balance.id, reservation.quantity, consume=True):
        raise InvalidValue("reservation", str(reservation_id), "balance_mismatch")
    move = ledger.post_move(
        uow,
        center_id=balance.center_id,
        product_id=balance.product_id,
        lot_id=balance.lot_id,
        quantity=reservation.quantity,
        kind=MoveKind.PICK,
        from_bin_id=balance.bin_id,
        document_type=reservation.document_type,
        document_id=reservation.document_id,
    )
    reservation.status = ReservationStatus.PICKED
    reservation.closed_at = uow.clock()
    session.flush()
    return _changes(product, balance.center_id, (move,), (reservation.id,))


def _available(uow: UnitOfWork, balance_id: uuid.UUID) -> int:
    row = uow.session.execute(
        select(Balance.on_hand - Balance.reserved).where(Balance.id == balance_id)
    ).scalar()
    return int(row or 0)
