"""Each report's figures against counts made here from the rows, on both databases."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.inventory.models import Move
from core.reports.catalog import REPORTS
from core.reports.tables import Period, Report
from core.runs.models import DeliveryEvent, LoadScan, Run
from tests.support.dashboard_world import module_database
from tests.support.fixed_clock import TODAY

PERIOD = Period(TODAY - timedelta(days=120), TODAY)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def made(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    db, _ = module_database(request, tmp_path_factory)
    with db.uow(write=False) as uow:
        reports = {name: fn(uow, PERIOD, None) for name, fn in REPORTS.items()}
        events = list(uow.session.scalars(select(DeliveryEvent)))
        runs = list(uow.session.scalars(select(Run)))
        moves = list(uow.session.scalars(select(Move)))
        scans = list(uow.session.scalars(select(LoadScan)))
        uow.session.expunge_all()
    return reports, events, runs, moves, scans


def rows_of(report: Report) -> list[dict[str, object]]:
    return report.as_json()["rows"]  # type: ignore[return-value]


def test_failures_by_reason(made) -> None:  # type: ignore[no-untyped-def]
    reports, events, *_ = made
    expected = Counter(
        (e.kind, e.reason)
        for e in events
        if e.kind in ("failed", "returned") and PERIOD.start <= e.occurred_at < PERIOD.end
    )
    found = {(r["kind"], r["reason"]): r["parcels"] for r in rows_of(reports["failures"])}
    assert found == dict(expected) and sum(expected.values()) > 3
    chart = reports["failures"].chart
    assert chart is not None and sum(chart.series[0].values) == sum(expected.values())


def test_sales_by_category_per_month(made) -> None:  # type: ignore[no-untyped-def]
    reports, *_ = made
    found = {
        (r["month"], r["category"]): (r["units"], r["amount_yuan"])
        for r in rows_of(reports["sales"])
    }
    month = (TODAY - timedelta(days=3)).strftime("%Y-%m")
    assert found == {(month, "livestock"): (2, 30.0), (month, "specialty"): (1, 20.0)}


def test_stock_valuation_and_movements(made) -> None:  # type: ignore[no-untyped-def]
    reports, _, _, moves, _ = made
    rows = {r["category"]: r for r in rows_of(reports["stock"])}
    assert {c: r["on_hand"] for c, r in rows.items()} == {
        "livestock": 68,
        "specialty": 13,
        "handicraft": 2,
    }
    # Valued at the period's average sale price: jerky 15.00 a unit, cordyceps 20.00.
    assert rows["livestock"]["value_yuan"] == 42 * 15.0
    assert rows["specialty"]["value_yuan"] == 4 * 20.0
    received = sum(m.quantity for m in moves if m.from_bin_id is None)
    assert sum(r["units_in"] for r in rows.values()) == received == 68 + 13 + 2


def test_runs_and_their_punctuality(made) -> None:  # type: ignore[no-untyped-def]
    reports, _, runs, _, _ = made
    chosen = [r for r in runs if PERIOD.first <= r.day <= PERIOD.last and r.status != "cancelled"]
    departed = [r for r in chosen if r.dispatched_at is not None]
    on_time = [r for r in departed if r.dispatched_at - r.depart_at <= timedelta(minutes=15)]  # type: ignore[operator]
    rows = rows_of(reports["runs"])
    assert sum(r["runs"] for r in rows) == len(chosen)
    assert sum(r["departed"] for r in rows) == len(departed)
    assert sum(r["on_time"] for r in rows) == len(on_time)
    assert 0 < len(on_time) < len(departed)


def test_clerk_activity(made) -> None:  # type: ignore[no-untyped-def]
    reports, events, _, moves, scans = made
    rows = {r["clerk"]: r for r in rows_of(reports["clerks"])}
    in_period = [e for e in events if PERIOD.start <= e.occurred_at < PERIOD.end]
    for clerk in ("driver-a", "driver-b"):
        assert rows[clerk]["deliveries"] == sum(1 for e in in_period if e.actor == clerk) > 0
    assert rows["storekeeper"]["moves"] == len(moves)
    assert not scans


def test_lead_time_report_has_twelve_weeks(made) -> None:  # type: ignore[no-untyped-def]
    reports, *_ = made
    report = reports["lead-time"]
    assert report.chart is not None and len(report.chart.categories) == 12
    assert {r["measure"] for r in rows_of(report)} == {
        "paid_to_delivered",
        "paid_to_dispatched",
        "dispatched_to_delivered",
    }
