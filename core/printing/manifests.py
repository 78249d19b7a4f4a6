"""Run manifests, daily manifests, transfer documents and pick lists as plain data,
turned into paged documents (`documents.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from core.i18n import QT_TRANSLATE_NOOP, heading
from core.i18n import heading as translate  # this name, so pyside6-lupdate finds the headings
from core.inventory.scanning import document_label
from core.printing.documents import Block, Column, Document
from core.printing.payloads import document_code, mask_phone, parcel_code
from core.printing.render import Symbol


def _kg(weight_g: int | None) -> str:
    return "" if weight_g is None else f"{weight_g / 1000:.2f}"


def not_weighed(count: int) -> str:
    """What a weight total leaves out: a total that silently skipped parcels misleads."""
    # The count once, before the words: a header's value has room for one line.
    words = translate("Manifest", "not weighed")
    return f"{count} {words}" if count else ""


# A station keeper signs for each parcel in its row: room for a hand, not a 5 mm line.
SIGN_ROW_H = 9.0


def _join(*names: str) -> str:
    return "  ".join(n for n in names if n)


@dataclass(frozen=True)
class ManifestLine:
    parcel_id: Any  # uuid.UUID
    recipient: str
    phone: str
    weight_g: int | None
    tracking: str = ""
    number: str = ""  # the parcel number people read (`TSC-1204-0012`)


@dataclass(frozen=True)
class ManifestStop:
    number: int
    name_zh: str
    name_bo: str = ""
    lines: Sequence[ManifestLine] = ()


@dataclass(frozen=True)
class RunManifestData:
    run_id: Any  # uuid.UUID
    name: str
    township_zh: str
    township_bo: str
    day: date
    vehicle: str
    center_name: str
    stops: Sequence[ManifestStop]
    printed_at: datetime
    driver: str = ""
    reprint: bool = False


def run_columns() -> tuple[Column, ...]:
    """The parcel number comes first: it is what the driver and the keeper read aloud."""
    return (
        Column(translate("Manifest", "Parcel no."), 32),
        Column(translate("Manifest", "Tracking"), 28),
        Column(translate("Manifest", "Recipient"), 45),
        Column(translate("Manifest", "Phone"), 22),
        Column(translate("Manifest", "kg"), 13, "right"),
        Column(translate("Manifest", "Signature"), 0),
    )


def parcel_number(line: ManifestLine) -> str:
    """The number people read; a line built without one shows the parcel's code."""
    return line.number or parcel_code(line.parcel_id)


def run_manifest(data: RunManifestData) -> Document:
    """Parcels grouped by stop, with per-stop and run totals and a signature and stamp
    block per stop; the driver signs for the whole run at the end."""
    blocks: list[Block] = []
    total_count = total_g = total_unweighed = 0
    stop_count = len(data.stops)
    for stop in data.stops:
        title = translate("Manifest", "Stop {number}/{count}").format(
            number=stop.number, count=stop_count
        )
        title = _join(title, stop.name_zh, stop.name_bo)
        continued = _join(title, translate("Manifest", "(continued)"))
        blocks.append(Block("heading", text=title, continued=continued))
        weight = unweighed = 0
        for line in stop.lines:
            weight += line.weight_g or 0
            unweighed += line.weight_g is None
            blocks.append(
                Block(
                    "row",
                    (
                        parcel_number(line),
                        line.tracking,
                        line.recipient,
                        mask_phone(line.phone),
                        _kg(line.weight_g),
                        "",
                    ),
                    tall=SIGN_ROW_H,
                )
            )
        total_count += len(stop.lines)
        total_g += weight
        total_unweighed += unweighed
        blocks.append(
            Block(
                "total",
                (
                    _join(
                        translate("Manifest", "Stop total: {parcels} parcels").format(
                            parcels=len(stop.lines)
                        ),
                        not_weighed(unweighed),
                    ),
                    "",
                    "",
                    "",
                    _kg(weight),
                    "",
                ),
            )
        )
        blocks.append(
            Block(
                "sign",
                text=translate("Manifest", "Received at stop {number}").format(number=stop.number),
                signers=(
                    translate("Manifest", "Station keeper"),
                    translate("Manifest", "Date, time"),
                    translate("Manifest", "Station stamp"),
                ),
            )
        )
    blocks.append(
        Block(
            "total",
            (
                _join(
                    translate("Manifest", "Run total: {parcels} parcels, {stops} stops").format(
                        parcels=total_count, stops=stop_count
                    ),
                    not_weighed(total_unweighed),
                ),
                "",
                "",
                "",
                _kg(total_g),
                "",
            ),
        )
    )
    blocks.append(
        Block(
            "sign",
            text=translate("Manifest", "Driver takes over the parcels above"),
            signers=(
                translate("Manifest", "Dispatched by"),
                translate("Manifest", "Driver"),
                translate("Manifest", "Center stamp"),
            ),
        )
    )
    return Document(
        title=translate("Manifest", "Run manifest"),
        header=(
            (translate("Manifest", "Run"), data.name),
            (translate("Manifest", "Township"), data.township_zh),
            ("", data.township_bo),
            (translate("Manifest", "Date"), data.day.isoformat()),
            (translate("Manifest", "Vehicle"), data.vehicle),
            (translate("Manifest", "Driver"), data.driver),
            (translate("Manifest", "Center"), data.center_name),
            (translate("Manifest", "Stops"), str(stop_count)),
            (translate("Manifest", "Parcels"), str(total_count)),
            (
                translate("Manifest", "Weight"),
                _join(f"{_kg(total_g)} kg", not_weighed(total_unweighed)),
            ),
        ),
        columns=run_columns(),
        blocks=blocks,
        printed_at=data.printed_at,
        barcode=Symbol("code128", document_code(data.run_id)),
        reference=f"{data.name}  {data.township_zh}",
        reprint=data.reprint,
    )


@dataclass(frozen=True)
class DailyRunLine:
    name: str
    township: str
    vehicle: str
    depart: str
    stops: int
    parcels: int
    weight_g: int
    status: str
    not_weighed: int = 0  # parcels of the run without a weight, left out of weight_g


@dataclass(frozen=True)
class DailyManifestData:
    center_name: str
    day: date
    runs: Sequence[DailyRunLine]
    printed_at: datetime
    reprint: bool = False


def daily_manifest(data: DailyManifestData) -> Document:
    blocks = [
        Block(
            "row",
            (
                r.name,
                r.township,
                r.vehicle,
                r.depart,
                str(r.stops),
                str(r.parcels),
                _join(_kg(r.weight_g), f"({not_weighed(r.not_weighed)})" if r.not_weighed else ""),
                r.status,
                "",
            ),
        )
        for r in data.runs
    ]
    unweighed = sum(r.not_weighed for r in data.runs)
    blocks.append(
        Block(
            "total",
            (
                _join(
                    translate("Manifest", "Total: {runs} runs").format(runs=len(data.runs)),
                    not_weighed(unweighed),
                ),
                "",
                "",
                "",
                str(sum(r.stops for r in data.runs)),
                str(sum(r.parcels for r in data.runs)),
                _kg(sum(r.weight_g for r in data.runs)),
                "",
                "",
            ),
        )
    )
    blocks.append(
        Block(
            "sign",
            text=translate("Manifest", "Dispatched today"),
            signers=(
                translate("Manifest", "Dispatcher"),
                translate("Manifest", "Supervisor"),
                translate("Manifest", "Center stamp"),
            ),
        )
    )
    return Document(
        title=translate("Manifest", "Daily manifest"),
        header=(
            (translate("Manifest", "Center"), data.center_name),
            (translate("Manifest", "Date"), data.day.isoformat()),
            (translate("Manifest", "Runs"), str(len(data.runs))),
        ),
        # Names wrap onto more lines rather than being cut: the day's record is kept.
        columns=(
            Column(translate("Manifest", "Run"), 36, wrap=True),
            Column(translate("Manifest", "Township"), 26, wrap=True),
            Column(translate("Manifest", "Vehicle"), 20, wrap=True),
            Column(translate("Manifest", "Departs"), 17),
            Column(translate("Manifest", "Stops"), 13, "right"),
            Column(translate("Manifest", "Parcels"), 15, "right"),
            Column(translate("Manifest", "kg"), 20, "right", wrap=True),
            Column(translate("Manifest", "Status"), 18, wrap=True),
            Column(translate("Manifest", "Driver signs"), 0),
        ),
        blocks=blocks,
        printed_at=data.printed_at,
        reference=f"{data.center_name} {data.day.isoformat()}",
        reprint=data.reprint,
    )


@dataclass(frozen=True)
class TransferLine:
    sku: str
    name_zh: str
    name_bo: str
    lot: str
    expiry: date | None
    quantity: int
    unit: str


@dataclass(frozen=True)
class TransferData:
    number: str  # the transfer's own number, scanned as a document label
    from_center: str
    to_center: str
    day: date
    lines: Sequence[TransferLine]
    printed_at: datetime
    vehicle: str = ""
    reprint: bool = False
    status: str = "dispatched"  # TransferStatus value


TRANSFER_STATUS = {
    "open": QT_TRANSLATE_NOOP("Manifest", "NOT DISPATCHED"),
    "dispatched": QT_TRANSLATE_NOOP("Manifest", "Dispatched"),
    "received": QT_TRANSLATE_NOOP("Manifest", "Received"),
    "cancelled": QT_TRANSLATE_NOOP("Manifest", "CANCELLED"),
}
BLANK = "________________"  # a field written in by hand


def transfer_document(data: TransferData) -> Document:
    blocks = [
        Block(
            "row",
            (
                str(i),
                ln.sku,
                _join(ln.name_zh, ln.name_bo),
                ln.lot,
                ln.expiry.isoformat() if ln.expiry else "",
                str(ln.quantity),
                ln.unit,
                "",
            ),
        )
        for i, ln in enumerate(data.lines, start=1)
    ]
    blocks.append(
        Block(
            "total",
            (
                "",
                translate("Manifest", "Total: {lines} lines").format(lines=len(data.lines)),
                "",
                "",
                "",
                str(sum(ln.quantity for ln in data.lines)),
                "",
                "",
            ),
        )
    )
    blocks.append(
        Block(
            "sign",
            text=translate("Manifest", "Handover"),
            signers=(
                translate("Manifest", "Sent by"),
                translate("Manifest", "Driver"),
                translate("Manifest", "Received by"),
                translate("Manifest", "Stamp"),
            ),
        )
    )
    status = data.status
    if status in TRANSFER_STATUS:
        status = heading("Manifest", TRANSFER_STATUS[status])
    # An open transfer's paper is what to pick, not what left: its title says so.
    title = translate("Manifest", "Transfer document")
    if data.status != "dispatched" and data.status != "received":
        title = f"{title} ({status})"
    return Document(
        title=title,
        header=(
            (translate("Manifest", "Number"), data.number),
            (translate("Manifest", "Status"), status),
            (translate("Manifest", "From"), data.from_center),
            (translate("Manifest", "To"), data.to_center),
            (translate("Manifest", "Date"), data.day.isoformat()),
            (translate("Manifest", "Vehicle"), data.vehicle or BLANK),
        ),
        columns=(
            Column("#", 7, "right"),
            Column("SKU", 26, wrap=True),
            Column(translate("Manifest", "Product"), 62, wrap=True),
            Column(translate("Manifest", "Lot"), 22, wrap=True),
            Column(translate("Manifest", "Expiry"), 18),
            Column(translate("Manifest", "Qty"), 14, "right"),
            Column(translate("Manifest", "Unit"), 14, wrap=True),
            Column(translate("Manifest", "Received qty"), 0),
        ),
        blocks=blocks,
        printed_at=data.printed_at,
        barcode=Symbol("code128", document_label(data.number)),
        reference=f"{data.number}  {data.from_center} → {data.to_center}",
        reprint=data.reprint,
    )


@dataclass(frozen=True)
class PickLine:
    bin_code: str
    sku: str
    name_zh: str
    name_bo: str
    lot: str
    quantity: int
    order_ref: str = ""


@dataclass(frozen=True)
class PickListData:
    pick_list_id: Any  # uuid.UUID
    center_name: str
    lines: Sequence[PickLine]
    printed_at: datetime
    picker: str = ""
    reprint: bool = False
    zones: dict[str, str] = field(default_factory=dict)


def pick_list(data: PickListData) -> Document:
    """Lines in bin order, so the picker walks the aisles once."""
    lines = sorted(data.lines, key=lambda ln: (ln.bin_code, ln.sku, ln.lot))
    blocks = [
        Block(
            "row",
            (
                ln.bin_code,
                ln.sku,
                _join(ln.name_zh, ln.name_bo),
                ln.lot,
                str(ln.quantity),
                ln.order_ref,
                "[  ]",
            ),
        )
        for ln in lines
    ]
    blocks.append(
        Block(
            "total",
            (
                "",
                translate("Manifest", "Total: {lines} lines").format(lines=len(lines)),
                "",
                "",
                str(sum(ln.quantity for ln in lines)),
                "",
                "",
            ),
        )
    )
    blocks.append(
        Block(
            "sign",
            text=translate("Manifest", "Picked"),
            signers=(
                translate("Manifest", "Picker"),
                translate("Manifest", "Checked by"),
                translate("Manifest", "Date, time"),
            ),
        )
    )
    return Document(
        title=translate("Manifest", "Pick list"),
        header=(
            (translate("Manifest", "Center"), data.center_name),
            (translate("Manifest", "Picker"), data.picker),
            (translate("Manifest", "Lines"), str(len(lines))),
        ),
        # Marketplace order numbers run to 19 digits and go on the box: never cut them.
        columns=(
            Column(translate("Manifest", "Bin"), 22),
            Column("SKU", 26),
            Column(translate("Manifest", "Product"), 58),
            Column(translate("Manifest", "Lot"), 20),
            Column(translate("Manifest", "Qty"), 14, "right"),
            Column(translate("Manifest", "Order"), 36, size=6.5),
            Column("✓", 0),
        ),
        blocks=blocks,
        printed_at=data.printed_at,
        barcode=Symbol("code128", document_code(data.pick_list_id)),
        reference=f"{data.center_name}",
        reprint=data.reprint,
    )
