"""The end-of-day handover to the postal worker: closing it hands the parcels over and
locks them; its manifest carries one barcode for the whole batch, the count and total
weight, every parcel by its number and tracking number, and two signature blocks.

A center closes one handover a day, or several: each takes the postal parcels packed,
weighed and waiting at that moment, so a parcel packed after a close goes on the next.
A closed handover is never written again; its parcels keep what they left with
(`core.postal.assign.check_open`). A second print of its manifest says REPRINT (the
print log).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO

from sqlalchemy import func, select

from core.changes import Changes
from core.clock import local, local_day
from core.errors import DepotError, InvalidValue
from core.i18n import heading as translate  # this name, so pyside6-lupdate finds the headings
from core.inventory.models import Center
from core.orders.store import shipping_center, take_import_turn
from core.postal.export import waiting
from core.postal.models import Handover, HandoverParcel
from core.printing.documents import Block, Column, Document, render_document
from core.printing.jobs import JobResult
from core.printing.payloads import document_code, mask_phone
from core.printing.printlog import record_print
from core.printing.render import Symbol
from core.runs.edits import end_assignment
from core.runs.models import Outcome
from core.runs.queries import current_run_of
from core.shipping.models import Parcel, ParcelStatus
from core.text_limits import checked_text
from core.uow import UnitOfWork

KIND = "handover_manifest"  # in the print log


@dataclass(eq=False)
class NothingToHandOver(DepotError):
    center: str


@dataclass(eq=False)
class UnweighedParcels(DepotError):
    """The total weight on the manifest must be true: these parcels have no weight."""

    parcels: tuple[str, ...]


@dataclass(eq=False)
class UnknownHandover(DepotError):
    reference: str


@dataclass(frozen=True)
class HandoverView:
    id: uuid.UUID
    center: str
    day: date
    sequence: int
    closed_at: datetime
    actor: str
    postal_worker: str
    parcel_count: int
    weight_g: int

    @property
    def name(self) -> str:
        return f"{self.center} {self.day.isoformat()} #{self.sequence}"

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "name": self.name,
            "center": self.center,
            "date": self.day.isoformat(),
            "sequence": self.sequence,
            "closed_at": self.closed_at.isoformat(),
            "actor": self.actor,
            "postal_worker": self.postal_worker,
            "parcels": self.parcel_count,
            "weight_kg": round(self.weight_g / 1000, 3),
        }


@dataclass(frozen=True)
class Closed:
    handover: HandoverView
    parcels: tuple[uuid.UUID, ...]
    changes: Changes


def close_handover(
    uow: UnitOfWork, center: str | None, *, day: date | None = None, postal_worker: str = ""
) -> Closed:
    """Hand the center's waiting postal parcels over, as one new closed handover."""
    session = uow.session
    center_row = shipping_center(session, center, writing=True)
    today = local_day(uow.clock(), center_row.id)
    day = day or today
    if day > today:
        raise InvalidValue("date", day.isoformat(), "in the future")
    worker = checked_text(postal_worker.strip(), Handover.postal_worker, "postal_worker")
    # Two clerks closing at once: the second waits, then finds the parcels handed over.
    take_import_turn(session, f"handover:{center_row.code}")
    parcels = list(
        session.scalars(
            select(Parcel).where(Parcel.id.in_(waiting(center_row.id))).order_by(Parcel.number)
        )
    )
    if not parcels:
        raise NothingToHandOver(center_row.code)
    unweighed = tuple(p.number for p in parcels if p.weight_g is None)
    if unweighed:
        raise UnweighedParcels(unweighed)
    last = session.scalar(
        select(func.max(Handover.sequence)).where(
            Handover.center_id == center_row.id, Handover.day == day
        )
    )
    handover = Handover(
        center_id=center_row.id,
        day=day,
        sequence=(last or 0) + 1,
        closed_at=uow.clock(),
        actor=uow.actor,
        postal_worker=worker,
        parcel_count=len(parcels),
        weight_g=sum(p.weight_g or 0 for p in parcels),
    )
    session.add(handover)
    session.flush()
    session.add_all(HandoverParcel(parcel_id=p.id, handover_id=handover.id) for p in parcels)
    runs = set()
    for parcel in parcels:
        current = current_run_of(uow, parcel.id)
        if current is not None:
            runs.add(current.run_id)
            end_assignment(uow, parcel.id, Outcome.HANDED_OVER)
        parcel.status = ParcelStatus.HANDED_OVER.value
    session.flush()
    ids = tuple(p.id for p in parcels)
    return Closed(
        _view(handover, center_row.code),
        ids,
        Changes(parcels=frozenset(ids), runs=frozenset(runs), centers=frozenset({center_row.id})),
    )


def _view(handover: Handover, code: str) -> HandoverView:
    return HandoverView(
        handover.id,
        code,
        handover.day,
        handover.sequence,
        handover.closed_at,
        handover.actor,
        handover.postal_worker,
        handover.parcel_count,
        handover.weight_g,
    )


def handovers(
    uow: UnitOfWork, *, center: str | None = None, day: date | None = None
) -> list[HandoverView]:
    """Closed handovers, newest first."""
    query = select(Handover, Center.code).join(Center, Center.id == Handover.center_id)
    if center:
        query = query.where(Center.code == center.strip().upper())
    if day is not None:
        query = query.where(Handover.day == day)
    query = query.order_by(Handover.day.desc(), Handover.sequence.desc(), Center.code)
    return [_view(h, code) for h, code in uow.session.execute(query)]


def find_handover(uow: UnitOfWork, reference: str) -> Handover:
    """A handover by its id or the code of its manifest's barcode (`D:` and 40 digits)."""
    from core.printing.payloads import id_from_code

    handover_id = id_from_code(reference.strip())
    found = uow.session.get(Handover, handover_id) if handover_id else None
    if found is None:
        raise UnknownHandover(reference)
    return found


def columns() -> tuple[Column, ...]:
    return (
        Column("#", 8, "right"),
        Column(translate("Manifest", "Parcel no."), 34),
        Column(translate("Manifest", "Tracking"), 32),
        Column(translate("Manifest", "Recipient"), 44),
        Column(translate("Manifest", "Phone"), 24),
        Column(translate("Manifest", "kg"), 0, "right"),
    )


def manifest(
    uow: UnitOfWork, handover_id: uuid.UUID, out: str | IO[bytes], *, job_key: str | None = None
) -> JobResult:
    """Print the handover's manifest; every print after the first says REPRINT."""
    session = uow.session
    handover = session.get(Handover, handover_id)
    if handover is None:
        raise UnknownHandover(str(handover_id))
    center = session.get_one(Center, handover.center_id)
    job = record_print(uow, KIND, [str(handover.id)], job_key=job_key)
    parcels = list(
        session.scalars(
            select(Parcel)
            .join(HandoverParcel, HandoverParcel.parcel_id == Parcel.id)
            .where(HandoverParcel.handover_id == handover.id)
            .order_by(Parcel.number)
        )
    )
    view = _view(handover, center.code)
    kg = f"{handover.weight_g / 1000:.2f}"
    blocks = [
        Block(
            "row",
            (
                str(n),
                p.number,
                p.tracking or "",
                p.recipient,
                mask_phone(p.phone),
                f"{(p.weight_g or 0) / 1000:.2f}",
            ),
        )
        for n, p in enumerate(parcels, start=1)
    ]
    total = translate("Manifest", "Total: {parcels} parcels").format(parcels=len(parcels))
    blocks.append(Block("total", ("", total, "", "", "", kg)))
    blocks.append(
        Block(
            "sign",
            text=translate("Manifest", "Handed over: the parcels above, counted and weighed"),
            signers=(
                translate("Manifest", "Clerk"),
                translate("Manifest", "Postal worker"),
                translate("Manifest", "Date, time"),
            ),
        )
    )
    blocks.append(
        Block(
            "sign",
            text=translate("Manifest", "Stamps"),
            signers=(
                translate("Manifest", "Center stamp"),
                translate("Manifest", "Post office stamp"),
            ),
        )
    )
    document = Document(
        title=translate("Manifest", "Postal handover manifest"),
        header=(
            (translate("Manifest", "Handover"), view.name),
            (translate("Manifest", "Center"), center.name_zh),
            (translate("Manifest", "Date"), handover.day.isoformat()),
            (translate("Manifest", "Parcels"), str(handover.parcel_count)),
            (translate("Manifest", "Weight"), f"{kg} kg"),
            (translate("Manifest", "Clerk"), handover.actor),
            (translate("Manifest", "Postal worker"), handover.postal_worker),
            (
                translate("Manifest", "Closed"),
                local(handover.closed_at, center.id).strftime("%Y-%m-%d %H:%M"),
            ),
        ),
        columns=columns(),
        blocks=blocks,
        printed_at=local(uow.clock(), center.id),
        barcode=Symbol("code128", document_code(handover.id)),
        reference=view.name,
        reprint=bool(job.reprinted),
    )
    pages = render_document(document, out)
    return JobResult(pages, len(parcels), job.reprinted, job.key)
