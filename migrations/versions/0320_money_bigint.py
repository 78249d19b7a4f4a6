"""money as BIGINT: amounts of 21,474,836.48 yuan and more overflowed INTEGER on PostgreSQL

Revision ID: 0320
Revises: 0310
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0320"
down_revision = "0310"
branch_labels = None
depends_on = None

COLUMNS = (("sales_order", "amount_fen"), ("sales_order_line", "price_fen"))


def upgrade() -> None:
    # SQLite's INTEGER is already 64 bits; the models keep INTEGER there (core.storage.base).
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.alter_column(
            table, column, type_=sa.BigInteger(), existing_type=sa.Integer(), existing_nullable=True
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.alter_column(
            table, column, type_=sa.Integer(), existing_type=sa.BigInteger(), existing_nullable=True
        )
