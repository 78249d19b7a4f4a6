"""print log: what was printed, when, by whom; reprints and idempotent print jobs

Revision ID: 0600
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0600"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("job_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("layout", sa.String(length=64), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_log")),
        sa.UniqueConstraint(
            "job_key", "kind", "subject", name=op.f("uq_print_log_job_key_kind_subject")
        ),
    )
    op.create_index("ix_print_log_subject", "print_log", ["kind", "subject"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_print_log_subject", table_name="print_log")
    op.drop_table("print_log")
