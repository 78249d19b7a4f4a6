"""orders parcels places

Revision ID: 0300
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0300"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "division",
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("parent_code", sa.String(length=12), nullable=True),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_bo", sa.String(length=200), nullable=False),
        sa.Column("name_pinyin", sa.String(length=100), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "level IN ('province', 'prefecture', 'county', 'township')",
            name=op.f("ck_division_level"),
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_division_center_id_center")
        ),
        sa.ForeignKeyConstraint(
            ["parent_code"], ["division.code"], name=op.f("fk_division_parent_code_division")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_division")),
    )
    with op.batch_alter_table("division", schema=None) as batch_op:
        batch_op.create_index("ix_division_parent", ["parent_code"], unique=False)

    op.create_table(
        "sales_order",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=64), nullable=False),
        sa.Column("buyer", sa.String(length=100), nullable=False),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=True),
        sa.Column("ordered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("paid_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_sales_order_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order")),
        sa.UniqueConstraint(
            "channel", "external_id", name=op.f("uq_sales_order_channel_external_id")
        ),
    )
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.create_index("ix_sales_order_center", ["center_id"], unique=False)

    op.create_table(
        "sales_order_line",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("price_fen", sa.Integer(), nullable=True),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_sales_order_line_quantity")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["sales_order.id"], name=op.f("fk_sales_order_line_order_id_sales_order")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_sales_order_line_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_order_line")),
    )
    with op.batch_alter_table("sales_order_line", schema=None) as batch_op:
        batch_op.create_index("ix_sales_order_line_order", ["order_id"], unique=False)

    op.create_table(
        "village_point",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("township_code", sa.String(length=12), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_bo", sa.String(length=200), nullable=False),
        sa.Column("name_pinyin", sa.String(length=100), nullable=False),
        sa.Column("village_code", sa.String(length=12), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["township_code"],
            ["division.code"],
            name=op.f("fk_village_point_township_code_division"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_village_point")),
        sa.UniqueConstraint(
            "township_code", "name_zh", name=op.f("uq_village_point_township_code_name_zh")
        ),
    )
    op.create_table(
        "parcel",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=True),
        sa.Column("carrier", sa.String(length=32), nullable=False),
        sa.Column("carrier_barcode", sa.String(length=64), nullable=True),
        sa.Column("tracking", sa.String(length=32), nullable=True),
        sa.Column("recipient", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("township_code", sa.String(length=12), nullable=True),
        sa.Column("village_point_id", sa.Uuid(), nullable=True),
        sa.Column("route", sa.String(length=16), nullable=True),
        sa.Column("match_confidence", sa.Float(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ready_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failure_reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "route IS NULL OR route IN ('township', 'postal')", name=op.f("ck_parcel_route")
        ),
        sa.CheckConstraint("source IN ('order', 'arrival')", name=op.f("ck_parcel_source")),
        sa.CheckConstraint(
            "status IN ('new', 'backorder', 'picking', 'ready', 'on_run', 'at_station', 'delivered', 'failed', 'returned', 'handed_over', 'cancelled')",
            name=op.f("ck_parcel_status"),
        ),
        sa.CheckConstraint("weight_g IS NULL OR weight_g >= 0", name=op.f("ck_parcel_weight")),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_parcel_center_id_center")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["sales_order.id"], name=op.f("fk_parcel_order_id_sales_order")
        ),
        sa.ForeignKeyConstraint(
            ["township_code"], ["division.code"], name=op.f("fk_parcel_township_code_division")
        ),
        sa.ForeignKeyConstraint(
            ["village_point_id"],
            ["village_point.id"],
            name=op.f("fk_parcel_village_point_id_village_point"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel")),
        sa.UniqueConstraint("carrier_barcode", name=op.f("uq_parcel_carrier_barcode")),
    )
    with op.batch_alter_table("parcel", schema=None) as batch_op:
        batch_op.create_index("ix_parcel_center_status", ["center_id", "status"], unique=False)
        batch_op.create_index("ix_parcel_order", ["order_id"], unique=False)
        batch_op.create_index(
            "ix_parcel_status_township", ["status", "township_code"], unique=False
        )

    op.create_table(
        "place_alias",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("township_code", sa.String(length=12), nullable=True),
        sa.Column("village_point_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["township_code"], ["division.code"], name=op.f("fk_place_alias_township_code_division")
        ),
        sa.ForeignKeyConstraint(
            ["village_point_id"],
            ["village_point.id"],
            name=op.f("fk_place_alias_village_point_id_village_point"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_alias")),
        sa.UniqueConstraint("text", name=op.f("uq_place_alias_text")),
    )


def downgrade() -> None:

    op.drop_table("place_alias")
    with op.batch_alter_table("parcel", schema=None) as batch_op:
        batch_op.drop_index("ix_parcel_status_township")
        batch_op.drop_index("ix_parcel_order")
        batch_op.drop_index("ix_parcel_center_status")

    op.drop_table("parcel")
    op.drop_table("village_point")
    with op.batch_alter_table("sales_order_line", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_order_line_order")

    op.drop_table("sales_order_line")
    with op.batch_alter_table("sales_order", schema=None) as batch_op:
        batch_op.drop_index("ix_sales_order_center")

    op.drop_table("sales_order")
    with op.batch_alter_table("division", schema=None) as batch_op:
        batch_op.drop_index("ix_division_parent")

    op.drop_table("division")
