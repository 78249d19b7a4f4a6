"""What the postal desk shows: the center's postal parcels waiting to be handed over,
its latest handovers and the export templates it can choose from (one read)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from core.clock import local_day
from core.orders.store import shipping_center
from core.output_files import OutputKind, check_target, replace_file
from core.postal import export
from core.postal import handover as handing
from core.postal.handover import HandoverView, handovers
from core.postal.templates import template_named, templates
from core.printing.jobs import JobResult
from core.shipping.models import Parcel
from core.storage.engine import sqlite_file
from core.uow import UnitOfWork

LATEST_HANDOVERS = 30


@dataclass(frozen=True)
class WaitingParcel:
    id: uuid.UUID
    number: str
    tracking: str
    recipient: str
    address: str
    weight_g: int | None


@dataclass(frozen=True)
class PostalDesk:
    center: str
    waiting: tuple[WaitingParcel, ...]
    handovers: tuple[HandoverView, ...]
    templates: tuple[str, ...]


def postal_desk(uow: UnitOfWork, center: str | None) -> PostalDesk:
    center_row = shipping_center(uow.session, center)
    rows = uow.session.scalars(
        select(Parcel).where(Parcel.id.in_(export.waiting(center_row.id))).order_by(Parcel.number)
    )
    return PostalDesk(
        center_row.code,
        tuple(
            WaitingParcel(p.id, p.number, p.tracking or "", p.recipient, p.address, p.weight_g)
            for p in rows
        ),
        tuple(handovers(uow, center=center_row.code)[:LATEST_HANDOVERS]),
        tuple(sorted(templates(uow.session, center_row.id))),
    )


def output_target(uow: UnitOfWork, path: str, kind: OutputKind) -> Path:
    """`path` checked as an output of the app (never the open database); the save dialog
    has asked before replacing a file, so one of another kind is replaced."""
    bind = uow.session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return check_target(path, kind, database=sqlite_file(engine), force=True)


def export_today(
    uow: UnitOfWork, center: str | None, template: str, path: str, kind: OutputKind, encoding: str
) -> export.Exported:
    """The center's postal sheet of today (handed over and waiting) into `path`."""
    target = output_target(uow, path, kind)
    center_id = shipping_center(uow.session, center).id
    day = local_day(uow.clock(), center_id)
    ids = export.day_parcels(uow, center_id, day)
    chosen = template_named(uow.session, center_id, template)
    return export.export(uow, ids, chosen, target, day=day, kind=kind, encoding=encoding)


def close_and_print(
    uow: UnitOfWork, center: str | None, postal_worker: str, path: str
) -> handing.Closed:
    """Close the handover and write its manifest to `path`, in one transaction: a manifest
    that could not be written leaves the parcels waiting."""
    target = output_target(uow, path, OutputKind.PDF)
    closed = handing.close_handover(uow, center, postal_worker=postal_worker)
    with replace_file(target) as handle:
        handing.manifest(uow, closed.handover.id, handle)
    return closed


def print_again(uow: UnitOfWork, handover_id: uuid.UUID, path: str) -> JobResult:
    target = output_target(uow, path, OutputKind.PDF)
    with replace_file(target) as handle:
        return handing.manifest(uow, handover_id, handle)
