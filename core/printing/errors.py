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
