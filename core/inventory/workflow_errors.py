"""Typed errors of the scan-first workflows (receipts, transfers, counts).

They carry data, never sentences: the UI turns each into a translated message
and an error beep; the command line into one English line.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class UnknownDocument(DepotError):
    kind: str  # receipt, transfer, count
    reference: str


@dataclass(eq=False)
class DocumentClosed(DepotError):
    """The document is not in the state this step needs (e.g. posting a posted receipt)."""

    kind: str
    number: str
    status: str


@dataclass(eq=False)
class EmptyDocument(DepotError):
    kind: str
    number: str


@dataclass(eq=False)
class UnknownScan(DepotError):
    """A scanned or typed code that is no product, lot, bin, parcel or document label."""

    code: str
    reason: str = "unknown"


@dataclass(eq=False)
class WrongItem(DepotError):
    """The scanned product is not on this document."""

    number: str
    sku: str


@dataclass(eq=False)
class OverPick(DepotError):
    number: str
    sku: str
    requested: int
    picked: int
    asked: int


@dataclass(eq=False)
class OverReceipt(DepotError):
    """More arrived than was sent, and it was not recorded as "over" with a reason."""

    number: str
    sku: str
    lot: str
    shipped: int
    received: int
    asked: int


@dataclass(eq=False)
class ShortNeedsReason(DepotError):
    """Receiving ends with less than was sent and no reason was given for the shortfall."""

    number: str
    short: tuple[tuple[str, str, int], ...]  # (sku, lot, units short)


@dataclass(eq=False)
class LotRequired(DepotError):
    """The product has several lots here: scan the lot label, not the product barcode."""

    sku: str
    bin: str


@dataclass(eq=False)
class BinOutOfScope(DepotError):
    """A bin scanned during a count that is not part of the count."""

    number: str
    bin: str


@dataclass(eq=False)
class SameCenter(DepotError):
    center: str
