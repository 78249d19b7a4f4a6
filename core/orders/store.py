"""Database side of order imports: rows to insert, known orders, safe updates.

Split from `orders.py`, which holds the flow; everything here works inside the
caller's unit of work and never commits.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from core.errors import InvalidValue
from core.ids import new_id as _new_id
from core.inventory.catalog import get_center, still_working
from core.inventory.models import Center, Product
from core.orders.importing import values as v
from core.shipping.models import Order, OrderLine, Parcel, ParcelSource, ParcelStatus
from core.uow import UnitOfWork

new_id = _new_id
Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def no_progress(fraction: float, message: str) -> None:
    return None


def never() -> bool:
    return False


LOOKUP_CHUNK = 500  # ids per IN (...) list: far under every database's parameter limit
# A parcel's address may still change until it is packed; its lines only until reserved.
ADDRESS_EDITABLE = {
    ParcelStatus.NEW.value,
    ParcelStatus.BACKORDER.value,
    ParcelStatus.PICKING.value,
}
LINES_EDITABLE = {ParcelStatus.NEW.value, ParcelStatus.BACKORDER.value}
CANCEL_REASONS = {"closed", "refunded"}


def shipping_center(session: Session, code: str | None, *, writing: bool = False) -> Center:
    """The center named, or the only one there is; with several, one must be named.
    `writing`: new work for it (imported orders, arrivals, a handover), refused
    (`Retired`) for a retired center."""
    if code:
        center = get_center(session, code.strip().upper())
    else:
        centers = list(session.scalars(select(Center).limit(2)))
        if len(centers) != 1:
            raise InvalidValue("center", code, "required" if centers else "no_center")
        center = centers[0]
    return still_working(center) if writing else center


_IMPORT_LOCKS = 0x44505449  # "DPTI": our namespace among the server's advisory locks


def take_import_turn(session: Session, kind: str) -> None:
    """Wait until no other transaction is importing `kind` (a channel's orders, arrivals).

    An import reads which orders (or barcodes) are known, then inserts the others.
    Two clerks importing one file at once on PostgreSQL would both find every order
    new, and the second INSERT would hit the unique (channel, order number). Taking
    turns here, the second reads after the first has committed and finds them
    known: "already imported", as on SQLite, where writers take turns anyway
    (BEGIN IMMEDIATE). A transaction-level advisory lock: released by the commit or
    rollback, and no row is locked (the rows involved do not exist yet).
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    key = zlib.crc32(kind.encode()) - 2**31  # into int4's signed range
    session.execute(
        text("SELECT pg_advisory_xact_lock(:space, :key)"), {"space": _IMPORT_LOCKS, "key": key}
    )


def content_hash(record: v.OrderRecord) -> str:
    """What makes two exports of one order "the same" for the clerk."""
    payload = [
        record.status,
        record.recipient,
        record.phone,
        record.address,
        record.amount_fen,
        sorted(
            (line.sku, line.quantity, line.title if not line.sku else "") for line in record.lines
        ),
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Known:
    id: uuid.UUID
    content_hash: str
    status: str
    parcel_id: uuid.UUID | None
    parcel_status: str | None


def known_orders(session: Session, channel: str, external_ids: list[str]) -> dict[str, Known]:
    found: dict[str, Known] = {}
    unique = sorted(set(external_ids))
    for start in range(0, len(unique), LOOKUP_CHUNK):
        chunk = unique[start : start + LOOKUP_CHUNK]
        rows = session.execute(
            select(
                Order.external_id,
                Order.id,
                Order.content_hash,
                Order.status,
                Parcel.id,
                Parcel.status,
            )
            .outerjoin(Parcel, Parcel.order_id == Order.id)
            .where(Order.channel == channel, Order.external_id.in_(chunk))
        )
        for external_id, order_id, digest, status, parcel_id, parcel_status in rows:
            found[external_id] = Known(order_id, digest, status, parcel_id, parcel_status)
    return found


def product_ids(session: Session, skus: Iterable[str]) -> dict[str, uuid.UUID]:
    wanted = sorted({s for s in skus if s})
    found: dict[str, uuid.UUID] = {}
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        rows = session.execute(
            select(Product.sku, Product.id).where(
                Product.sku.in_(wanted[start : start + LOOKUP_CHUNK])
            )
        )
        found.update({sku: pid for sku, pid in rows})
    return found


@dataclass(frozen=True)
class Place:
    township_code: str | None
    village_point_id: uuid.UUID | None
    route: str | None
    confidence: float
    needs_review: bool


class Resolver:
    """The address resolver, asked once per distinct address text of an import."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[str, Place] = {}
        try:
            from core.places.addresses import resolve
        except ModuleNotFoundError as missing:
            if missing.name != "core.places.addresses":
                raise
            # The address side is not installed: every parcel waits for review.
            self._resolve = None
        else:
            self._resolve = resolve

    def __call__(self, address: str) -> Place:
        place = self._cache.get(address)
        if place is None:
            if self._resolve is None:
                place = Place(None, None, None, 0.0, True)
            else:
                found = self._resolve(self._session, address)
                place = Place(
                    found.township_code,
                    found.village_point_id,
                    str(found.route),
                    float(found.confidence),
                    bool(found.needs_review),
                )
            self._cache[address] = place
        return place


def order_row(
    record: v.OrderRecord, order_id: uuid.UUID, channel: str, center_id: uuid.UUID, now: datetime
) -> dict[str, Any]:
    return {
        "id": order_id,
        "center_id": center_id,
        "channel": channel,
        "external_id": record.external_id,
        "status": record.status[:64],
        "buyer": record.buyer,
        "recipient": record.recipient,
        "phone": record.phone,
        "address": record.address,
        "note": record.note,
        "amount_fen": record.amount_fen,
        "ordered_at": record.ordered_at,
        "paid_at": record.paid_at,
        "imported_at": now,
        "content_hash": content_hash(record),
    }


def line_rows(
    record: v.OrderRecord, order_id: uuid.UUID, products: dict[str, uuid.UUID]
) -> list[dict[str, Any]]:
    return [
        {
            "id": new_id(),
            "order_id": order_id,
            "product_id": products.get(line.sku),
            "sku": line.sku,
            "title": line.title,
            "quantity": line.quantity,
            "price_fen": line.price_fen,
        }
        for line in record.lines
    ]


def parcel_row(
    record: v.OrderRecord, order_id: uuid.UUID, center_id: uuid.UUID, place: Place, now: datetime
) -> dict[str, Any]:
    return {
        "id": new_id(),
        "center_id": center_id,
        "source": ParcelSource.ORDER.value,
        "order_id": order_id,
        "carrier": "",
        "carrier_barcode": None,
        "tracking": None,
        "recipient": record.recipient,
        "phone": record.phone,
        "address": record.address,
        **place_columns(place),
        "status": ParcelStatus.NEW.value,
        "weight_g": None,
        "received_at": record.paid_at or record.ordered_at or now,
        "ready_at": None,
        "delivered_at": None,
        "failure_reason": "",
        "created_at": now,
    }


def place_columns(place: Place) -> dict[str, Any]:
    return {
        "township_code": place.township_code,
        "village_point_id": place.village_point_id,
        "route": place.route,
        "match_confidence": place.confidence,
        "needs_review": place.needs_review,
    }


@dataclass(frozen=True)
class Update:
    fields: tuple[str, ...]
    applied: bool
    needs_review: bool


def update_known(
    uow: UnitOfWork, known: Known, record: v.OrderRecord, resolve: Resolver
) -> Update | None:
    """Bring a re-exported order up to date; None when nothing changed."""
    if known.content_hash == content_hash(record):
        return None
    session = uow.session
    order = session.get_one(Order, known.id)
    lines = list(session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)))
    if not any(line.sku for line in record.lines) and any(line.sku for line in lines):
        # The order report alone only summarises the items (宝贝标题, 宝贝总数量); the
        # item report imported before named our SKUs. Keep those lines: replacing them
        # with the summary would leave the order nothing to reserve.
        record = dataclasses.replace(
            record,
            lines=[
                v.LineRecord(line.sku, line.title, line.quantity, line.price_fen) for line in lines
            ],
        )
        if known.content_hash == content_hash(record):
            return None
    fields = [
        f
        for f in ("status", "recipient", "phone", "address", "amount_fen")
        if getattr(order, f) != getattr(record, f)
    ]
    old_lines = sorted((line.sku, line.quantity) for line in lines)
    if old_lines != sorted((line.sku, line.quantity) for line in record.lines):
        fields.append("lines")
    for name in ("status", "amount_fen", "buyer", "note", "paid_at"):
        setattr(order, name, getattr(record, name))
    order.content_hash = content_hash(record)
    parcel = session.get(Parcel, known.parcel_id) if known.parcel_id else None
    applied, review = True, False
    if {"recipient", "phone", "address"} & set(fields):
        if parcel is not None and parcel.status in ADDRESS_EDITABLE:
            order.recipient, order.phone, order.address = (
                record.recipient,
                record.phone,
                record.address,
            )
            parcel.recipient, parcel.phone, parcel.address = (
                record.recipient,
                record.phone,
                record.address,
            )
            place = resolve(record.address)
            for name, value in place_columns(place).items():
                setattr(parcel, name, value)
            review = place.needs_review
        else:
            applied = False
    if "lines" in fields:
        if parcel is not None and parcel.status in LINES_EDITABLE:
            session.execute(delete(OrderLine).where(OrderLine.order_id == order.id))
            products = product_ids(session, (line.sku for line in record.lines))
            for row in line_rows(record, order.id, products):
                session.add(OrderLine(**row))
        else:
            applied = False
    session.flush()
    return Update(tuple(fields) or ("other",), applied, review)


def update_status(uow: UnitOfWork, known: Known, skip: v.Skipped) -> Update | None:
    """A known order now exported as closed, refunded, shipped...: record it, and
    cancel its parcel while no unit of it has left the shelf."""
    if known.status == skip.status:
        return None
    session = uow.session
    order = session.get_one(Order, known.id)
    order.status = skip.status[:64]
    applied = True
    if skip.reason in CANCEL_REASONS and known.parcel_id is not None:
        from core.orders.fulfilment import cancel_parcel  # fulfilment imports this module

        applied = cancel_parcel(uow, known.parcel_id)
    session.flush()
    return Update(("status",), applied, False)
