"""The dashboard's figures equal counts computed here, in Python, from the rows; the list
behind each figure holds exactly the parcels it counted. SQLite and PostgreSQL."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.clock import local_day
from core.inventory.expiry import expiring_lots
from core.inventory.reorder import low_stock
from core.postal.models import Handover, HandoverParcel
from core.reports.dashboard import dashboard
from core.reports.drill import ParcelDrill, ParcelList, drill_ids
from core.reports.lead_time import lead_times
from core.reports.weeks import last_weeks
from core.runs.models import DeliveryEvent, Run, RunParcel
from core.shipping.models import Parcel
from tests.support.dashboard_world import module_database
from tests.support.fixed_clock import START, TODAY

OPEN = {"new", "backorder", "picking", "ready", "on_run", "at_station", "failed", "returned"}
WAITING = {"new", "backorder", "picking", "ready"}
NOT_CARRIED = {"replanned", "moved", "held", "left_behind"}


class Rows:
    """Every row the figures are made of, read plainly."""

    def __init__(self, db) -> None:  # type: ignore[no-untyped-def]
        with db.uow(write=False) as uow:
            s = uow.session
            self.parcels = list(s.scalars(select(Parcel)))
            self.runs = {r.id: r for r in s.scalars(select(Run))}
            self.run_parcels = list(s.scalars(select(RunParcel)))
            self.events = list(s.scalars(select(DeliveryEvent)))
            self.handovers = {h.id: h for h in s.scalars(select(Handover))}
            self.handed = list(s.scalars(select(HandoverParcel)))
            self.board = dashboard(uow)
            self.lead = lead_times(s, last_weeks(START))
            self.ids = {
                kind: set(drill_ids(uow, ParcelDrill(kind)))
                for kind in (ParcelList.OVERDUE, ParcelList.FAILED, ParcelList.RETURNED)
            }
            self.waiting_ids = {
                w.township_code: (
                    set(
                        drill_ids(
                            uow, ParcelDrill(ParcelList.WAITING, township_code=w.township_code)
                        )
                    ),
                    set(
                        drill_ids(
                            uow,
                            ParcelDrill(
                                ParcelList.ON_NEXT_RUN,
                                township_code=w.township_code,
                                run_id=w.next_run_id,
                            ),
                        )
                    ),
                )
                for w in self.board.waiting
            }
            self.run_ids = {
                r.run_id: set(drill_ids(uow, ParcelDrill(ParcelList.RUN, run_id=r.run_id)))
                for r in self.board.runs
            }
            self.expiring = expiring_lots(s, days=30, today=TODAY)
            self.low = low_stock(s, today=TODAY)
            s.expunge_all()  # the rows stay readable after the unit of work ends


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def seen(request, tmp_path_factory) -> Rows:  # type: ignore[no-untyped-def]
    """The history built once per database for the module, and read."""
    db, _ = module_database(request, tmp_path_factory)
    return Rows(db)


def test_overdue_and_recent_failures(seen: Rows) -> None:
    old = START - timedelta(days=7)
    overdue = {p.id for p in seen.parcels if p.status in OPEN and p.received_at < old}
    assert seen.board.overdue == len(overdue) > 0
    assert seen.ids[ParcelList.OVERDUE] == overdue
    week_ago = START - timedelta(days=7)
    for kind, figure in (("failed", seen.board.failed), ("returned", seen.board.returned)):
        expected = {
            e.parcel_id for e in seen.events if e.kind == kind and e.occurred_at >= week_ago
        }
        assert figure == len(expected)
        assert seen.ids[ParcelList(kind)] == expected
    assert seen.board.failed + seen.board.returned > 0


def test_waiting_per_township_and_the_next_run(seen: Rows) -> None:
    waiting: dict[str, set] = defaultdict(set)
    for p in seen.parcels:
        if p.status in WAITING and p.route == "township" and p.township_code:
            waiting[p.township_code].add(p.id)
    next_run: dict[str, Run] = {}
    for run in sorted(seen.runs.values(), key=lambda r: (r.depart_at, r.vehicle_index)):
        if run.township_code and run.status in ("planned", "loading") and run.day >= TODAY:
            next_run.setdefault(run.township_code, run)
    assert {w.township_code: w.waiting for w in seen.board.waiting} == {
        k: len(v) for k, v in waiting.items()
    }
    for w in seen.board.waiting:
        run = next_run.get(w.township_code)
        assert w.next_run_id == (run.id if run else None)
        on_it = {
            rp.parcel_id
            for rp in seen.run_parcels
            if run
            and rp.run_id == run.id
            and rp.outcome is None
            and rp.parcel_id in waiting[w.township_code]
        }
        assert w.on_next_run == len(on_it)
        assert w.later == len(waiting[w.township_code]) - len(on_it)
        assert seen.waiting_ids[w.township_code] == (waiting[w.township_code], on_it)
    assert any(w.on_next_run for w in seen.board.waiting)


def test_todays_and_tomorrows_runs_and_their_load(seen: Rows) -> None:
    days = {TODAY, TODAY + timedelta(days=1)}
    runs = {r.id for r in seen.runs.values() if r.day in days and r.status != "cancelled"}
    assert {r.run_id for r in seen.board.runs} == runs
    weights = {p.id: p.weight_g or 0 for p in seen.parcels}
    for fill in seen.board.runs:
        carried = {
            rp.parcel_id
            for rp in seen.run_parcels
            if rp.run_id == fill.run_id and (rp.outcome is None or rp.outcome not in NOT_CARRIED)
        }
        assert fill.parcels == len(carried)
        assert fill.weight_g == sum(weights[p] for p in carried)
        assert seen.run_ids[fill.run_id] == carried


def test_stock_expiry_and_reorder_figures(seen: Rows) -> None:
    by_category = {s.category: (s.products, s.on_hand) for s in seen.board.stock}
    assert by_category == {"livestock": (2, 68), "specialty": (2, 13), "handicraft": (1, 2)}
    assert seen.board.expiring_lots == len(seen.expiring) == 3
    assert seen.board.low_stock == len(seen.low) == 1


def percentile_cont(values: list[float], p: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * p
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (position - low) * (ordered[high] - ordered[low])


def test_lead_time_percentiles_per_week_route_and_township(seen: Rows) -> None:
    weeks = last_weeks(START)
    dispatches: dict[object, list] = defaultdict(list)
    for rp in seen.run_parcels:
        run = seen.runs[rp.run_id]
        if (
            rp.loaded_at is not None
            and run.dispatched_at is not None
            and rp.outcome != "left_behind"
        ):
            dispatches[rp.parcel_id].append(run.dispatched_at)
    for hp in seen.handed:
        dispatches[hp.parcel_id].append(seen.handovers[hp.handover_id].closed_at)

    def week(moment):  # type: ignore[no-untyped-def]
        if moment < weeks.first:
            return None
        return max(n for n, start in enumerate(weeks.instants) if moment >= start)

    samples: dict[tuple, list[float]] = defaultdict(list)
    for p in seen.parcels:
        first = min(dispatches[p.id], default=None)
        measured = []
        if p.delivered_at is not None:
            measured.append(("paid_to_delivered", p.delivered_at, p.delivered_at - p.received_at))
            if first is not None:
                measured.append(("dispatched_to_delivered", p.delivered_at, p.delivered_at - first))
        if first is not None:
            measured.append(("paid_to_dispatched", first, first - p.received_at))
        for measure, end, took in measured:
            n = week(end)
            if n is None:
                continue
            groups = [("all", ""), ("route", p.route or "")]
            if p.township_code:
                groups.append(("township", p.township_code))
            for dimension, key in groups:
                samples[(measure, dimension, key, weeks.starts[n])].append(
                    took.total_seconds() / 86400
                )
    found = {(f.measure, f.dimension, f.key, f.week): f for f in seen.lead}
    assert found.keys() == samples.keys()
    assert len(found) > 30
    for group, values in samples.items():
        figure = found[group]
        assert figure.parcels == len(values), group
        assert figure.median_days == pytest.approx(percentile_cont(values, 0.5), abs=1e-6), group
        assert figure.p90_days == pytest.approx(percentile_cont(values, 0.9), abs=1e-6), group
    assert {k[2] for k in found if k[1] == "route"} == {"township", "postal"}
    assert (
        local_day(weeks.instants[-1]) == weeks.starts[-1] == TODAY - timedelta(days=TODAY.weekday())
    )
