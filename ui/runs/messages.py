"""Sentences for the errors of township runs; everything else goes to the app's own list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.clock import shown
from core.runs import errors as r
from core.runs.queries import RunView
from ui.error_messages import describe as describe_any

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the sentences


def run_place(view: RunView) -> str:
    """Where a run goes: its township, or the postal handover."""
    return view.township_name or translate("Runs", "Postal handover")


def run_vehicle(view: RunView) -> str:
    """The vehicle as the runs table shows it; #2, #3 for a day's extra vehicles."""
    return view.vehicle + (f" #{view.vehicle_index}" if view.vehicle_index > 1 else "")


def run_name(view: RunView) -> str:
    """A run as a clerk at the vehicles tells it from another: where, when, which vehicle."""
    place, depart, vehicle = run_place(view), shown(view.depart_at), run_vehicle(view)
    if not vehicle:
        return translate("Runs", "{place}, departing {depart}").format(place=place, depart=depart)
    return translate("Runs", "{place}, departing {depart}, vehicle {vehicle}").format(
        place=place, depart=depart, vehicle=vehicle
    )


def describe(error: BaseException | None, fallback: str = "") -> str:
    if error is None:
        return fallback
    return describe_own(error) or describe_any(error)


def describe_own(error: BaseException) -> str | None:
    """A sentence for a township-run error, None for other errors (`ui.error_messages`
    asks every area's `describe_own` before its generic sentence)."""
    match error:
        case r.UnscannedParcels(parcel_ids=ids):
            return translate("Runs", "Not scanned onto the vehicle: %n parcel(s).", "", len(ids))
        case r.OverrideNeedsReason():
            return translate("Runs", "A supervisor override needs a reason.")
        case r.RunOverCapacity(capacity_parcels=cap, capacity_kg=kg, parcels=n, weight_g=g):
            return translate(
                "Runs",
                "The run would be over capacity: {n} of {cap} parcels, {kg_now:.1f} of {kg} kg.",
            ).format(n=n, cap=cap, kg_now=g / 1000, kg=kg)
        case r.WrongTownship():
            return translate("Runs", "That run does not go to the parcel's township.")
        case r.RunNotOpen(status=status):
            return translate("Runs", "The run is {status}: its load can no longer change.").format(
                status=status
            )
        case r.ParcelNotWaiting(status=status):
            return translate("Runs", "The parcel is {status}, not waiting for a run.").format(
                status=status
            )
        case r.ParcelNotOnRun():
            return translate("Runs", "The parcel is not on the road with this run.")
        case r.ParcelOfAnotherCenter(center=center, owner=owner):
            return translate(
                "Runs",
                "The parcel belongs to center {owner}: only {owner} can change it, not {center}.",
            ).format(owner=owner, center=center)
        case r.UnknownParcel(code=code):
            return translate("Runs", "No parcel has the code “{code}”.").format(code=code)
        case r.UnknownRun():
            return translate("Runs", "The run no longer exists.")
        case r.UnknownTownship(code=code):
            return translate("Runs", "There is no township with the code {code}.").format(code=code)
        case r.NoSchedule(township_code=None, center=center):
            return translate(
                "Runs", "Center {center} has no schedule for the postal handover."
            ).format(center=center)
        case r.NoSchedule(township_code=code, center=center):
            return translate(
                "Runs",
                "Center {center} has no run schedule for township {code}: set it under Schedules.",
            ).format(center=center, code=code)
        case r.BadRunTransition(status=status, wanted=wanted):
            return translate("Runs", "The run is {status}: it cannot become {wanted} now.").format(
                status=status, wanted=wanted
            )
    return None
