"""Typed errors of township runs: data for the UI and the command line, no sentences."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import DepotError


@dataclass(eq=False)
class UnknownRun(DepotError):
    run_id: str


@dataclass(eq=False)
class UnknownParcel(DepotError):
    code: str


@dataclass(eq=False)
class UnknownTownship(DepotError):
    code: str


@dataclass(eq=False)
class NoSchedule(DepotError):
    """A township (or the postal handover, township None) without a run schedule."""

    center: str
    township_code: str | None


@dataclass(eq=False)
class RunNotOpen(DepotError):
    """The run has left (or was cancelled): its load can no longer change."""

    run_id: str
    status: str


@dataclass(eq=False)
class WrongTownship(DepotError):
    parcel_id: str
    parcel_township: str | None
    run_township: str | None


@dataclass(eq=False)
class RunOverCapacity(DepotError):
    run_id: str
    capacity_parcels: int
    capacity_kg: int
    parcels: int
    weight_g: int


@dataclass(eq=False)
class ParcelNotWaiting(DepotError):
    """Only a parcel waiting for a run (ready, failed, returned) can be moved or held."""

    parcel_id: str
    status: str


@dataclass(eq=False)
class ParcelOfAnotherCenter(DepotError):
    """The parcel belongs to another center: only its own center changes it."""

    parcel_id: str
    center: str
    owner: str


@dataclass(eq=False)
class ParcelNotOnRun(DepotError):
    parcel_id: str
    run_id: str


@dataclass(eq=False)
class UnscannedParcels(DepotError):
    """Dispatch refused: parcels of the run were never scanned onto the vehicle."""

    run_id: str
    parcel_ids: list[str] = field(default_factory=list)


@dataclass(eq=False)
class OverrideNeedsReason(DepotError):
    run_id: str


@dataclass(eq=False)
class BadRunTransition(DepotError):
    run_id: str
    status: str
    wanted: str
