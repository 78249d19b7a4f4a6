"""Typed errors of places: divisions, village points, aliases, the review queue.

They carry data, never sentences: the command line and the UI word them.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class UnknownPlace(DepotError):
    """No division with this code (or name), or not of the expected level."""

    code: str
    level: str = ""


@dataclass(eq=False)
class UnknownVillagePoint(DepotError):
    point_id: str


@dataclass(eq=False)
class PointNotInTownship(DepotError):
    point_id: str
    township_code: str


@dataclass(eq=False)
class UnknownParcel(DepotError):
    parcel_id: str


@dataclass(frozen=True)
class RowProblem:
    """One unusable field of an imported file: 1-based line (header = line 1), column, reason."""

    line: int
    field: str
    reason: str  # a stable key: "required", "unknown_township", "duplicate", "too_long", ...
    value: str = ""


@dataclass(eq=False)
class PlaceFileRejected(DepotError):
    """A village point file that cannot be imported; nothing was written."""

    file: str
    problems: tuple[RowProblem, ...]
