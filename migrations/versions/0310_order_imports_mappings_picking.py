"""order imports, saved column mappings, pick lists, packing

Revision ID: 0310
Revises: 0300
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0310"
down_revision = "0300"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "order_import",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_order_import_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_import")),
    )
    op.create_index("ix_order_import_sha256", "order_import", ["file_sha256"])
    op.create_table(
        "column_mapping",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=False),
        sa.Column("columns_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_column_mapping")),
        sa.UniqueConstraint("name", name=op.f("uq_column_mapping_name")),
    )
    op.create_table(
        "pick_list",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_pick_list_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pick_list")),
    )
    op.create_table(
        "pick_list_parcel",
        sa.Column("parcel_id", sa.Uuid(), nullable=False),
        sa.Column("pick_list_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parcel_id"], ["parcel.id"], name=op.f("fk_pick_list_parcel_parcel_id_parcel")
        ),
        sa.ForeignKeyConstraint(
            ["pick_list_id"],
            ["pick_list.id"],
            name=op.f("fk_pick_list_parcel_pick_list_id_pick_list"),
        ),
        sa.PrimaryKeyConstraint("parcel_id", name=op.f("pk_pick_list_parcel")),
    )
    op.create_index("ix_pick_list_parcel_pick_list_id", "pick_list_parcel", ["pick_list_id"])
    op.create_table(
        "packed_line",
        sa.Column("order_line_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_packed_line_quantity")),
        sa.ForeignKeyConstraint(
            ["order_line_id"],
            ["sales_order_line.id"],
            name=op.f("fk_packed_line_order_line_id_sales_order_line"),
        ),
        sa.PrimaryKeyConstraint("order_line_id", name=op.f("pk_packed_line")),
    )


def downgrade() -> None:
    op.drop_table("packed_line")
    op.drop_index("ix_pick_list_parcel_pick_list_id", table_name=op.f("pick_list_parcel"))
    op.drop_table("pick_list_parcel")
    op.drop_table("pick_list")
    op.drop_table("column_mapping")
    op.drop_index("ix_order_import_sha256", table_name=op.f("order_import"))
    op.drop_table("order_import")
