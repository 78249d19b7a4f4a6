"""Sentences for the errors of master data; everything else goes to the app's own list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.masterdata import errors as m
from core.masterdata.units import UNITS

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the sentences


def kind_name(kind: str) -> str:
    names = {
        "center": translate("MasterData", "Center"),
        "bin": translate("MasterData", "Bin"),
        "product": translate("MasterData", "Product"),
        "reorder_point": translate("MasterData", "The reorder point of"),
    }
    return names.get(kind, kind)


def reason_text(reason: str) -> str:
    """Why a field or a catalogue line was refused, for the reasons of master data."""
    reasons = {
        "center_code": translate("MasterData", "2 to 16 letters, digits or dashes, such as TSC"),
        "county": translate("MasterData", "a county's 6-digit code, such as 542527"),
        "phone": translate("MasterData", "only digits, spaces, +, ( ) and dashes"),
        "bin_code": translate("MasterData", "letters, digits and single dashes, such as A-01-01"),
        "sku": translate("MasterData", "a SKU has no spaces"),
        "lost_text": translate(
            "MasterData", "letters were lost as '?' (a GBK export cannot hold Tibetan)"
        ),
        "number": translate("MasterData", "not a whole number"),
        "duplicate_sku": translate("MasterData", "the same SKU is on an earlier line"),
        "duplicate_barcode": translate("MasterData", "the same barcode is on an earlier line"),
        "barcode_taken": translate("MasterData", "another product already has this barcode"),
        "check_digit": translate("MasterData", "not an EAN-13: the check digit is wrong"),
        "ean13": translate("MasterData", "not an EAN-13 (13 digits)"),
        "unknown_unit": translate("MasterData", "not a unit"),
        "owner": translate("MasterData", "another center's product: only that center changes it"),
        "retired": translate("MasterData", "a retired product"),
        "broken_row": translate("MasterData", "the line is cut short or has extra cells"),
        "required": translate("MasterData", "empty"),
        "too_long": translate("MasterData", "too long"),
        "range": translate("MasterData", "out of range"),
        "unknown": translate("MasterData", "not a known value"),
        "nul": translate("MasterData", "holds a NUL character"),
    }
    return reasons.get(reason, reason.replace("_", " "))


def describe_own(error: BaseException) -> str | None:
    """A sentence for a master-data error, None for other errors (`ui.error_messages`
    asks every area's `describe_own` before its generic sentence)."""
    match error:
        case m.NotOwner(kind=kind, code=code, owner=owner):
            return translate(
                "MasterData",
                "{kind} {code} belongs to center {owner}: only that center changes it.",
            ).format(kind=kind_name(kind), code=code, owner=owner)
        case m.NoOwningCenter():
            return translate(
                "MasterData",
                "Every product belongs to a center: choose this PC's center first "
                "(File ▸ Home center), then add or import the products.",
            )
        case m.BadBarcode(barcode=barcode, reason="check_digit", expected=expected):
            return translate(
                "MasterData",
                "Barcode {barcode} is not an EAN-13: its last digit should be {digit}. "
                "Check the number on the goods.",
            ).format(barcode=barcode, digit=expected)
        case m.BadBarcode(barcode=barcode):
            return translate(
                "MasterData",
                "Barcode {barcode} is not an EAN-13 (13 digits). "
                "Leave it empty for an internal code.",
            ).format(barcode=barcode)
        case m.BadBinRange(first=first, last=last, reason="too_many", limit=limit):
            return translate(
                "MasterData", "{first} to {last} is more than {limit} bins: add the rack in parts."
            ).format(first=first, last=last, limit=limit)
        case m.BadBinRange(first=first, last=last, reason="order"):
            return translate(
                "MasterData", "{first} to {last}: the last bin comes before the first."
            ).format(first=first, last=last)
        case m.BadBinRange(first=first, last=last):
            return translate(
                "MasterData",
                "{first} to {last}: both codes need the same parts, such as A-01-01 to D-04-03.",
            ).format(first=first, last=last)
        case m.BinHoldsStock(center=center, code=code, on_hand=on_hand):
            return translate(
                "MasterData",
                "Bin {code} at {center} holds %n unit(s): move them out first.",
                "",
                on_hand,
            ).format(code=code, center=center)
        case m.Retired(kind="center", code=code):
            return translate(
                "MasterData",
                "Center {code} is retired: nothing new is received, sent, packed or "
                "planned for it. Choose a working center.",
            ).format(code=code)
        case m.Retired(kind=kind, code=code):
            return translate("MasterData", "{kind} {code} is retired.").format(
                kind=kind_name(kind), code=code
            )
        case m.UnknownUnit(unit=unit):
            return translate(
                "MasterData",
                "'{unit}' is not a unit: use one of {units}, or a pack such as 'pack 250 g'.",
            ).format(unit=unit, units=", ".join(UNITS))
    return None
