"""Transfers between centers: create, pick by scan, dispatch, receive by scan.

    open ──pick (reservations)──▶ dispatch ──▶ dispatched (in transit) ──arrivals──▶ received

- Picking reserves the scanned units in the scanned bin (FEFO among that bin's
  lots), so nobody else can take them before the truck leaves. A product not on
  the transfer, more than was asked for, or an expired lot is refused.
- Dispatch turns the reservations into `transfer` moves out of the sending
  center's bins. From then on the units are in transit: counted in
  `TransferItem`, in no bin, shown at the receiving center as `in_transit`.
- Receiving saves each scanned arrival at once. Nothing more than was sent is
  accepted unless recorded as condition "over" with a reason (an extra box the
  sender forgot to list is real stock, but someone must say why it is there).
  Damaged units are booked in and at once adjusted out as `damaged`, so the
  stock card shows both. Ending the receipt books every arrival into its bin in
  one transaction; units sent but not arrived are recorded as short with a
  reason (required), and stay out of every center's stock.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import InsufficientStock, InvalidValue, LotExpired, UnknownLot
from core.ids import new_id
from core.inventory import ledger, services, stock_summary
from core.inventory.catalog import get_bin, get_lot, working_bin, working_center
from core.inventory.documents import Saved, advance_status, find_document, require_status
from core.inventory.models import (
    Balance,
    Bin,
    Center,
    Lot,
    MoveKind,
    Product,
    Reservation,
    ReservationStatus,
)
from core.inventory.scanning import bin_code, product_and_lot
from core.inventory.stock_summary import (  # noqa: F401  (its home is the summary's module)
    in_transit_statement as in_transit_statement,
)
from core.inventory.workflow_errors import (
    EmptyDocument,
    LotRequired,
    OverPick,
    OverReceipt,
    SameCenter,
    ShortNeedsReason,
    WrongItem,
)
from core.inventory.workflow_models import (
    ArrivalCondition,
    Transfer,
    TransferArrival,
    TransferItem,
    TransferLine,
    TransferStatus,
    document_number,
)
from core.text_limits import checked_text
from core.uow import UnitOfWork
from core.validation import parse_quantity

KIND = "transfer"


def _find(session: Session, reference: object) -> Transfer:
    found: Transfer = find_document(session, Transfer, KIND, reference)
    return found


def create_transfer(
    uow: UnitOfWork,
    *,
    from_center: str,
    to_center: str,
    lines: Iterable[tuple[str, object]] = (),
    note: str = "",
) -> Saved:
    """A new open transfer; `lines` are (product code, quantity) pairs, merged per product."""
    session = uow.session
    source = working_center(session, from_center)
    target = working_center(session, to_center)
    if source.id == target.id:
        raise SameCenter(source.code)
    transfer_id = new_id()
    transfer = Transfer(
        id=transfer_id,
        number=document_number("TR", transfer_id),
        from_center_id=source.id,
        to_center_id=target.id,
        note=checked_text(note.strip(), Transfer.note),
        created_at=uow.clock(),
        created_by=uow.actor,
    )
    session.add(transfer)
    session.flush()
    for code, quantity in lines:
        _add_line(session, transfer, code, parse_quantity(quantity))
    return Saved(transfer.id, transfer.number)


def _add_line(session: Session, transfer: Transfer, code: str, quantity: int) -> TransferLine:
    product, _lot = product_and_lot(session, code)
    line = session.scalar(
        select(TransferLine).where(
            TransferLine.transfer_id == transfer.id, TransferLine.product_id == product.id
        )
    )
    if line is None:
        line = TransferLine(transfer_id=transfer.id, product_id=product.id, quantity=quantity)
        session.add(line)
    else:
        line.quantity = parse_quantity(line.quantity + quantity)
    session.flush()
    return line


def add_transfer_line(uow: UnitOfWork, transfer: object, *, code: str, quantity: object) -> Saved:
    doc = _find(uow.session, transfer)
    require_status(KIND, doc, TransferStatus.OPEN)
    line = _add_line(uow.session, doc, code, parse_quantity(quantity))
    return Saved(doc.id, doc.number, line.id)


def _picked(session: Session, transfer_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Units picked (open reservations) per product."""
    rows = session.execute(
        select(Balance.product_id, func.sum(Reservation.quantity))
        .join(Balance, Balance.id == Reservation.balance_id)
        .where(Reservation.document_id == transfer_id, Reservation.status == ReservationStatus.OPEN)
        .group_by(Balance.product_id)
    )
    return {product_id: int(total) for product_id, total in rows}


def pick(
    uow: UnitOfWork,
    transfer: object,
    *,
    code: str,
    bin: str,
    quantity: object = 1,
    lot: str | None = None,
) -> Saved:
    """Pick scanned units from a bin at the sending center. Wrong item, over-pick and
    expired lots are refused with typed errors; nothing is saved then."""
    session = uow.session
    doc = _find(session, transfer)
    require_status(KIND, doc, TransferStatus.OPEN)
    center = session.get_one(Center, doc.from_center_id)
    product, lot_code = product_and_lot(session, code, lot)
    line = session.scalar(
        select(TransferLine).where(
            TransferLine.transfer_id == doc.id, TransferLine.product_id == product.id
        )
    )
    if line is None:
        raise WrongItem(doc.number, product.sku)
    qty = parse_quantity(quantity)
    picked = _picked(session, doc.id).get(product.id, 0)
    if picked + qty > line.quantity:
        raise OverPick(doc.number, product.sku, line.quantity, picked, qty)
    the_bin = get_bin(session, center, bin_code(session, center.code, bin))
    if lot_code is not None:
        the_lot = get_lot(session, product, lot_code)
        if the_lot.expiry is not None and the_lot.expiry < services.today(uow):
            raise LotExpired(product.sku, the_lot.code, the_lot.expiry)
    try:
        changes = services.reserve(
            uow,
            center=center.code,
            sku=product.sku,
            quantity=qty,
            lot=lot_code,
            bin=the_bin.code,
            document_type=KIND,
            document_id=doc.id,
        )
    except InsufficientStock:
        _raise_if_only_expired(uow, the_bin, product)
        raise
    return Saved(doc.id, doc.number, changes.reservation_ids[0], changes)


def _raise_if_only_expired(uow: UnitOfWork, the_bin: Bin, product: Product) -> None:
    """A product scan that found no fresh stock in the bin but expired stock: say "expired"."""
    expired = uow.session.execute(
        select(Lot.code, Lot.expiry)
        .join(Balance, Balance.lot_id == Lot.id)
        .where(
            Balance.bin_id == the_bin.id,
            Balance.product_id == product.id,
            Balance.on_hand > Balance.reserved,
            Lot.expiry < services.today(uow),
        )
        .order_by(Lot.expiry)
        .limit(1)
    ).first()
    if expired is not None and expired[1] is not None:
        raise LotExpired(product.sku, expired[0], expired[1])


def unpick(uow: UnitOfWork, transfer: object, *, code: str) -> Saved:
    """Put back every unit picked of one product (a mistaken scan, an expired lot found later)."""
    session = uow.session
    doc = _find(session, transfer)
    require_status(KIND, doc, TransferStatus.OPEN)
    product, _lot = product_and_lot(session, code)
    return Saved(doc.id, doc.number, changes=_release(uow, doc, product.id))


def _release(uow: UnitOfWork, doc: Transfer, product_id: uuid.UUID | None = None) -> Changes:
    stmt = (
        select(Reservation.id)
        .join(Balance, Balance.id == Reservation.balance_id)
        .where(Reservation.document_id == doc.id, Reservation.status == ReservationStatus.OPEN)
    )
    if product_id is not None:
        stmt = stmt.where(Balance.product_id == product_id)
    reservation_ids = list(uow.session.scalars(stmt))
    # One id-order sweep over their balances first, as every multi-row change does.
    ledger.lock_balances(
        uow.session, select(Reservation.balance_id).where(Reservation.id.in_(reservation_ids))
    )
    changes = Changes()
    for reservation_id in reservation_ids:
        changes |= services.release(uow, reservation_id)
    return changes


def cancel_transfer(uow: UnitOfWork, transfer: object) -> Saved:
    """Cancel an open transfer and free what was picked. Dispatched goods must be received."""
    doc = _find(uow.session, transfer)
    require_status(KIND, doc, TransferStatus.OPEN)
    changes = _release(uow, doc)
    advance_status(uow.session, Transfer, KIND, doc, TransferStatus.OPEN, TransferStatus.CANCELLED)
    return Saved(doc.id, doc.number, changes=changes)


def dispatch(uow: UnitOfWork, transfer: object) -> Saved:
    """The picked units leave the sending center's bins and are in transit."""
    session = uow.session
    doc = _find(session, transfer)
    require_status(KIND, doc, TransferStatus.OPEN)
    picks = list(
        session.execute(
            select(Reservation, Balance, Lot, Product.sku)
            .join(Balance, Balance.id == Reservation.balance_id)
            .join(Lot, Lot.id == Balance.lot_id)
            .join(Product, Product.id == Balance.product_id)
            .where(Reservation.document_id == doc.id, Reservation.status == ReservationStatus.OPEN)
            .order_by(Reservation.created_at, Reservation.id)
        ).all()
    )
    if not picks:
        raise EmptyDocument(KIND, doc.number)
    today = services.today(uow)
    for _res, _bal, lot, sku in picks:  # a lot may have expired since it was picked
        if lot.expiry is not None and lot.expiry < today:
            raise LotExpired(sku, lot.code, lot.expiry)
    advance_status(
        session,
        Transfer,
        KIND,
        doc,
        TransferStatus.OPEN,
        TransferStatus.DISPATCHED,
        dispatched_at=uow.clock(),
        dispatched_by=uow.actor,
    )
    # Taken in pick order, two transfers picked in different orders would deadlock.
    ledger.lock_balances(session, [balance.id for _res, balance, _lot, _sku in picks])
    shipped: dict[tuple[uuid.UUID, uuid.UUID], int] = defaultdict(int)
    moves: list[uuid.UUID] = []
    for reservation, balance, lot, _sku in picks:
        if not ledger.unreserve(session, balance.id, reservation.quantity, consume=True):
            raise InvalidValue("reservation", str(reservation.id), "balance_mismatch")
        moves.append(
            ledger.post_move(
                uow,
                center_id=doc.from_center_id,
                product_id=balance.product_id,
                lot_id=lot.id,
                quantity=reservation.quantity,
                kind=MoveKind.TRANSFER,
                from_bin_id=balance.bin_id,
                document_type=KIND,
                document_id=doc.id,
            )
        )
        reservation.status = ReservationStatus.PICKED
        reservation.closed_at = uow.clock()
        shipped[(balance.product_id, lot.id)] += reservation.quantity
    for (product_id, lot_id), quantity in shipped.items():
        session.add(
            TransferItem(
                transfer_id=doc.id, product_id=product_id, lot_id=lot_id, quantity=quantity
            )
        )
    session.flush()
    # In transit now, shown at the receiving center.
    stock_summary.touch(session, [(doc.to_center_id, p, lot) for p, lot in shipped])
    changes = Changes(
        stock=True,
        products=frozenset(p for p, _l in shipped),
        centers=frozenset({doc.from_center_id, doc.to_center_id}),
        move_ids=tuple(moves),
    )
    return Saved(doc.id, doc.number, changes=changes)


def _arrived(session: Session, transfer_id: uuid.UUID) -> dict[tuple[uuid.UUID, uuid.UUID], int]:
    """Units arrived good or damaged per (product, lot): what counts against what was sent."""
    rows = session.execute(
        select(
            TransferArrival.product_id, TransferArrival.lot_id, func.sum(TransferArrival.quantity)
        )
        .where(
            TransferArrival.transfer_id == transfer_id,
            TransferArrival.condition != ArrivalCondition.OVER,
        )
        .group_by(TransferArrival.product_id, TransferArrival.lot_id)
    )
    return {(p, lot): int(n) for p, lot, n in rows}


def record_arrival(
    uow: UnitOfWork,
    transfer: object,
    *,
    code: str,
    bin: str,
    quantity: object = 1,
    lot: str | None = None,
    condition: str = ArrivalCondition.GOOD,
    reason: str = "",
) -> Saved:
    """Save one scanned arrival at the receiving center (booked when receiving ends)."""
    session = uow.session
    doc = _find(session, transfer)
    require_status(KIND, doc, TransferStatus.DISPATCHED)
    if condition not in {c.value for c in ArrivalCondition}:
        raise InvalidValue("condition", condition, "unknown")
    reason = checked_text(reason.strip(), TransferArrival.reason)
    if condition != ArrivalCondition.GOOD and not reason:
        raise InvalidValue("reason", reason, "required")
    qty = parse_quantity(quantity)
    center = session.get_one(Center, doc.to_center_id)
    the_bin = working_bin(session, center, bin_code(session, center.code, bin))
    product, lot_code = product_and_lot(session, code, lot)
    items = {
        row.lot_id: row
        for row in session.scalars(
            select(TransferItem).where(
                TransferItem.transfer_id == doc.id, TransferItem.product_id == product.id
            )
        )
    }
    if not items and condition != ArrivalCondition.OVER:
        raise WrongItem(doc.number, product.sku)
    arrived = _arrived(session, doc.id)
    if lot_code is not None:
        the_lot = get_lot(session, product, lot_code)
    else:
        the_lot = _lot_of_product_scan(session, doc, product, items, arrived, the_bin)
    if condition != ArrivalCondition.OVER:
        sent = items[the_lot.id].quantity if the_lot.id in items else 0
        so_far = arrived.get((product.id, the_lot.id), 0)
        if so_far + qty > sent:
            raise OverReceipt(doc.number, product.sku, the_lot.code, sent, so_far, qty)
    arrival = TransferArrival(
        transfer_id=doc.id,
        created_at=uow.clock(),
        actor=uow.actor,
        product_id=product.id,
        lot_id=the_lot.id,
        bin_id=the_bin.id,
        quantity=qty,
        condition=condition,
        reason=reason,
    )
    session.add(arrival)
    session.flush()
    return Saved(doc.id, doc.number, arrival.id)


def _lot_of_product_scan(
    session: Session,
    doc: Transfer,
    product: Product,
    items: dict[uuid.UUID, TransferItem],
    arrived: dict[tuple[uuid.UUID, uuid.UUID], int],
    the_bin: Bin,
) -> Lot:
    """The lot a bare product scan means: the one shipped lot still expected, else ask for
    the lot label rather than guess between lots with different expiry dates."""
    waiting = [
        lot_id
        for lot_id, item in items.items()
        if item.quantity > arrived.get((product.id, lot_id), 0)
    ]
    if len(waiting) == 1:
        return session.get_one(Lot, waiting[0])
    if not waiting and len(items) == 1:
        return session.get_one(Lot, next(iter(items)))
    if not items and not product.tracks_expiry:
        plain = session.scalar(select(Lot).where(Lot.product_id == product.id, Lot.code == ""))
        if plain is not None:
            return plain
        raise UnknownLot(product.sku, "")
    raise LotRequired(product.sku, the_bin.code)


def arrive_everything_expected(uow: UnitOfWork, transfer: object, *, bin: str) -> Saved:
    """Record every unit still expected as arrived good in one bin (a transfer checked by
    count rather than scanned unit by unit)."""
    session = uow.session
    doc = _find(session, transfer)
    require_status(KIND, doc, TransferStatus.DISPATCHED)
    arrived = _arrived(session, doc.id)
    rows = session.execute(
        select(TransferItem, Product.sku, Lot.code)
        .join(Product, Product.id == TransferItem.product_id)
        .join(Lot, Lot.id == TransferItem.lot_id)
        .where(TransferItem.transfer_id == doc.id)
    ).all()
    for item, sku, lot in rows:
        waiting = item.quantity - arrived.get((item.product_id, item.lot_id), 0)
        if waiting > 0:
            record_arrival(uow, doc.id, code=sku, lot=lot, bin=bin, quantity=waiting)
    return Saved(doc.id, doc.number)


def finish_receiving(uow: UnitOfWork, transfer: object, *, short_reason: str = "") -> Saved:
    """Book every arrival into its bin; record what did not arrive as short, with a reason."""
    session = uow.session
    doc = _find(session, transfer)
    require_status(KIND, doc, TransferStatus.DISPATCHED)
    items = list(
        session.execute(
            select(TransferItem, Product.sku, Lot.code)
            .join(Product, Product.id == TransferItem.product_id)
            .join(Lot, Lot.id == TransferItem.lot_id)
            .where(TransferItem.transfer_id == doc.id)
        ).all()
    )
    arrived = _arrived(session, doc.id)
    short = [
        (item, sku, lot, item.quantity - arrived.get((item.product_id, item.lot_id), 0))
        for item, sku, lot in items
    ]
    short = [entry for entry in short if entry[3] > 0]
    short_reason = checked_text(short_reason.strip(), TransferItem.short_reason, "short_reason")
    if short and not short_reason:
        raise ShortNeedsReason(doc.number, tuple((sku, lot, n) for _i, sku, lot, n in short))
    advance_status(
        session,
        Transfer,
        KIND,
        doc,
        TransferStatus.DISPATCHED,
        TransferStatus.RECEIVED,
        received_at=uow.clock(),
        received_by=uow.actor,
    )
    for item, _sku, _lot, missing in short:
        item.short_quantity = missing
        item.short_reason = short_reason
    # Received: nothing of this transfer is in transit any more (short units are lost).
    stock_summary.touch(
        session, [(doc.to_center_id, item.product_id, item.lot_id) for item, _sku, _lot in items]
    )
    moves: list[uuid.UUID] = []
    products: set[uuid.UUID] = set()
    arrivals = session.scalars(
        select(TransferArrival)
        .where(TransferArrival.transfer_id == doc.id)
        .order_by(TransferArrival.created_at, TransferArrival.id)
    )
    booked = _balances_of_arrivals(session, doc, list(arrivals))
    for arrival, balance in booked:
        products.add(arrival.product_id)
        moves.extend(_book_arrival(uow, doc, arrival, balance))
    session.flush()
    changes = Changes(
        stock=True,
        products=frozenset(products),
        centers=frozenset({doc.to_center_id}),
        move_ids=tuple(moves),
    )
    return Saved(doc.id, doc.number, changes=changes)


def _balances_of_arrivals(
    session: Session, doc: Transfer, arrivals: list[TransferArrival]
) -> list[tuple[TransferArrival, uuid.UUID]]:
    """Each arrival (in scan order) with its balance row, the rows made in key order and
    locked in one id-order sweep: booked in scan order, two transfers scanned in different
    orders would deadlock."""
    keys = sorted({(a.product_id, a.lot_id, a.bin_id) for a in arrivals})
    balances = {
        key: ledger.balance_id(session, doc.to_center_id, key[2], key[0], key[1]) for key in keys
    }
    ledger.lock_balances(session, balances.values())
    return [(a, balances[(a.product_id, a.lot_id, a.bin_id)]) for a in arrivals]


def _book_arrival(
    uow: UnitOfWork, doc: Transfer, arrival: TransferArrival, balance: uuid.UUID
) -> list[uuid.UUID]:
    session = uow.session
    key = {
        "center_id": doc.to_center_id,
        "product_id": arrival.product_id,
        "lot_id": arrival.lot_id,
    }
    ledger.add_on_hand(session, balance, arrival.quantity)
    over = arrival.condition == ArrivalCondition.OVER
    moves = [
        ledger.post_move(
            uow,
            **key,
            quantity=arrival.quantity,
            kind=MoveKind.TRANSFER,
            to_bin_id=arrival.bin_id,
            reason="over" if over else "",
            note=arrival.reason if over else "",
            document_type=KIND,
            document_id=doc.id,
        )
    ]
    if arrival.condition == ArrivalCondition.DAMAGED:
        if not ledger.take_available(session, balance, arrival.quantity):
            raise InvalidValue("arrival", str(arrival.id), "balance_mismatch")
        moves.append(
            ledger.post_move(
                uow,
                **key,
                quantity=arrival.quantity,
                kind=MoveKind.ADJUSTMENT,
                from_bin_id=arrival.bin_id,
                reason="damaged",
                note=arrival.reason,
                document_type=KIND,
                document_id=doc.id,
            )
        )
    return moves
