"""A depot with a history, for the dashboard and report tests: parcels in every state,
runs that left and came back, failed attempts, postal handovers, stock in categories.

Rows are made directly (a seeded random, so the same every run) with known times
relative to the tests' fixed clock; the tests compute every figure again from the rows
in Python and hold the SQL figures to it.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import select

from core.clock import at_local, local_day
from core.ids import new_id
from core.inventory import catalog, services
from core.inventory.models import Center, ProductCenter
from core.postal.models import Handover, HandoverParcel
from core.runs.models import DeliveryEvent, Run, RunParcel, RunSchedule
from core.shipping.models import Order, OrderLine, Parcel
from core.shipping.numbers import give_number
from core.uow import Database, UnitOfWork
from tests.support.fixed_clock import START, TODAY
from tests.support.runs_world import TOWNSHIPS, add_places, default_schedules

HOUR = timedelta(hours=1)
REASONS = ("nobody home", "wrong address", "road closed")
PRODUCTS = (  # sku, category, lots: (quantity, days to expiry or None)
    ("YAK-JERKY", "livestock", ((12, 10), (30, 200))),
    ("YAK-BUTTER", "livestock", ((6, -2), (20, 25))),
    ("CORDYCEPS", "specialty", ((4, None),)),
    ("SAFFRON", "specialty", ((9, 40),)),
    ("THANGKA", "handicraft", ((2, None),)),
)
REORDER = {"CORDYCEPS": 5, "THANGKA": 1, "SAFFRON": 3}  # CORDYCEPS is low (4 <= 5)


@dataclass
class History:
    """What was made, as the tests need it to compute the figures again."""

    db: Database
    center_id: uuid.UUID
    parcels: list[uuid.UUID] = field(default_factory=list)
    next_runs: dict[str, uuid.UUID] = field(default_factory=dict)  # township -> tomorrow's run


class _Maker:
    def __init__(self, uow: UnitOfWork, center_id: uuid.UUID, rng: random.Random) -> None:
        self.uow, self.center_id, self.rng = uow, center_id, rng
        self.serial = 0
        self.schedules = dict(
            uow.session.execute(select(RunSchedule.township_code, RunSchedule.id)).all()
        )

    def run(self, township: str | None, depart: datetime, **values: object) -> Run:
        self.serial += 1
        run = Run(
            id=new_id(),
            center_id=self.center_id,
            schedule_id=self.schedules[township],
            day=local_day(depart),
            township_code=township,
            kind="township" if township else "postal",
            vehicle_index=self.serial,
            vehicle="藏E-0001",
            depart_at=depart,
            cutoff_at=depart - 14 * HOUR,
            capacity_parcels=values.pop("capacity_parcels", 4),  # type: ignore[arg-type]
            capacity_kg=50,
            created_at=depart - 48 * HOUR,
            **values,
        )
        self.uow.session.add(run)
        self.uow.session.flush()
        return run

    def parcel(
        self, township: str | None, received: datetime, status: str, **values: object
    ) -> Parcel:
        self.serial += 1
        parcel = Parcel(
            id=new_id(),
            center_id=self.center_id,
            source="arrival",
            carrier_barcode=f"SF{self.serial:010d}",
            recipient=f"收件人{self.serial}",
            address="西藏 阿里 措勤",
            township_code=township,
            route="township" if township else "postal",
            status=status,
            weight_g=self.rng.randint(200, 5000),
            received_at=received,
            created_at=received,
            **values,
        )
        give_number(self.uow.session, parcel, received)
        self.uow.session.add(parcel)
        self.uow.session.flush()
        return parcel

    def carried(self, parcel: Parcel, run: Run, outcome: str | None) -> None:
        self.uow.session.add(
            RunParcel(
                id=new_id(),
                run_id=run.id,
                parcel_id=parcel.id,
                reason="next_run",
                loaded_at=None if run.dispatched_at is None else run.dispatched_at - HOUR,
                outcome=outcome,
                assigned_at=parcel.received_at,
                ended_at=None,
                actor="clerk",
            )
        )

    def event(self, parcel: Parcel, run: Run, kind: str, at: datetime, reason: str = "") -> None:
        self.uow.session.add(
            DeliveryEvent(
                id=new_id(),
                parcel_id=parcel.id,
                run_id=run.id,
                kind=kind,
                source="scan",
                reason=reason,
                occurred_at=at,
                actor=self.rng.choice(("driver-a", "driver-b")),
            )
        )


def build_history(db: Database, seed: int = 17, parcels: int = 160) -> History:
    rng = random.Random(seed)
    with db.uow("setup") as uow:
        center = Center(id=new_id(), code="TSC", name_zh="措勤县物流配送中心", county_code="542527")
        uow.session.add(center)
        uow.session.flush()
        add_places(uow, center.id)
        default_schedules(uow)
        uow.session.flush()
        made = _Maker(uow, center.id, rng)
        history = History(db, center.id)
        townships = list(TOWNSHIPS)
        for code in townships[:3]:
            depart = at_local(TODAY + timedelta(days=1), time(8))
            history.next_runs[code] = made.run(code, depart).id
        made.run(None, at_local(TODAY, time(16)), status="planned", capacity_parcels=50)
        for _ in range(parcels):
            township = rng.choice([*townships, None])
            received = START - timedelta(hours=rng.randint(2, 110 * 24))
            fate = rng.choice(("waiting", "delivered", "delivered", "failed", "on_run", "gone"))
            if township is None:
                fate = rng.choice(("waiting", "handed_over", "handed_over"))
            parcel = _make(made, history, township, received, fate)
            history.parcels.append(parcel.id)
        uow.session.flush()
        uow.commit()
    _stock(db)
    return history


def _make(
    made: _Maker, history: History, township: str | None, received: datetime, fate: str
) -> Parcel:
    rng = made.rng
    now = START
    if fate == "gone":
        return made.parcel(township, received, rng.choice(("cancelled", "new")))
    if fate == "waiting":
        parcel = made.parcel(
            township, received, rng.choice(("new", "backorder", "picking", "ready"))
        )
        run_id = history.next_runs.get(township or "")
        if run_id is not None and rng.random() < 0.5:
            run = made.uow.session.get(Run, run_id)
            assert run is not None
            made.carried(parcel, run, None)
        return parcel
    left = received + timedelta(hours=rng.randint(3, 6 * 24))
    if left >= now:
        return made.parcel(township, received, "ready")
    if fate == "handed_over":
        parcel = made.parcel(township, received, "handed_over")
        handover = Handover(
            id=new_id(),
            center_id=made.center_id,
            day=local_day(left),
            sequence=made.serial,
            closed_at=left,
            actor="clerk",
            parcel_count=1,
            weight_g=parcel.weight_g or 0,
        )
        made.uow.session.add(handover)
        made.uow.session.add(HandoverParcel(parcel_id=parcel.id, handover_id=handover.id))
        return parcel
    first = made.run(
        township,
        left,
        status="completed",
        dispatched_at=left + timedelta(minutes=rng.choice((0, 5, 40))),
    )
    assert first.dispatched_at is not None
    arrived = first.dispatched_at + timedelta(hours=rng.randint(4, 4 * 24))
    if fate == "on_run" or arrived >= now:
        parcel = made.parcel(township, received, "on_run")
        made.carried(parcel, first, None)
        return parcel
    if fate == "failed":
        parcel = made.parcel(township, received, "failed", failure_reason="x")
        made.carried(parcel, first, "failed")
        made.event(parcel, first, rng.choice(("failed", "returned")), arrived, rng.choice(REASONS))
        again = arrived + timedelta(hours=rng.randint(20, 80))
        if again >= now:
            return parcel
        second = made.run(township, again, status="completed", dispatched_at=again)
        assert second.dispatched_at is not None
        arrived = second.dispatched_at + timedelta(hours=rng.randint(3, 30))
        if arrived >= now:
            made.carried(parcel, second, None)
            parcel.status = "on_run"
            return parcel
        made.carried(parcel, second, "delivered")
    else:
        parcel = made.parcel(township, received, "delivered")
        made.carried(parcel, first, "delivered")
        second = first
    parcel.status, parcel.delivered_at = "delivered", arrived
    made.event(parcel, second, "delivered", arrived)
    return parcel


def _stock(db: Database) -> None:
    with db.uow("setup") as uow:
        catalog.create_bin(uow, catalog.get_center(uow.session, "TSC"), "A-01", "A")
        for sku, category, lots in PRODUCTS:
            dated = any(days is not None for _, days in lots)
            catalog.create_product(
                uow, sku=sku, name_zh=sku, category=category, tracks_expiry=dated
            )
        uow.commit()
    with db.uow("storekeeper") as uow:
        for sku, _, lots in PRODUCTS:
            for n, (quantity, days) in enumerate(lots):
                expiry = None if days is None else TODAY + timedelta(days=days)
                if expiry is not None and days is not None and days < 0:
                    expiry = TODAY + timedelta(days=100)  # received fresh, dated back below
                services.receive(
                    uow,
                    center="TSC",
                    bin="A-01",
                    sku=sku,
                    quantity=quantity,
                    lot=f"L{n}",
                    expiry=expiry,
                )
        uow.commit()
    from sqlalchemy import update

    from core.inventory import stock_summary
    from core.inventory.models import Lot, Product

    with db.uow("setup") as uow:
        session = uow.session
        center = catalog.get_center(session, "TSC")
        for sku, _, lots in PRODUCTS:
            product = session.scalar(select(Product).where(Product.sku == sku))
            assert product is not None
            for n, (_, days) in enumerate(lots):
                if days is not None and days < 0:
                    session.execute(
                        update(Lot)
                        .where(Lot.product_id == product.id, Lot.code == f"L{n}")
                        .values(expiry=TODAY + timedelta(days=days))
                    )
                    stock_summary.touch_products(session, [product.id])
            if sku in REORDER:
                session.add(
                    ProductCenter(
                        product_id=product.id, center_id=center.id, reorder_point=REORDER[sku]
                    )
                )
        order = Order(
            id=new_id(),
            center_id=center.id,
            channel="manual",
            external_id="S-1",
            recipient="r",
            address="a",
            amount_fen=5000,
            paid_at=START - timedelta(days=3),
            imported_at=START,
        )
        session.add(order)
        session.flush()
        for sku, quantity, price in (("YAK-JERKY", 2, 1500), ("CORDYCEPS", 1, 2000)):
            product = session.scalar(select(Product).where(Product.sku == sku))
            assert product is not None
            session.add(
                OrderLine(
                    id=new_id(),
                    order_id=order.id,
                    product_id=product.id,
                    sku=sku,
                    quantity=quantity,
                    price_fen=price,
                )
            )
        uow.commit()


def module_database(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh migrated database for a whole module, on `request.param` (sqlite or
    postgres), with the history built once; dropped when the module is done."""
    import shutil

    from core.storage.engine import make_engine
    from tests.support.fixed_clock import TickingClock
    from tests.support.postgres import _pg_admin, _pg_url

    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("history") / "depot.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        template = request.getfixturevalue("pg_template")
        name = f"depot_h_{uuid.uuid4().hex[:12]}"
        with _pg_admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')

        def drop() -> None:
            with _pg_admin() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        request.addfinalizer(drop)
        url = _pg_url(name)
    db = Database(make_engine(url), clock=TickingClock())
    request.addfinalizer(db.dispose)
    return db, build_history(db)
