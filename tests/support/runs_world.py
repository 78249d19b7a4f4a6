"""Fixtures for township runs: Tsochen's center and townships, READY parcels, a clock we set.

Parcels are made directly as rows in READY state: import, packing and address
resolution are other areas' work and are tested there.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest

from core.clock import at_local
from core.ids import new_id
from core.inventory.models import Center
from core.runs.schedules import ScheduleInput, set_schedule
from core.shipping.models import Division, Parcel, VillagePoint
from core.shipping.numbers import give_number
from core.uow import Database, UnitOfWork
from tests.support.fixed_clock import NEXT_MONDAY

TOWNSHIPS = {
    "542527100": "措勤镇",
    "542527200": "磁石乡",
    "542527201": "曲洛乡",
    "542527202": "江让乡",
    "542527203": "达雄乡",
}
SEAT, CISHI, QULUO = "542527100", "542527200", "542527201"
MONDAY = NEXT_MONDAY


def local(day: date, hh: int, mm: int = 0) -> datetime:
    """A Tsochen wall-clock time as an aware UTC instant."""
    return at_local(day, time(hh, mm))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class World:
    db: Database
    clock: Clock
    center_id: uuid.UUID
    points: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    _serial: int = 0

    def uow(self, actor: str = "clerk") -> UnitOfWork:
        return self.db.uow(actor)

    def parcel(
        self,
        uow: UnitOfWork,
        township: str | None,
        *,
        ready: datetime,
        received: datetime | None = None,
        weight_g: int = 1000,
        point: int | None = 0,
        status: str = "ready",
    ) -> uuid.UUID:
        """A packed, weighed parcel waiting for a run (township None: by post)."""
        self._serial += 1
        vp = self.points[township][point] if township and point is not None else None
        parcel = Parcel(
            id=new_id(),
            center_id=self.center_id,
            source="arrival",
            carrier_barcode=f"YT{self._serial:010d}",
            recipient=f"收件人{self._serial}",
            phone="13800000000",
            address="西藏 阿里 措勤",
            township_code=township,
            village_point_id=vp,
            route="township" if township else "postal",
            status=status,
            weight_g=weight_g,
            received_at=received or ready - timedelta(days=1),
            ready_at=ready,
            created_at=ready,
        )
        give_number(uow.session, parcel, ready)
        uow.session.add(parcel)
        uow.session.flush()
        return parcel.id


def add_places(uow: UnitOfWork, center_id: uuid.UUID) -> dict[str, list[uuid.UUID]]:
    session = uow.session
    chain = [
        ("54", "province", None, "西藏自治区"),
        ("5425", "prefecture", "54", "阿里地区"),
        ("542527", "county", "5425", "措勤县"),
    ]
    for code, level, parent, name in chain:
        if session.get(Division, code) is None:
            session.add(Division(code=code, level=level, parent_code=parent, name_zh=name))
            session.flush()
    points: dict[str, list[uuid.UUID]] = {}
    for code, name in TOWNSHIPS.items():
        township = session.get(Division, code)
        if township is None:
            township = Division(code=code, level="township", parent_code="542527", name_zh=name)
            session.add(township)
        township.center_id = center_id
        session.flush()
        points[code] = []
        for n in range(3):
            vp = VillagePoint(
                id=new_id(), township_code=code, name_zh=f"{name}{n + 1}村", name_pinyin=f"v{n + 1}"
            )
            session.add(vp)
            points[code].append(vp.id)
    session.flush()
    return points


def default_schedules(uow: UnitOfWork) -> None:
    """Realistic but invented: 2-4 runs a week, the postal handover every day."""

    def put(code: str | None, days: str, cap: int = 100, kg: int = 800, **extra: object) -> None:
        set_schedule(
            uow, "TSC", ScheduleInput(code, days, "08:00", "18:00", cap, kg, "藏E-0001", **extra)
        )  # type: ignore[arg-type]

    put(SEAT, "mon,tue,thu,fri")
    put(CISHI, "mon,thu")
    put(QULUO, "tue,fri", cap=5, kg=50)
    put("542527202", "wed,sat")
    put("542527203", "mon,wed,fri")
    set_schedule(uow, "TSC", ScheduleInput(None, "", "16:00", "15:00", 500, 2000, "县邮政局"))


@pytest.fixture
def world(db: Database) -> World:
    """Tsochen's center, places and schedules on SQLite and on PostgreSQL."""
    return make_world(db)


@pytest.fixture
def sqlite_world(sqlite_db: Database) -> World:
    """The same on SQLite only: for tests that start processes, which are slow."""
    return make_world(sqlite_db)


def make_world(db: Database) -> World:
    clock = Clock(local(MONDAY - timedelta(days=3), 9))
    database = Database(db.engine, clock=clock)
    with database.uow("setup") as uow:
        center = Center(id=new_id(), code="TSC", name_zh="措勤县物流配送中心", county_code="542527")
        uow.session.add(center)
        uow.session.flush()
        points = add_places(uow, center.id)
        default_schedules(uow)
        uow.commit()
    return World(database, clock, center.id, points)


def monday_loads(world: World) -> tuple[list[uuid.UUID], uuid.UUID, dict[uuid.UUID, str]]:
    """Four parcels on Monday's run to Cishi and one on the seat's, Thursday planned too:
    (Cishi's parcels, the seat's parcel, carrier barcode of each)."""
    from core.runs.planning import plan_runs

    with world.uow() as uow:
        ids = [
            world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=2), 9 + n), point=n % 3)
            for n in range(4)
        ]
        other = world.parcel(uow, SEAT, ready=local(MONDAY - timedelta(days=2), 9))
        plan_runs(uow, MONDAY)
        plan_runs(uow, MONDAY + timedelta(days=3))
        codes = {pid: uow.session.get_one(Parcel, pid).carrier_barcode for pid in ids + [other]}
        uow.commit()
    return ids, other, codes


def attach_order(world: World, uow: UnitOfWork, number: str, parcels: list[uuid.UUID]) -> uuid.UUID:
    """A marketplace order numbered `number` that travels as `parcels`."""
    from core.shipping.models import Order

    order = Order(
        id=new_id(),
        center_id=world.center_id,
        channel="taobao",
        external_id=number,
        recipient="收件人",
        address="西藏 阿里 措勤",
        imported_at=world.clock(),
    )
    uow.session.add(order)
    uow.session.flush()
    for pid in parcels:
        parcel = uow.session.get_one(Parcel, pid)
        parcel.order_id, parcel.source = order.id, "order"
    uow.session.flush()
    return order.id


@pytest.fixture
def at_the_vehicle(qtbot, sqlite_world, tmp_path):  # type: ignore[no-untyped-def]
    """Four parcels on Monday's run to Cishi, one on the seat's run; the Runs page open.
    Yields (world, context, page, Cishi's parcels, codes of those four and the seat's)."""
    from tests.support.vehicle import show_day
    from ui.context import AppContext
    from ui.operations import Operations
    from ui.runs.runs_page import RunsPage
    from ui.settings import Settings

    world = sqlite_world
    ids, other, by_id = monday_loads(world)
    codes = [by_id[pid] for pid in ids + [other]]
    context = AppContext.create(Operations(world.db), Settings(tmp_path / "settings.ini"))
    page = RunsPage(context)
    qtbot.addWidget(page)
    show_day(qtbot, page, MONDAY)
    yield world, context, page, ids, codes
    context.close()
