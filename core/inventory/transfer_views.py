"""Read side of transfers: the list, and one transfer line by line with what was asked,
picked, shipped, arrived, damaged, over and short."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from core.inventory.catalog import get_center
from core.inventory.documents import find_document
from core.inventory.models import Balance, Bin, Center, Lot, Product, Reservation, ReservationStatus
from core.inventory.workflow_models import (
    ArrivalCondition,
    Transfer,
    TransferArrival,
    TransferItem,
    TransferLine,
)


@dataclass
class TransferLineView:
    product_id: uuid.UUID
    sku: str
    name_zh: str
    name_en: str
    requested: int = 0
    picked: int = 0  # reserved at the sending center, not yet dispatched
    shipped: int = 0
    arrived: int = 0  # good
    damaged: int = 0
    over: int = 0
    short: int = 0

    def as_json(self) -> dict[str, object]:
        keys = ("sku", "requested", "picked", "shipped", "arrived", "damaged", "over", "short")
        return {key: getattr(self, key) for key in keys}


@dataclass(frozen=True)
class ArrivalView:
    id: uuid.UUID
    sku: str
    lot: str
    bin: str
    quantity: int
    condition: str
    reason: str


@dataclass(frozen=True)
class TransferView:
    id: uuid.UUID
    number: str
    from_center: str
    to_center: str
    status: str
    created_at: datetime
    note: str
    lines: tuple[TransferLineView, ...]
    arrivals: tuple[ArrivalView, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "from": self.from_center,
            "to": self.to_center,
            "status": self.status,
            "created_at": self.created_at.isoformat(),
            "lines": [line.as_json() for line in self.lines],
        }


def transfer_view(session: Session, reference: object) -> TransferView:
    doc = find_document(session, Transfer, "transfer", reference)
    lines: dict[uuid.UUID, TransferLineView] = {}

    def line(product_id: uuid.UUID) -> TransferLineView:
        if product_id not in lines:
            product = session.get_one(Product, product_id)
            lines[product_id] = TransferLineView(
                product_id, product.sku, product.name_zh, product.name_en
            )
        return lines[product_id]

    for product_id, quantity in session.execute(
        select(TransferLine.product_id, TransferLine.quantity).where(
            TransferLine.transfer_id == doc.id
        )
    ):
        line(product_id).requested = quantity
    for product_id, quantity in session.execute(
        select(Balance.product_id, func.sum(Reservation.quantity))
        .join(Balance, Balance.id == Reservation.balance_id)
        .where(Reservation.document_id == doc.id, Reservation.status == ReservationStatus.OPEN)
        .group_by(Balance.product_id)
    ):
        line(product_id).picked = int(quantity)
    for product_id, shipped, short in session.execute(
        select(
            TransferItem.product_id,
            func.sum(TransferItem.quantity),
            func.sum(TransferItem.short_quantity),
        )
        .where(TransferItem.transfer_id == doc.id)
        .group_by(TransferItem.product_id)
    ):
        line(product_id).shipped = int(shipped)
        line(product_id).short = int(short)
    for product_id, condition, quantity in session.execute(
        select(
            TransferArrival.product_id,
            TransferArrival.condition,
            func.sum(TransferArrival.quantity),
        )
        .where(TransferArrival.transfer_id == doc.id)
        .group_by(TransferArrival.product_id, TransferArrival.condition)
    ):
        attribute = {
            ArrivalCondition.GOOD: "arrived",
            ArrivalCondition.DAMAGED: "damaged",
            ArrivalCondition.OVER: "over",
        }[ArrivalCondition(condition)]
        setattr(line(product_id), attribute, int(quantity))
    arrivals = tuple(
        ArrivalView(*row)
        for row in session.execute(
            select(
                TransferArrival.id,
                Product.sku,
                Lot.code,
                Bin.code,
                TransferArrival.quantity,
                TransferArrival.condition,
                TransferArrival.reason,
            )
            .join(Product, Product.id == TransferArrival.product_id)
            .join(Lot, Lot.id == TransferArrival.lot_id)
            .join(Bin, Bin.id == TransferArrival.bin_id)
            .where(TransferArrival.transfer_id == doc.id)
            .order_by(TransferArrival.created_at, TransferArrival.id)
        )
    )
    centers = {
        row[0]: row[1]
        for row in session.execute(
            select(Center.id, Center.code).where(
                Center.id.in_([doc.from_center_id, doc.to_center_id])
            )
        )
    }
    return TransferView(
        doc.id,
        doc.number,
        centers[doc.from_center_id],
        centers[doc.to_center_id],
        doc.status,
        doc.created_at,
        doc.note,
        tuple(sorted(lines.values(), key=lambda v: v.sku)),
        arrivals,
    )


@dataclass(frozen=True)
class TransferSummary:
    id: uuid.UUID
    number: str
    from_center: str
    to_center: str
    status: str
    created_at: datetime


def list_transfers(
    session: Session, *, center: str | None = None, statuses: tuple[str, ...] = ()
) -> list[TransferSummary]:
    """Transfers from or to `center`, newest first (indexed by center and status)."""
    source, target = aliased(Center), aliased(Center)
    stmt = (
        select(
            Transfer.id,
            Transfer.number,
            source.code,
            target.code,
            Transfer.status,
            Transfer.created_at,
        )
        .join(source, source.id == Transfer.from_center_id)
        .join(target, target.id == Transfer.to_center_id)
        .order_by(Transfer.created_at.desc())
    )
    if center:
        center_id = get_center(session, center).id
        stmt = stmt.where(
            (Transfer.from_center_id == center_id) | (Transfer.to_center_id == center_id)
        )
    if statuses:
        stmt = stmt.where(Transfer.status.in_(statuses))
    return [TransferSummary(*row) for row in session.execute(stmt)]
