"""Rows that two clerks may create at the same moment, on SQLite and PostgreSQL alike.

A plain INSERT of a row with a unique key fails the second clerk with a
UniqueViolation on PostgreSQL (SQLite serialises writers, so it never sees one).
`INSERT ... ON CONFLICT DO NOTHING` waits for the first clerk's transaction and
then does nothing, and the SELECT after it finds the row the first one made.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from core.ids import new_id


def dialect_insert(session: Session, model: type[Any]) -> Any:
    """The INSERT of the session's database, which knows ON CONFLICT."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)


def ensure_row(
    session: Session, model: type[Any], key: Mapping[str, object], **values: object
) -> uuid.UUID:
    """The id of the row of `model` whose unique `key` columns hold `key`, created with
    `values` if missing, whoever else is creating it at the same moment."""
    wanted = select(model.id).filter_by(**key)
    existing: uuid.UUID | None = session.scalar(wanted)
    if existing is not None:
        return existing
    session.execute(
        dialect_insert(session, model)
        .values(id=new_id(), **key, **values)
        .on_conflict_do_nothing(index_elements=list(key))
    )
    found: uuid.UUID | None = session.scalar(wanted)
    assert found is not None  # inserted, or the conflicting row is committed and visible
    return found
