"""stock summary: one row per center, product and lot, kept at commit; back-filled here

Revision ID: 0210
Revises: 0200
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0210"
down_revision = "0200"
branch_labels = None
depends_on = None

SHOWN = "on_hand > 0 OR in_transit > 0"

# Balances summed over bins plus units in transit to each center, as the summary's
# upkeep computes them (core/inventory/stock_summary.py). Plain SQL both databases
# read alike: the migration must not change when the models do.
BACK_FILL = """
INSERT INTO stock_summary (center_id, product_id, lot_id, center_code, sku, expiry_key,
                           lot_code, on_hand, reserved, in_transit)
SELECT parts.center_id, parts.product_id, parts.lot_id, center.code, product.sku,
       COALESCE(lot.expiry, '9999-12-31'), lot.code,
       SUM(parts.on_hand), SUM(parts.reserved), SUM(parts.in_transit)
FROM (
    SELECT center_id, product_id, lot_id, on_hand, reserved, 0 AS in_transit FROM balance
    UNION ALL
    SELECT transfer.to_center_id, transfer_item.product_id, transfer_item.lot_id,
           0, 0, transfer_item.quantity
    FROM transfer_item JOIN transfer ON transfer.id = transfer_item.transfer_id
    WHERE transfer.status = 'dispatched'
) AS parts
JOIN center ON center.id = parts.center_id
JOIN product ON product.id = parts.product_id
JOIN lot ON lot.id = parts.lot_id
GROUP BY parts.center_id, parts.product_id, parts.lot_id, center.code, product.sku,
         lot.expiry, lot.code
"""


def _code(length: int) -> sa.String:
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "stock_summary",
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("center_code", _code(16), nullable=False),
        sa.Column("sku", _code(64), nullable=False),
        sa.Column("expiry_key", sa.Date(), nullable=False),
        sa.Column("lot_code", _code(64), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.Column("in_transit", sa.Integer(), nullable=False),
        sa.CheckConstraint("on_hand >= 0", name=op.f("ck_stock_summary_on_hand")),
        sa.CheckConstraint("reserved >= 0", name=op.f("ck_stock_summary_reserved")),
        sa.CheckConstraint(
            "reserved <= on_hand", name=op.f("ck_stock_summary_reserved_le_on_hand")
        ),
        sa.CheckConstraint("in_transit >= 0", name=op.f("ck_stock_summary_in_transit")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_stock_summary_center_id_center")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_stock_summary_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_stock_summary_product_id_product")
        ),
        sa.PrimaryKeyConstraint("center_id", "product_id", "lot_id", name=op.f("pk_stock_summary")),
    )
    op.execute(BACK_FILL)
    # Indexes after the back-fill: one sorted build instead of 200,000 inserts into them.
    with op.batch_alter_table("stock_summary", schema=None) as batch_op:
        batch_op.create_index("ix_stock_summary_product", ["product_id"], unique=False)
        batch_op.create_index(
            "ix_stock_summary_shown",
            ["center_code", "sku", "expiry_key", "lot_code"],
            unique=False,
            sqlite_where=sa.text(SHOWN),
            postgresql_where=sa.text(SHOWN),
        )


def downgrade() -> None:
    with op.batch_alter_table("stock_summary", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_stock_summary_shown", sqlite_where=sa.text(SHOWN), postgresql_where=sa.text(SHOWN)
        )
        batch_op.drop_index("ix_stock_summary_product")

    op.drop_table("stock_summary")
