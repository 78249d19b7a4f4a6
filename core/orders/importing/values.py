"""Strict parsing of the cells of order files, and the records readers produce.

A cell that cannot be used raises `BadCell(reason)`; the reader turns it into a
rejected row naming the line and the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import QueryableAttribute

from core.shipping.models import Order
from core.text_limits import column_limit, text_problem

# Marketplace back ends write Beijing time without a zone.
CHINA_TIME = timezone(timedelta(hours=8), "Asia/Shanghai")

_ORDER_ID = re.compile(r"[0-9]{17,19}")
_SCIENTIFIC = re.compile(r"[0-9](\.[0-9]+)?[eE][+]?[0-9]+")
_MONEY = re.compile(r"[0-9]+(\.[0-9]{1,2})?")
# The largest amount kept, in fen: 999,999,999.99 yuan (money is BIGINT, core.storage.base;
# nothing a county shop sells comes near, so more is a spoiled cell, not an order).
MAX_AMOUNT_FEN = 99_999_999_999
_QUANTITY = re.compile(r"[0-9]{1,6}")
# The export's own layout, parsed without strptime (which costs more than the rest of a row).
_EXPORT_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})")
_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
)


class BadCell(Exception):
    """A cell's value is unusable; `reason` is a stable code (see each parser), `limit`
    the most characters its column holds when the reason is "too_long"."""

    def __init__(self, reason: str, limit: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.limit = limit


def is_scientific(text: str) -> bool:
    """True for what Excel shows of a long number it took over: `3.81235E+18`."""
    return _SCIENTIFIC.fullmatch(text) is not None


def marketplace_order_id(text: str) -> str:
    """A Taobao/Tmall order number: 17 to 19 digits, kept as a string.

    Reasons: "required"; "excel_mangled" for `3.81235E+18` (the digits are lost
    for good, so guessing would attach the row to the wrong order); "malformed".
    """
    if not text:
        raise BadCell("required")
    if _SCIENTIFIC.fullmatch(text):
        raise BadCell("excel_mangled")
    if not _ORDER_ID.fullmatch(text):
        raise BadCell("malformed")
    return text


def any_order_id(text: str) -> str:
    """An order number from another shop's spreadsheet: any non-blank text, not Excel-mangled."""
    if not text:
        raise BadCell("required")
    if _SCIENTIFIC.fullmatch(text):
        raise BadCell("excel_mangled")
    return limited(text, Order.external_id)


def money_fen(text: str) -> int | None:
    """Yuan as written in exports (`12.50`, `12.50元`, `¥12.5`) to whole fen; blank = None.

    Reasons: "money" (not an amount), "money_range" (over MAX_AMOUNT_FEN).
    """
    cleaned = text.replace("元", "").replace("¥", "").replace("￥", "").replace(",", "").strip()
    if not cleaned:
        return None
    if not _MONEY.fullmatch(cleaned):
        raise BadCell("money")
    try:
        fen = int(Decimal(cleaned) * 100)
    except InvalidOperation:  # pragma: no cover - the pattern already excludes it
        raise BadCell("money") from None
    if fen > MAX_AMOUNT_FEN:
        raise BadCell("money_range")
    return fen


def quantity(text: str, *, default: int | None = None) -> int:
    """A whole positive count of units (blank = `default` when one is given)."""
    if not text and default is not None:
        return default
    if not _QUANTITY.fullmatch(text) or int(text) == 0:
        raise BadCell("quantity")
    return int(text)


def china_datetime(text: str) -> datetime | None:
    """A Beijing-time timestamp as exported, to aware UTC; blank = None."""
    if not text:
        return None
    match = _EXPORT_TIME.fullmatch(text)
    if match:
        try:
            year, month, day, hour, minute, second = (int(part) for part in match.groups())
            local = datetime(year, month, day, hour, minute, second)
        except ValueError:
            raise BadCell("datetime") from None
        return _in_utc(local)
    for pattern in _DATETIME_FORMATS:
        try:
            local = datetime.strptime(text, pattern)
        except ValueError:
            continue
        return _in_utc(local)
    raise BadCell("datetime")


def _in_utc(local: datetime) -> datetime:
    try:
        return local.replace(tzinfo=CHINA_TIME).astimezone(UTC)
    except OverflowError:  # 0001-01-01 00:00 in Beijing is before the calendar starts
        raise BadCell("datetime") from None


def limited(text: str, column: QueryableAttribute[Any], *, required: bool = False) -> str:
    """`text` if it fits the column it is stored in (`core.text_limits`); reasons
    "required", "too_long" (with the limit) and "nul" (PostgreSQL cannot store a NUL)."""
    if required and not text:
        raise BadCell("required")
    limit = column_limit(column)
    problem = text_problem(text, limit)
    if problem is not None:
        raise BadCell(problem, limit if problem == "too_long" else None)
    return text


@dataclass(frozen=True)
class Rejected:
    """A row that cannot be used: its line (header = 1), the column header and why."""

    line: int
    field: str
    reason: str
    order_id: str = ""
    file: str = ""  # "" = the file imported; "items" = its item report
    limit: int | None = None  # reason "too_long": the most characters the field holds


@dataclass(frozen=True)
class Skipped:
    """A usable order that does not become a parcel (unpaid, closed, refunded, ...)."""

    line: int
    order_id: str
    reason: str
    status: str = ""


@dataclass
class LineRecord:
    sku: str
    title: str
    quantity: int
    price_fen: int | None = None


@dataclass
class OrderRecord:
    """One order as a reader understood it; `eligible` says whether it becomes a parcel."""

    line: int
    external_id: str
    status: str
    eligible: bool
    recipient: str
    phone: str
    address: str
    buyer: str = ""
    note: str = ""
    amount_fen: int | None = None
    ordered_at: datetime | None = None
    paid_at: datetime | None = None
    lines: list[LineRecord] = field(default_factory=list)


@dataclass
class ReadResult:
    """Everything a reader made of a file, before the database is touched."""

    channel: str
    path: str
    sha256: str
    encoding: str
    orders: list[OrderRecord]
    skipped: list[Skipped]
    rejected: list[Rejected]
    rows: int  # data rows read (excluding the header)
    id_header: str = "订单编号"  # the order-number column as the file names it
