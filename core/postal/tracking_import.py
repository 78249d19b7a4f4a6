"""The post office's file of tracking numbers, matched to our parcels by the parcel
number (内件号, what our export writes) or else by the order number.

Importing it again changes nothing: a line whose parcel has that number already is
"unchanged". Lines that match no parcel, repeat an earlier line, or disagree with what a
parcel already has are reported with their line numbers; the others are applied, all in
the caller's one transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from core.changes import Changes
from core.orders.importing.reading import read_table
from core.postal import tracking
from core.postal.assign import check_open, domestic_patterns, parcel_named
from core.postal.errors import BadTracking, ParcelHandedOver
from core.shipping.models import Order, Parcel
from core.uow import UnitOfWork

TRACKING_HEADERS = ("邮件号", "邮件号*", "运单号", "物流单号", "tracking", "tracking number")
PARCEL_HEADERS = ("内件号", "包裹号", "parcel", "parcel number")
ORDER_HEADERS = ("订单号", "订单编号", "order", "order number")


@dataclass(frozen=True)
class RejectedLine:
    line: int
    reason: str  # unmatched, duplicate, conflict, taken, bad_tracking, several_parcels, ...
    detail: str = ""  # what it is about: the expected check digit, the other number

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "reason": self.reason, "detail": self.detail}


@dataclass
class TrackingImport:
    rows: int = 0
    matched: list[tuple[int, str, str]] = field(default_factory=list)  # line, parcel, tracking
    unchanged: int = 0
    rejected: list[RejectedLine] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "matched": len(self.matched),
            "unchanged": self.unchanged,
            "rejected": [r.to_json() for r in self.rejected],
        }


def import_tracking(uow: UnitOfWork, path: str | Path) -> TrackingImport:
    session = uow.session
    table = read_table(path, header_names=TRACKING_HEADERS)
    columns = table.require({"tracking": TRACKING_HEADERS})
    by_parcel = table.column(*PARCEL_HEADERS)
    by_order = table.column(*ORDER_HEADERS)
    if by_parcel is None and by_order is None:
        table.require({"parcel": PARCEL_HEADERS})  # names the column that is missing
    report = TrackingImport(rows=len(table.rows))
    seen_tracking: dict[str, uuid.UUID] = {}
    seen_parcel: dict[uuid.UUID, str] = {}
    changed: set[uuid.UUID] = set()
    for row in table.rows:

        def cell(index: int | None, cells: tuple[str, ...] = row.cells) -> str:
            return cells[index].strip() if index is not None and index < len(cells) else ""

        def reject(reason: str, detail: str = "", line: int = row.line) -> None:
            report.rejected.append(RejectedLine(line, reason, detail))

        parcel, why = _parcel(uow, cell(by_parcel), cell(by_order))
        if parcel is None:
            reject(why, cell(by_parcel) or cell(by_order))
            continue
        try:
            number = tracking.checked(
                cell(columns["tracking"]), domestic_patterns(session, parcel.center_id)
            )
        except BadTracking as bad:
            reject("bad_tracking", bad.expected and f"{bad.number} check digit {bad.expected}")
            continue
        if seen_tracking.get(number, parcel.id) != parcel.id:
            reject("duplicate", number)
            continue
        if parcel.id in seen_parcel:
            reject("duplicate" if seen_parcel[parcel.id] == number else "conflict", number)
            continue
        seen_tracking[number], seen_parcel[parcel.id] = parcel.id, number
        if parcel.tracking == number:
            report.unchanged += 1
            continue
        if parcel.tracking:
            reject("conflict", f"{parcel.number} has {parcel.tracking}")
            continue
        other = session.scalar(select(Parcel.number).where(Parcel.tracking == number))
        if other is not None:
            reject("taken", f"{number} is on {other}")
            continue
        try:
            check_open(session, parcel)
        except ParcelHandedOver as closed:
            reject("handed_over", closed.handover)
            continue
        parcel.tracking = number
        changed.add(parcel.id)
        report.matched.append((row.line, parcel.number, number))
    session.flush()
    report.changes = Changes(parcels=frozenset(changed))
    return report


def _parcel(uow: UnitOfWork, number: str, order: str) -> tuple[Parcel | None, str]:
    if number:
        parcel = parcel_named(uow.session, number)
        return (parcel, "") if parcel is not None else (None, "unmatched")
    if not order:
        return None, "no_reference"
    parcels = list(
        uow.session.scalars(
            select(Parcel)
            .join(Order, Order.id == Parcel.order_id)
            .where(Order.external_id == order)
        )
    )
    if len(parcels) > 1:
        return None, "several_parcels"
    return (parcels[0], "") if parcels else (None, "unmatched")
