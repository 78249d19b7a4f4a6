"""Planning a week of Tsochen's runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from core.runs.edits import add_holiday, cancel_run, waiting_without_run
from core.runs.models import Run, RunParcel
from core.runs.planning import plan_runs
from core.runs.queries import run_view, runs_on
from tests.support.runs_world import CISHI, MONDAY, QULUO, SEAT, local

TUESDAY, THURSDAY, FRIDAY = (MONDAY + timedelta(days=n) for n in (1, 3, 4))


def _run_of(uow, parcel_id):
    row = uow.session.scalar(
        select(RunParcel).where(RunParcel.parcel_id == parcel_id, RunParcel.outcome.is_(None))
    )
    return (uow.session.get(Run, row.run_id), row) if row else (None, None)


def test_cutoff_decides_the_run(world):
    with world.uow() as uow:
        # Cishi: Monday and Thursday, 08:00, cutoff 18:00 the day before.
        before = world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=1), 17, 59))
        after = world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=1), 18, 1))
        result = plan_runs(uow, MONDAY)
        uow.commit()
    with world.uow() as uow:
        run, row = _run_of(uow, before)
        assert (run.day, row.reason) == (MONDAY, "next_run")
        run, row = _run_of(uow, after)
        assert (run.day, row.reason) == (THURSDAY, "next_run")
        day_runs = {r.township_code for r in runs_on(uow, MONDAY)}
        # Monday's runs: the seat, Cishi, Daxiong and the postal handover.
        assert day_runs == {SEAT, CISHI, "542527203", None}
        assert len(result.run_ids) == 4


def test_capacity_overflow_oldest_first_and_reasons(world):
    sunday = MONDAY - timedelta(days=1)
    with world.uow() as uow:
        # Quluo: Tuesday and Friday, 5 parcels or 50 kg a run.
        ids = [
            world.parcel(
                uow,
                QULUO,
                ready=local(sunday, 10),
                received=local(sunday - timedelta(days=20 - n), 9),
            )
            for n in range(12)
        ]
        plan_runs(uow, MONDAY)
        uow.commit()
    with world.uow() as uow:
        placed = [_run_of(uow, pid) for pid in ids]
        days = [run.day for run, _ in placed]
        assert days == [TUESDAY] * 5 + [FRIDAY] * 5 + [TUESDAY + timedelta(days=7)] * 2
        assert [row.reason for _, row in placed[5:]] == ["rolled_over_capacity"] * 7
        tuesday_run = placed[0][0]
        assert all(row.first_choice_run_id == tuesday_run.id for _, row in placed[5:])
        for run in {run.id: run for run, _ in placed}.values():
            view = run_view(uow, run.id)
            assert len(view.parcels) <= run.capacity_parcels
            assert view.weight_g <= run.capacity_kg * 1000


def test_weight_limit_counts_too(world):
    with world.uow() as uow:
        heavy = [
            world.parcel(
                uow, QULUO, ready=local(MONDAY, 8), weight_g=20_000, received=local(MONDAY, 7, n)
            )
            for n in range(3)
        ]
        too_heavy = world.parcel(uow, QULUO, ready=local(MONDAY, 8), weight_g=60_000)
        result = plan_runs(uow, MONDAY)
        uow.commit()
    with world.uow() as uow:
        days = [_run_of(uow, pid)[0].day for pid in heavy]
        assert days == [TUESDAY, TUESDAY, FRIDAY]  # 40 kg fit in 50 kg, the third does not
        assert result.unplaced == {too_heavy: "too_heavy"}
        assert waiting_without_run(uow) == [too_heavy]


def test_planning_twice_changes_nothing(world):
    with world.uow() as uow:
        for n in range(30):
            world.parcel(uow, [SEAT, CISHI, QULUO, None][n % 4], ready=local(MONDAY, 6, n))
        first = plan_runs(uow, MONDAY)
        uow.commit()
    assert first.changes.parcels
    with world.uow() as uow:
        before = uow.session.scalar(select(func.count()).select_from(RunParcel))
        runs_before = uow.session.scalar(select(func.count()).select_from(Run))
        again = plan_runs(uow, MONDAY)
        uow.commit()
    assert again.changes.empty
    assert again.run_ids == first.run_ids
    with world.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(RunParcel)) == before
        assert uow.session.scalar(select(func.count()).select_from(Run)) == runs_before


def test_postal_handover_is_a_daily_run(world):
    with world.uow() as uow:
        early = world.parcel(uow, None, ready=local(MONDAY, 14, 59))
        late = world.parcel(uow, None, ready=local(MONDAY, 15, 1))
        plan_runs(uow, MONDAY)
        uow.commit()
    with world.uow() as uow:
        run, _ = _run_of(uow, early)
        assert (run.day, run.township_code, run.kind) == (MONDAY, None, "postal")
        assert _run_of(uow, late)[0].day == TUESDAY


def test_holiday_moves_parcels_and_says_so(world):
    with world.uow() as uow:
        pid = world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=2), 10))
        plan_runs(uow, MONDAY)
        uow.commit()
    with world.uow() as uow:
        add_holiday(uow, "TSC", MONDAY, note="Losar")
        uow.commit()
    with world.uow() as uow:
        run, row = _run_of(uow, pid)
        assert (run.day, row.reason) == (THURSDAY, "holiday")
        monday = [r for r in runs_on(uow, MONDAY) if r.township_code == CISHI][0]
        assert (monday.status, monday.closure_kind, monday.parcels) == ("cancelled", "holiday", [])
        assert row.first_choice_run_id == monday.id


def test_cancelled_run_moves_even_clerk_placed_parcels(world):
    from core.runs.edits import move_parcel

    with world.uow() as uow:
        a = world.parcel(uow, SEAT, ready=local(MONDAY - timedelta(days=2), 10))
        b = world.parcel(uow, SEAT, ready=local(MONDAY - timedelta(days=2), 11))
        plan_runs(uow, MONDAY)
        uow.commit()
    with world.uow() as uow:
        tuesday = [r for r in runs_on(uow, TUESDAY) if r.township_code == SEAT]
        assert not tuesday  # not planned yet: planning Monday creates later runs only as needed
        monday_run, _ = _run_of(uow, a)
        cancel_run(uow, monday_run.id, note="snow on the pass")
        uow.commit()
    with world.uow() as uow:
        for pid in (a, b):
            run, row = _run_of(uow, pid)
            assert (run.day, row.reason) == (TUESDAY, "cancelled_run")
        # The clerk moves one to Thursday; re-planning leaves it there.
        thursday = plan_runs(uow, THURSDAY).run_ids
        seat_thursday = next(r for r in thursday if uow.session.get(Run, r).township_code == SEAT)
        move_parcel(uow, b, seat_thursday)
        plan_runs(uow, MONDAY)
        uow.commit()
    with world.uow() as uow:
        assert _run_of(uow, b)[1].reason == "moved_by_clerk"
        assert _run_of(uow, b)[0].day == THURSDAY


def test_an_unweighed_carrier_parcel_shows_no_weight_and_its_barcode(sqlite_world):
    """A carrier's parcel registered on arrival was never weighed: the run and its
    manifest leave the weight blank (not "0.00") and show the carrier's barcode."""
    from core.printing.sources import run_manifest_data

    world = sqlite_world
    with world.uow() as uow:
        weighed = world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=2), 9))
        unweighed = world.parcel(
            uow, CISHI, ready=local(MONDAY - timedelta(days=2), 10), weight_g=None
        )
        plan_runs(uow, MONDAY)
        uow.commit()
    with world.db.uow(write=False) as uow:
        run, _ = _run_of(uow, unweighed)
        view = run_view(uow, run.id)
        rows = {row.parcel_id: row for row in view.parcels}
        assert (rows[weighed].weight_g, rows[unweighed].weight_g) == (1000, None)
        assert view.weight_g == 1000
        lines = {
            line.parcel_id: line
            for stop in run_manifest_data(uow, run.id).stops
            for line in stop.lines
        }
    assert (lines[unweighed].weight_g, lines[unweighed].tracking) == (
        None,
        rows[unweighed].carrier_barcode,
    )
