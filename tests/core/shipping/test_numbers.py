"""Parcel numbers people read (`TSC-1204-0012`): per center and local day, given when the
parcel is created, never twice, also with two clerks at once on PostgreSQL; the migration
numbers the parcels a database already holds."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import select

from core.clock import at_local, local_day
from core.inventory.catalog import create_center
from core.orders.arrivals import register_arrival
from core.orders.queries import ParcelFilter, list_parcels
from core.shipping.models import Parcel
from core.shipping.numbers import format_number, looks_like_number
from core.storage.engine import make_engine
from core.storage.migrate import upgrade
from core.uow import Database
from tests.support.fixed_clock import TODAY

CENTER_COLUMNS = ("code", "name_zh", "name_bo", "name_en", "illustrative")
PARCEL_COLUMNS = (
    "source",
    "carrier",
    "recipient",
    "phone",
    "address",
    "match_confidence",
    "needs_review",
    "status",
    "failure_reason",
    "received_at",
    "created_at",
)


class SetClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now


def _centers(db: Database) -> None:
    with db.uow("setup") as uow:
        create_center(uow, code="TSC", name_zh="措勤县物流配送中心", county_code="542527")
        create_center(uow, code="GER", name_zh="改则县物流配送中心", county_code="542526")
        uow.commit()


def _arrive(db: Database, center: str, barcode: str) -> uuid.UUID:
    def job(uow):  # type: ignore[no-untyped-def]
        return register_arrival(
            uow, barcode=barcode, recipient="次仁", address="西藏 阿里 措勤", center=center
        ).parcel_id

    return db.run(job, "clerk")


def _number(db: Database, parcel_id: uuid.UUID) -> str:
    with db.uow(write=False) as uow:
        return uow.session.get_one(Parcel, parcel_id).number


def test_numbers_run_per_center_and_local_day(db: Database) -> None:
    _centers(db)
    # 23:59 and 00:01 on the center's wall clock: two days there, whatever the UTC date.
    late = at_local(TODAY, time(23, 59))
    clock = SetClock(late)
    local = Database(db.engine, clock=clock)
    first = _arrive(local, "TSC", "YT0000000001")
    second = _arrive(local, "TSC", "YT0000000002")
    other = _arrive(local, "GER", "YT0000000003")
    clock.now = late + timedelta(minutes=2)
    tomorrow = _arrive(local, "TSC", "YT0000000004")

    day, next_day = local_day(late), local_day(late + timedelta(minutes=2))
    assert next_day == day + timedelta(days=1)
    assert [_number(db, p) for p in (first, second, other, tomorrow)] == [
        format_number("TSC", day, 1),
        format_number("TSC", day, 2),
        format_number("GER", day, 1),
        format_number("TSC", next_day, 1),
    ]
    assert _number(db, first) == f"TSC-{day:%m%d}-0001"
    assert looks_like_number(_number(db, first).lower())


def test_the_parcels_table_finds_a_parcel_by_its_number(db: Database) -> None:
    _centers(db)
    local = Database(db.engine, clock=SetClock(at_local(TODAY, time(9))))
    wanted = _arrive(local, "TSC", "YT0000000001")
    _arrive(local, "TSC", "YT0000000002")
    number = _number(db, wanted)
    with db.uow(write=False) as uow:
        for typed in (number, number.lower(), number[-9:]):
            rows = list_parcels(uow.session, ParcelFilter(search=typed))
            assert [r.id for r in rows] == [wanted], typed
        assert rows[0].number == number and rows[0].as_json()["number"] == number


def test_two_clerks_at_once_never_share_a_number(pg_url: str) -> None:
    """PostgreSQL lets two transactions run side by side (SQLite's writers take turns):
    each clerk registers parcels in its own thread, all at the same moment."""
    db = Database(make_engine(pg_url), clock=SetClock(at_local(TODAY, time(9))))
    try:
        _centers(db)
        start = threading.Barrier(2)
        made: list[uuid.UUID] = []
        errors: list[BaseException] = []

        def clerk(name: str) -> None:
            try:
                start.wait()
                for n in range(15):
                    made.append(_arrive(db, "TSC", f"{name}{n:08d}"))
            except BaseException as error:  # noqa: BLE001  (shown by the assert below)
                errors.append(error)

        threads = [threading.Thread(target=clerk, args=(c,)) for c in ("YT", "ZT")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        numbers = sorted(_number(db, p) for p in made)
        day = local_day(at_local(TODAY, time(9)))
        assert numbers == [format_number("TSC", day, n) for n in range(1, 31)]
    finally:
        db.dispose()


def test_the_migration_numbers_the_parcels_already_there(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        upgrade(engine, "0320")  # orders and parcels as they were before numbers
        morning, evening = at_local(TODAY, time(9)), at_local(TODAY, time(23, 30))
        after_midnight = at_local(TODAY + timedelta(days=1), time(0, 30))
        with engine.begin() as connection:
            # The tables as revision 0320 had them (not the models of today).
            center = sa.table("center", sa.column("id", sa.Uuid()), *map(sa.column, CENTER_COLUMNS))
            parcel = sa.table(
                "parcel",
                sa.column("id", sa.Uuid()),
                sa.column("center_id", sa.Uuid()),
                *map(sa.column, PARCEL_COLUMNS),
            )
            centers = {code: uuid.uuid4() for code in ("TSC", "GER")}
            connection.execute(
                center.insert(),
                [{"id": i, "code": c, "name_zh": c, "name_bo": "", "name_en": "",
                  "illustrative": False} for c, i in centers.items()],
            )  # fmt: skip
            made = [
                ("TSC", evening),
                ("TSC", morning),
                ("GER", morning),
                ("TSC", after_midnight),
            ]
            ids = [uuid.uuid4() for _ in made]
            connection.execute(
                parcel.insert(),
                [
                    {
                        "id": pid,
                        "center_id": centers[code],
                        "source": "arrival",
                        "carrier": "",
                        "recipient": "次仁",
                        "phone": "",
                        "address": "西藏 阿里 措勤",
                        "match_confidence": 0.0,
                        "needs_review": True,
                        "status": "ready",
                        "failure_reason": "",
                        "received_at": at.astimezone(UTC).replace(tzinfo=None),
                        "created_at": at.astimezone(UTC).replace(tzinfo=None),
                    }
                    for pid, (code, at) in zip(ids, made, strict=True)
                ],
            )
        upgrade(engine)
        db = Database(engine, clock=SetClock(at_local(TODAY, time(23, 45))))
        day, next_day = TODAY, TODAY + timedelta(days=1)
        assert [_number(db, p) for p in ids] == [
            format_number("TSC", day, 2),  # created after the morning's
            format_number("TSC", day, 1),
            format_number("GER", day, 1),
            format_number("TSC", next_day, 1),
        ]
        # The counter carries on from the migrated numbers.
        later = _arrive(db, "TSC", "YT0000000009")
        assert _number(db, later) == format_number("TSC", day, 3)
        with db.uow(write=False) as uow:
            assert uow.session.scalar(select(sa.func.count()).select_from(Parcel)) == 5
    finally:
        engine.dispose()
