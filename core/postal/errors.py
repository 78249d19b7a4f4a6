"""Typed errors of the postal hand-off. Data only; the UI and CLI word them."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class BadTracking(DepotError):
    """Not a tracking number we accept. `reason`: "format" (neither S10 nor a domestic
    pattern) or "check_digit" (S10 with a wrong check digit: `expected` is the right one)."""

    number: str
    reason: str
    expected: str = ""


@dataclass(eq=False)
class TrackingTaken(DepotError):
    """The number already sits on another parcel."""

    number: str
    parcel: str  # the other parcel's number


@dataclass(eq=False)
class TrackingAlreadySet(DepotError):
    """The parcel has another tracking number already."""

    parcel: str
    current: str
    number: str


@dataclass(eq=False)
class UnknownParcelNumber(DepotError):
    """No parcel goes by this number, id, label code, barcode or tracking number."""

    reference: str


@dataclass(eq=False)
class ParcelHandedOver(DepotError):
    """The parcel is on a closed handover: nothing about it changes any more."""

    parcel: str
    handover: str


@dataclass(eq=False)
class RangeTooShort(DepotError):
    """A range cannot number this many parcels (the serial would run past its digits)."""

    first: str
    needed: int
