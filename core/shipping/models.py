"""Places, orders and parcels.

Places: the national administrative divisions down to township (gazetteer data
shipped with the app) and the county's own village service points. Orders come
from marketplace exports or manual entry; a parcel is what physically travels:
one per shipped order, or one per carrier parcel that arrives for a resident.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.ids import new_id
from core.storage.base import MONEY, Base, one_of


class DivisionLevel(StrEnum):
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    TOWNSHIP = "township"


class Route(StrEnum):
    TOWNSHIP = "township"  # on a township run from the center
    POSTAL = "postal"  # outside the served area: handed to the postal service


class ParcelSource(StrEnum):
    ORDER = "order"  # our own online store's order, picked and packed here
    ARRIVAL = "arrival"  # bought online by a resident, arrived from a carrier


class ParcelStatus(StrEnum):
    NEW = "new"  # registered, not yet reserved
    BACKORDER = "backorder"  # waiting for stock
    PICKING = "picking"  # stock reserved, on a pick list
    READY = "ready"  # packed (or arrived) and weighed: waits for a run
    ON_RUN = "on_run"
    AT_STATION = "at_station"
    DELIVERED = "delivered"
    FAILED = "failed"
    RETURNED = "returned"
    HANDED_OVER = "handed_over"  # given to the postal service
    CANCELLED = "cancelled"


class Division(Base):
    """Province, prefecture, county or township, keyed by its national statistics code."""

    __tablename__ = "division"
    __table_args__ = (
        CheckConstraint(one_of("level", DivisionLevel), name="level"),
        Index("ix_division_parent", "parent_code"),
    )

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("division.code"))
    name_zh: Mapped[str] = mapped_column(String(100))
    name_bo: Mapped[str] = mapped_column(String(200), default="")
    name_pinyin: Mapped[str] = mapped_column(String(100), default="")
    # The center whose runs serve this township; NULL = not served by runs.
    center_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("center.id"))


class VillagePoint(Base):
    """A village service point: the county's own data, managed in the app."""

    __tablename__ = "village_point"
    __table_args__ = (UniqueConstraint("township_code", "name_zh"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    township_code: Mapped[str] = mapped_column(ForeignKey("division.code"))
    name_zh: Mapped[str] = mapped_column(String(100))
    name_bo: Mapped[str] = mapped_column(String(200), default="")
    name_pinyin: Mapped[str] = mapped_column(String(100), default="")
    village_code: Mapped[str | None] = mapped_column(String(12))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PlaceAlias(Base):
    """A spelling a clerk confirmed once, learned so the next parcel resolves by itself."""

    __tablename__ = "place_alias"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    text: Mapped[str] = mapped_column(String(200), unique=True)  # normalised address fragment
    township_code: Mapped[str | None] = mapped_column(ForeignKey("division.code"))
    village_point_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("village_point.id"))
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


class Order(Base):
    """A customer order of our own stores (marketplace export or manual entry)."""

    __tablename__ = "sales_order"
    __table_args__ = (
        UniqueConstraint("channel", "external_id"),
        Index("ix_sales_order_center", "center_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    channel: Mapped[str] = mapped_column(String(32))  # taobao, tmall, manual, a mapping name
    external_id: Mapped[str] = mapped_column(String(64))  # marketplace order number, a string
    status: Mapped[str] = mapped_column(String(64), default="")  # marketplace status as exported
    buyer: Mapped[str] = mapped_column(String(100), default="")
    recipient: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(500))
    note: Mapped[str] = mapped_column(String(500), default="")
    amount_fen: Mapped[int | None] = mapped_column(MONEY)  # paid amount in 0.01 yuan
    ordered_at: Mapped[datetime | None]
    paid_at: Mapped[datetime | None]
    imported_at: Mapped[datetime]
    # Hash of the fields that matter, to report a re-exported order that changed.
    content_hash: Mapped[str] = mapped_column(String(64), default="")


class OrderLine(Base):
    __tablename__ = "sales_order_line"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        Index("ix_sales_order_line_order", "order_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_order.id"))
    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("product.id"))
    sku: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    price_fen: Mapped[int | None] = mapped_column(MONEY)


class Parcel(Base):
    """What travels: one per shipped order, or one per arrived carrier parcel."""

    __tablename__ = "parcel"
    __table_args__ = (
        CheckConstraint(one_of("source", ParcelSource), name="source"),
        CheckConstraint(one_of("status", ParcelStatus), name="status"),
        CheckConstraint(f"route IS NULL OR {one_of('route', Route)}", name="route"),
        CheckConstraint("weight_g IS NULL OR weight_g >= 0", name="weight"),
        UniqueConstraint("carrier_barcode"),
        # The number repeats a year later (it carries month and day only): unique with its
        # day. Number first: the index serves a search by number too.
        Index("ix_parcel_number", "number", "number_day", unique=True),
        # One tracking number never sits on two parcels (NULLs, not yet known, repeat).
        Index("ix_parcel_tracking", "tracking", unique=True),
        Index("ix_parcel_status_township", "status", "township_code"),
        Index("ix_parcel_order", "order_id"),
        Index("ix_parcel_center_status", "center_id", "status"),
        # The dashboard: parcels delivered since a week began, open parcels overdue.
        Index("ix_parcel_delivered_at", "delivered_at"),
        Index("ix_parcel_status_received", "status", "received_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    source: Mapped[str] = mapped_column(String(16))
    # The number people read aloud (`TSC-1204-0012`, core.shipping.numbers); the
    # center's local day it was given on keeps it unique when month and day come round.
    # Every path that creates a parcel numbers it; the server defaults exist only because
    # SQLite adds a NOT NULL column to a table others refer to only with one (migration 0750).
    number: Mapped[str] = mapped_column(String(32), server_default="")
    number_day: Mapped[date] = mapped_column(server_default="2000-01-01")
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales_order.id"))
    carrier: Mapped[str] = mapped_column(String(32), default="")
    carrier_barcode: Mapped[str | None] = mapped_column(String(64))
    tracking: Mapped[str | None] = mapped_column(String(32))  # postal tracking number, once known
    recipient: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(500))
    township_code: Mapped[str | None] = mapped_column(ForeignKey("division.code"))
    village_point_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("village_point.id"))
    route: Mapped[str | None] = mapped_column(String(16))
    match_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=ParcelStatus.NEW.value)
    weight_g: Mapped[int | None] = mapped_column(Integer)
    # When the order was placed or the parcel arrived: lead time is measured from here.
    received_at: Mapped[datetime]
    ready_at: Mapped[datetime | None]  # packed and weighed: from here it waits for a run
    delivered_at: Mapped[datetime | None]
    failure_reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]


class ParcelNumberCounter(Base):
    """The last parcel number given per center and local day: one row, bumped by an
    upsert, so two clerks creating parcels at once never get the same number."""

    __tablename__ = "parcel_number_counter"

    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    last: Mapped[int] = mapped_column(Integer)
