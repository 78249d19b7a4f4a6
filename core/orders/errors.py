"""Typed errors of orders, fulfilment and arrivals. Data only; the UI and CLI word them."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class UnknownPickList(DepotError):
    pick_list_id: str


@dataclass(eq=False)
class NothingToPick(DepotError):
    """No reserved parcel of this center is waiting for a pick list."""

    center: str


@dataclass(eq=False)
class NotOnPickList(DepotError):
    """The scanned item has no open line on this pick list (wrong item, or all picked)."""

    pick_list_id: str
    code: str


@dataclass(eq=False)
class WrongParcelStatus(DepotError):
    """The parcel is not in a status this step accepts (e.g. packing a backorder)."""

    parcel_id: str
    status: str
    expected: tuple[str, ...]


@dataclass(eq=False)
class ItemNotInOrder(DepotError):
    parcel_id: str
    code: str


@dataclass(eq=False)
class ItemAlreadyPacked(DepotError):
    """Every unit of this item the order asks for is already in the parcel."""

    parcel_id: str
    sku: str
    quantity: int


@dataclass(eq=False)
class PackingIncomplete(DepotError):
    """Closing a parcel that still misses items: (sku, units missing) pairs."""

    parcel_id: str
    missing: tuple[tuple[str, int], ...]


@dataclass(eq=False)
class ArrivalAlreadyRegistered(DepotError):
    """This carrier barcode was registered before (a second scan of the same parcel)."""

    barcode: str
    parcel_id: str
