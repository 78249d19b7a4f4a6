"""Parcels that residents bought online, arriving at a center from carriers.

A clerk scans the carrier's barcode and types or picks recipient, phone and
destination; or a carrier's arrival list (CSV/XLSX) registers many at once.
An arrived parcel is READY at once: it waits for the next run to its township
(or goes on by post when the address is outside the served area).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import QueryableAttribute, Session

from core.changes import Changes
from core.errors import InvalidValue
from core.orders import store
from core.orders.errors import ArrivalAlreadyRegistered
from core.orders.importing import values as v
from core.orders.importing.errors import ImportCancelled
from core.orders.importing.mapped import ArrivalRecord, carrier_barcode, read_arrivals
from core.orders.mappings import load_mapping
from core.orders.models import OrderImport
from core.orders.stages import Stage
from core.shipping import numbers
from core.shipping.models import Parcel, ParcelSource, ParcelStatus
from core.text_limits import checked_text
from core.uow import UnitOfWork

CHUNK = 2000
ARRIVALS = "arrivals"  # one turn for every carrier: a barcode is unique whoever brought it


@dataclass(frozen=True)
class Arrival:
    parcel_id: uuid.UUID
    township_code: str | None
    village_point_id: uuid.UUID | None
    route: str | None
    needs_review: bool
    changes: Changes


def register_arrival(
    uow: UnitOfWork,
    *,
    barcode: str,
    recipient: str,
    address: str,
    phone: str = "",
    carrier: str = "",
    center: str | None = None,
) -> Arrival:
    """Register one scanned carrier parcel; a second scan of it raises ArrivalAlreadyRegistered."""
    session = uow.session
    the_center = store.shipping_center(session, center, writing=True)
    try:
        code = carrier_barcode(barcode)
    except v.BadCell as bad:
        raise InvalidValue("barcode", barcode, bad.reason) from None
    record = ArrivalRecord(
        0,
        code,
        _checked("recipient", recipient.strip(), Parcel.recipient, required=True),
        _checked("phone", phone.strip(), Parcel.phone),
        _checked("address", address.strip(), Parcel.address, required=True),
        _checked("carrier", carrier.strip(), Parcel.carrier),
    )
    store.take_import_turn(session, ARRIVALS)
    existing = session.scalar(select(Parcel.id).where(Parcel.carrier_barcode == code))
    if existing is not None:
        raise ArrivalAlreadyRegistered(code, str(existing))
    place = store.Resolver(session)(record.address)
    row = _parcel_row(record, the_center.id, place, uow)
    numbers.number_rows(session, [row], uow.clock())
    session.execute(insert(Parcel), [row])
    parcel_id: uuid.UUID = row["id"]  # type: ignore[assignment]
    return Arrival(
        parcel_id,
        place.township_code,
        place.village_point_id,
        place.route,
        place.needs_review,
        Changes(parcels=frozenset({parcel_id}), centers=frozenset({the_center.id})),
    )


def _checked(
    field: str, value: str, column: QueryableAttribute[str], *, required: bool = False
) -> str:
    if required and not value:
        raise InvalidValue(field, None, "required")
    return checked_text(value, column, field)


def _parcel_row(
    record: ArrivalRecord, center_id: uuid.UUID, place: store.Place, uow: UnitOfWork
) -> dict[str, object]:
    now = uow.clock()
    return {
        "id": store.new_id(),
        "center_id": center_id,
        "source": ParcelSource.ARRIVAL.value,
        "order_id": None,
        "carrier": record.carrier,
        "carrier_barcode": record.barcode,
        "tracking": None,
        "recipient": record.recipient,
        "phone": record.phone,
        "address": record.address,
        **store.place_columns(place),
        "status": ParcelStatus.READY.value,
        "weight_g": None,
        "received_at": now,
        "ready_at": now,
        "delivered_at": None,
        "failure_reason": "",
        "created_at": now,
    }


@dataclass
class ArrivalReport:
    rows: int
    imported: int
    duplicates: int
    rejected: list[v.Rejected]
    needs_review: int
    changes: Changes

    def to_json(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": [
                {"line": r.line, "field": r.field, "reason": r.reason} for r in self.rejected
            ],
            "needs_review": self.needs_review,
        }


def import_arrivals(
    uow: UnitOfWork,
    path: str | Path,
    *,
    center: str | None = None,
    mapping: str | None = None,
    progress: store.Progress = store.no_progress,
    cancelled: store.Cancelled = store.never,
) -> ArrivalReport:
    """A carrier's arrival list: one parcel per new barcode; known barcodes are duplicates."""
    session = uow.session
    progress(0.0, Stage.READING)
    columns = load_mapping(session, mapping, "arrivals").columns if mapping else None
    table, records, rejected = read_arrivals(path, columns)
    the_center = store.shipping_center(session, center, writing=True)
    store.take_import_turn(session, ARRIVALS)
    known = _known_barcodes(session, [r.barcode for r in records])
    seen: set[str] = set()
    fresh: list[ArrivalRecord] = []
    duplicates = 0
    for record in records:
        if record.barcode in known or record.barcode in seen:
            duplicates += 1
        else:
            seen.add(record.barcode)
            fresh.append(record)
    resolve = store.Resolver(session)
    ids: list[uuid.UUID] = []
    review = 0
    for start in range(0, len(fresh), CHUNK):
        if cancelled():
            raise ImportCancelled(start)
        rows = []
        for record in fresh[start : start + CHUNK]:
            place = resolve(record.address)
            review += place.needs_review
            rows.append(_parcel_row(record, the_center.id, place, uow))
        numbers.number_rows(session, rows, uow.clock())
        session.execute(insert(Parcel), rows)
        ids.extend(row["id"] for row in rows)  # type: ignore[misc]
        progress(0.2 + 0.8 * (start + len(rows)) / len(fresh), Stage.STORING)
    session.add(
        OrderImport(
            created_at=uow.clock(),
            actor=uow.actor,
            center_id=the_center.id,
            kind="arrivals",
            channel=mapping or "carrier",
            file_name=Path(table.path).name[:260],
            file_sha256=table.sha256,
            rows=len(table.rows),
            imported=len(fresh),
            duplicates=duplicates,
            changed=0,
            skipped=0,
            rejected=len(rejected),
        )
    )
    session.flush()
    progress(1.0, Stage.DONE)
    return ArrivalReport(
        len(table.rows),
        len(fresh),
        duplicates,
        rejected,
        review,
        Changes(parcels=frozenset(ids), centers=frozenset({the_center.id})),
    )


def _known_barcodes(session: Session, codes: list[str]) -> set[str]:
    unique = sorted(set(codes))
    found: set[str] = set()
    for start in range(0, len(unique), store.LOOKUP_CHUNK):
        found.update(
            c
            for c in session.scalars(
                select(Parcel.carrier_barcode).where(
                    Parcel.carrier_barcode.in_(unique[start : start + store.LOOKUP_CHUNK])
                )
            )
            if c
        )
    return found
