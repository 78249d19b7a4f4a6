"""gazetteer: load the shipped Ngari divisions

Revision ID: 0350
Revises: 0300
Create Date: 2026-11-29

Data only: every database knows the shipped places from the start, so parcels
resolve on a fresh install. Later gazetteer upgrades run the same idempotent
loader (`core.places.gazetteer.load_gazetteer`); it fills, never overwrites,
what clerks entered.
"""

from __future__ import annotations

from alembic import op

revision = "0350"
down_revision = "0300"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from core.places.gazetteer import link_served_townships, shipped_rows, sync_divisions

    connection = op.get_bind()
    sync_divisions(connection, shipped_rows())
    link_served_townships(connection)


def downgrade() -> None:
    # Divisions may be referenced by parcels and village points by now: keep them.
    pass
