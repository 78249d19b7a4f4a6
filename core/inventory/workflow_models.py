"""Documents of the scan-first workflows: receipts, transfers between centers, cycle counts.

Every document is saved line by line as the clerk scans (one short transaction
per line), so a crash or a closed window loses nothing; posting turns the lines
into ledger moves in one transaction. A document's status only moves forward,
through a conditional UPDATE, so two clerks (or a retry after a crash) can never
post the same document twice.

Each document names the center that owns it: a receipt and a count the center
they happen at, a transfer its sending center.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.ids import new_id
from core.inventory.models import Lot
from core.storage.base import Base, one_of


def document_number(prefix: str, document_id: uuid.UUID) -> str:
    """A short number a clerk can read out and type: prefix and the id's random tail.

    The tail of a UUIDv7 is random (the head is the time), so numbers made at
    different centers at the same moment still differ; a UNIQUE constraint is the backstop.
    """
    return f"{prefix}-{document_id.hex[-10:].upper()}"


class ReceiptStatus(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    CANCELLED = "cancelled"


class Receipt(Base):
    """Goods coming in from a producer or cooperative, filled line by line."""

    __tablename__ = "receipt"
    __table_args__ = (
        CheckConstraint(one_of("status", ReceiptStatus), name="status"),
        Index("ix_receipt_center_status", "center_id", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    supplier: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(16), default=ReceiptStatus.DRAFT.value)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    posted_at: Mapped[datetime | None]
    posted_by: Mapped[str] = mapped_column(String(64), default="")


class ReceiptLine(Base):
    """One scanned or typed line. Lot and expiry are kept as typed until posting creates the lot."""

    __tablename__ = "receipt_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        Index("ix_receipt_line_receipt", "receipt_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("receipt.id"))
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    bin_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bin.id"))
    lot_code: Mapped[str] = mapped_column(String(64), default="")
    expiry: Mapped[date | None] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer)


class TransferStatus(StrEnum):
    OPEN = "open"  # created, being picked (picks are reservations at the sending center)
    DISPATCHED = "dispatched"  # left the sending center: in transit, owned by neither bin
    RECEIVED = "received"  # booked into bins at the receiving center
    CANCELLED = "cancelled"


class Transfer(Base):
    __tablename__ = "transfer"
    __table_args__ = (
        CheckConstraint(one_of("status", TransferStatus), name="status"),
        CheckConstraint("from_center_id <> to_center_id", name="distinct_centers"),
        Index("ix_transfer_to_status", "to_center_id", "status"),
        Index("ix_transfer_from_status", "from_center_id", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    from_center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    to_center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    status: Mapped[str] = mapped_column(String(16), default=TransferStatus.OPEN.value)
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    dispatched_at: Mapped[datetime | None]
    dispatched_by: Mapped[str] = mapped_column(String(64), default="")
    received_at: Mapped[datetime | None]
    received_by: Mapped[str] = mapped_column(String(64), default="")


class TransferLine(Base):
    """What the receiving center asked for: a product and a quantity (lots are picked later)."""

    __tablename__ = "transfer_line"
    __table_args__ = (
        UniqueConstraint("transfer_id", "product_id"),
        CheckConstraint("quantity > 0", name="quantity"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfer.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[int] = mapped_column(Integer)


class TransferItem(Base):
    """What was dispatched per product and lot: the in-transit stock while the transfer is
    dispatched, and the shipped quantity receiving is checked against afterwards."""

    __tablename__ = "transfer_item"
    __table_args__ = (
        UniqueConstraint("transfer_id", "product_id", "lot_id"),
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("short_quantity >= 0 AND short_quantity <= quantity", name="short"),
        Index("ix_transfer_item_product", "product_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfer.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    short_quantity: Mapped[int] = mapped_column(Integer, default=0)
    short_reason: Mapped[str] = mapped_column(String(200), default="")


class ArrivalCondition(StrEnum):
    GOOD = "good"
    DAMAGED = "damaged"  # booked in, then adjusted out as damaged: the stock card shows both
    OVER = "over"  # more than was sent; only accepted with a reason


class TransferArrival(Base):
    """One line scanned while receiving a transfer; saved at once, booked when receiving ends."""

    __tablename__ = "transfer_arrival"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint(one_of("condition", ArrivalCondition), name="condition"),
        CheckConstraint("condition = 'good' OR reason <> ''", name="reason_given"),
        Index("ix_transfer_arrival_transfer", "transfer_id", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfer.id"))
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"))
    bin_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bin.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    condition: Mapped[str] = mapped_column(String(16), default=ArrivalCondition.GOOD.value)
    reason: Mapped[str] = mapped_column(String(200), default="")


class CountStatus(StrEnum):
    COUNTING = "counting"
    REVIEW = "review"  # counting closed, variances shown to a supervisor
    APPROVED = "approved"  # adjustments posted
    CANCELLED = "cancelled"


class StockCount(Base):
    """A cycle count of one bin or of every bin in a zone."""

    __tablename__ = "stock_count"
    __table_args__ = (
        CheckConstraint(one_of("status", CountStatus), name="status"),
        CheckConstraint("bin_id IS NOT NULL OR zone <> ''", name="has_scope"),
        Index("ix_stock_count_center_status", "center_id", "status"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    bin_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bin.id"))
    zone: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(16), default=CountStatus.COUNTING.value)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    # When counting closed and what was on hand was copied to `count_expected`; None
    # for a count still counting, or closed before the copy was kept (migration 0220).
    expected_at: Mapped[datetime | None]


class CountExpected(Base):
    """Units on hand of one product and lot in one bin when counting closed.

    Review and approval compare the count with this, not with today's on-hand: a move
    between closing and approving (a pick, an adjustment) stays applied instead of
    being counted back.
    """

    __tablename__ = "count_expected"
    __table_args__ = (
        UniqueConstraint("count_id", "bin_id", "product_id", "lot_id"),
        CheckConstraint("quantity >= 0", name="quantity"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    count_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_count.id"))
    bin_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bin.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"))
    quantity: Mapped[int] = mapped_column(Integer)


class CountLine(Base):
    """Units counted of one product and lot in one bin; scans add to it."""

    __tablename__ = "count_line"
    __table_args__ = (
        UniqueConstraint("count_id", "bin_id", "product_id", "lot_id"),
        CheckConstraint("quantity >= 0", name="quantity"),
        Index("ix_count_line_product", "product_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    count_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stock_count.id"))
    bin_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bin.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


# Indexes on foundation tables that only these workflows need (created by migration 0200).
# "Expiring within N days" starts from the lots, not from every balance.
Index("ix_lot_expiry", Lot.__table__.c.expiry)
