"""A run's or a day's postal parcels as the post office's sheet: CSV (GB18030 or UTF-8
with a byte-order mark, the clerk chooses) or XLSX, laid out by an export template.

Required fields a parcel lacks (no weight, no postcode) are listed per parcel before any
file is written (`MissingFields`). Every text cell goes through `safe_cell`, so a cell
starting with `=`, `+`, `-` or `@` shows as text; `read_back` reads a written file
through the same template, the apostrophe taken off again.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from core.clock import local_day
from core.errors import DepotError, InvalidValue
from core.inventory.models import Center
from core.orders.importing.reading import read_table
from core.output_files import OutputKind, replace_file
from core.postal.models import (
    Handover,
    HandoverParcel,
    PostalSetting,
    SettingKind,
    save_setting,
)
from core.postal.templates import ExportTemplate, TemplateColumn
from core.runs.models import RunParcel
from core.shipping.models import Order, OrderLine, Parcel, ParcelStatus, Route
from core.spreadsheet_cells import CSV_QUOTING, FORMULA_STARTS, safe_cell
from core.uow import UnitOfWork

ENCODINGS = ("gb18030", "utf-8-sig")
SENDER = "sender"  # the name of a center's sender setting
SENDER_FIELDS = ("name", "company", "postcode", "phone", "street")
_POSTCODE = re.compile(r"(?<!\d)(\d{6})(?!\d)")


@dataclass(eq=False)
class MissingFields(DepotError):
    """Parcels that lack what the template requires: (parcel number, headers) each."""

    template: str
    parcels: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(eq=False)
class NothingToExport(DepotError):
    what: str  # the run's id or the day


def sender_details(uow: UnitOfWork, center_id: uuid.UUID) -> dict[str, str]:
    """The center as sender: what the clerk saved, else the center's own details (its
    name as company, its address and phone)."""
    center = uow.session.get_one(Center, center_id)
    body = uow.session.scalar(
        select(PostalSetting.body).where(
            PostalSetting.center_id == center_id,
            PostalSetting.kind == SettingKind.SENDER.value,
            PostalSetting.name == SENDER,
        )
    )
    saved = json.loads(body) if body else {}
    details = {k: str(saved.get(k, "")) for k in SENDER_FIELDS}
    details["company"] = details["company"] or center.name_zh
    details["street"] = details["street"] or center.address
    details["phone"] = details["phone"] or center.phone
    return details


def save_sender(uow: UnitOfWork, center_id: uuid.UUID, details: dict[str, str]) -> None:
    unknown = set(details) - set(SENDER_FIELDS)
    if unknown:
        raise InvalidValue("sender", sorted(unknown)[0], "unknown")
    save_setting(
        uow, center_id, SettingKind.SENDER, SENDER, json.dumps(details, ensure_ascii=False)
    )


def run_parcels(uow: UnitOfWork, run_id: uuid.UUID) -> list[uuid.UUID]:
    return list(
        uow.session.scalars(
            select(RunParcel.parcel_id)
            .join(Parcel, Parcel.id == RunParcel.parcel_id)
            .where(RunParcel.run_id == run_id)
            .where(RunParcel.outcome.is_(None) | (RunParcel.outcome == "handed_over"))
            .order_by(Parcel.number_day, Parcel.number)
        )
    )


def day_parcels(uow: UnitOfWork, center_id: uuid.UUID, day: date) -> list[uuid.UUID]:
    """The day's handovers' parcels; on the center's today also those still waiting."""
    handed = select(HandoverParcel.parcel_id).join(
        Handover, Handover.id == HandoverParcel.handover_id
    )
    query = select(Parcel.id).where(
        Parcel.id.in_(handed.where(Handover.center_id == center_id, Handover.day == day))
    )
    if day == local_day(uow.clock(), center_id):
        query = select(Parcel.id).where(
            Parcel.id.in_(handed.where(Handover.center_id == center_id, Handover.day == day))
            | Parcel.id.in_(waiting(center_id))
        )
    return list(uow.session.scalars(query.order_by(Parcel.number_day, Parcel.number)))


def waiting(center_id: uuid.UUID):  # type: ignore[no-untyped-def]
    """Ids of the center's postal parcels packed and weighed, not yet handed over."""
    return select(Parcel.id).where(
        Parcel.center_id == center_id,
        Parcel.route == Route.POSTAL.value,
        Parcel.status == ParcelStatus.READY.value,
        Parcel.needs_review.is_(False),
        Parcel.id.not_in(select(HandoverParcel.parcel_id)),
    )


def records(
    uow: UnitOfWork, parcel_ids: Sequence[uuid.UUID], template: ExportTemplate, day: date
) -> list[dict[str, object]]:
    """One record per parcel: each column's header and its value, as written."""
    session = uow.session
    if not parcel_ids:
        return []
    parcels = {p.id: p for p in session.scalars(select(Parcel).where(Parcel.id.in_(parcel_ids)))}
    orders = dict(
        session.execute(
            select(Parcel.id, Order.external_id)
            .join(Order, Order.id == Parcel.order_id)
            .where(Parcel.id.in_(parcel_ids))
        ).all()
    )
    contents: dict[uuid.UUID, tuple[str, int]] = {}
    for pid, title, pieces in session.execute(
        select(Parcel.id, func.min(OrderLine.title), func.sum(OrderLine.quantity))
        .join(OrderLine, OrderLine.order_id == Parcel.order_id)
        .where(Parcel.id.in_(parcel_ids))
        .group_by(Parcel.id)
    ):
        contents[pid] = (title or "", int(pieces or 0))
    senders: dict[uuid.UUID, dict[str, str]] = {}
    result = []
    for pid in parcel_ids:
        parcel = parcels[pid]
        if parcel.center_id not in senders:
            senders[parcel.center_id] = sender_details(uow, parcel.center_id)
        sender = senders[parcel.center_id]
        title, pieces = contents.get(pid, ("", 1))
        parts = parcel.address.split()
        postcode = _POSTCODE.search(parcel.address)
        values: dict[str, object] = {
            "number": parcel.number,
            "tracking": parcel.tracking or "",
            "order": orders.get(pid, ""),
            "date": day.strftime(template.date_format),
            "recipient": parcel.recipient,
            "phone": parcel.phone,
            "address": parcel.address,
            "city": parts[1] if len(parts) > 1 else "",
            "postcode": postcode.group(1) if postcode else "",
            "weight": _weight(parcel.weight_g, template),
            "contents": title,
            "pieces": pieces or 1,
            **{f"sender_{k}": v for k, v in sender.items()},
        }
        result.append({c.header: _cell(c, values) for c in template.columns})
    return result


def _weight(weight_g: int | None, template: ExportTemplate) -> str:
    if weight_g is None:
        return ""
    if template.weight_unit == "g":
        return str(weight_g)
    return f"{weight_g / 1000:.{template.weight_decimals}f}"


def _cell(column: TemplateColumn, values: dict[str, object]) -> object:
    return values[column.field] if column.field else column.value


def missing(
    template: ExportTemplate, rows: Sequence[dict[str, object]]
) -> list[tuple[str, tuple[str, ...]]]:
    """(parcel, the required headers it has no value for), for each parcel lacking any."""
    required = [c.header for c in template.columns if c.required]
    key = next((c.header for c in template.columns if c.field == "number"), None)
    found = []
    for n, row in enumerate(rows, start=1):
        empty = tuple(h for h in required if row[h] in ("", None))
        if empty:
            found.append((str(row[key]) if key else f"#{n}", empty))
    return found


@dataclass(frozen=True)
class Exported:
    path: str
    rows: int
    template: str
    encoding: str  # "xlsx" for a spreadsheet


def export(
    uow: UnitOfWork,
    parcel_ids: Sequence[uuid.UUID],
    template: ExportTemplate,
    target: Path,
    *,
    day: date,
    kind: OutputKind,
    encoding: str = "gb18030",
    what: str = "",
) -> Exported:
    """Write the sheet to `target` (checked by the caller), whole or not at all."""
    if encoding not in ENCODINGS:
        raise InvalidValue("encoding", encoding, "unknown")
    rows = records(uow, parcel_ids, template, day)
    if not rows:
        raise NothingToExport(what or day.isoformat())
    lacking = missing(template, rows)
    if lacking:
        raise MissingFields(template.name, tuple(lacking))
    headers = [c.header for c in template.columns]
    data = _xlsx(headers, rows) if kind == OutputKind.XLSX else _csv(headers, rows, encoding)
    with replace_file(target) as handle:
        handle.write(data)
    return Exported(
        str(target), len(rows), template.name, "xlsx" if kind == OutputKind.XLSX else encoding
    )


def _csv(headers: list[str], rows: Sequence[dict[str, object]], encoding: str) -> bytes:
    out = io.StringIO(newline="")
    # Every cell is text here (a weight "1.250" keeps its zeros): quote them all.
    writer = csv.writer(out, quoting=CSV_QUOTING, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([safe_cell(str(row[h])) for h in headers])
    return out.getvalue().encode(encoding)


def _xlsx(headers: list[str], rows: Sequence[dict[str, object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers)
    for row in rows:
        # Text cells, so a tracking or phone number is never turned into 1.38E+10.
        sheet.append([safe_cell(str(row[h])) for h in headers])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read_back(path: str | Path, template: ExportTemplate) -> list[dict[str, str]]:
    """A written sheet read through its template: each row's value per header."""
    table = read_table(path, header_names=(template.columns[0].header,))
    index = table.require({c.header: (c.header,) for c in template.columns})
    return [
        {h: _unsafe(row.cells[i] if i < len(row.cells) else "") for h, i in index.items()}
        for row in table.rows
    ]


def _unsafe(text: str) -> str:
    """`safe_cell` undone: the apostrophe before a formula start is ours, not the data's."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
