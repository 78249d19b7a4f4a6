"""The load check takes an order number as a clerk reads it off the slip (17 to 19 digits):
one parcel of the order on the run loads; several ask for the parcel's label; an order on
another run names that run. The sheet and the dispatch report read what is stored."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from core.runs.edits import move_parcel
from core.runs.load_report import dispatch_and_report, load_sheet
from core.runs.loading import SEVERAL_PARCELS, scan_onto
from core.runs.models import LoadScan, RunSchedule
from core.runs.planning import plan_runs
from core.runs.queries import current_run_of, runs_on
from core.shipping.models import Parcel
from tests.support.runs_world import CISHI, MONDAY, SEAT, attach_order, local

THURSDAY = MONDAY + timedelta(days=3)
ONE, TWO, MIXED = "3812345678901234567", "381234567890123456", "38123456789012345"
AWAY, AWAY_TWO, LOOSE, LOOSE_TWO = (
    "3900000000000000001",
    "3900000000000000002",
    "3900000000000000003",
    "3900000000000000004",
)


def _orders(world):  # type: ignore[no-untyped-def]
    """Five parcels on Monday's run to Cishi, three on the seat's, three on no run, each
    parcel in one of seven orders; returns (Cishi's run, the seat's run, parcels by name)."""
    ready = local(MONDAY - timedelta(days=2), 9)
    with world.uow() as uow:
        p = {
            f"c{n}": world.parcel(uow, CISHI, ready=ready + timedelta(minutes=n), point=n % 3)
            for n in range(1, 6)
        }
        p |= {f"s{n}": world.parcel(uow, SEAT, ready=ready) for n in range(1, 4)}
        p |= {f"x{n}": world.parcel(uow, CISHI, ready=ready, status="new") for n in range(1, 4)}
        plan_runs(uow, MONDAY)
        for number, names in [
            (ONE, ["c1"]),
            (TWO, ["c2", "c3"]),
            (MIXED, ["c4", "s1"]),
            (AWAY, ["s2"]),
            (AWAY_TWO, ["s3", "c5"]),
            (LOOSE, ["x1"]),
            (LOOSE_TWO, ["x2", "x3"]),
        ]:
            attach_order(world, uow, number, [p[name] for name in names])
        runs = {r.township_code: r.id for r in runs_on(uow, MONDAY)}
        uow.commit()
    return runs[CISHI], runs[SEAT], p


def _scan(world, run_id, code):  # type: ignore[no-untyped-def]
    with world.uow("desk2") as uow:
        outcome = scan_onto(uow, run_id, code)
        uow.commit()
    return outcome


def test_an_order_number_loads_its_one_parcel_or_asks_for_the_label(world):
    cishi, seat, p = _orders(world)
    wide = ONE.translate({ord(d): chr(ord(d) + 0xFEE0) for d in "0123456789"})  # an IME's
    first = _scan(world, cishi, wide)
    assert (first.result, first.parcel_id, first.order) == ("loaded", p["c1"], ONE)
    assert _scan(world, cishi, ONE).result == "duplicate"

    several = _scan(world, cishi, TWO)
    assert (several.result, several.parcel_id, several.order) == (SEVERAL_PARCELS, None, TWO)
    assert set(several.parcel_ids) == {p["c2"], p["c3"]}

    mixed = _scan(world, cishi, MIXED)  # one parcel here, one on the seat's run
    assert (mixed.result, mixed.parcel_id) == ("loaded", p["c4"])
    away = _scan(world, cishi, AWAY)
    assert (away.result, away.parcel_id, away.other_run_id) == ("wrong_run", p["s2"], seat)
    loose = _scan(world, cishi, LOOSE)
    assert (loose.result, loose.parcel_id) == ("extra", p["x1"])
    spread = _scan(world, cishi, LOOSE_TWO)  # two parcels, neither on a run
    assert (spread.result, set(spread.parcel_ids)) == (SEVERAL_PARCELS, {p["x2"], p["x3"]})
    assert _scan(world, cishi, "3999999999999999999").result == "unknown"

    # From the seat's run: AWAY_TWO has one parcel there, so it loads; TWO is all on Cishi's.
    assert _scan(world, seat, AWAY_TWO).parcel_id == p["s3"]
    other = _scan(world, seat, TWO)
    assert (other.result, other.parcel_id, other.other_run_id) == ("wrong_run", None, cishi)

    with world.db.uow(write=False) as uow:
        stored = uow.session.scalar(
            select(func.count())
            .select_from(LoadScan)
            .where(LoadScan.code.in_([TWO, LOOSE_TWO]), LoadScan.run_id == cishi)
        )
        assert stored == 0  # an order of several parcels named none: nothing to keep
        sheet = load_sheet(uow, cishi)
    loaded = {row.parcel_id: (row.loaded, row.loaded_by, row.order) for row in sheet.parcels}
    assert loaded == {
        p["c1"]: (True, "desk2", ONE),
        p["c2"]: (False, None, TWO),
        p["c3"]: (False, None, TWO),
        p["c4"]: (True, "desk2", MIXED),
        p["c5"]: (False, None, AWAY_TWO),
    }
    assert (sheet.loaded, sheet.missing) == (2, 3)
    assert [
        (q.code, q.result, q.parcel_id, q.other_run.id if q.other_run else None)
        for q in sheet.problems
    ] == [
        ("3999999999999999999", "unknown", None, None),
        (LOOSE, "extra", p["x1"], None),
        (AWAY, "wrong_run", p["s2"], seat),
    ]


def test_the_sheet_shows_a_stray_parcel_as_it_stands_now(world):
    cishi, _seat, p = _orders(world)
    _scan(world, cishi, LOOSE)  # on no run when scanned...
    with world.uow() as uow:
        uow.session.get_one(Parcel, p["x1"]).status = "ready"
        move_parcel(uow, p["x1"], cishi)  # ...then packed, and a clerk put it on this run
        uow.commit()
    with world.db.uow(write=False) as uow:
        assert current_run_of(uow, p["x1"]).run_id == cishi
        sheet = load_sheet(uow, cishi)
    assert sheet.problems == []
    assert p["x1"] in [row.parcel_id for row in sheet.parcels]


def test_dispatch_reports_what_left_and_where_the_rest_went(world):
    cishi, _seat, p = _orders(world)
    with world.uow() as uow:
        plan_runs(uow, THURSDAY)
        uow.commit()
    for code in (ONE, MIXED):
        _scan(world, cishi, code)
    with world.uow() as uow:
        left = dispatch_and_report(uow, cishi, supervisor="Dawa", override_reason=" rain ")
        uow.commit()
    assert (left.run.status, left.loaded) == ("dispatched", [p["c1"], p["c4"]])
    assert (left.supervisor, left.reason) == ("Dawa", "rain")
    thursday = {b.next_run.day for b in left.left_behind if b.next_run}
    assert [b.parcel_id for b in left.left_behind] == [p["c2"], p["c3"], p["c5"]]
    assert thursday == {THURSDAY} and cishi in left.changes.runs


def test_dispatch_reports_parcels_left_on_no_run(world):
    cishi, _seat, p = _orders(world)
    _scan(world, cishi, ONE)
    with world.uow() as uow:
        for schedule in uow.session.scalars(
            select(RunSchedule).where(RunSchedule.township_code == CISHI)
        ):
            schedule.active = False  # Cishi is served no more: nowhere to go
        left = dispatch_and_report(uow, cishi, supervisor="Dawa", override_reason="road shut")
        uow.commit()
    assert left.loaded == [p["c1"]]
    assert [(b.parcel_id, b.next_run) for b in left.left_behind] == [
        (p[name], None) for name in ("c2", "c3", "c4", "c5")
    ]
