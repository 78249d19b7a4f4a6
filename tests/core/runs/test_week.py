"""A week (and then some) at the Quluo run: more parcels than room, a holiday, failures.

Every morning the day's run is planned, loaded by scan, dispatched and later
confirmed from its manifest; every day three parcels become ready. The run
takes 5 parcels twice a week, so a backlog builds: the oldest must always go
first, nobody may be overtaken by a younger parcel, and once arrivals stop
every parcel must be delivered.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from core.runs.edits import add_holiday
from core.runs.loading import confirm_manifest, dispatch, scan_onto
from core.runs.models import DeliveryKind, Run, RunParcel
from core.runs.planning import plan_runs
from core.runs.queries import parcel_history, run_view, runs_on
from core.shipping.models import Parcel
from tests.support.runs_world import MONDAY, QULUO, local

FRIDAY = MONDAY + timedelta(days=4)


def _waiting(uow):
    return list(
        uow.session.scalars(
            select(Parcel).where(
                Parcel.status.in_(["ready", "failed", "returned"]), Parcel.township_code == QULUO
            )
        )
    )


def test_a_busy_week_oldest_first_nobody_starves(world):
    with world.uow() as uow:
        add_holiday(uow, "TSC", FRIDAY, note="festival")
        uow.commit()
    failed_once: set = set()
    dispatched_runs = []
    for offset in range(28):
        day = MONDAY + timedelta(days=offset)
        world.clock.now = local(day, 7)
        with world.uow() as uow:
            plan_runs(uow, day)
            todays = [
                v for v in runs_on(uow, day) if v.township_code == QULUO and v.status == "planned"
            ]
            for view in todays:
                on_board = {row.parcel_id for row in view.parcels}
                assert len(on_board) <= view.capacity_parcels
                for pid in on_board:
                    scan_onto(uow, view.id, str(pid))
                cutoff = uow.session.get(Run, view.id).cutoff_at
                # Oldest first: nobody eligible and left behind is older than who goes.
                left = [
                    p
                    for p in _waiting(uow)
                    if p.id not in on_board and (p.ready_at or p.received_at) <= cutoff
                ]
                going = [uow.session.get(Parcel, pid) for pid in on_board]
                if left and going:
                    retries = {p.id for p in going if p.status != "ready"}
                    fresh = [p.received_at for p in going if p.id not in retries]
                    if fresh:
                        assert min(p.received_at for p in left) >= max(fresh)
                dispatch(uow, view.id)
                dispatched_runs.append(view.id)
            uow.commit()
        world.clock.now = local(day, 18)
        with world.uow() as uow:
            for run_id in dispatched_runs[-len(todays) :] if todays else []:
                carried = run_view(uow, run_id).parcels
                if not carried:  # the backlog is gone: the run left empty
                    continue
                first = carried[0].parcel_id
                exceptions = {}
                if first not in failed_once and len(failed_once) < 3:
                    failed_once.add(first)
                    exceptions[str(first)] = (DeliveryKind.FAILED.value, "nobody home")
                confirm_manifest(uow, run_id, exceptions)
            if offset < 7:  # a week of arrivals, then none
                for n in range(3):
                    world.parcel(
                        uow,
                        QULUO,
                        ready=local(day, 10 + n),
                        received=local(day, 10 + n) - timedelta(days=n),
                    )
            uow.commit()

    with world.uow() as uow:
        parcels = list(uow.session.scalars(select(Parcel).where(Parcel.township_code == QULUO)))
        assert len(parcels) == 21
        assert {p.status for p in parcels} == {"delivered"}  # nobody waits forever
        # The Friday holiday: the parcels that would have gone then say so.
        friday = next(v for v in runs_on(uow, FRIDAY) if v.township_code == QULUO)
        assert friday.status == "cancelled"
        moved = list(
            uow.session.scalars(
                select(RunParcel.reason).where(RunParcel.first_choice_run_id == friday.id)
            )
        )
        # A failed parcel keeps saying it is a retry; the rest say "holiday".
        assert "holiday" in moved and set(moved) <= {"holiday", "retry_failed"}
        # Every failed parcel went on the very next run, marked as a retry.
        for pid in failed_once:
            history = parcel_history(uow, pid)
            outcomes = [rp.outcome for rp, _ in history]
            assert outcomes[-1] == "delivered" and "failed" in outcomes
            after = outcomes.index("failed") + 1
            assert history[after][0].reason == "retry_failed"
        lead = [(p.delivered_at - p.received_at).days for p in parcels]
        assert max(lead) <= 21
