"""Sentences for the clerk for the workflow errors; other errors go to ui.error_messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.inventory import workflow_errors as w
from ui import error_messages

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def describe(error: BaseException) -> str:
    return describe_own(error) or error_messages.describe(error)


def describe_own(error: BaseException) -> str | None:
    """A sentence for a workflow error, None for other errors (`ui.error_messages`
    asks every area's `describe_own` before its generic sentence)."""
    match error:
        case w.WrongItem(number=number, sku=sku):
            return translate("InventoryMessages", "Wrong item: {sku} is not on {number}.").format(
                sku=sku, number=number
            )
        case w.OverPick(sku=sku, requested=requested, picked=picked):
            return translate(
                "InventoryMessages",
                "Over-pick: {requested} of {sku} were asked for and {picked} are already picked.",
            ).format(sku=sku, requested=requested, picked=picked)
        case w.OverReceipt(sku=sku, lot=lot, shipped=shipped, received=received):
            return translate(
                "InventoryMessages",
                "Only {shipped} of {sku} lot “{lot}” were sent and {received} have arrived. "
                "Record extra units as Over, with a reason.",
            ).format(sku=sku, lot=lot, shipped=shipped, received=received)
        case w.ShortNeedsReason(short=short):
            units = sum(n for _sku, _lot, n in short)
            return translate(
                "InventoryMessages",
                "{units} units did not arrive: enter a reason for the shortfall.",
            ).format(units=units)
        case w.LotRequired(sku=sku, bin=bin_code):
            return translate(
                "InventoryMessages",
                "{sku} has several lots in {bin}: scan the lot label.",
            ).format(sku=sku, bin=bin_code)
        case w.BinOutOfScope(number=number, bin=bin_code):
            return translate(
                "InventoryMessages",
                "Bin {bin} is not part of count {number}.",
            ).format(bin=bin_code, number=number)
        case w.DocumentClosed(number=number, status=status):
            return translate("InventoryMessages", "{number} is already {status}.").format(
                number=number, status=status
            )
        case w.EmptyDocument(number=number):
            return translate("InventoryMessages", "{number} has no lines yet.").format(
                number=number
            )
        case w.UnknownDocument(reference=reference):
            return translate("InventoryMessages", "No document “{reference}”.").format(
                reference=reference
            )
        case w.UnknownScan(code=code):
            return translate("InventoryMessages", "Unknown code “{code}”.").format(code=code)
        case w.SameCenter():
            return translate("InventoryMessages", "Choose another center to send to.")
    return None
