"""Where the parcels that do not leave on a day went: the later runs, and why not that day's."""

from __future__ import annotations

from datetime import timedelta

from core.runs.edits import cancel_run
from core.runs.planning import plan_runs
from core.runs.queries import later_runs, runs_on
from tests.support.runs_world import CISHI, MONDAY, QULUO, SEAT, local

SUNDAY, TUESDAY, THURSDAY, FRIDAY = (MONDAY + timedelta(days=n) for n in (-1, 1, 3, 4))


def _by_place(found):  # type: ignore[no-untyped-def]
    return {
        (r.township_code, r.day): (r.missed_cutoff, r.run_full, r.run_closed, r.not_served)
        for r in found
    }


def test_later_runs_say_which_run_which_day_and_why(world):
    with world.uow() as uow:
        # The seat: Mon, Tue, Thu, Fri at 08:00, cutoff 18:00 the day before.
        world.parcel(uow, SEAT, ready=local(SUNDAY, 17, 59))  # on Monday's run
        world.parcel(uow, SEAT, ready=local(SUNDAY, 18, 1))  # missed it: Tuesday
        world.parcel(uow, SEAT, ready=local(SUNDAY, 20))
        # Quluo: Tuesday and Friday only, five parcels a run.
        for n in range(6):
            world.parcel(
                uow,
                QULUO,
                ready=local(SUNDAY, 9),
                received=local(SUNDAY - timedelta(days=9 - n), 9),
            )
        world.parcel(uow, CISHI, ready=local(SUNDAY, 9))  # Monday, then cancelled
        plan_runs(uow, MONDAY)
        uow.commit()
    with world.db.uow(write=False) as uow:
        monday = _by_place(later_runs(uow, MONDAY))
        seat_monday = next(r for r in runs_on(uow, MONDAY) if r.township_code == SEAT)
        found = {r.township_code: r for r in later_runs(uow, MONDAY)}
    assert monday == {
        (SEAT, TUESDAY): (2, 0, 0, 0),
        (QULUO, TUESDAY): (0, 0, 0, 5),
        (QULUO, FRIDAY): (0, 0, 0, 1),
    }
    assert found[SEAT].cutoff_at == seat_monday.cutoff_at == local(SUNDAY, 18)
    assert found[SEAT].township_name == "措勤镇" and found[SEAT].depart_at == local(TUESDAY, 8)
    assert found[QULUO].cutoff_at is None  # no run there on Monday

    with world.uow() as uow:
        monday_cishi = next(r for r in runs_on(uow, MONDAY) if r.township_code == CISHI)
        cancel_run(uow, monday_cishi.id, "snow on the pass")
        plan_runs(uow, TUESDAY)
        uow.commit()
    with world.db.uow(write=False) as uow:
        assert _by_place(later_runs(uow, MONDAY))[(CISHI, THURSDAY)] == (0, 0, 1, 0)
        # Seen from Tuesday: Quluo's sixth parcel made the cutoff, but the run was full.
        tuesday = _by_place(later_runs(uow, TUESDAY))
    assert tuesday[(QULUO, FRIDAY)] == (0, 1, 0, 0)
    assert tuesday[(CISHI, THURSDAY)] == (0, 0, 0, 1)
