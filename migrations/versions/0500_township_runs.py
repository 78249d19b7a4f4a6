"""township runs: schedules, closures, runs, assignments, stops, load scans, deliveries

Revision ID: 0500
Revises: 0300
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0500"
down_revision = "0300"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "run_closure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("township_code", sa.String(length=12), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.CheckConstraint("kind IN ('holiday', 'cancelled')", name=op.f("ck_run_closure_kind")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_run_closure_center_id_center")
        ),
        sa.ForeignKeyConstraint(
            ["township_code"], ["division.code"], name=op.f("fk_run_closure_township_code_division")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_run_closure")),
    )
    op.create_index("ix_run_closure_center_date", "run_closure", ["center_id", "day"], unique=False)
    op.create_table(
        "run_schedule",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("township_code", sa.String(length=12), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("weekdays", sa.String(length=32), nullable=False),
        sa.Column("depart_time", sa.Time(), nullable=False),
        sa.Column("cutoff_time", sa.Time(), nullable=False),
        sa.Column("cutoff_days_before", sa.Integer(), nullable=False),
        sa.Column("vehicle", sa.String(length=64), nullable=False),
        sa.Column("capacity_parcels", sa.Integer(), nullable=False),
        sa.Column("capacity_kg", sa.Integer(), nullable=False),
        sa.Column("capacity_volume_l", sa.Integer(), nullable=True),
        sa.Column("second_vehicle", sa.String(length=64), nullable=True),
        sa.Column("second_capacity_parcels", sa.Integer(), nullable=True),
        sa.Column("second_capacity_kg", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'postal') = (township_code IS NULL)",
            name=op.f("ck_run_schedule_postal_has_no_township"),
        ),
        sa.CheckConstraint("kind IN ('township', 'postal')", name=op.f("ck_run_schedule_kind")),
        sa.CheckConstraint("capacity_kg > 0", name=op.f("ck_run_schedule_capacity_kg")),
        sa.CheckConstraint("capacity_parcels > 0", name=op.f("ck_run_schedule_capacity_parcels")),
        sa.CheckConstraint(
            "cutoff_days_before BETWEEN 0 AND 6", name=op.f("ck_run_schedule_cutoff_days")
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_run_schedule_center_id_center")
        ),
        sa.ForeignKeyConstraint(
            ["township_code"],
            ["division.code"],
            name=op.f("fk_run_schedule_township_code_division"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_run_schedule")),
        sa.UniqueConstraint(
            "center_id", "township_code", name=op.f("uq_run_schedule_center_id_township_code")
        ),
    )
    op.create_table(
        "run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("schedule_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("township_code", sa.String(length=12), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("vehicle_index", sa.Integer(), nullable=False),
        sa.Column("vehicle", sa.String(length=64), nullable=False),
        sa.Column("depart_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cutoff_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capacity_parcels", sa.Integer(), nullable=False),
        sa.Column("capacity_kg", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("closure_kind", sa.String(length=16), nullable=True),
        sa.Column("split_from_id", sa.Uuid(), nullable=True),
        sa.Column("dispatched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("override_by", sa.String(length=64), nullable=True),
        sa.Column("override_reason", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('township', 'postal')", name=op.f("ck_run_kind")),
        sa.CheckConstraint(
            "status IN ('planned', 'loading', 'dispatched', 'completed', 'cancelled')",
            name=op.f("ck_run_status"),
        ),
        sa.CheckConstraint(
            "capacity_parcels > 0 AND capacity_kg > 0", name=op.f("ck_run_capacity")
        ),
        sa.ForeignKeyConstraint(["center_id"], ["center.id"], name=op.f("fk_run_center_id_center")),
        sa.ForeignKeyConstraint(
            ["schedule_id"], ["run_schedule.id"], name=op.f("fk_run_schedule_id_run_schedule")
        ),
        sa.ForeignKeyConstraint(
            ["split_from_id"], ["run.id"], name=op.f("fk_run_split_from_id_run")
        ),
        sa.ForeignKeyConstraint(
            ["township_code"], ["division.code"], name=op.f("fk_run_township_code_division")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_run")),
        sa.UniqueConstraint(
            "schedule_id", "day", "vehicle_index", name=op.f("uq_run_schedule_id_day_vehicle_index")
        ),
    )
    op.create_index("ix_run_day", "run", ["day"], unique=False)
    op.create_table(
        "township_stop",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("township_code", sa.String(length=12), nullable=False),
        sa.Column("village_point_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("position >= 0", name=op.f("ck_township_stop_position")),
        sa.ForeignKeyConstraint(
            ["township_code"],
            ["division.code"],
            name=op.f("fk_township_stop_township_code_division"),
        ),
        sa.ForeignKeyConstraint(
            ["village_point_id"],
            ["village_point.id"],
            name=op.f("fk_township_stop_village_point_id_village_point"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_township_stop")),
        sa.UniqueConstraint(
            "township_code",
            "village_point_id",
            name=op.f("uq_township_stop_township_code_village_point_id"),
        ),
    )
    op.create_table(
        "delivery_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("parcel_id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lead_time_s", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('at_station', 'delivered', 'failed', 'returned')",
            name=op.f("ck_delivery_event_kind"),
        ),
        sa.CheckConstraint("source IN ('scan', 'manifest')", name=op.f("ck_delivery_event_source")),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_delivery_event_parcel_id_parcel")
        ),
        sa.ForeignKeyConstraint(["run_id"], ["run.id"], name=op.f("fk_delivery_event_run_id_run")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_event")),
    )
    op.create_index("ix_delivery_event_parcel", "delivery_event", ["parcel_id"], unique=False)
    op.create_table(
        "load_scan",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("parcel_id", sa.Uuid(), nullable=True),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("other_run_id", sa.Uuid(), nullable=True),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "result IN ('loaded', 'duplicate', 'wrong_run', 'extra', 'unknown')",
            name=op.f("ck_load_scan_result"),
        ),
        sa.ForeignKeyConstraint(
            ["other_run_id"], ["run.id"], name=op.f("fk_load_scan_other_run_id_run")
        ),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_load_scan_parcel_id_parcel")
        ),
        sa.ForeignKeyConstraint(["run_id"], ["run.id"], name=op.f("fk_load_scan_run_id_run")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_load_scan")),
    )
    op.create_index("ix_load_scan_run", "load_scan", ["run_id"], unique=False)
    op.create_table(
        "parcel_hold",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("parcel_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("held_by", sa.String(length=64), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_parcel_hold_parcel_id_parcel")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_hold")),
    )
    op.create_index(
        "uq_parcel_hold_open",
        "parcel_hold",
        ["parcel_id"],
        unique=True,
        sqlite_where=sa.text("released_at IS NULL"),
        postgresql_where=sa.text("released_at IS NULL"),
    )
    op.create_table(
        "run_parcel",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("parcel_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("first_choice_run_id", sa.Uuid(), nullable=True),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('replanned', 'moved', 'held', 'left_behind', 'at_station', 'delivered', 'failed', 'returned', 'handed_over')",
            name=op.f("ck_run_parcel_outcome"),
        ),
        sa.CheckConstraint(
            "reason IN ('next_run', 'rolled_over_capacity', 'second_vehicle', 'holiday', 'cancelled_run', 'moved_by_clerk', 'split', 'retry_failed', 'retry_returned', 'left_behind')",
            name=op.f("ck_run_parcel_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["first_choice_run_id"], ["run.id"], name=op.f("fk_run_parcel_first_choice_run_id_run")
        ),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_run_parcel_parcel_id_parcel")
        ),
        sa.ForeignKeyConstraint(["run_id"], ["run.id"], name=op.f("fk_run_parcel_run_id_run")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_run_parcel")),
    )
    op.create_index("ix_run_parcel_run", "run_parcel", ["run_id"], unique=False)
    op.create_index(
        "uq_run_parcel_current",
        "run_parcel",
        ["parcel_id"],
        unique=True,
        sqlite_where=sa.text("outcome IS NULL"),
        postgresql_where=sa.text("outcome IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "uq_run_parcel_current",
        table_name="run_parcel",
        sqlite_where=sa.text("outcome IS NULL"),
        postgresql_where=sa.text("outcome IS NULL"),
    )
    op.drop_index("ix_run_parcel_run", table_name="run_parcel")
    op.drop_table("run_parcel")
    op.drop_index(
        "uq_parcel_hold_open",
        table_name="parcel_hold",
        sqlite_where=sa.text("released_at IS NULL"),
        postgresql_where=sa.text("released_at IS NULL"),
    )
    op.drop_table("parcel_hold")
    op.drop_index("ix_load_scan_run", table_name="load_scan")
    op.drop_table("load_scan")
    op.drop_index("ix_delivery_event_parcel", table_name="delivery_event")
    op.drop_table("delivery_event")
    op.drop_table("township_stop")
    op.drop_index("ix_run_day", table_name="run")
    op.drop_table("run")
    op.drop_table("run_schedule")
    op.drop_index("ix_run_closure_center_date", table_name="run_closure")
    op.drop_table("run_closure")
