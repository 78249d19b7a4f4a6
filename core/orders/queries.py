"""Reading parcels: ids filtered and sorted in SQL, rows fetched by id (for lazy tables)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from core.errors import InvalidValue
from core.inventory.models import Center
from core.inventory.scanning import normalize
from core.printing.payloads import id_from_code
from core.shipping.models import Division, Order, Parcel, ParcelStatus, VillagePoint
from core.text_search import contains
from core.uow import UnitOfWork

FETCH_CHUNK = 500


@dataclass(frozen=True)
class ParcelFilter:
    status: str | None = None
    center: str | None = None  # center code
    needs_review: bool | None = None
    search: str = ""  # parcel number, recipient, phone, order number, barcode, tracking, label


@dataclass(frozen=True)
class ParcelRow:
    id: uuid.UUID
    center: str
    source: str
    order_id: str | None  # the marketplace order number, None for arrivals
    channel: str | None
    carrier_barcode: str | None
    recipient: str
    phone: str
    address: str
    township_code: str | None
    village_point: str | None
    route: str | None
    needs_review: bool
    status: str
    tracking: str | None
    weight_g: int | None
    received_at: datetime
    township: str | None = None  # its Chinese name
    number: str = ""  # the parcel number people read (`TSC-1204-0012`)

    def as_json(self) -> dict[str, object]:
        """The `parcels --json` contract (issue 4): keep these keys stable."""
        return {
            "id": str(self.id),
            "number": self.number,
            "order_id": self.order_id,
            "recipient": self.recipient,
            "phone": self.phone,
            "township_code": self.township_code,
            "village_point": self.village_point,
            "route": self.route,
            "status": self.status,
            "tracking": self.tracking,
            "weight_g": self.weight_g,
            "center": self.center,
            "source": self.source,
            "channel": self.channel,
            "carrier_barcode": self.carrier_barcode,
            "address": self.address,
            "needs_review": self.needs_review,
            "received_at": self.received_at.isoformat(),
            "township": self.township,
        }


def _filtered(query: Select, flt: ParcelFilter) -> Select:  # type: ignore[type-arg]
    if flt.status:
        if flt.status not in {s.value for s in ParcelStatus}:
            raise InvalidValue("status", flt.status, "unknown")
        query = query.where(Parcel.status == flt.status)
    if flt.center:
        query = query.where(
            Parcel.center_id
            == select(Center.id).where(Center.code == flt.center.upper()).scalar_subquery()
        )
    if flt.needs_review is not None:
        query = query.where(Parcel.needs_review == flt.needs_review)
    text = flt.search.strip()
    if text:
        condition = (
            contains(Parcel.number, text.upper())
            | contains(Parcel.recipient, text)
            | contains(Parcel.phone, text)
            | (Parcel.carrier_barcode == text)
            | (Parcel.tracking == text)
            | Parcel.order_id.in_(select(Order.id).where(Order.external_id == text))
        )
        # A scan of the depot's own parcel label (P: and the id's 40 digits) or its QR code.
        parcel_id = id_from_code(normalize(text))
        if parcel_id is not None:
            condition = condition | (Parcel.id == parcel_id)
        query = query.where(condition)
    return query


def parcel_ids(session: Session, flt: ParcelFilter = ParcelFilter()) -> list[uuid.UUID]:
    """Ids of matching parcels, oldest received first (the order they wait in)."""
    query = _filtered(select(Parcel.id), flt).order_by(Parcel.received_at, Parcel.id)
    return list(session.scalars(query))


def parcel_rows(session: Session, ids: list[uuid.UUID]) -> list[ParcelRow]:
    """Rows for `ids`, in the order given."""
    found: dict[uuid.UUID, ParcelRow] = {}
    for start in range(0, len(ids), FETCH_CHUNK):
        query = (
            select(
                Parcel,
                Center.code,
                Order.external_id,
                Order.channel,
                VillagePoint.name_zh,
                Division.name_zh,
            )
            .join(Center, Center.id == Parcel.center_id)
            .outerjoin(Division, Division.code == Parcel.township_code)
            .outerjoin(Order, Order.id == Parcel.order_id)
            .outerjoin(VillagePoint, VillagePoint.id == Parcel.village_point_id)
            .where(Parcel.id.in_(ids[start : start + FETCH_CHUNK]))
        )
        for parcel, center, external_id, channel, point, township in session.execute(query):
            found[parcel.id] = ParcelRow(
                parcel.id,
                center,
                parcel.source,
                external_id,
                channel,
                parcel.carrier_barcode,
                parcel.recipient,
                parcel.phone,
                parcel.address,
                parcel.township_code,
                point,
                parcel.route,
                parcel.needs_review,
                parcel.status,
                parcel.tracking,
                parcel.weight_g,
                parcel.received_at,
                township,
                parcel.number,
            )
    return [found[i] for i in ids if i in found]


def table_ids(uow: UnitOfWork, flt: ParcelFilter = ParcelFilter()) -> list[uuid.UUID]:
    """`parcel_ids` in a unit of work: the parcels table's rows, oldest received first."""
    return parcel_ids(uow.session, flt)


def table_rows(uow: UnitOfWork, ids: list[uuid.UUID]) -> dict[uuid.UUID, ParcelRow]:
    """`parcel_rows` in a unit of work, by id: one page of the parcels table."""
    return {row.id: row for row in parcel_rows(uow.session, ids)}


def list_parcels(session: Session, flt: ParcelFilter = ParcelFilter()) -> list[ParcelRow]:
    return parcel_rows(session, parcel_ids(session, flt))
