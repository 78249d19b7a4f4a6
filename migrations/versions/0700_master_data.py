"""master data: center address and phone, retiring centers and products, shelf life,
internal barcodes, the product's owning center, the edit history

Revision ID: 0700
Revises: 0001 (its own branch: it alters only the foundation's center and product tables)
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0700"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("center") as batch:
        batch.add_column(sa.Column("address", sa.String(200), server_default="", nullable=False))
        batch.add_column(sa.Column("phone", sa.String(32), server_default="", nullable=False))
        batch.add_column(sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("product") as batch:
        batch.add_column(sa.Column("shelf_life_days", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("internal_barcode", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
        batch.add_column(sa.Column("owner_center_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_product_owner_center_id_center"), "center", ["owner_center_id"], ["id"]
        )
        batch.create_check_constraint(op.f("ck_product_shelf_life"), "shelf_life_days > 0")
    op.create_table(
        "master_edit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("center_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('center', 'bin', 'product', 'reorder_point')",
            name=op.f("ck_master_edit_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_master_edit_center_id_center")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_master_edit")),
    )
    op.create_index("ix_master_edit_row", "master_edit", ["kind", "row_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_master_edit_row", table_name="master_edit")
    op.drop_table("master_edit")
    with op.batch_alter_table("product") as batch:
        batch.drop_constraint(op.f("ck_product_shelf_life"), type_="check")
        batch.drop_constraint(op.f("fk_product_owner_center_id_center"), type_="foreignkey")
        batch.drop_column("owner_center_id")
        batch.drop_column("active")
        batch.drop_column("internal_barcode")
        batch.drop_column("shelf_life_days")
    with op.batch_alter_table("center") as batch:
        batch.drop_column("retired_at")
        batch.drop_column("phone")
        batch.drop_column("address")
