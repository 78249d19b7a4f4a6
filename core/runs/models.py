"""Township runs: schedules, closures, runs, assignments, stops, load scans, delivery events.

A run is one vehicle leaving a center on one date for one township (or, with
`township_code` NULL, the daily handover to the county post office). Every
parcel is on at most one run at a time: its *current* assignment is the
`run_parcel` row whose `outcome` is still NULL; older rows are its history,
so the clerk can always see why a parcel is where it is and where it was.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from core.ids import new_id
from core.storage.base import Base, one_of


class RunKind(StrEnum):
    TOWNSHIP = "township"
    POSTAL = "postal"  # the daily handover to the county post office


class RunStatus(StrEnum):
    PLANNED = "planned"
    LOADING = "loading"
    DISPATCHED = "dispatched"
    COMPLETED = "completed"
    CANCELLED = "cancelled"  # a holiday or a cancelled run: its parcels moved on


class AssignReason(StrEnum):
    """Why a parcel is on its run: shown to the clerk next to every parcel."""

    NEXT_RUN = "next_run"  # the first run whose cutoff it made
    CAPACITY = "rolled_over_capacity"  # earlier runs were full; older parcels went first
    SECOND_VEHICLE = "second_vehicle"  # the first vehicle was full, the second takes it
    HOLIDAY = "holiday"  # its run fell on a holiday
    CANCELLED = "cancelled_run"  # its run was cancelled
    MOVED = "moved_by_clerk"
    SPLIT = "split"  # the clerk split its run
    RETRY_FAILED = "retry_failed"  # delivery failed: on the next run
    RETRY_RETURNED = "retry_returned"  # came back: on the next run
    LEFT_BEHIND = "left_behind"  # not loaded when its run left (supervisor override)


# Reasons a clerk chose: the planner never moves these parcels by itself.
PINNED_REASONS = frozenset({AssignReason.MOVED.value, AssignReason.SPLIT.value})


class Outcome(StrEnum):
    """How an assignment ended (NULL while it is the parcel's current run)."""

    REPLANNED = "replanned"
    MOVED = "moved"
    HELD = "held"
    LEFT_BEHIND = "left_behind"
    AT_STATION = "at_station"
    DELIVERED = "delivered"
    FAILED = "failed"
    RETURNED = "returned"
    HANDED_OVER = "handed_over"


class ClosureKind(StrEnum):
    HOLIDAY = "holiday"
    CANCELLED = "cancelled"


class ScanResult(StrEnum):
    LOADED = "loaded"
    DUPLICATE = "duplicate"  # scanned twice: harmless, but the clerk hears it
    WRONG_RUN = "wrong_run"  # the parcel belongs to another run
    EXTRA = "extra"  # a known parcel on no run
    UNKNOWN = "unknown"  # no parcel has this code


class DeliveryKind(StrEnum):
    AT_STATION = "at_station"
    DELIVERED = "delivered"
    FAILED = "failed"
    RETURNED = "returned"


class DeliverySource(StrEnum):
    SCAN = "scan"  # scanned at the township station
    MANIFEST = "manifest"  # entered in bulk from the signed manifest


class RunSchedule(Base):
    """When a township is served from a center (or the postal handover, township NULL).

    The cutoff is `cutoff_time` on the day `cutoff_days_before` days before the
    departure date, in the center's local time (China: UTC+8, no daylight saving).
    """

    __tablename__ = "run_schedule"
    __table_args__ = (
        UniqueConstraint("center_id", "township_code"),
        CheckConstraint(one_of("kind", RunKind), name="kind"),
        CheckConstraint("capacity_parcels > 0", name="capacity_parcels"),
        CheckConstraint("capacity_kg > 0", name="capacity_kg"),
        CheckConstraint("cutoff_days_before BETWEEN 0 AND 6", name="cutoff_days"),
        CheckConstraint(
            "(kind = 'postal') = (township_code IS NULL)", name="postal_has_no_township"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    township_code: Mapped[str | None] = mapped_column(ForeignKey("division.code"))
    kind: Mapped[str] = mapped_column(String(16), default=RunKind.TOWNSHIP.value)
    weekdays: Mapped[str] = mapped_column(String(32))  # "mon,thu"; the postal run: every day
    depart_time: Mapped[time] = mapped_column(Time())
    cutoff_time: Mapped[time] = mapped_column(Time())
    cutoff_days_before: Mapped[int] = mapped_column(Integer, default=1)
    vehicle: Mapped[str] = mapped_column(String(64), default="")  # plate, or the postal carrier
    capacity_parcels: Mapped[int] = mapped_column(Integer)
    capacity_kg: Mapped[int] = mapped_column(Integer)
    capacity_volume_l: Mapped[int | None] = mapped_column(Integer)
    second_vehicle: Mapped[str | None] = mapped_column(String(64))
    second_capacity_parcels: Mapped[int | None] = mapped_column(Integer)
    second_capacity_kg: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RunClosure(Base):
    """A holiday (township NULL: every run of the center) or one cancelled run."""

    __tablename__ = "run_closure"
    __table_args__ = (
        CheckConstraint(one_of("kind", ClosureKind), name="kind"),
        Index("ix_run_closure_center_date", "center_id", "day"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    day: Mapped[date] = mapped_column(Date)
    township_code: Mapped[str | None] = mapped_column(ForeignKey("division.code"))
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


class Run(Base):
    __tablename__ = "run"
    __table_args__ = (
        UniqueConstraint("schedule_id", "day", "vehicle_index"),
        CheckConstraint(one_of("kind", RunKind), name="kind"),
        CheckConstraint(one_of("status", RunStatus), name="status"),
        CheckConstraint("capacity_parcels > 0 AND capacity_kg > 0", name="capacity"),
        Index("ix_run_day", "day"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    center_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("center.id"))
    schedule_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("run_schedule.id"))
    day: Mapped[date] = mapped_column(Date)
    township_code: Mapped[str | None] = mapped_column(ForeignKey("division.code"))
    kind: Mapped[str] = mapped_column(String(16))
    # 1 = the scheduled vehicle, 2 = the second vehicle, 3+ = split off by a clerk.
    vehicle_index: Mapped[int] = mapped_column(Integer, default=1)
    vehicle: Mapped[str] = mapped_column(String(64), default="")
    depart_at: Mapped[datetime]
    cutoff_at: Mapped[datetime]
    capacity_parcels: Mapped[int] = mapped_column(Integer)
    capacity_kg: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=RunStatus.PLANNED.value)
    closure_kind: Mapped[str | None] = mapped_column(String(16))
    split_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("run.id"))
    dispatched_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    override_by: Mapped[str | None] = mapped_column(String(64))
    override_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


class RunParcel(Base):
    """A parcel put on a run, and why; `outcome` NULL = its current run."""

    __tablename__ = "run_parcel"
    __table_args__ = (
        CheckConstraint(one_of("reason", AssignReason), name="reason"),
        CheckConstraint(f"outcome IS NULL OR {one_of('outcome', Outcome)}", name="outcome"),
        # The database itself refuses a parcel on two runs at once.
        Index(
            "uq_run_parcel_current",
            "parcel_id",
            unique=True,
            sqlite_where=text("outcome IS NULL"),
            postgresql_where=text("outcome IS NULL"),
        ),
        Index("ix_run_parcel_run", "run_id"),
        # A parcel's runs, ended ones too: its first dispatch (core.reports.lead_time).
        Index("ix_run_parcel_parcel", "parcel_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("run.id"))
    parcel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parcel.id"))
    reason: Mapped[str] = mapped_column(String(32))
    # For a holiday or a roll-over: the run it would have caught.
    first_choice_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("run.id"))
    loaded_at: Mapped[datetime | None]  # scanned onto the vehicle
    outcome: Mapped[str | None] = mapped_column(String(16))
    assigned_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    actor: Mapped[str] = mapped_column(String(64))


class ParcelHold(Base):
    """A parcel the clerk holds back: the planner leaves it alone until released."""

    __tablename__ = "parcel_hold"
    __table_args__ = (
        Index(
            "uq_parcel_hold_open",
            "parcel_id",
            unique=True,
            sqlite_where=text("released_at IS NULL"),
            postgresql_where=text("released_at IS NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    parcel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parcel.id"))
    note: Mapped[str] = mapped_column(String(200), default="")
    held_at: Mapped[datetime]
    held_by: Mapped[str] = mapped_column(String(64))
    released_at: Mapped[datetime | None]


class TownshipStop(Base):
    """A township's village points in road order, remembered for every run."""

    __tablename__ = "township_stop"
    __table_args__ = (
        UniqueConstraint("township_code", "village_point_id"),
        CheckConstraint("position >= 0", name="position"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    township_code: Mapped[str] = mapped_column(ForeignKey("division.code"))
    village_point_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("village_point.id"))
    position: Mapped[int] = mapped_column(Integer)


class LoadScan(Base):
    """One scan at the vehicle during the load check, with what it meant."""

    __tablename__ = "load_scan"
    __table_args__ = (
        CheckConstraint(one_of("result", ScanResult), name="result"),
        Index("ix_load_scan_run", "run_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("run.id"))
    code: Mapped[str] = mapped_column(String(64))
    parcel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("parcel.id"))
    result: Mapped[str] = mapped_column(String(16))
    other_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("run.id"))
    scanned_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))


class DeliveryEvent(Base):
    """What happened to a parcel at the far end of its run."""

    __tablename__ = "delivery_event"
    __table_args__ = (
        CheckConstraint(one_of("kind", DeliveryKind), name="kind"),
        CheckConstraint(one_of("source", DeliverySource), name="source"),
        Index("ix_delivery_event_parcel", "parcel_id"),
        Index("ix_delivery_event_kind_time", "kind", "occurred_at"),  # failures this week
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    parcel_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parcel.id"))
    run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("run.id"))
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(200), default="")
    occurred_at: Mapped[datetime]
    # Order placed (or arrival) to delivered, in seconds: the county's own yardstick.
    lead_time_s: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(64))
