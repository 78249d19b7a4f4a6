"""Typed errors of master data. They carry data; the UI and the command line word them."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class NotOwner(DepotError):
    """A row of one center written from another: the owning-center rule refuses it.

    kind: "center", "bin", "product" or "reorder_point"; `code` names the row (a center
    code, a bin code, a SKU); `owner` and `by` are center codes.
    """

    kind: str
    code: str
    owner: str
    by: str


@dataclass(eq=False)
class NoOwningCenter(DepotError):
    """A product made (typed or imported) with no center to own it: the PC has no home
    center and none was named. Every product has exactly one owning center."""

    kind: str  # "product" or "catalog_import"


@dataclass(eq=False)
class BadBarcode(DepotError):
    """A product barcode that is not an EAN-13: reason "ean13" (not 13 digits) or
    "check_digit" (13 digits whose last is not their check digit; `expected` is)."""

    barcode: str
    reason: str
    expected: str = ""


@dataclass(eq=False)
class BadBinRange(DepotError):
    """`first:last` does not describe a rack: reason "shape" (the two codes' parts differ
    in number, kind or width), "order" (last before first), "too_many" (over `limit`)."""

    first: str
    last: str
    reason: str
    limit: int = 0


@dataclass(eq=False)
class Retired(DepotError):
    """A retired center, bin or product named where a working one is needed."""

    kind: str
    code: str


@dataclass(eq=False)
class UnknownUnit(DepotError):
    """A unit that is not one of `core.masterdata.units.UNITS` (nor a sized pack of one)."""

    unit: str


@dataclass(eq=False)
class BinHoldsStock(DepotError):
    """A bin with units in it cannot be retired: move them out first."""

    center: str
    code: str
    on_hand: int
