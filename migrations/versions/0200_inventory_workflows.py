"""inventory workflows: receipts, transfers with in-transit stock, cycle counts, ABC class

Revision ID: 0200
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0200"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "receipt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("supplier", sa.String(length=200), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("posted_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'posted', 'cancelled')", name=op.f("ck_receipt_status")
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_receipt_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        sa.UniqueConstraint("number", name=op.f("uq_receipt_number")),
    )
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.create_index("ix_receipt_center_status", ["center_id", "status"], unique=False)

    op.create_table(
        "transfer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("from_center_id", sa.Uuid(), nullable=False),
        sa.Column("to_center_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("dispatched_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dispatched_by", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'dispatched', 'received', 'cancelled')",
            name=op.f("ck_transfer_status"),
        ),
        sa.CheckConstraint(
            "from_center_id <> to_center_id", name=op.f("ck_transfer_distinct_centers")
        ),
        sa.ForeignKeyConstraint(
            ["from_center_id"], ["center.id"], name=op.f("fk_transfer_from_center_id_center")
        ),
        sa.ForeignKeyConstraint(
            ["to_center_id"], ["center.id"], name=op.f("fk_transfer_to_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
        sa.UniqueConstraint("number", name=op.f("uq_transfer_number")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index("ix_transfer_from_status", ["from_center_id", "status"], unique=False)
        batch_op.create_index("ix_transfer_to_status", ["to_center_id", "status"], unique=False)

    op.create_table(
        "receipt_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("receipt_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("bin_id", sa.Uuid(), nullable=False),
        sa.Column("lot_code", sa.String(length=64), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_receipt_line_quantity")),
        sa.ForeignKeyConstraint(["bin_id"], ["bin.id"], name=op.f("fk_receipt_line_bin_id_bin")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_receipt_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"], ["receipt.id"], name=op.f("fk_receipt_line_receipt_id_receipt")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt_line")),
    )
    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.create_index("ix_receipt_line_receipt", ["receipt_id", "created_at"], unique=False)

    op.create_table(
        "stock_count",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("bin_id", sa.Uuid(), nullable=True),
        sa.Column("zone", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "bin_id IS NOT NULL OR zone <> ''", name=op.f("ck_stock_count_has_scope")
        ),
        sa.CheckConstraint(
            "status IN ('counting', 'review', 'approved', 'cancelled')",
            name=op.f("ck_stock_count_status"),
        ),
        sa.ForeignKeyConstraint(["bin_id"], ["bin.id"], name=op.f("fk_stock_count_bin_id_bin")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_stock_count_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_count")),
        sa.UniqueConstraint("number", name=op.f("uq_stock_count_number")),
    )
    with op.batch_alter_table("stock_count", schema=None) as batch_op:
        batch_op.create_index("ix_stock_count_center_status", ["center_id", "status"], unique=False)

    op.create_table(
        "transfer_arrival",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("transfer_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("bin_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "condition = 'good' OR reason <> ''", name=op.f("ck_transfer_arrival_reason_given")
        ),
        sa.CheckConstraint(
            "condition IN ('good', 'damaged', 'over')", name=op.f("ck_transfer_arrival_condition")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_transfer_arrival_quantity")),
        sa.ForeignKeyConstraint(
            ["bin_id"], ["bin.id"], name=op.f("fk_transfer_arrival_bin_id_bin")
        ),
        sa.ForeignKeyConstraint(
            ["lot_id"], ["lot.id"], name=op.f("fk_transfer_arrival_lot_id_lot")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_transfer_arrival_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"], ["transfer.id"], name=op.f("fk_transfer_arrival_transfer_id_transfer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_arrival")),
    )
    with op.batch_alter_table("transfer_arrival", schema=None) as batch_op:
        batch_op.create_index(
            "ix_transfer_arrival_transfer", ["transfer_id", "created_at"], unique=False
        )

    op.create_table(
        "transfer_item",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("transfer_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("short_quantity", sa.Integer(), nullable=False),
        sa.Column("short_reason", sa.String(length=200), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_transfer_item_quantity")),
        sa.CheckConstraint(
            "short_quantity >= 0 AND short_quantity <= quantity",
            name=op.f("ck_transfer_item_short"),
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_transfer_item_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_transfer_item_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"], ["transfer.id"], name=op.f("fk_transfer_item_transfer_id_transfer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_item")),
        sa.UniqueConstraint(
            "transfer_id",
            "product_id",
            "lot_id",
            name=op.f("uq_transfer_item_transfer_id_product_id_lot_id"),
        ),
    )
    with op.batch_alter_table("transfer_item", schema=None) as batch_op:
        batch_op.create_index("ix_transfer_item_product", ["product_id"], unique=False)

    op.create_table(
        "transfer_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("transfer_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_transfer_line_quantity")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_transfer_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"], ["transfer.id"], name=op.f("fk_transfer_line_transfer_id_transfer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_line")),
        sa.UniqueConstraint(
            "transfer_id", "product_id", name=op.f("uq_transfer_line_transfer_id_product_id")
        ),
    )
    op.create_table(
        "count_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("count_id", sa.Uuid(), nullable=False),
        sa.Column("bin_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_count_line_quantity")),
        sa.ForeignKeyConstraint(["bin_id"], ["bin.id"], name=op.f("fk_count_line_bin_id_bin")),
        sa.ForeignKeyConstraint(
            ["count_id"], ["stock_count.id"], name=op.f("fk_count_line_count_id_stock_count")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_count_line_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_count_line_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_count_line")),
        sa.UniqueConstraint(
            "count_id",
            "bin_id",
            "product_id",
            "lot_id",
            name=op.f("uq_count_line_count_id_bin_id_product_id_lot_id"),
        ),
    )
    with op.batch_alter_table("count_line", schema=None) as batch_op:
        batch_op.create_index("ix_count_line_product", ["product_id"], unique=False)

    op.create_index("ix_lot_expiry", "lot", ["expiry"], unique=False)
    _add_abc_class()


def _add_abc_class() -> None:
    """Product.abc_class with its CHECK, without rebuilding `product`.

    SQLite's batch mode would copy and DROP the product table, and with foreign
    keys on, dropping a table that lots and balances point to fails on any
    database that already holds stock. ADD COLUMN may carry a CHECK on SQLite.
    """
    check = "abc_class IN ('A', 'B', 'C')"
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE product ADD COLUMN abc_class VARCHAR(1) DEFAULT 'C' NOT NULL "
            f"CONSTRAINT ck_product_abc_class CHECK ({check})"
        )
        return
    op.add_column(
        "product", sa.Column("abc_class", sa.String(length=1), server_default="C", nullable=False)
    )
    op.create_check_constraint(op.f("ck_product_abc_class"), "product", check)


def downgrade() -> None:

    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE product DROP COLUMN abc_class")
    else:
        op.drop_constraint(op.f("ck_product_abc_class"), "product", type_="check")
        op.drop_column("product", "abc_class")
    op.drop_index("ix_lot_expiry", table_name="lot")

    with op.batch_alter_table("count_line", schema=None) as batch_op:
        batch_op.drop_index("ix_count_line_product")

    op.drop_table("count_line")
    op.drop_table("transfer_line")
    with op.batch_alter_table("transfer_item", schema=None) as batch_op:
        batch_op.drop_index("ix_transfer_item_product")

    op.drop_table("transfer_item")
    with op.batch_alter_table("transfer_arrival", schema=None) as batch_op:
        batch_op.drop_index("ix_transfer_arrival_transfer")

    op.drop_table("transfer_arrival")
    with op.batch_alter_table("stock_count", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_count_center_status")

    op.drop_table("stock_count")
    with op.batch_alter_table("receipt_line", schema=None) as batch_op:
        batch_op.drop_index("ix_receipt_line_receipt")

    op.drop_table("receipt_line")
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index("ix_transfer_to_status")
        batch_op.drop_index("ix_transfer_from_status")

    op.drop_table("transfer")
    with op.batch_alter_table("receipt", schema=None) as batch_op:
        batch_op.drop_index("ix_receipt_center_status")

    op.drop_table("receipt")
