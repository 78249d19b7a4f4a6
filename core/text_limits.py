"""Text fits its column, the same on SQLite as on PostgreSQL, and holds no NUL.

SQLite stores 10,000 characters in a VARCHAR(64) and keeps NUL characters;
PostgreSQL refuses both (`StringDataRightTruncation`, "cannot contain NUL"), and
one such cell failed a whole import there. So the core checks, before the
database sees the text, on both databases alike.

A text's limit is the n of its column's `String(n)`, read from the mapped table
here (`column_limit`): no second list of numbers to fall out of step. Two checks:

- where a person's input comes in, `checked_text` (and, for imported cells,
  `text_problem`) names the field as the clerk knows it;
- every ORM flush checks every string of every new or changed row
  (`_check_flush`), so a field that no use case checks is refused in a sentence
  rather than cut or left to the database. Core `insert()`s (order and arrival
  imports) check their cells themselves, row by row.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Mapper, QueryableAttribute, Session, UOWTransaction

from core.errors import TextHasNul, TextTooLong

NUL = "\x00"


def column_limit(column: QueryableAttribute[Any]) -> int:
    """The n of a mapped column's `String(n)`."""
    length = getattr(column.property.columns[0].type, "length", None)
    if not isinstance(length, int):
        raise TypeError(f"{column} is not a String(n) column")
    return length


def text_problem(text: str, limit: int) -> str | None:
    """ "nul", "too_long" or None (fits)."""
    if NUL in text:
        return "nul"
    if len(text) > limit:
        return "too_long"
    return None


def checked_text(text: str, column: QueryableAttribute[Any], field: str | None = None) -> str:
    """`text` if it fits `column`; else `TextTooLong` / `TextHasNul` naming `field`
    (default: the column's own name)."""
    limit = column_limit(column)
    _raise_for(text, limit, field or column.key)
    return text


def _raise_for(text: str, limit: int, field: str) -> None:
    problem = text_problem(text, limit)
    if problem == "nul":
        raise TextHasNul(field)
    if problem == "too_long":
        raise TextTooLong(field, limit, len(text))


def fit_name(name: str, limit: int) -> str:
    """A name of at most `limit` characters that stays the same for the same `name` and
    tells two long names apart: the first characters, `~` and 8 hex digits of a hash."""
    if len(name) <= limit and NUL not in name:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return name.replace(NUL, "")[: limit - len(digest) - 1] + "~" + digest


@cache
def _string_columns(mapper: Mapper[Any]) -> tuple[tuple[str, int], ...]:
    """(attribute, limit) of each String(n) column of a mapped class."""
    found = []
    for attribute in mapper.column_attrs:
        column = attribute.columns[0]
        if isinstance(column.type, String) and isinstance(column.type.length, int):
            found.append((attribute.key, column.type.length))
    return tuple(found)


@event.listens_for(Session, "before_flush")
def _check_flush(session: Session, context: UOWTransaction, instances: object) -> None:
    for row in (*session.new, *session.dirty):
        state = inspect(row)
        values = state.dict
        for key, limit in _string_columns(state.mapper):
            value = values.get(key)
            if isinstance(value, str):
                _raise_for(value, limit, key)
