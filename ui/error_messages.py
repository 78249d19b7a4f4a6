"""Sentences for the clerk, one per typed core error, in the clerk's language.

The core raises errors carrying data (house style 5); this is the one place
that turns them into words: the errors of the foundation here, each area's own
in its `ui/<area>/messages.py`, asked through `describe_own(error) -> str | None`
(`AREA_MESSAGES`). An error nobody words gets a generic sentence naming it; a
test checks that every typed error of the core has its own sentence.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from core import errors as e

# Called by this name (with literal arguments) so pyside6-lupdate finds every sentence.
translate = QCoreApplication.translate

# The areas' sentence modules, each with `describe_own(error) -> str | None`.
AREA_MESSAGES = (
    "ui.inventory.messages",
    "ui.masterdata.messages",
    "ui.orders.messages",
    "ui.places.messages",
    "ui.runs.messages",
    "ui.printing.messages",
    "ui.postal.messages",
    "ui.storage_messages",
    "ui.output_messages",
)


def field_label(field: str) -> str:
    """The on-screen name of a field the core names in an error."""
    labels = {
        "quantity": translate("ErrorMessages", "Quantity"),
        "expiry": translate("ErrorMessages", "Expiry date"),
        "lot": translate("ErrorMessages", "Lot"),
        "sku": translate("ErrorMessages", "SKU"),
        "barcode": translate("ErrorMessages", "Barcode"),
        "bin": translate("ErrorMessages", "Bin"),
        "code": translate("ErrorMessages", "Code"),
        "center": translate("ErrorMessages", "Center"),
        "name_zh": translate("ErrorMessages", "Chinese name"),
        "name_bo": translate("ErrorMessages", "Tibetan name"),
        "name_en": translate("ErrorMessages", "English name"),
        "unit": translate("ErrorMessages", "Unit"),
        "weight_g": translate("ErrorMessages", "Weight (g)"),
        "category": translate("ErrorMessages", "Category"),
        "reason": translate("ErrorMessages", "Reason"),
        "reorder_point": translate("ErrorMessages", "Reorder point"),
        "shelf_life_days": translate("ErrorMessages", "Shelf life (days)"),
        "county_code": translate("ErrorMessages", "County code"),
        "phone": translate("ErrorMessages", "Phone"),
        "address": translate("ErrorMessages", "Address"),
        "capacity_parcels": translate("ErrorMessages", "Parcels per run"),
        "capacity_kg": translate("ErrorMessages", "Kilograms per run"),
    }
    return labels.get(field, field)


def _reason(reason: str) -> str:
    reasons = {
        "required": translate("ErrorMessages", "it is required"),
        "date": translate("ErrorMessages", "it is not a date (YYYY-MM-DD)"),
        "date_range": translate("ErrorMessages", "it is outside the years 2000 to 2199"),
        "too_long": translate("ErrorMessages", "it is too long"),
        "range": translate("ErrorMessages", "it is out of range"),
        "unknown": translate("ErrorMessages", "it is not a known value"),
        "lot_expiry_mismatch": translate(
            "ErrorMessages", "this lot was received before with another expiry date"
        ),
    }
    if reason in reasons:
        return reasons[reason]
    from ui.masterdata.messages import reason_text  # the reasons of master data's fields

    return reason_text(reason)


def _show(value: object) -> str:
    return "" if value is None else str(value)


def describe(error: BaseException) -> str:
    """A translated sentence for `error`, to show as it is (input it quotes shortened)."""
    if isinstance(error, e.DepotError):
        error = e.with_short_texts(error)
    match error:
        case e.InsufficientStock(sku=sku, center=center, requested=requested, available=available):
            return translate(
                "ErrorMessages",
                "Not enough stock of {sku} at {center}: {requested} asked, {available} available.",
            ).format(sku=sku, center=center, requested=requested, available=available)
        case e.UnknownProduct(sku=sku):
            return translate("ErrorMessages", "No product has the SKU or barcode '{sku}'.").format(
                sku=sku
            )
        case e.UnknownCenter(code=code):
            return translate("ErrorMessages", "There is no center with the code '{code}'.").format(
                code=code
            )
        case e.UnknownBin(center=center, code=code):
            return translate("ErrorMessages", "Center {center} has no bin '{code}'.").format(
                center=center, code=code
            )
        case e.UnknownLot(sku=sku, lot=lot):
            return translate("ErrorMessages", "{sku} has no lot '{lot}'.").format(sku=sku, lot=lot)
        case e.UnknownReservation(reservation_id=reservation):
            return translate("ErrorMessages", "The reservation {id} does not exist.").format(
                id=reservation
            )
        case e.LotExpired(sku=sku, lot=lot, expiry=expiry):
            return translate("ErrorMessages", "Lot '{lot}' of {sku} expired on {date}.").format(
                lot=lot, sku=sku, date=expiry.isoformat()
            )
        case e.InvalidQuantity(field=field, value=value):
            return translate(
                "ErrorMessages",
                "{field}: '{value}' is not a whole number of units from 1 to 1,000,000.",
            ).format(field=field_label(field), value=_show(value))
        case e.InvalidValue(field=field, value=value, reason=reason):
            if value is None or value == "":
                return translate("ErrorMessages", "{field}: {reason}.").format(
                    field=field_label(field), reason=_reason(reason)
                )
            return translate("ErrorMessages", "{field}: '{value}' is not valid: {reason}.").format(
                field=field_label(field), value=_show(value), reason=_reason(reason)
            )
        case e.ReservationClosed(reservation_id=reservation, status=status):
            return translate("ErrorMessages", "The reservation {id} is already {status}.").format(
                id=reservation, status=status
            )
        case e.SameBin(bin=bin_code):
            return translate(
                "ErrorMessages", "Source and destination are the same bin ({bin})."
            ).format(bin=bin_code)
        case e.TextTooLong(field=field, limit=limit, length=length):
            return translate(
                "ErrorMessages",
                "{field} is too long: {length} characters, at most {limit}. Nothing was saved.",
            ).format(field=field_label(field), length=length, limit=limit)
        case e.TextHasNul(field=field):
            return translate(
                "ErrorMessages",
                "{field} holds a NUL character (often pasted from another program). "
                "Nothing was saved.",
            ).format(field=field_label(field))
        case e.DuplicateValue(field=field, value=value):
            return translate("ErrorMessages", "{field} '{value}' already exists.").format(
                field=field_label(field), value=value
            )
        case e.DepotError():
            return _from_areas(error) or translate(
                "ErrorMessages", "The operation was refused ({error})."
            ).format(error=error)
    if type(error).__name__ == "OperationCancelled":
        return translate("ErrorMessages", "Cancelled; nothing was saved.")
    if type(error).__name__ == "OperationalError":  # sqlalchemy: lock timeout, server gone
        return translate(
            "ErrorMessages",
            "The database could not be reached or stayed busy; nothing was saved. Try again.",
        )
    return translate(
        "ErrorMessages", "Unexpected error; nothing was saved ({error}: {detail})."
    ).format(error=type(error).__name__, detail=error)


def _from_areas(error: BaseException) -> str | None:
    """The sentence of the area that owns the error (imported when first needed: the
    area modules import this one)."""
    for name in AREA_MESSAGES:
        own = getattr(importlib.import_module(name), "describe_own", None)
        if own is not None and (text := own(error)):
            return str(text)
    return None


def error_field(error: BaseException) -> str | None:
    """The field an error is about, so a form can put the cursor there."""
    match error:
        case (
            e.InvalidQuantity(field=field)
            | e.InvalidValue(field=field)
            | e.TextTooLong(field=field)
            | e.TextHasNul(field=field)
        ):
            return field
        case e.UnknownProduct():
            return "sku"
        case e.UnknownBin():
            return "bin"
        case e.UnknownCenter():
            return "center"
        case e.UnknownLot() | e.LotExpired():
            return "lot"
    return None
