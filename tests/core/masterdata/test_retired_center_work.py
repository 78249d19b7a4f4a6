"""A retired center takes no new work: receipts, transfers to or from it, orders and
packing, schedules and runs are refused (`Retired`) where the center is named for
writing, while the records it has stay readable. On SQLite and PostgreSQL (`db`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from core.inventory import documents, services, transfers
from core.inventory.catalog import get_center
from core.masterdata.centers import retire_center
from core.masterdata.errors import Retired
from core.orders import fulfilment, picking, store
from core.runs.models import Run
from core.runs.planning import plan_runs
from core.runs.schedules import ScheduleInput, add_closure, set_schedule
from core.uow import Database, UnitOfWork
from tests.support.fixed_clock import TODAY
from tests.support.inventory_depot import build_depot

POSTAL = ScheduleInput(None, "", "16:00", "15:00", 50, 100)

WRITES: dict[str, Callable[[UnitOfWork], Any]] = {
    "receive": lambda uow: services.receive(
        uow, center="GER", bin="R-01", sku="CSH-001", quantity=1
    ),
    "receipt": lambda uow: documents.create_receipt(uow, center="GER"),
    "transfer to": lambda uow: transfers.create_transfer(uow, from_center="TSC", to_center="GER"),
    "transfer from": lambda uow: transfers.create_transfer(uow, from_center="GER", to_center="TSC"),
    "allocate": lambda uow: fulfilment.allocate(uow, center="GER"),
    "pick list": lambda uow: picking.create_pick_list(uow, center="GER"),
    "orders for": lambda uow: store.shipping_center(uow.session, "GER", writing=True),
    "schedule": lambda uow: set_schedule(uow, "GER", POSTAL),
    "holiday": lambda uow: add_closure(uow, "GER", TODAY, "holiday", None),
}


@pytest.fixture
def retired_ger(db: Database) -> Database:
    build_depot(db)
    db.run(lambda uow: set_schedule(uow, "GER", POSTAL))
    db.run(lambda uow: set_schedule(uow, "TSC", POSTAL))
    db.run(lambda uow: retire_center(uow, "GER", by="GER"))
    return db


def test_work_for_a_retired_center_is_refused(retired_ger: Database) -> None:
    refused = {}
    for name, write in WRITES.items():
        with pytest.raises(Retired) as caught:
            retired_ger.run(write)
        refused[name] = (caught.value.kind, caught.value.code)
    assert refused == {name: ("center", "GER") for name in WRITES}


def test_the_working_center_still_works_and_the_retired_one_is_still_read(
    retired_ger: Database,
) -> None:
    retired_ger.run(
        lambda uow: services.receive(uow, center="TSC", bin="A-01", sku="CSH-001", quantity=2)
    )
    assert retired_ger.run(lambda uow: get_center(uow.session, "GER").code, write=False) == "GER"
    assert (
        retired_ger.run(lambda uow: store.shipping_center(uow.session, "GER").code, write=False)
        == "GER"
    )


def test_runs_are_planned_for_working_centers_only(retired_ger: Database) -> None:
    retired_ger.run(lambda uow: plan_runs(uow, TODAY))
    planned = retired_ger.run(
        lambda uow: {
            code: uow.session.scalar(
                select(func.count()).select_from(Run).where(Run.center_id == cid)
            )
            for code, cid in (
                ("TSC", get_center(uow.session, "TSC").id),
                ("GER", get_center(uow.session, "GER").id),
            )
        },
        write=False,
    )
    assert planned["GER"] == 0 and planned["TSC"] >= 1
