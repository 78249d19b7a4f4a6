"""Run manifests, daily manifests, transfer documents and pick lists as plain data,
turned into paged documents (`documents.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from core.inventory.scanning import document_label
from core.printing.documents import Block, Column, Document
from core.printing.payloads import document_code, mask_phone, parcel_code
from core.printing.render import Symbol


def _kg(weight_g: int | None) -> str:
    return "" if weight_g is None else f"{weight_g / 1000:.2f}"


def not_weighed(count: int) -> str:
    """What a weight total leaves out: a total that silently skipped parcels misleads."""
    return f"{count} 件未称重 not weighed" if count else ""


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


# The parcel number comes first: it is what the driver and the keeper read aloud.
RUN_COLUMNS = (
    Column("包裹号 Parcel no.", 32),
    Column("邮件号 Tracking", 28),
    Column("收件人 Recipient", 45),
    Column("电话 Phone", 22),
    Column("重量 kg", 13, "right"),
    Column("签收 Signature", 0),
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
        title = f"第 {stop.number} 站 Stop {stop.number}/{stop_count}  " + _join(
            stop.name_zh, stop.name_bo
        )
        blocks.append(Block("heading", text=title, continued=title + "  (续 continued)"))
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
                        f"本站合计 Stop total: {len(stop.lines)} 件 parcels", not_weighed(unweighed)
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
                text=f"第 {stop.number} 站签收 Received at stop {stop.number}",
                signers=("站点签字 Station keeper", "日期时间 Date, time", "站点盖章 Stamp"),
            )
        )
    blocks.append(
        Block(
            "total",
            (
                _join(
                    f"全部合计 Run total: {total_count} 件 parcels, {stop_count} 站 stops",
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
            text="司机签字 Driver takes over the parcels above",
            signers=("发件人 Dispatched by", "司机 Driver", "中心盖章 Center stamp"),
        )
    )
    return Document(
        title="班车交接清单 Run manifest",
        header=(
            ("班次 Run", data.name),
            ("乡镇 Township", data.township_zh),
            ("", data.township_bo),
            ("日期 Date", data.day.isoformat()),
            ("车辆 Vehicle", data.vehicle),
            ("司机 Driver", data.driver),
            ("中心 Center", data.center_name),
            ("站数 Stops", str(stop_count)),
            ("件数 Parcels", str(total_count)),
            ("重量 Weight", _join(f"{_kg(total_g)} kg", not_weighed(total_unweighed))),
        ),
        columns=RUN_COLUMNS,
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
                _join(_kg(r.weight_g), f"({r.not_weighed} 未称重)" if r.not_weighed else ""),
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
                _join(f"合计 Total: {len(data.runs)} 班 runs", not_weighed(unweighed)),
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
            text="当日发运 Dispatched today",
            signers=("调度 Dispatcher", "主管 Supervisor", "中心盖章 Center stamp"),
        )
    )
    return Document(
        title="每日发运清单 Daily manifest",
        header=(
            ("中心 Center", data.center_name),
            ("日期 Date", data.day.isoformat()),
            ("班次 Runs", str(len(data.runs))),
        ),
        # Names wrap onto more lines rather than being cut: the day's record is kept.
        columns=(
            Column("班次 Run", 36, wrap=True),
            Column("乡镇 Township", 26, wrap=True),
            Column("车辆 Vehicle", 20, wrap=True),
            Column("出发 Departs", 17),
            Column("站 Stops", 13, "right"),
            Column("件 Parcels", 15, "right"),
            Column("重量 kg", 20, "right", wrap=True),
            Column("状态 Status", 18, wrap=True),
            Column("司机签字 Driver", 0),
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
    "open": "未发出 NOT DISPATCHED",
    "dispatched": "已发出 Dispatched",
    "received": "已接收 Received",
    "cancelled": "已取消 CANCELLED",
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
                f"合计 Total: {len(data.lines)} 行 lines",
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
            text="交接 Handover",
            signers=("发出 Sent by", "司机 Driver", "接收 Received by", "盖章 Stamp"),
        )
    )
    status = TRANSFER_STATUS.get(data.status, data.status)
    # An open transfer's paper is what to pick, not what left: its title says so.
    title = "调拨单 Transfer document"
    if data.status != "dispatched" and data.status != "received":
        title = f"调拨单 Transfer document ({status})"
    return Document(
        title=title,
        header=(
            ("单号 Number", data.number),
            ("状态 Status", status),
            ("发出 From", data.from_center),
            ("接收 To", data.to_center),
            ("日期 Date", data.day.isoformat()),
            ("车辆 Vehicle", data.vehicle or BLANK),
        ),
        columns=(
            Column("#", 7, "right"),
            Column("SKU", 26, wrap=True),
            Column("商品 Product", 62, wrap=True),
            Column("批号 Lot", 22, wrap=True),
            Column("到期 Expiry", 18),
            Column("数量 Qty", 14, "right"),
            Column("单位 Unit", 14, wrap=True),
            Column("实收 Received", 0),
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
                f"合计 Total: {len(lines)} 行 lines",
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
            text="拣货 Picked",
            signers=("拣货人 Picker", "复核 Checked by", "日期时间 Date, time"),
        )
    )
    return Document(
        title="拣货单 Pick list",
        header=(
            ("中心 Center", data.center_name),
            ("拣货人 Picker", data.picker),
            ("行数 Lines", str(len(lines))),
        ),
        # Marketplace order numbers run to 19 digits and go on the box: never cut them.
        columns=(
            Column("库位 Bin", 22),
            Column("SKU", 26),
            Column("商品 Product", 58),
            Column("批号 Lot", 20),
            Column("数量 Qty", 14, "right"),
            Column("订单 Order", 36, size=6.5),
            Column("✓", 0),
        ),
        blocks=blocks,
        printed_at=data.printed_at,
        barcode=Symbol("code128", document_code(data.pick_list_id)),
        reference=f"{data.center_name}",
        reprint=data.reprint,
    )
