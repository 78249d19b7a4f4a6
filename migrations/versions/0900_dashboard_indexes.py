"""dashboard: indexes the dashboard's figures and lead times read through (parcels
delivered since a day, open parcels older than a day, a parcel's runs, delivery
events of a kind since a day)

Revision ID: 0900
Revises: 0500
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0900"
down_revision = "0500"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_parcel_delivered_at", "parcel", ["delivered_at"])
    op.create_index("ix_parcel_status_received", "parcel", ["status", "received_at"])
    op.create_index("ix_run_parcel_parcel", "run_parcel", ["parcel_id"])
    op.create_index("ix_delivery_event_kind_time", "delivery_event", ["kind", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_delivery_event_kind_time", table_name="delivery_event")
    op.drop_index("ix_run_parcel_parcel", table_name="run_parcel")
    op.drop_index("ix_parcel_status_received", table_name="parcel")
    op.drop_index("ix_parcel_delivered_at", table_name="parcel")
