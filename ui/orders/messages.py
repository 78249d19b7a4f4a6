"""Sentences for the order side's typed errors and import reports, in the clerk's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.orders import errors as oe
from core.orders.importing import errors as ie
from core.orders.importing.values import Rejected, Skipped
from ui.error_messages import describe

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def reason_label(reason: str) -> str:
    """A rejected row's or a skipped order's reason code, in words."""
    labels = {
        "required": translate("OrderMessages", "empty"),
        "excel_mangled": translate(
            "OrderMessages", "number spoiled by Excel (like 3.81235E+18); export the file again"
        ),
        "malformed": translate(
            "OrderMessages", "not an order number (a Taobao/Tmall number has 17 to 19 digits)"
        ),
        "money": translate("OrderMessages", "not an amount of money"),
        "quantity": translate("OrderMessages", "not a whole quantity"),
        "datetime": translate("OrderMessages", "not a date and time"),
        "too_long": translate("OrderMessages", "too long"),
        "broken_row": translate("OrderMessages", "row cut short or with extra cells"),
        "no_items": translate("OrderMessages", "no item lines in the item report"),
        "conflicting_repeat": translate(
            "OrderMessages", "the same order appears earlier with other content"
        ),
        "barcode": translate("OrderMessages", "not a barcode"),
        "unpaid": translate("OrderMessages", "not paid"),
        "closed": translate("OrderMessages", "closed"),
        "refunded": translate("OrderMessages", "refunded"),
        "already_shipped": translate("OrderMessages", "already shipped"),
        "unknown_status": translate("OrderMessages", "unknown status"),
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
            return translate(
                "OrderMessages",
                "{path} cannot be read: it is not UTF-8 or GBK/GB18030 text. Nothing was imported.",
            ).format(path=path)
        case ie.UnreadableFile(path=path, reason=reason):
            return translate(
                "OrderMessages",
                "{path} cannot be read ({reason}). Nothing was imported.",
            ).format(path=path, reason=reason)
        case ie.MissingColumns(path=path, columns=columns):
            return translate(
                "OrderMessages",
                "{path} lacks the columns: {columns}. Nothing was imported.",
            ).format(path=path, columns=", ".join(columns))
        case ie.MappingRequired():
            return translate(
                "OrderMessages", "Choose a saved column mapping for this file, or make one."
            )
        case ie.UnknownMapping(name=name):
            return translate("OrderMessages", "There is no column mapping called “{name}”.").format(
                name=name
            )
        case ie.ImportCancelled():
            return translate("OrderMessages", "Import cancelled; nothing was saved.")
        case oe.ItemNotInOrder(code=code):
            return translate("OrderMessages", "“{code}” is not in this order.").format(code=code)
        case oe.ItemAlreadyPacked(sku=sku, quantity=quantity):
            return translate("OrderMessages", "All {quantity} of {sku} are already packed.").format(
                sku=sku, quantity=quantity
            )
        case oe.PackingIncomplete(missing=missing):
            return translate("OrderMessages", "Still missing: {items}.").format(
                items=", ".join(f"{sku} × {n}" for sku, n in missing)
            )
        case oe.NotOnPickList(code=code):
            return translate(
                "OrderMessages", "Nothing left to pick of “{code}” on this list."
            ).format(code=code)
        case oe.NothingToPick():
            return translate("OrderMessages", "No reserved parcel is waiting for a pick list.")
        case oe.ArrivalAlreadyRegistered(barcode=barcode):
            return translate("OrderMessages", "{barcode} was registered already.").format(
                barcode=barcode
            )
        case oe.WrongParcelStatus(status=status):
            return translate(
                "OrderMessages",
                "This parcel is {status}: it cannot be packed now.",
            ).format(status=status)
        case oe.UnknownPickList():
            return translate("OrderMessages", "That pick list no longer exists.")
        case ie.UnknownFormat(format=name):
            return translate(
                "OrderMessages", "“{format}” is not a known order file format."
            ).format(format=name)
    return None


def rejected_line(row: Rejected) -> str:
    where = translate("OrderMessages", "item report, ") if row.file else ""
    return translate("OrderMessages", "{where}line {line}, column {column}: {reason}").format(
        where=where, line=row.line, column=row.field, reason=reason_label(row.reason)
    )


def skipped_line(row: Skipped) -> str:
    return translate("OrderMessages", "line {line}: order {order} skipped: {reason}").format(
        line=row.line, order=row.order_id, reason=reason_label(row.reason)
    )
