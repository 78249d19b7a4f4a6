"""Any CSV or XLSX order file, read through a named column mapping the clerk saved.

A mapping says which header holds which field. Rows with the same order number
are one order with several item lines (the usual shape of a shop's sheet).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.orders.importing import values as v
from core.orders.importing.reading import Row, Table, read_table
from core.orders.importing.taobao import broken_row, classify_status
from core.shipping.models import Order, OrderLine, Parcel

# Fields a mapping can fill, in the order the mapping dialog shows them.
ORDER_FIELDS = (
    "order_id",
    "recipient",
    "phone",
    "address",
    "status",
    "sku",
    "quantity",
    "title",
    "price",
    "amount",
    "buyer",
    "note",
    "ordered_at",
    "paid_at",
)
REQUIRED_FIELDS = ("order_id", "recipient", "address")
ARRIVAL_FIELDS = ("barcode", "recipient", "phone", "address", "carrier")
ARRIVAL_REQUIRED = ("barcode", "recipient", "address")

# Headers a carrier's arrival list uses, so most lists need no mapping at all.
ARRIVAL_HEADERS = {
    "barcode": ("运单号", "快递单号", "运单编号", "单号", "条码", "barcode", "tracking"),
    "recipient": ("收件人", "收件人姓名", "收货人", "收货人姓名", "recipient"),
    "phone": ("收件人电话", "收件人手机", "联系电话", "手机", "电话", "phone"),
    "address": ("收件地址", "收件人地址", "收货地址", "地址", "address"),
    "carrier": ("快递公司", "承运商", "物流公司", "carrier"),
}


@dataclass(frozen=True)
class ColumnMapping:
    """A saved mapping: its name, the channel its orders belong to, header per field."""

    name: str
    channel: str
    columns: dict[str, str]


def _columns(table: Table, columns: dict[str, str], required: tuple[str, ...]) -> dict[str, int]:
    groups = {f: (columns[f],) for f in columns if columns[f]}
    for field in required:
        groups.setdefault(field, (field,))  # reported missing under the field's own name
    return table.require(groups)


def _cell(row: Row, cols: dict[str, int], field: str) -> str:
    index = cols.get(field)
    return row.cells[index] if index is not None and index < len(row.cells) else ""


def read_mapped_orders(path: str | Path, mapping: ColumnMapping) -> v.ReadResult:
    table = read_table(path)
    cols = _columns(table, mapping.columns, REQUIRED_FIELDS)
    orders: dict[str, v.OrderRecord] = {}
    skipped: list[v.Skipped] = []
    rejected: list[v.Rejected] = []
    skipped_ids: set[str] = set()
    for row in table.rows:
        broken = broken_row(table, cols, row)
        if broken is not None:
            rejected.append(v.Rejected(row.line, broken, "broken_row"))
            continue
        order_id = ""
        try:
            order_id = v.any_order_id(_cell(row, cols, "order_id"))
            if order_id in skipped_ids:
                continue
            # Without a status column every row is an order to ship.
            status = _parse(row, cols, "status", v.limited, Order.status)
            reason = classify_status(status) if "status" in cols else ""
            if reason:
                skipped_ids.add(order_id)
                skipped.append(v.Skipped(row.line, order_id, reason, status))
                continue
            line = _line(row, cols)
            if order_id in orders:
                orders[order_id].lines.append(line)
                continue
            orders[order_id] = _order(row, cols, order_id, status, line)
        except _Bad as bad:
            rejected.append(
                v.Rejected(
                    row.line, table.headers[cols[bad.field]], bad.reason, order_id, limit=bad.limit
                )
            )
        except v.BadCell as bad:  # the order number itself
            rejected.append(
                v.Rejected(row.line, table.headers[cols["order_id"]], bad.reason, limit=bad.limit)
            )
    return v.ReadResult(
        mapping.channel,
        table.path,
        table.sha256,
        table.encoding,
        list(orders.values()),
        skipped,
        rejected,
        len(table.rows),
        table.headers[cols["order_id"]],
    )


class _Bad(Exception):
    def __init__(self, field: str, bad: v.BadCell) -> None:
        super().__init__(field, bad.reason)
        self.field = field
        self.reason = bad.reason
        self.limit = bad.limit


def _parse(row: Row, cols: dict[str, int], field: str, parser, *args, **kwargs):  # type: ignore[no-untyped-def]
    try:
        return parser(_cell(row, cols, field), *args, **kwargs)
    except v.BadCell as bad:
        raise _Bad(field, bad) from None


def _line(row: Row, cols: dict[str, int]) -> v.LineRecord:
    return v.LineRecord(
        sku=_parse(row, cols, "sku", v.limited, OrderLine.sku),
        title=_parse(row, cols, "title", v.limited, OrderLine.title),
        quantity=_parse(row, cols, "quantity", v.quantity, default=1),
        price_fen=_parse(row, cols, "price", v.money_fen),
    )


def _order(
    row: Row, cols: dict[str, int], order_id: str, status: str, line: v.LineRecord
) -> v.OrderRecord:
    return v.OrderRecord(
        line=row.line,
        external_id=order_id,
        status=status,
        eligible=True,
        recipient=_parse(row, cols, "recipient", v.limited, Order.recipient, required=True),
        phone=_parse(row, cols, "phone", v.limited, Order.phone),
        address=_parse(row, cols, "address", v.limited, Order.address, required=True),
        buyer=_parse(row, cols, "buyer", v.limited, Order.buyer),
        note=_parse(row, cols, "note", v.limited, Order.note),
        amount_fen=_parse(row, cols, "amount", v.money_fen),
        ordered_at=_parse(row, cols, "ordered_at", v.china_datetime),
        paid_at=_parse(row, cols, "paid_at", v.china_datetime),
        lines=[line],
    )


@dataclass
class ArrivalRecord:
    line: int
    barcode: str
    recipient: str
    phone: str
    address: str
    carrier: str


def read_arrivals(
    path: str | Path,
    columns: dict[str, str] | None = None,
) -> tuple[Table, list[ArrivalRecord], list[v.Rejected]]:
    """A carrier's arrival list: by the given mapping, else by the usual headers."""
    table = read_table(path)
    if columns:
        cols = _columns(table, columns, ARRIVAL_REQUIRED)
    else:
        groups = {f: ARRIVAL_HEADERS[f] for f in ARRIVAL_REQUIRED}
        cols = table.require(groups)
        for field in ("phone", "carrier"):
            index = table.column(*ARRIVAL_HEADERS[field])
            if index is not None:
                cols[field] = index
    records: list[ArrivalRecord] = []
    rejected: list[v.Rejected] = []
    for row in table.rows:
        broken = broken_row(table, cols, row)
        if broken is not None:
            rejected.append(v.Rejected(row.line, broken, "broken_row"))
            continue
        try:
            records.append(
                ArrivalRecord(
                    line=row.line,
                    barcode=_parse(row, cols, "barcode", carrier_barcode),
                    recipient=_parse(
                        row, cols, "recipient", v.limited, Parcel.recipient, required=True
                    ),
                    phone=_parse(row, cols, "phone", v.limited, Parcel.phone),
                    address=_parse(row, cols, "address", v.limited, Parcel.address, required=True),
                    carrier=_parse(row, cols, "carrier", v.limited, Parcel.carrier),
                )
            )
        except _Bad as bad:
            rejected.append(
                v.Rejected(row.line, table.headers[cols[bad.field]], bad.reason, limit=bad.limit)
            )
    return table, records, rejected


def carrier_barcode(text: str) -> str:
    """What a carrier's label encodes: 6 to 40 printable ASCII characters, no blanks.

    A barcode read through a Chinese input method arrives as full-width or
    other text; refusing it beats registering a parcel nobody can find again.
    """
    code = text.strip()
    if not code:
        raise v.BadCell("required")
    if not (6 <= len(code) <= 40) or not all("!" <= c <= "~" for c in code):
        raise v.BadCell("barcode")
    if v.is_scientific(code):
        raise v.BadCell("excel_mangled")
    return code
