"""Typed errors of the printing area (data, not sentences)."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class LayoutError(DepotError):
    """A layout file that cannot be used: which file, which field, why."""

    file: str
    field: str
    reason: str


@dataclass(eq=False)
class UnknownLayout(DepotError):
    name: str


@dataclass(eq=False)
class LayoutKindMismatch(DepotError):
    layout: str
    layout_kind: str
    document_kind: str


@dataclass(eq=False)
class NothingToPrint(DepotError):
    kind: str
    reference: str


@dataclass(eq=False)
class SymbolTooSmall(DepotError):
    """A barcode that cannot be printed readably on the chosen printer: its data needs more
    room than the layout gives it at the smallest module a scanner reads (`module_dots`
    printer dots a module, `quiet` modules of quiet zone each side)."""

    layout: str
    field: str
    value: str
    needed_mm: float  # width the symbol needs at the smallest readable module
    available_mm: float
    dpi: int


@dataclass(eq=False)
class ReductionTooLarge(DepotError):
    """The printer's bar-width reduction would leave less than one dot of a bar."""

    layout: str
    field: str
    module_dots: int
    reduction_dots: int
