"""The single declarative base and the column types every model shares."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core.ids import new_id

# Explicit constraint names: Alembic needs them to alter constraints later,
# and SQLite's batch mode cannot drop an unnamed one.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both databases.

    SQLite has no time zones: it gets naive UTC, and we put the zone back on
    the way out so comparisons never mix naive and aware values.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


# Money in whole fen (0.01 yuan). PostgreSQL's INTEGER stops at 21,474,836.47 yuan, so
# BIGINT there; SQLite's INTEGER already holds 64 bits (and changing a declared type there
# means copying tables that others refer to), so it keeps INTEGER. Migration 0320.
MONEY = BigInteger().with_variant(Integer(), "sqlite")


def one_of(column: str, values: type[StrEnum]) -> str:
    """SQL for a CHECK constraint: `column` holds one of the enum's values."""
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {uuid.UUID: Uuid(), datetime: UTCDateTime()}


def id_column() -> Mapped[uuid.UUID]:
    """A time-ordered UUID primary key, minted in Python so the id is known before flush."""
    return mapped_column(Uuid(), primary_key=True, default=new_id)
