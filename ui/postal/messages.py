"""Sentences for the errors of the postal hand-off; everything else goes to the app's list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.postal import errors as pe
from core.postal import export
from core.postal import handover as handing

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the sentences


def rejection(reason: str) -> str:
    """Why an imported line was not used, in the clerk's language."""
    sentences = {
        "unmatched": translate("Postal", "no parcel with this parcel or order number"),
        "no_reference": translate("Postal", "neither a parcel number nor an order number"),
        "several_parcels": translate(
            "Postal", "the order has several parcels: give the parcel number"
        ),
        "duplicate": translate("Postal", "repeats an earlier line"),
        "conflict": translate("Postal", "the parcel has another tracking number"),
        "taken": translate("Postal", "the tracking number is on another parcel"),
        "bad_tracking": translate("Postal", "not a valid tracking number"),
        "handed_over": translate("Postal", "the parcel is on a closed handover"),
    }
    return sentences.get(reason, reason)


def describe_own(error: BaseException) -> str | None:
    match error:
        case pe.BadTracking(number=number, reason="check_digit", expected=expected):
            return translate(
                "Postal",
                "Tracking number {number} is not valid: its check digit should be {digit}.",
            ).format(number=number, digit=expected)
        case pe.BadTracking(number=number):
            return translate(
                "Postal",
                "Tracking number {number} is not valid: neither S10 (2 letters, 9 digits, "
                "2 letters) nor a domestic number this center accepts.",
            ).format(number=number)
        case pe.TrackingTaken(number=number, parcel=parcel):
            return translate(
                "Postal", "Tracking number {number} is already on parcel {parcel}."
            ).format(number=number, parcel=parcel)
        case pe.TrackingAlreadySet(parcel=parcel, current=current):
            return translate(
                "Postal", "Parcel {parcel} has tracking number {current} already."
            ).format(parcel=parcel, current=current)
        case pe.UnknownParcelNumber(reference=reference):
            return translate("Postal", "No parcel {reference}.").format(reference=reference)
        case pe.ParcelHandedOver(parcel=parcel, handover=name):
            return translate(
                "Postal", "Parcel {parcel} was handed over on {handover}: it cannot change."
            ).format(parcel=parcel, handover=name)
        case pe.RangeTooShort(first=first, needed=needed):
            return translate("Postal", "The range from {first} cannot number {n} parcels.").format(
                first=first, n=needed
            )
        case export.MissingFields(parcels=parcels):
            listed = "; ".join(f"{number}: {', '.join(fields)}" for number, fields in parcels)
            return translate(
                "Postal", "Nothing was written: required fields are missing: {listed}"
            ).format(listed=listed)
        case export.NothingToExport():
            return translate("Postal", "There are no parcels to export.")
        case handing.NothingToHandOver():
            return translate("Postal", "No postal parcels are packed, weighed and waiting.")
        case handing.UnweighedParcels(parcels=parcels):
            return translate(
                "Postal", "Nothing was handed over: these parcels have no weight: {parcels}"
            ).format(parcels=", ".join(parcels))
        case handing.UnknownHandover(reference=reference):
            return translate("Postal", "No handover {reference}.").format(reference=reference)
    return None
