"""The ledger is append-only in practice: every workflow runs as a PostgreSQL role that
may do anything to the tables except UPDATE, DELETE or TRUNCATE the moves."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from core.database import open_database
from core.demo import load_demo
from core.demo.orders import CHANNEL, PAID
from core.inventory import counts, documents, services, transfers
from core.inventory.models import Balance, Bin, Center, Lot, Move, Product, Reservation
from core.orders import fulfilment, picking
from core.orders.importing.values import LineRecord, OrderRecord, ReadResult
from core.orders.imports import store_orders
from core.places.gazetteer import load_gazetteer
from core.runs import loading
from core.runs.models import Run, RunParcel
from core.runs.planning import plan_runs
from core.runs.queries import runs_on
from core.shipping.models import Parcel
from core.uow import Database, UnitOfWork
from tests.support.postgres import _pg_admin

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # a Monday, 11:00 in Tsochen
DOCK = "R-01-01"
T = TypeVar("T")


@pytest.fixture
def clerk_url(pg_url: str) -> Iterator[str]:
    """`pg_url` as a role with every table privilege except UPDATE/DELETE/TRUNCATE on move."""
    role = f"ledger_clerk_{uuid.uuid4().hex[:10]}"
    database = make_url(pg_url).database
    with _pg_admin() as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN")
    grants = [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON move FROM {role}",
    ]
    admin_url = make_url(pg_url)
    in_database = dict(
        host=admin_url.host,
        port=admin_url.port or 5432,
        user=admin_url.username,
        dbname=database,
        autocommit=True,
    )
    with psycopg.connect(**in_database) as connection:
        for grant in grants:
            connection.execute(grant)
    try:
        yield make_url(pg_url).set(username=role).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(**in_database) as connection:
            connection.execute(f"DROP OWNED BY {role}")
        with _pg_admin() as admin:
            admin.execute(f"DROP ROLE {role}")


def _stocked(uow: UnitOfWork, center: str, least: int) -> tuple[str, str, int]:
    """(sku, bin, on hand) of a storage bin holding `least` units, none reserved, no lot."""
    row = uow.session.execute(
        select(Product.sku, Bin.code, Balance.on_hand)
        .select_from(Balance)
        .join(Center, Center.id == Balance.center_id)
        .join(Bin, Bin.id == Balance.bin_id)
        .join(Product, Product.id == Balance.product_id)
        .join(Lot, Lot.id == Balance.lot_id)
        .where(
            Center.code == center,
            Balance.on_hand >= least,
            Balance.reserved == 0,
            Bin.code != DOCK,
            Lot.code == "",
        )
        .order_by(Product.sku, Bin.code)
    ).first()
    assert row is not None
    return row[0], row[1], row[2]


def _newest_open_reservation(uow: UnitOfWork) -> uuid.UUID:
    found = uow.session.scalar(
        select(Reservation.id).where(Reservation.status == "open").order_by(Reservation.id.desc())
    )
    assert found is not None
    return found


def _an_order(sku: str) -> ReadResult:
    record = OrderRecord(
        line=2,
        external_id="3812016111100009901",
        status=PAID,
        eligible=True,
        recipient="达瓦",
        phone="13800003000",
        address="西藏 阿里地区 措勤县 磁石乡",
        buyer="buyer_9901",
        paid_at=NOW - timedelta(hours=2),
        ordered_at=NOW - timedelta(hours=3),
        lines=[LineRecord(sku, "", 1)],
    )
    return ReadResult(CHANNEL, "test", "", "test", [record], [], [], 1)


def _pack_everything_picked(uow: UnitOfWork) -> int:
    picked = uow.session.scalars(select(Parcel).where(Parcel.status == "picking")).all()
    for parcel in picked:
        for line in fulfilment.order_lines(uow, parcel):
            product = uow.session.get_one(Product, line.product_id)
            for _ in range(line.quantity):
                fulfilment.pack_scan(uow, parcel.id, product.barcode or product.sku)
        fulfilment.close_parcel(uow, parcel.id, 900)
    return len(picked)


def _load_dispatch_and_deliver(uow: UnitOfWork, day: Any) -> int:
    dispatched = 0
    for run in runs_on(uow, day):
        on_board = uow.session.scalars(
            select(RunParcel.parcel_id).where(
                RunParcel.run_id == run.id, RunParcel.outcome.is_(None)
            )
        ).all()
        if not on_board:
            continue
        for parcel_id in on_board:
            code = uow.session.get_one(Parcel, parcel_id).carrier_barcode or str(parcel_id)
            loading.scan_onto(uow, run.id, code)
        loading.dispatch(uow, run.id)
        loading.confirm_manifest(uow, run.id)
        dispatched += 1
    return dispatched


def test_the_clerk_role_really_cannot_rewrite_the_ledger(clerk_url: str) -> None:
    db = open_database(clerk_url, clock=lambda: NOW)
    try:
        for statement in ("UPDATE move SET note = note", "DELETE FROM move", "TRUNCATE move"):
            with db.uow() as uow, pytest.raises(ProgrammingError) as refused:
                uow.session.execute(text(statement))
            assert isinstance(refused.value.orig, InsufficientPrivilege)
    finally:
        db.dispose()


def test_every_workflow_runs_without_update_or_delete_on_moves(clerk_url: str) -> None:
    db = open_database(clerk_url, clock=lambda: NOW)
    try:
        _run_the_workflows(db)
    finally:
        db.dispose()


def _run_the_workflows(db: Database) -> None:  # noqa: PLR0915 (one story, told in order)
    def step(action: Callable[[UnitOfWork], T]) -> T:
        with db.uow("dawa") as uow:
            result = action(uow)
            uow.commit()
        return result

    step(load_gazetteer)  # the start-up job (open_database only logs its failures)
    load_demo(db)  # receipts, put-aways, adjustments, holds, orders, packing, arrivals
    moves_after_demo = step(lambda u: u.session.scalar(select(func.count()).select_from(Move)))

    sku, bin_code, _ = step(lambda u: _stocked(u, "TSC", 10))

    def receive(uow: UnitOfWork) -> object:
        receipt = documents.create_receipt(uow, center="TSC", supplier="Tsochen cooperative")
        documents.add_receipt_line(uow, receipt.number, code=sku, quantity=4, bin=bin_code)
        return documents.post_receipt(uow, receipt.number)

    step(receive)
    transfer = step(
        lambda u: transfers.create_transfer(u, from_center="TSC", to_center="GGY", lines=[(sku, 3)])
    )
    step(lambda u: transfers.pick(u, transfer.number, code=sku, bin=bin_code, quantity=3))
    step(lambda u: transfers.dispatch(u, transfer.number))
    ggy_bin = step(
        lambda u: u.session.scalar(
            select(Bin.code)
            .join(Center, Center.id == Bin.center_id)
            .where(Center.code == "GGY")
            .order_by(Bin.code)
        )
    )
    step(lambda u: transfers.arrive_everything_expected(u, transfer.number, bin=ggy_bin))
    step(lambda u: transfers.finish_receiving(u, transfer.number))

    counted_sku, counted_bin, on_hand = step(lambda u: _stocked(u, "TSC", 5))
    count = step(lambda u: counts.start_count(u, center="TSC", bin=counted_bin))
    step(
        lambda u: counts.count_scan(
            u, count.number, bin=counted_bin, code=counted_sku, quantity=on_hand - 1
        )
    )
    step(lambda u: counts.close_counting(u, count.number))
    step(lambda u: counts.approve_count(u, count.number))

    other_sku, other_bin, _ = step(lambda u: _stocked(u, "TSC", 6))
    step(
        lambda u: services.adjust(
            u, center="TSC", bin=other_bin, sku=other_sku, delta=-1, reason="damaged"
        )
    )
    step(
        lambda u: services.move_stock(
            u, center="TSC", from_bin=other_bin, to_bin=DOCK, sku=other_sku, quantity=1
        )
    )
    step(lambda u: services.reserve(u, center="TSC", sku=other_sku, quantity=2))
    step(lambda u: services.pick(u, _newest_open_reservation(u)))
    step(lambda u: services.reserve(u, center="TSC", sku=other_sku, quantity=1))
    step(lambda u: services.release(u, _newest_open_reservation(u)))

    assert step(lambda u: store_orders(u, _an_order(other_sku), center="TSC")).imported == 1
    allocation = step(lambda u: fulfilment.allocate(u, center="TSC"))
    assert len(allocation.reserved) == 1
    pick_list = step(lambda u: picking.create_pick_list(u, center="TSC"))
    for line in step(lambda u: picking.pick_lines(u.session, pick_list.pick_list_id)):
        step(lambda u, sku=line.sku: picking.pick_scan(u, pick_list.pick_list_id, sku))
    assert step(_pack_everything_picked) >= 1

    day = NOW.date() + timedelta(days=1)
    step(lambda u: plan_runs(u, day))
    assert step(lambda u: _load_dispatch_and_deliver(u, day)) >= 1

    moves = step(lambda u: u.session.scalar(select(func.count()).select_from(Move)))
    runs_done = step(
        lambda u: u.session.scalar(
            select(func.count()).select_from(Run).where(Run.status.in_(["dispatched", "completed"]))
        )
    )
    assert moves > moves_after_demo and runs_done >= 1
