"""Records of the order side: import batches, saved column mappings, pick lists, packing.

Kept apart from `core.shipping.models` (shared with the address side) so each
side's schema changes stay in its own migration branch.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.ids import new_id
from core.storage.base import Base


class OrderImport(Base):
    """One committed import of a file: what came in, from which file (by content hash).

    Written in the same transaction as the orders it created, so a crash either
    leaves both or neither (docs/field-facts.md, "Idempotency key").
    """

    __tablename__ = "order_import"
    __table_args__ = (Index("ix_order_import_sha256", "file_sha256"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    kind: Mapped[str] = mapped_column(String(16))  # orders | arrivals
    channel: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    changed: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)


class SavedMapping(Base):
    """A column mapping the clerk saved by name: JSON {field: header}."""

    __tablename__ = "column_mapping"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # orders | arrivals
    channel: Mapped[str] = mapped_column(String(32))
    columns_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


class PickList(Base):
    """A batch of one center's reserved parcels, picked together, walked by bin."""

    __tablename__ = "pick_list"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


class PickListParcel(Base):
    """A parcel on a pick list; a parcel is on at most one list."""

    __tablename__ = "pick_list_parcel"

    parcel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parcel.id"), primary_key=True)
    pick_list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pick_list.id"), index=True)


class PackedLine(Base):
    """How many units of an order line the packer scanned into its parcel."""

    __tablename__ = "packed_line"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity"),)

    order_line_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sales_order_line.id"), primary_key=True
    )
    quantity: Mapped[int] = mapped_column(Integer)
