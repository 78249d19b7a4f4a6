"""Percentiles per group in SQL, the same way on SQLite and PostgreSQL.

SQLite has no `percentile_cont`; PostgreSQL has it, but two spellings of one figure
would be two figures. Both get this one statement instead: the rows of each group are
numbered in order (`ROW_NUMBER`) and counted (`COUNT(*) OVER`), and the p-th percentile
is read from the two rows around position 1 + (n - 1) * p, interpolated linearly
between them. That is exactly PostgreSQL's `percentile_cont(p)` (its definition, and a
test holds the two against each other), so the median of 1, 2, 3, 10 is 2.5.

Only whole percents are asked for, so the position's whole and fractional parts are
integer arithmetic, which both databases do alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Float, Select, case, cast, func, literal, select
from sqlalchemy.sql.expression import ColumnElement, Subquery

PERCENTS = (50, 90)


def percentile_label(percent: int) -> str:
    return f"p{percent}"


def percentiles(
    source: Subquery, groups: Sequence[str], value: str, percents: Sequence[int] = PERCENTS
) -> Select[Any]:
    """One row per group of `source`: the group's columns, `n`, and `p50`, `p90` (or the
    `percents` asked for) of its `value` column, NULLs left out."""
    keys = [source.c[name] for name in groups]
    measured = cast(source.c[value], Float)
    ranked = (
        select(
            *keys,
            measured.label("v"),
            func.row_number().over(partition_by=keys, order_by=measured).label("rn"),
            func.count().over(partition_by=keys).label("n"),
        )
        .where(source.c[value].is_not(None))
        .subquery("ranked")
    )
    group_keys = [ranked.c[name] for name in groups]
    columns: list[ColumnElement[Any]] = [func.max(ranked.c.n).label("n")]
    for percent in percents:
        steps = (ranked.c.n - 1) * percent  # position - 1, in hundredths
        low = 1 + steps // 100
        columns += [
            func.max(case((ranked.c.rn == low, ranked.c.v))).label(f"lo{percent}"),
            func.max(case((ranked.c.rn == low + 1, ranked.c.v))).label(f"hi{percent}"),
            func.max((steps % 100) / literal(100.0)).label(f"f{percent}"),
        ]
    bounds = select(*group_keys, *columns).group_by(*group_keys).subquery("bounds")
    interpolated = []
    for percent in percents:
        lo, hi, frac = (bounds.c[f"{part}{percent}"] for part in ("lo", "hi", "f"))
        interpolated.append(
            (lo + cast(frac, Float) * (func.coalesce(hi, lo) - lo)).label(percentile_label(percent))
        )
    return select(*(bounds.c[name] for name in groups), bounds.c.n, *interpolated)
