"""postal hand-off: a tracking number on one parcel only, the centers' postal settings
(export templates, domestic tracking patterns), end-of-day handovers and their parcels

Revision ID: 0760
Revises: 0750
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0760"
down_revision = "0750"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_parcel_tracking", "parcel", ["tracking"], unique=True)
    op.create_table(
        "postal_setting",
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "kind IN ('export_template', 'tracking_patterns', 'sender')",
            name=op.f("ck_postal_setting_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_postal_setting_center_id_center")
        ),
        sa.PrimaryKeyConstraint("center_id", "kind", "name", name=op.f("pk_postal_setting")),
    )
    op.create_table(
        "handover",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("postal_worker", sa.String(length=100), nullable=False),
        sa.Column("parcel_count", sa.Integer(), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=False),
        sa.CheckConstraint("sequence > 0", name=op.f("ck_handover_sequence")),
        sa.CheckConstraint("parcel_count > 0", name=op.f("ck_handover_parcel_count")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_handover_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
        sa.UniqueConstraint(
            "center_id", "day", "sequence", name=op.f("uq_handover_center_id_day_sequence")
        ),
    )
    op.create_table(
        "handover_parcel",
        sa.Column("parcel_id", sa.Uuid(), nullable=False),
        sa.Column("handover_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["handover_id"], ["handover.id"], name=op.f("fk_handover_parcel_handover_id_handover")
        ),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_handover_parcel_parcel_id_parcel")
        ),
        sa.PrimaryKeyConstraint("parcel_id", name=op.f("pk_handover_parcel")),
    )
    op.create_index("ix_handover_parcel_handover", "handover_parcel", ["handover_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_handover_parcel_handover", table_name="handover_parcel")
    op.drop_table("handover_parcel")
    op.drop_table("handover")
    op.drop_table("postal_setting")
    op.drop_index("ix_parcel_tracking", table_name="parcel")
