"""Time arithmetic the two databases spell differently, as SQL expressions.

SQLite keeps datetimes as naive UTC text (`core.storage.base.UTCDateTime`) and has
`julianday`; PostgreSQL has intervals and `EXTRACT(EPOCH ...)`. Each construct below
compiles to its dialect's own spelling, so one statement serves both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class seconds_between(FunctionElement[float]):  # noqa: N801  (reads as a SQL function)
    """`later - earlier` in seconds (a float; NULL when either is NULL)."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(seconds_between)
def _seconds_default(element: seconds_between, compiler: Any, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    return (
        f"(EXTRACT(EPOCH FROM ({compiler.process(later, **kw)}"
        f" - {compiler.process(earlier, **kw)})))"
    )


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element: seconds_between, compiler: Any, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    return (
        f"((julianday({compiler.process(later, **kw)})"
        f" - julianday({compiler.process(earlier, **kw)})) * 86400.0)"
    )


class month_of(FunctionElement[str]):  # noqa: N801
    """`YYYY-MM` of a UTC datetime moved by `offset_hours` (the center's zone offset)."""

    type = String()
    inherit_cache = True
    name = "month_of"


@compiles(month_of)
def _month_default(element: month_of, compiler: Any, **kw: Any) -> str:
    moment, hours = list(element.clauses)
    return (
        f"to_char(({compiler.process(moment, **kw)} AT TIME ZONE 'UTC')"
        f" + make_interval(hours => {compiler.process(hours, **kw)}), 'YYYY-MM')"
    )


@compiles(month_of, "sqlite")
def _month_sqlite(element: month_of, compiler: Any, **kw: Any) -> str:
    moment, hours = list(element.clauses)
    return (
        f"strftime('%Y-%m', {compiler.process(moment, **kw)},"
        f" ({compiler.process(hours, **kw)}) || ' hours')"
    )
