"""Typed errors the core raises. They carry data, never user-facing sentences:
the UI and the command line turn each into a message in the clerk's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class DepotError(Exception):
    """Base of every error the core raises on purpose."""

    def __str__(self) -> str:  # a readable default for logs and the CLI
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


@dataclass(eq=False)
class InsufficientStock(DepotError):
    sku: str
    center: str
    requested: int
    available: int


@dataclass(eq=False)
class UnknownProduct(DepotError):
    sku: str


@dataclass(eq=False)
class UnknownCenter(DepotError):
    code: str


@dataclass(eq=False)
class UnknownBin(DepotError):
    center: str
    code: str


@dataclass(eq=False)
class UnknownLot(DepotError):
    sku: str
    lot: str


@dataclass(eq=False)
class UnknownReservation(DepotError):
    reservation_id: str


@dataclass(eq=False)
class LotExpired(DepotError):
    sku: str
    lot: str
    expiry: date


@dataclass(eq=False)
class InvalidQuantity(DepotError):
    """Zero, negative, fractional or absurd quantity."""

    field: str
    value: object


@dataclass(eq=False)
class InvalidValue(DepotError):
    """A field that is required, malformed or out of range."""

    field: str
    value: object
    reason: str


@dataclass(eq=False)
class ReservationClosed(DepotError):
    reservation_id: str
    status: str


@dataclass(eq=False)
class SameBin(DepotError):
    bin: str


@dataclass(eq=False)
class DuplicateValue(DepotError):
    field: str
    value: str
