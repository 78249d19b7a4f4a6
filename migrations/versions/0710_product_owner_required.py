"""master data: every product has an owning center (the "shared catalogue" of products
with no owner, writable by any center, goes: a row is written by its one owner)

A product without an owner gets the center that received it first, else the oldest
center (ids are UUIDv7, so the smallest id is the first center made); then the column
is NOT NULL.

Revision ID: 0710
Revises: 0700
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0710"
down_revision = "0700"
branch_labels = None
depends_on = None

FIRST_RECEIVER = """
UPDATE product SET owner_center_id = (
    SELECT m.center_id FROM move m
    WHERE m.product_id = product.id AND m.kind = 'receipt'
    ORDER BY m.created_at, m.id LIMIT 1
) WHERE owner_center_id IS NULL
"""
OLDEST_CENTER = """
UPDATE product SET owner_center_id = (SELECT c.id FROM center c ORDER BY c.id LIMIT 1)
WHERE owner_center_id IS NULL
"""


def upgrade() -> None:
    op.execute(FIRST_RECEIVER)
    op.execute(OLDEST_CENTER)
    orphans = op.get_bind().scalar(
        sa.text("SELECT count(*) FROM product WHERE owner_center_id IS NULL")
    )
    if orphans:
        # Only products typed before any center existed: no center can own them yet.
        raise RuntimeError(
            f"{orphans} products have no center to own them: "
            "create this PC's center with an older version first"
        )
    with op.batch_alter_table("product") as batch:
        batch.alter_column("owner_center_id", existing_type=sa.Uuid(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("product") as batch:
        batch.alter_column("owner_center_id", existing_type=sa.Uuid(), nullable=True)
