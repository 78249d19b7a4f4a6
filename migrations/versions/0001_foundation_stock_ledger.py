"""foundation stock ledger

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "center",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_bo", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=100), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=True),
        sa.Column("illustrative", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_center")),
        sa.UniqueConstraint("code", name=op.f("uq_center_code")),
    )
    op.create_table(
        "product",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=True),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("name_bo", sa.String(length=400), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=False),
        sa.Column("tracks_expiry", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "category IN ('livestock', 'specialty', 'handicraft', 'general')",
            name=op.f("ck_product_category"),
        ),
        sa.CheckConstraint("weight_g >= 0", name=op.f("ck_product_weight")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("barcode", name=op.f("uq_product_barcode")),
        sa.UniqueConstraint("sku", name=op.f("uq_product_sku")),
    )
    op.create_table(
        "bin",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("zone", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["center_id"], ["center.id"], name=op.f("fk_bin_center_id_center")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bin")),
        sa.UniqueConstraint("center_id", "code", name=op.f("uq_bin_center_id_code")),
    )
    op.create_table(
        "lot",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_lot_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lot")),
        sa.UniqueConstraint("product_id", "code", name=op.f("uq_lot_product_id_code")),
    )
    op.create_table(
        "product_center",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("reorder_point", sa.Integer(), nullable=False),
        sa.CheckConstraint("reorder_point >= 0", name=op.f("ck_product_center_reorder_point")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_product_center_center_id_center")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_product_center_product_id_product")
        ),
        sa.PrimaryKeyConstraint("product_id", "center_id", name=op.f("pk_product_center")),
    )
    op.create_table(
        "balance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("bin_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("on_hand", sa.Integer(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.CheckConstraint("on_hand >= 0", name=op.f("ck_balance_on_hand")),
        sa.CheckConstraint("reserved <= on_hand", name=op.f("ck_balance_reserved_le_on_hand")),
        sa.CheckConstraint("reserved >= 0", name=op.f("ck_balance_reserved")),
        sa.ForeignKeyConstraint(["bin_id"], ["bin.id"], name=op.f("fk_balance_bin_id_bin")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_balance_center_id_center")
        ),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_balance_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_balance_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_balance")),
        sa.UniqueConstraint(
            "bin_id", "product_id", "lot_id", name=op.f("uq_balance_bin_id_product_id_lot_id")
        ),
    )
    with op.batch_alter_table("balance", schema=None) as batch_op:
        batch_op.create_index(
            "ix_balance_center_product", ["center_id", "product_id"], unique=False
        )
        batch_op.create_index("ix_balance_product", ["product_id"], unique=False)

    op.create_table(
        "move",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("from_bin_id", sa.Uuid(), nullable=True),
        sa.Column("to_bin_id", sa.Uuid(), nullable=True),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("document_type", sa.String(length=32), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('receipt', 'putaway', 'transfer', 'pick', 'adjustment', 'count')",
            name=op.f("ck_move_kind"),
        ),
        sa.CheckConstraint(
            "from_bin_id IS NOT NULL OR to_bin_id IS NOT NULL", name=op.f("ck_move_has_bin")
        ),
        sa.CheckConstraint(
            "from_bin_id IS NULL OR to_bin_id IS NULL OR from_bin_id <> to_bin_id",
            name=op.f("ck_move_distinct_bins"),
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_move_quantity")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_move_center_id_center")
        ),
        sa.ForeignKeyConstraint(["from_bin_id"], ["bin.id"], name=op.f("fk_move_from_bin_id_bin")),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_move_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_move_product_id_product")
        ),
        sa.ForeignKeyConstraint(["to_bin_id"], ["bin.id"], name=op.f("fk_move_to_bin_id_bin")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_move")),
    )
    with op.batch_alter_table("move", schema=None) as batch_op:
        batch_op.create_index("ix_move_center_time", ["center_id", "created_at"], unique=False)
        batch_op.create_index("ix_move_document", ["document_id"], unique=False)
        batch_op.create_index("ix_move_product_time", ["product_id", "created_at"], unique=False)

    op.create_table(
        "reservation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("balance_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_type", sa.String(length=32), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'picked', 'released')", name=op.f("ck_reservation_status")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_reservation_quantity")),
        sa.ForeignKeyConstraint(
            ["balance_id"], ["balance.id"], name=op.f("fk_reservation_balance_id_balance")
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_reservation_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reservation")),
    )
    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.create_index("ix_reservation_balance", ["balance_id"], unique=False)
        batch_op.create_index("ix_reservation_document", ["document_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("reservation", schema=None) as batch_op:
        batch_op.drop_index("ix_reservation_document")
        batch_op.drop_index("ix_reservation_balance")

    op.drop_table("reservation")
    with op.batch_alter_table("move", schema=None) as batch_op:
        batch_op.drop_index("ix_move_product_time")
        batch_op.drop_index("ix_move_document")
        batch_op.drop_index("ix_move_center_time")

    op.drop_table("move")
    with op.batch_alter_table("balance", schema=None) as batch_op:
        batch_op.drop_index("ix_balance_product")
        batch_op.drop_index("ix_balance_center_product")

    op.drop_table("balance")
    op.drop_table("product_center")
    op.drop_table("lot")
    op.drop_table("bin")
    op.drop_table("product")
    op.drop_table("center")
