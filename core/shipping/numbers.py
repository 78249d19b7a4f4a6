"""The parcel number people read aloud: `TSC-1204-0012`.

Center code, the center's local month and day (core.clock) and a sequence per center
and day. The barcode keeps the parcel's id (`P:` and 40 digits): the number is for
drivers, station keepers and callers, who cannot read that aloud.

The sequence lives in one counter row per center and day, bumped by a single
`INSERT ... ON CONFLICT DO UPDATE ... RETURNING` in the transaction that creates the
parcels. On PostgreSQL a second clerk's upsert waits on the first one's row lock and
then sees its committed value; on SQLite writers take turns anyway (BEGIN IMMEDIATE).
Either way no two parcels get one number, and the unique (number_day, number) in the
schema is the backstop.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, MutableMapping
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from core.clock import local_day
from core.inventory.models import Center
from core.shipping.models import ParcelNumberCounter

# `TSC-1204-0012`; a sequence past 9999 simply grows a digit.
NUMBER = re.compile(r"^([A-Z0-9]{1,16})-(\d{2})(\d{2})-(\d{4,})$")


def format_number(center_code: str, day: date, sequence: int) -> str:
    return f"{center_code}-{day:%m%d}-{sequence:04d}"


def looks_like_number(text: str) -> bool:
    return NUMBER.match(text.strip().upper()) is not None


def reserve(session: Session, center_id: uuid.UUID, day: date, count: int) -> int:
    """Take `count` numbers for `center_id` on `day`; returns the first sequence taken."""
    table = cast(Table, ParcelNumberCounter.__table__)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    upsert = insert(table).values(center_id=center_id, day=day, last=count)
    statement = upsert.on_conflict_do_update(
        index_elements=["center_id", "day"], set_={"last": table.c.last + count}
    ).returning(table.c.last)
    last: int = session.execute(statement).scalar_one()
    return last - count + 1


def next_numbers(session: Session, center_id: uuid.UUID, day: date, count: int) -> list[str]:
    """`count` fresh numbers for parcels created at `center_id` on its local `day`."""
    code = session.scalars(select(Center.code).where(Center.id == center_id)).one()
    first = reserve(session, center_id, day, count)
    return [format_number(code, day, first + n) for n in range(count)]


def number_rows(session: Session, rows: Iterable[MutableMapping[str, Any]], now: datetime) -> None:
    """Give each parcel row about to be inserted its number (`number`, `number_day`),
    in the rows' order, one counter bump per center."""
    by_center: dict[uuid.UUID, list[MutableMapping[str, Any]]] = {}
    for row in rows:
        by_center.setdefault(row["center_id"], []).append(row)
    for center_id in sorted(by_center, key=str):  # one lock order for every writer
        day = local_day(now, center_id)
        batch = by_center[center_id]
        for row, number in zip(
            batch, next_numbers(session, center_id, day, len(batch)), strict=True
        ):
            row["number"] = number
            row["number_day"] = day


def give_number(session: Session, parcel: Any, now: datetime) -> None:
    """Number one `Parcel` built as an object (rather than a row to insert)."""
    row: dict[str, Any] = {"center_id": parcel.center_id}
    number_rows(session, [row], now)
    parcel.number, parcel.number_day = row["number"], row["number_day"]
