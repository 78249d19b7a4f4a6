"""cycle counts keep what the system expected when counting closed

Revision ID: 0220
Revises: 0210
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0220"
down_revision = "0210"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stock_count") as batch:
        batch.add_column(sa.Column("expected_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "count_expected",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("count_id", sa.Uuid(), nullable=False),
        sa.Column("bin_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_count_expected_quantity")),
        sa.ForeignKeyConstraint(
            ["count_id"], ["stock_count.id"], name=op.f("fk_count_expected_count_id_stock_count")
        ),
        sa.ForeignKeyConstraint(["bin_id"], ["bin.id"], name=op.f("fk_count_expected_bin_id_bin")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_count_expected_product_id_product")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_count_expected_lot_id_lot")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_expected")),
        sa.UniqueConstraint(
            "count_id",
            "bin_id",
            "product_id",
            "lot_id",
            name=op.f("uq_count_expected_count_id_bin_id_product_id_lot_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("count_expected")
    with op.batch_alter_table("stock_count") as batch:
        batch.drop_column("expected_at")
