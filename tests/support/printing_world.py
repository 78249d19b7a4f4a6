"""A small Tsochen world for printing tests: one center, the county seat with three
village points, nine ready parcels planned onto Monday's run."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

from core.clock import at_local
from core.ids import new_id
from core.inventory.models import Bin, Center, Product
from core.runs.planning import plan_runs
from core.runs.queries import runs_on
from core.runs.schedules import ScheduleInput, set_schedule
from core.shipping.models import Division, Parcel, VillagePoint
from core.shipping.numbers import give_number
from core.uow import Database
from tests.support.fixed_clock import NEXT_MONDAY

MONDAY = NEXT_MONDAY
SEAT = "542527100"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def make_world(db: Database) -> tuple[Database, uuid.UUID, list[uuid.UUID]]:
    """Tsochen's center, the county seat with three village points, nine ready parcels
    planned onto Monday's run."""
    clock = Clock(at_local(MONDAY - timedelta(days=3), time(9)))  # the Friday before
    database = Database(db.engine, clock=clock)
    with database.uow("setup") as uow:
        session = uow.session
        center = Center(id=new_id(), code="TSC", name_zh="措勤县物流配送中心", county_code="542527")
        session.add(center)
        # The gazetteer (migration 0350) ships the divisions; the test names the seat
        # in Tibetan (unknown in real data) to see both scripts on the labels.
        seat = session.get_one(Division, SEAT)
        seat.center_id = center.id
        seat.name_bo = "མཚོ་ཆེན་གྲོང་རྡལ།"
        session.flush()
        points = []
        for n, name_bo in enumerate(["སྟག་གཞུང་", "བྱང་ཐང་", "རི་བོ་"]):
            point = VillagePoint(
                id=new_id(), township_code=SEAT, name_zh=f"措勤{n + 1}村", name_bo=name_bo
            )
            session.add(point)
            points.append(point.id)
        session.add_all([Bin(center_id=center.id, code=f"A-0{i}", zone="A") for i in (1, 2, 3)])
        session.add(
            Product(
                sku="TC-CASH-001",
                barcode="6901234567892",
                name_zh="羊绒围巾",
                name_bo="ཆེ་ཐག",
                owner_center_id=center.id,
            )
        )
        session.flush()
        set_schedule(
            uow, "TSC", ScheduleInput(SEAT, "mon,thu", "08:00", "18:00", 100, 800, "藏E-0001")
        )
        ids = []
        for i in range(9):
            parcel = Parcel(
                id=new_id(),
                center_id=center.id,
                source="arrival",
                carrier_barcode=f"YT{i:010d}",
                recipient=["扎西多吉 བཀྲ་ཤིས་རྡོ་རྗེ", "卓玛", "Lhamo"][i % 3],
                phone=f"1380000{i:04d}",
                address="西藏 阿里 措勤",
                township_code=SEAT,
                village_point_id=points[i % 3],
                route="township",
                status="ready",
                weight_g=500 + i,
                tracking="EA123456785CN" if i == 4 else None,
                received_at=clock.now - timedelta(days=1),
                ready_at=clock.now,
                created_at=clock.now,
            )
            give_number(session, parcel, clock.now)
            session.add(parcel)
            ids.append(parcel.id)
        session.flush()
        plan_runs(uow, MONDAY)
        run_id = next(r.id for r in runs_on(uow, MONDAY) if r.township_code == SEAT)
        uow.commit()
    return database, run_id, ids
