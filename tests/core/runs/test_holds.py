"""Held parcels: the Held list of a center, and releasing one at the center that owns
it (one transaction; only that center's runs are planned again)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from core.ids import new_id
from core.inventory.models import Center
from core.runs.edits import held_parcels, hold_parcel, release_parcel
from core.runs.errors import ParcelOfAnotherCenter
from core.runs.models import RunParcel
from core.runs.planning import plan_runs
from core.runs.queries import current_run_of, runs_on
from core.runs.schedules import ScheduleInput, set_schedule
from core.shipping.models import Parcel
from tests.support.runs_world import CISHI, MONDAY, SEAT, World, local


def _gar(world: World) -> tuple[object, object]:
    """Gar's center with a postal handover every day, and one parcel of its own waiting
    for a run that nobody planned yet: (Gar's id, the parcel)."""
    with world.uow() as uow:
        gar = Center(id=new_id(), code="GAR", name_zh="噶尔配送中心", county_code="542523")
        uow.session.add(gar)
        uow.session.flush()
        set_schedule(uow, "GAR", ScheduleInput(None, "", "16:00", "15:00", 500, 2000, "噶尔邮政"))
        parcel = world.parcel(uow, None, ready=local(MONDAY - timedelta(days=4), 9))
        uow.session.get_one(Parcel, parcel).center_id = gar.id
        uow.commit()
    return gar.id, parcel


def _held(world: World) -> list:  # type: ignore[type-arg]
    with world.uow() as uow:
        ids = [
            world.parcel(uow, township, ready=local(MONDAY - timedelta(days=4), 9 + n))
            for n, township in enumerate((CISHI, SEAT))
        ]
        plan_runs(uow, MONDAY, center_id=world.center_id)
        hold_parcel(uow, ids[1], note="recipient away")
        world.clock.now += timedelta(minutes=5)
        hold_parcel(uow, ids[0])
        uow.commit()
    return ids


def test_the_held_list_is_the_centers_own_longest_held_first(world) -> None:  # type: ignore[no-untyped-def]
    _gar_id, gar_parcel = _gar(world)
    ids = _held(world)
    with world.uow() as uow:
        hold_parcel(uow, gar_parcel)
        uow.commit()
    with world.uow(actor="viewer") as uow:
        held = held_parcels(uow, "TSC")
        assert [h.parcel_id for h in held] == [ids[1], ids[0]]
        assert [(h.township_name, h.note, h.held_by) for h in held] == [
            ("措勤镇", "recipient away", "clerk"),
            ("磁石乡", "", "clerk"),
        ]
        assert [h.parcel_id for h in held_parcels(uow, "GAR")] == [gar_parcel]


def test_release_puts_the_parcel_on_its_next_run_and_plans_only_its_center(world) -> None:  # type: ignore[no-untyped-def]
    gar_id, gar_parcel = _gar(world)
    ids = _held(world)
    with world.uow() as uow:
        changes = release_parcel(uow, ids[0], "TSC")
        uow.commit()
    assert ids[0] in changes.parcels
    with world.uow() as uow:
        assignment = current_run_of(uow, ids[0])
        assert assignment is not None
        assert assignment.run_id in changes.runs
        assert [h.parcel_id for h in held_parcels(uow, "TSC")] == [ids[1]]
        # Gar's parcel is Gar's to plan: releasing at Tsochen wrote no run of Gar's.
        assert current_run_of(uow, gar_parcel) is None
        assert all(v.center_id != gar_id for v in runs_on(uow))


def test_another_centers_parcel_is_refused_and_nothing_changes(world) -> None:  # type: ignore[no-untyped-def]
    ids = _held(world)
    _gar(world)
    with world.uow() as uow:
        before = list(uow.session.scalars(select(RunParcel.id).order_by(RunParcel.id)))
        with pytest.raises(ParcelOfAnotherCenter) as refused:
            release_parcel(uow, ids[0], "GAR")
        assert (refused.value.center, refused.value.owner) == ("GAR", "TSC")
    with world.uow() as uow:
        assert [h.parcel_id for h in held_parcels(uow, "TSC")] == [ids[1], ids[0]]
        assert list(uow.session.scalars(select(RunParcel.id).order_by(RunParcel.id))) == before
