"""parcel numbers people read aloud (TSC-1204-0012): parcel.number, parcel.number_day and
the per center and day counter; existing parcels numbered in the order they were created

Revision ID: 0750
Revises: 0320
Create Date: 2026-12-04
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

from core.clock import local_day
from core.storage.base import UTCDateTime

revision = "0750"
down_revision = "0320"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parcel_number_counter",
        sa.Column("center_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_id"], ["center.id"], name=op.f("fk_parcel_number_counter_center_id_center")
        ),
        sa.PrimaryKeyConstraint("center_id", "day", name=op.f("pk_parcel_number_counter")),
    )
    # Plain ADD COLUMN with a default: SQLite's batch mode would copy and drop `parcel`,
    # which the foreign keys of runs, pick lists and scans refuse while they hold rows.
    op.add_column(
        "parcel", sa.Column("number", sa.String(length=32), server_default="", nullable=False)
    )
    op.add_column(
        "parcel", sa.Column("number_day", sa.Date(), server_default="2000-01-01", nullable=False)
    )
    _number_existing()
    op.create_index("ix_parcel_number", "parcel", ["number", "number_day"], unique=True)


def _number_existing() -> None:
    """Each center's parcels by the local day they were created, oldest first."""
    bind = op.get_bind()
    centers = sa.table("center", sa.column("id", sa.Uuid()), sa.column("code", sa.String()))
    codes = dict(bind.execute(sa.select(centers.c.id, centers.c.code)).all())
    parcels = sa.table(
        "parcel",
        sa.column("id", sa.Uuid()),
        sa.column("center_id", sa.Uuid()),
        sa.column("created_at", UTCDateTime()),
        sa.column("number", sa.String()),
        sa.column("number_day", sa.Date()),
    )
    rows = bind.execute(
        sa.select(parcels.c.id, parcels.c.center_id, parcels.c.created_at).order_by(
            parcels.c.created_at, parcels.c.id
        )
    ).all()
    last: dict[tuple[object, date], int] = {}
    updates = []
    for parcel_id, center_id, created_at in rows:
        day = local_day(created_at)
        key = (center_id, day)
        last[key] = last.get(key, 0) + 1
        number = f"{codes[center_id]}-{day:%m%d}-{last[key]:04d}"
        updates.append({"pid": parcel_id, "n": number, "d": day})
    if updates:
        bind.execute(
            parcels.update()
            .where(parcels.c.id == sa.bindparam("pid"))
            .values(number=sa.bindparam("n"), number_day=sa.bindparam("d")),
            updates,
        )
    if last:
        counters = sa.table(
            "parcel_number_counter",
            sa.column("center_id", sa.Uuid()),
            sa.column("day", sa.Date()),
            sa.column("last", sa.Integer()),
        )
        bind.execute(
            counters.insert(),
            [{"center_id": c, "day": d, "last": n} for (c, d), n in last.items()],
        )


def downgrade() -> None:
    op.drop_index("ix_parcel_number", table_name="parcel")
    with op.batch_alter_table("parcel") as batch:
        batch.drop_column("number_day")
        batch.drop_column("number")
    op.drop_table("parcel_number_counter")
