"""Load check, dispatch with and without override, delivery, retries and lead time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from core.errors import TextTooLong
from core.runs.edits import hold_parcel, move_parcel, release_parcel, split_run
from core.runs.errors import OverrideNeedsReason, UnscannedParcels
from core.runs.loading import (
    DeliveryEntry,
    confirm_manifest,
    dispatch,
    load_status,
    record_delivery,
    scan_onto,
)
from core.runs.models import DeliveryEvent, Run, RunParcel
from core.runs.planning import plan_runs
from core.runs.queries import lead_times, parcel_history, run_view, runs_on
from core.shipping.models import Parcel
from tests.support.runs_world import CISHI, MONDAY, QULUO, SEAT, local

THURSDAY = MONDAY + timedelta(days=3)


def _cishi_monday(world, n=3):
    with world.uow() as uow:
        ids = [
            world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=2), 10 + i), point=i % 3)
            for i in range(n)
        ]
        plan_runs(uow, MONDAY)
        run = next(r for r in runs_on(uow, MONDAY) if r.township_code == CISHI)
        codes = {pid: uow.session.get(Parcel, pid).carrier_barcode for pid in ids}
        uow.commit()
    return run.id, ids, codes


def test_scans_flag_missing_extra_and_wrong_run(world):
    run_id, ids, codes = _cishi_monday(world)
    with world.uow() as uow:
        seat = world.parcel(uow, SEAT, ready=local(MONDAY - timedelta(days=2), 9))
        loose = world.parcel(uow, QULUO, ready=local(MONDAY, 9), status="new")
        plan_runs(uow, MONDAY)
        uow.commit()
    results = []
    for code in [codes[ids[0]], codes[ids[0]], str(seat), str(loose), "NOSUCHCODE", str(ids[1])]:
        with world.uow() as uow:
            results.append(scan_onto(uow, run_id, code).result)
            uow.commit()
    assert results == ["loaded", "duplicate", "wrong_run", "extra", "unknown", "loaded"]
    with world.uow() as uow:
        status = load_status(uow, run_id)
        assert status.loaded == ids[:2] and status.missing == [ids[2]]
        assert [p.result for p in status.problems] == ["wrong_run", "extra", "unknown"]
        assert uow.session.get(Run, run_id).status == "loading"


def test_dispatch_blocked_until_all_scanned_or_supervisor_override(world):
    run_id, ids, codes = _cishi_monday(world)
    with world.uow() as uow:
        for pid in ids[:2]:
            scan_onto(uow, run_id, codes[pid])
        uow.commit()
    with world.uow() as uow, pytest.raises(UnscannedParcels) as refused:
        dispatch(uow, run_id)
    assert refused.value.parcel_ids == [str(ids[2])]
    with world.uow() as uow, pytest.raises(OverrideNeedsReason):
        dispatch(uow, run_id, supervisor="Dawa", override_reason="  ")
    with world.uow() as uow:
        dispatch(uow, run_id, supervisor="Dawa", override_reason="parcel not found in bay 3")
        uow.commit()
    with world.uow() as uow:
        run = uow.session.get(Run, run_id)
        assert (run.status, run.override_by) == ("dispatched", "Dawa")
        statuses = [uow.session.get(Parcel, pid).status for pid in ids]
        assert statuses == ["on_run", "on_run", "ready"]
        left = uow.session.scalar(
            select(RunParcel).where(RunParcel.parcel_id == ids[2], RunParcel.outcome.is_(None))
        )
        assert left.reason == "left_behind"
        assert uow.session.get(Run, left.run_id).day == THURSDAY


def test_delivery_by_scan_and_manifest_failed_goes_on_next_run(world):
    run_id, ids, codes = _cishi_monday(world, n=4)
    with world.uow() as uow:
        for pid in ids:
            scan_onto(uow, run_id, codes[pid])
        dispatch(uow, run_id)
        uow.commit()
    world.clock.now = local(MONDAY, 15)
    with world.uow() as uow:
        record_delivery(uow, [DeliveryEntry(codes[ids[0]], "at_station")])
        record_delivery(uow, [DeliveryEntry(str(ids[0]), "delivered")])
        uow.commit()
    world.clock.now = local(MONDAY + timedelta(days=2), 10)
    with world.uow() as uow:
        confirm_manifest(
            uow,
            run_id,
            {codes[ids[1]]: ("failed", "recipient away"), str(ids[2]): ("returned", "refused")},
        )
        uow.commit()
    with world.uow() as uow:
        parcels = [uow.session.get(Parcel, pid) for pid in ids]
        assert [p.status for p in parcels] == ["delivered", "failed", "returned", "delivered"]
        assert parcels[1].failure_reason == "recipient away"
        assert uow.session.get(Run, run_id).status == "completed"
        for pid, reason in ((ids[1], "retry_failed"), (ids[2], "retry_returned")):
            history = parcel_history(uow, pid)
            assert [rp.outcome for rp, _ in history] == [reason.split("_")[1], None]
            assert (history[-1][0].reason, history[-1][1].day) == (reason, THURSDAY)
        times = lead_times(uow)
        assert set(times) == {ids[0], ids[3]}
        expected = (local(MONDAY, 15) - parcels[0].received_at).total_seconds()
        assert times[ids[0]] == int(expected)
        sources = set(uow.session.scalars(select(DeliveryEvent.source)))
        assert sources == {"scan", "manifest"}
        # The completed run still lists what it carried, by stop.
        assert len(run_view(uow, run_id).parcels) == 4


def test_move_hold_release_and_split(world):
    run_id, ids, _ = _cishi_monday(world, n=6)
    with world.uow() as uow:
        thursday = next(
            r
            for r in plan_runs(uow, THURSDAY).run_ids
            if uow.session.get(Run, r).township_code == CISHI
        )
        move_parcel(uow, ids[0], thursday)
        hold_parcel(uow, ids[1], note="recipient asked to wait")
        uow.commit()
    with world.uow() as uow:
        assert str(ids[0]) in run_view(uow, thursday).to_json()["parcels"]
        monday = run_view(uow, run_id)
        assert {r.parcel_id for r in monday.parcels} == set(ids[2:])
        plan_runs(uow, MONDAY)  # the held parcel stays off every run
        assert all(ids[1] not in {r.parcel_id for r in v.parcels} for v in runs_on(uow))
        result = split_run(uow, run_id, [ids[4], ids[5]], vehicle="藏E-0002")
        uow.commit()
    with world.uow() as uow:
        assert {r.parcel_id for r in run_view(uow, result.run_id).parcels} == {ids[4], ids[5]}
        assert {r.reason for r in run_view(uow, result.run_id).parcels} == {"split"}
        assert plan_runs(uow, MONDAY).changes.empty  # clerk's choices stand
        release_parcel(uow, ids[1])
        uow.commit()
    with world.uow() as uow:
        assert ids[1] in {r.parcel_id for r in run_view(uow, run_id).parcels}


def test_parcels_grouped_by_stop_in_remembered_road_order(world):
    from core.runs.schedules import set_stop_order

    run_id, ids, _ = _cishi_monday(world, n=6)
    points = world.points[CISHI]
    with world.uow() as uow:
        set_stop_order(uow, CISHI, [points[2], points[0], points[1]])
        uow.commit()
    with world.uow() as uow:
        data = run_view(uow, run_id).to_json()
        assert [s["village_point"] for s in data["stops"]] == [
            str(p) for p in (points[2], points[0], points[1])
        ]
        flat = [pid for stop in data["stops"] for pid in stop["parcels"]]
        assert data["parcels"] == flat
        assert [len(s["parcels"]) for s in data["stops"]] == [2, 2, 2]


def test_a_failure_reason_too_long_is_refused_whole_not_cut(world):
    run_id, ids, codes = _cishi_monday(world, n=1)
    with world.uow() as uow:
        scan_onto(uow, run_id, codes[ids[0]])
        dispatch(uow, run_id)
        uow.commit()
    note = "收件人不在家，" * 40  # 280 characters: the driver's whole note
    with world.uow() as uow, pytest.raises(TextTooLong) as refused:
        record_delivery(uow, [DeliveryEntry(codes[ids[0]], "failed", note)])
    assert (refused.value.field, refused.value.limit) == ("reason", 200)
    with world.uow() as uow:
        assert uow.session.get(Parcel, ids[0]).status == "on_run"  # nothing recorded
