"""Taobao / Tmall seller exports: the order report (订单报表) and the item report (宝贝报表).

Columns are found by header name, never by position: their number and order
change from year to year (docs/field-facts.md, "Marketplace exports").
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from core.orders.importing import values as v
from core.orders.importing.reading import Row, Table, read_table
from core.shipping.models import Order, OrderLine

CHANNEL = "taobao"  # Tmall orders share Taobao's order-number space
ITEMS_FILE = "items"  # `Rejected.file` of rows of the item report

ORDER_ID = ("订单编号",)
ORDER_REQUIRED = {
    "external_id": ORDER_ID,
    "status": ("订单状态",),
    "recipient": ("收货人姓名",),
    "address": ("收货地址",),
}
ORDER_OPTIONAL = {
    "address_changed": ("修改后的收货地址",),
    "mobile": ("联系手机",),
    "phone": ("联系电话",),
    "buyer": ("买家会员名",),
    "amount": ("买家实际支付金额",),
    "note": ("买家留言",),
    "ordered_at": ("订单创建时间",),
    "paid_at": ("订单付款时间",),
    "title": ("宝贝标题",),
    "count": ("宝贝总数量",),
}
ITEM_REQUIRED = {"external_id": ORDER_ID, "sku": ("商家编码",), "quantity": ("购买数量",)}
ITEM_OPTIONAL = {"title": ("标题",), "price": ("价格",), "status": ("订单状态",)}


@dataclass
class Items:
    """The item report read: lines per order, and rejections of its rows."""

    lines: dict[str, list[v.LineRecord]] = dataclasses.field(default_factory=dict)
    bad: dict[str, v.Rejected] = dataclasses.field(default_factory=dict)  # by order number
    orphans: list[v.Rejected] = dataclasses.field(default_factory=list)  # no usable order number


def classify_status(status: str) -> str:
    """ "" when an order in this status becomes a parcel, else why it is skipped.

    Only paid orders waiting for us to ship become parcels. One already marked
    shipped was sent some other way: making a parcel of it would ship it twice.
    """
    text = unicodedata.normalize("NFKC", status).replace(" ", "")
    if "退款" in text:
        return "refunded"
    if "关闭" in text:
        return "closed"
    if "未付款" in text or "等待买家付款" in text:
        return "unpaid"
    if "等待卖家发货" in text or text in {"已付款", "买家已付款", "paid"}:
        return ""
    if "已发货" in text or "交易成功" in text or "已签收" in text:
        return "already_shipped"
    return "unknown_status"


_HEADER_OF = {"items": "商家编码", "mobile": "联系手机", "count": "宝贝总数量"}


def read_orders(path: str | Path, items_path: str | Path | None = None) -> v.ReadResult:
    """Read an order report, joined with its item report when one is given."""
    table = read_table(path, header_names=ORDER_ID)
    return orders_from_table(table, read_items(items_path) if items_path else None)


def orders_from_table(table: Table, items: Items | None) -> v.ReadResult:
    cols = table.require(ORDER_REQUIRED)
    for field, names in ORDER_OPTIONAL.items():
        index = table.column(*names)
        if index is not None:
            cols[field] = index
    orders: list[v.OrderRecord] = []
    skipped: list[v.Skipped] = []
    rejected: list[v.Rejected] = list(items.orphans) if items else []
    for row in table.rows:
        _read_order_row(table, cols, row, items, orders, skipped, rejected)
    return v.ReadResult(
        CHANNEL,
        table.path,
        table.sha256,
        table.encoding,
        orders,
        skipped,
        rejected,
        len(table.rows),
    )


def _cell(row: Row, cols: dict[str, int], field: str) -> str:
    index = cols.get(field)
    if index is None or index >= len(row.cells):
        return ""
    return row.cells[index]


def broken_row(table: Table, cols: dict[str, int], row: Row) -> str | None:
    """The header of the first column a cut or overflowing row cannot fill, or None.

    A row cut short (or with more cells than headers, from an unquoted comma)
    has its cells under the wrong headers: reading it would put a phone number
    in the address.
    """
    width = len(row.cells)
    if width > len(table.headers) and any(row.cells[len(table.headers) :]):
        return table.headers[-1]
    if table.encoding == "xlsx":  # a sheet's short rows are only empty cells at the end
        return None
    missing = [i for i in cols.values() if i >= width]
    return table.headers[min(missing)] if missing else None


def _read_order_row(
    table: Table,
    cols: dict[str, int],
    row: Row,
    items: Items | None,
    orders: list[v.OrderRecord],
    skipped: list[v.Skipped],
    rejected: list[v.Rejected],
) -> None:
    def header(field: str) -> str:
        return table.headers[cols[field]]

    broken = broken_row(table, cols, row)
    if broken is not None:
        rejected.append(v.Rejected(row.line, broken, "broken_row"))
        return
    field = "external_id"
    try:
        external_id = v.marketplace_order_id(_cell(row, cols, field))
        field = "status"
        status = v.limited(_cell(row, cols, field), Order.status)
        reason = classify_status(status)
        if reason:
            skipped.append(v.Skipped(row.line, external_id, reason, status))
            return
        field = "recipient"
        recipient = v.limited(_cell(row, cols, field), Order.recipient, required=True)
        # 修改后的收货地址 is the buyer's correction after ordering: it wins when filled.
        field = "address_changed" if _cell(row, cols, "address_changed") else "address"
        address = v.limited(_cell(row, cols, field), Order.address, required=True)
        field = "mobile"
        phone = v.limited(_cell(row, cols, "mobile") or _cell(row, cols, "phone"), Order.phone)
        field = "amount"
        amount = v.money_fen(_cell(row, cols, field))
        field = "ordered_at"
        ordered_at = v.china_datetime(_cell(row, cols, field))
        field = "paid_at"
        paid_at = v.china_datetime(_cell(row, cols, field))
        if items is not None:
            if external_id in items.bad:
                rejected.append(items.bad[external_id])
                return
            field = "items"
            lines = items.lines.get(external_id, [])
            if not lines:
                raise v.BadCell("no_items")
        else:
            field = "count"
            count = v.quantity(_cell(row, cols, field), default=1)
            field = "title"
            lines = [v.LineRecord("", v.limited(_cell(row, cols, field), OrderLine.title), count)]
        field = "buyer"
        buyer = v.limited(_cell(row, cols, field), Order.buyer)
        field = "note"
        note = v.limited(_cell(row, cols, field), Order.note)
    except v.BadCell as bad:
        column = header(field) if field in cols else _HEADER_OF.get(field, field)
        order_id = _cell(row, cols, "external_id") if field != "external_id" else ""
        rejected.append(v.Rejected(row.line, column, bad.reason, order_id, limit=bad.limit))
        return
    orders.append(
        v.OrderRecord(
            line=row.line,
            external_id=external_id,
            status=status,
            eligible=True,
            recipient=recipient,
            phone=phone,
            address=address,
            buyer=buyer,
            note=note,
            amount_fen=amount,
            ordered_at=ordered_at,
            paid_at=paid_at,
            lines=lines,
        )
    )


def read_items(path: str | Path) -> Items:
    """Item lines per order number; lines refunded on their own are left out.

    A bad item row spoils its order (rejected with the item report's line and
    column): shipping the order short would be worse than holding it back.
    """
    table = read_table(path, header_names=ORDER_ID)
    cols = table.require(ITEM_REQUIRED)
    for field, names in ITEM_OPTIONAL.items():
        index = table.column(*names)
        if index is not None:
            cols[field] = index
    items = Items()
    for row in table.rows:
        field = "external_id"
        external_id = ""
        try:
            external_id = v.marketplace_order_id(_cell(row, cols, field))
            if classify_status(_cell(row, cols, "status")) in {"refunded", "closed"}:
                continue
            field = "sku"
            sku = v.limited(_cell(row, cols, field), OrderLine.sku, required=True)
            field = "quantity"
            count = v.quantity(_cell(row, cols, field))
            field = "price"
            price = v.money_fen(_cell(row, cols, field))
            field = "title"
            title = v.limited(_cell(row, cols, field), OrderLine.title)
        except v.BadCell as bad:
            rejection = v.Rejected(
                row.line,
                table.headers[cols[field]],
                bad.reason,
                external_id,
                file=ITEMS_FILE,
                limit=bad.limit,
            )
            if external_id:
                items.bad.setdefault(external_id, rejection)
            else:
                items.orphans.append(rejection)
            continue
        items.lines.setdefault(external_id, []).append(v.LineRecord(sku, title, count, price))
    return items
