"""Stock data: centers, bins, products, lots, the append-only move ledger and balances.

Balances are a cache of the ledger kept in the same transaction as each move;
the CHECK constraints make the database itself refuse negative stock or
double reservation, whatever the Python code above it does.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.ids import new_id
from core.storage.base import Base, one_of


class Category(StrEnum):
    LIVESTOCK = "livestock"
    SPECIALTY = "specialty"
    HANDICRAFT = "handicraft"
    GENERAL = "general"


class MoveKind(StrEnum):
    RECEIPT = "receipt"
    PUTAWAY = "putaway"
    TRANSFER = "transfer"
    PICK = "pick"
    ADJUSTMENT = "adjustment"
    COUNT = "count"


class ReservationStatus(StrEnum):
    OPEN = "open"
    PICKED = "picked"
    RELEASED = "released"


class Center(Base):
    __tablename__ = "center"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_bo: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(100), default="")
    county_code: Mapped[str | None] = mapped_column(String(6))
    # Demo centers placed in counties we have not confirmed say so on screen.
    illustrative: Mapped[bool] = mapped_column(Boolean, default=False)
    # The sender block on labels (migration 0700).
    address: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(32), default="", server_default="")
    # A center that has stock, moves or documents is never deleted, only retired.
    retired_at: Mapped[datetime | None]


class Bin(Base):
    __tablename__ = "bin"
    __table_args__ = (UniqueConstraint("center_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    code: Mapped[str] = mapped_column(String(32))
    zone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Product(Base):
    __tablename__ = "product"
    __table_args__ = (
        CheckConstraint(one_of("category", Category), name="category"),
        CheckConstraint("weight_g >= 0", name="weight"),
        CheckConstraint("abc_class IN ('A', 'B', 'C')", name="abc_class"),
        CheckConstraint("shelf_life_days > 0", name="shelf_life"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    name_zh: Mapped[str] = mapped_column(String(200))
    name_bo: Mapped[str] = mapped_column(String(400), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(16), default=Category.GENERAL.value)
    # Stock is counted in whole units of `unit` (piece, pack 250 g, box of 10):
    # goods sold by weight are packed before they are stocked.
    unit: Mapped[str] = mapped_column(String(32), default="piece")
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    tracks_expiry: Mapped[bool] = mapped_column(Boolean, default=False)
    # Days from receipt to expiry: proposes a lot's expiry on receipt (migration 0700).
    shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    # `barcode` is an internal code (GS1 restricted range) the app gave a product sold
    # without one, printed on its label; a real EAN-13 typed later replaces it.
    internal_barcode: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A SKU in use is never deleted, only retired.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # The center whose clerks edit it: every product has one (migration 0710).
    owner_center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    # Cycle-count class: A (fast movers, counted most often), B, C. Added by migration 0200.
    abc_class: Mapped[str] = mapped_column(String(1), default="C", server_default="C")


class ProductCenter(Base):
    """Per-center settings of a product (reorder point)."""

    __tablename__ = "product_center"
    __table_args__ = (CheckConstraint("reorder_point >= 0", name="reorder_point"),)

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"), primary_key=True)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"), primary_key=True)
    reorder_point: Mapped[int] = mapped_column(Integer, default=0)


class Lot(Base):
    """A lot of one product. Code '' is the product's single "no lot" lot, so that
    every balance row has a lot and the unique key never contains a NULL."""

    __tablename__ = "lot"
    __table_args__ = (UniqueConstraint("product_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    code: Mapped[str] = mapped_column(String(64), default="")
    expiry: Mapped[date | None] = mapped_column(Date)


class Move(Base):
    """One append-only line of the stock ledger. Never updated, never deleted."""

    __tablename__ = "move"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint(one_of("kind", MoveKind), name="kind"),
        CheckConstraint("from_bin_id IS NOT NULL OR to_bin_id IS NOT NULL", name="has_bin"),
        CheckConstraint(
            "from_bin_id IS NULL OR to_bin_id IS NULL OR from_bin_id <> to_bin_id",
            name="distinct_bins",
        ),
        Index("ix_move_product_time", "product_id", "created_at"),
        Index("ix_move_center_time", "center_id", "created_at"),
        Index("ix_move_document", "document_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    from_bin_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bin.id"))
    to_bin_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("bin.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    document_type: Mapped[str] = mapped_column(String(32), default="")
    document_id: Mapped[uuid.UUID | None]


class Balance(Base):
    """On hand and reserved per bin, product and lot; owned by the bin's center."""

    __tablename__ = "balance"
    __table_args__ = (
        UniqueConstraint("bin_id", "product_id", "lot_id"),
        CheckConstraint("on_hand >= 0", name="on_hand"),
        CheckConstraint("reserved >= 0", name="reserved"),
        CheckConstraint("reserved <= on_hand", name="reserved_le_on_hand"),
        Index("ix_balance_center_product", "center_id", "product_id"),
        Index("ix_balance_product", "product_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    bin_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("bin.id"))
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"))
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"))
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)


class Reservation(Base):
    """Units of one balance promised to a document (an order, a transfer)."""

    __tablename__ = "reservation"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint(one_of("status", ReservationStatus), name="status"),
        Index("ix_reservation_document", "document_id"),
        Index("ix_reservation_balance", "balance_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    balance_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("balance.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=ReservationStatus.OPEN.value)
    document_type: Mapped[str] = mapped_column(String(32), default="")
    document_id: Mapped[uuid.UUID | None]
    closed_at: Mapped[datetime | None]


# Codes sort byte by byte on both databases (PostgreSQL's default collation would
# ignore dashes and case), so keyset paging and the UI's own ordering agree with SQL.
def _code(length: int) -> String:
    return String(length).with_variant(String(length, collation="C"), "postgresql")


# Lots without an expiry date sort after every dated lot (as FEFO takes them).
NO_EXPIRY = date(9999, 12, 31)
# The rows the stock table shows. Written as SQL text so that SQLite recognises the
# queries' condition as the partial index's own (a bound `0` would not match).
SHOWN = "on_hand > 0 OR in_transit > 0"


class StockSummary(Base):
    """Stock per center, product and lot: balances summed over bins plus units in transit.

    A cache of `balance` and of dispatched `transfer_item`s, recomputed for the keys a
    transaction touched when it commits (`core.inventory.stock_summary`), so the stock
    table pages through an index instead of grouping every balance. Center code, SKU,
    lot code and expiry are copied in as sort keys: the index below is the table's order.
    """

    __tablename__ = "stock_summary"
    __table_args__ = (
        CheckConstraint("on_hand >= 0", name="on_hand"),
        CheckConstraint("reserved >= 0", name="reserved"),
        CheckConstraint("reserved <= on_hand", name="reserved_le_on_hand"),
        CheckConstraint("in_transit >= 0", name="in_transit"),
        Index(
            "ix_stock_summary_shown",
            "center_code",
            "sku",
            "expiry_key",
            "lot_code",
            sqlite_where=text(SHOWN),
            postgresql_where=text(SHOWN),
        ),
        Index("ix_stock_summary_product", "product_id"),
    )

    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"), primary_key=True)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("product.id"), primary_key=True)
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"), primary_key=True)
    center_code: Mapped[str] = mapped_column(_code(16))
    sku: Mapped[str] = mapped_column(_code(64))
    expiry_key: Mapped[date] = mapped_column(Date)
    lot_code: Mapped[str] = mapped_column(_code(64))
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    in_transit: Mapped[int] = mapped_column(Integer, default=0)
