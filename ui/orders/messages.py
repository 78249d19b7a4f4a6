"""Sentences for the order side's typed errors and import reports, in the clerk's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.shipping import order_errors as oe
from core.shipping.importing import errors as ie
from core.shipping.importing.values import Rejected, Skipped
from ui.error_messages import describe

_CONTEXT = "OrderMessages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def reason_label(reason: str) -> str:
    """A rejected row's or a skipped order's reason code, in words."""
    labels = {
        "required": _tr("empty"),
        "excel_mangled": _tr("number spoiled by Excel (like 3.81235E+18); export the file again"),
        "malformed": _tr("not an order number"),
        "money": _tr("not an amount of money"),
        "quantity": _tr("not a whole quantity"),
        "datetime": _tr("not a date and time"),
        "too_long": _tr("too long"),
        "broken_row": _tr("row cut short or with extra cells"),
        "no_items": _tr("no item lines in the item report"),
        "conflicting_repeat": _tr("the same order appears earlier with other content"),
        "barcode": _tr("not a barcode"),
        "unpaid": _tr("not paid"),
        "closed": _tr("closed"),
        "refunded": _tr("refunded"),
        "already_shipped": _tr("already shipped"),
        "unknown_status": _tr("unknown status"),
    }
    return labels.get(reason, reason)


def describe_error(error: BaseException | None, fallback: str = "") -> str:
    if error is None:
        return fallback
    return describe_own(error) or describe(error)


def describe_own(error: BaseException) -> str | None:
    """A sentence for an order, packing or import error, None for other errors
    (`ui.error_messages` asks every area's `describe_own` before its generic sentence)."""
    match error:
        case ie.UnreadableFile(path=path, reason="encoding"):
            return _tr("{path} cannot be read: it is not UTF-8 or GBK/GB18030 text. "
                       "Nothing was imported.").format(path=path)
        case ie.UnreadableFile(path=path, reason=reason):
            return _tr("{path} cannot be read ({reason}). Nothing was imported.").format(
                path=path, reason=reason)
        case ie.MissingColumns(path=path, columns=columns):
            return _tr("{path} lacks the columns: {columns}. Nothing was imported.").format(
                path=path, columns=", ".join(columns))
        case ie.MappingRequired():
            return _tr("Choose a saved column mapping for this file, or make one.")
        case ie.UnknownMapping(name=name):
            return _tr("There is no column mapping called “{name}”.").format(name=name)
        case ie.ImportCancelled():
            return _tr("Import cancelled; nothing was saved.")
        case oe.ItemNotInOrder(code=code):
            return _tr("“{code}” is not in this order.").format(code=code)
        case oe.ItemAlreadyPacked(sku=sku, quantity=quantity):
            return _tr("All {quantity} of {sku} are already packed.").format(
                sku=sku, quantity=quantity)
        case oe.PackingIncomplete(missing=missing):
            return _tr("Still missing: {items}.").format(
                items=", ".join(f"{sku} × {n}" for sku, n in missing))
        case oe.NotOnPickList(code=code):
            return _tr("Nothing left to pick of “{code}” on this list.").format(code=code)
        case oe.NothingToPick():
            return _tr("No reserved parcel is waiting for a pick list.")
        case oe.ArrivalAlreadyRegistered(barcode=barcode):
            return _tr("{barcode} was registered already.").format(barcode=barcode)
        case oe.WrongParcelStatus(status=status):
            return _tr("This parcel is {status}: it cannot be packed now.").format(status=status)
        case oe.UnknownPickList():
            return _tr("That pick list no longer exists.")
        case ie.UnknownFormat(format=name):
            return _tr("“{format}” is not a known order file format.").format(format=name)
    return None


def rejected_line(row: Rejected) -> str:
    where = _tr("item report, ") if row.file else ""
    return _tr("{where}line {line}, column {column}: {reason}").format(
        where=where, line=row.line, column=row.field, reason=reason_label(row.reason))


def skipped_line(row: Skipped) -> str:
    return _tr("line {line}: order {order} skipped: {reason}").format(
        line=row.line, order=row.order_id, reason=reason_label(row.reason))
