"""Percentiles in SQL on a hand-made set whose percentiles are known, on both databases;
on PostgreSQL also against its own percentile_cont."""

from __future__ import annotations

import pytest
from sqlalchemy import Float, func, literal, select, union_all

from core.reports.percentiles import percentiles

# group -> values, and their median and p90 by linear interpolation (percentile_cont):
# position 1 + (n - 1) * p among the sorted values.
SETS = {
    "one": ([7.0], 7.0, 7.0),
    "two": ([10.0, 2.0], 6.0, 9.2),  # 2 + 0.5 * 8; 2 + 0.9 * 8
    "four": ([1.0, 2.0, 3.0, 10.0], 2.5, 7.9),  # p90 at 3.7: 3 + 0.7 * 7
    "eleven": ([float(v) for v in range(10, 0, -1)] + [100.0], 6.0, 10.0),  # p90 at 10
    "ties": ([5.0, 5.0, 5.0, 9.0, 1.0], 5.0, 7.4),  # p90 at 4.6: 5 + 0.6 * 4
}


def _source():  # type: ignore[no-untyped-def]
    rows = [
        select(literal(name).label("g"), literal(value, Float).label("v"))
        for name, (values, _, _) in SETS.items()
        for value in values
    ]
    rows.append(select(literal("four").label("g"), literal(None, Float).label("v")))  # ignored
    return union_all(*rows).subquery("hand_made")


def test_median_and_p90_of_a_hand_made_set(db) -> None:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        found = {
            g: (n, p50, p90)
            for g, n, p50, p90 in uow.session.execute(percentiles(_source(), ["g"], "v"))
        }
    assert set(found) == set(SETS)
    for name, (values, median, p90) in SETS.items():
        n, got_median, got_p90 = found[name]
        assert n == len(values), name
        assert got_median == pytest.approx(median), name
        assert got_p90 == pytest.approx(p90), name


@pytest.mark.postgres
def test_the_same_as_percentile_cont(pg_url: str) -> None:
    from core.storage.engine import make_engine

    engine = make_engine(pg_url)
    source = _source()
    cont = select(
        source.c.g,
        func.percentile_cont(0.5).within_group(source.c.v),
        func.percentile_cont(0.9).within_group(source.c.v),
    ).group_by(source.c.g)
    with engine.connect() as connection:
        ours = {
            g: (p50, p90)
            for g, _, p50, p90 in connection.execute(percentiles(_source(), ["g"], "v"))
        }
        theirs = {g: (float(p50), float(p90)) for g, p50, p90 in connection.execute(cont)}
    engine.dispose()
    assert ours.keys() == theirs.keys()
    for name in ours:
        assert ours[name] == pytest.approx(theirs[name]), name
