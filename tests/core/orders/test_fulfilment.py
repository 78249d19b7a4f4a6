"""Reserve, backorder, pick list, packing by scan, cancellation on refund."""

from __future__ import annotations

import itertools
import multiprocessing
import threading
import uuid

import pytest
from sqlalchemy import func, select

from core.errors import InvalidValue
from core.inventory import services
from core.inventory.models import Balance, Reservation
from core.orders.errors import (
    ItemAlreadyPacked,
    ItemNotInOrder,
    NotOnPickList,
    PackingIncomplete,
    WrongParcelStatus,
)
from core.orders.fulfilment import allocate, close_parcel, pack_scan, pack_state
from core.orders.imports import import_orders
from core.orders.picking import backorders, create_pick_list, pick_lines, pick_scan
from core.shipping.models import Parcel
from tests.support.order_files import (
    CLOSED,
    INCENSE_EAN,
    ITEM_HEADERS,
    ORDER_HEADERS,
    SCARF_EAN,
    build_depot,
    item,
    order,
    order_id,
    write_csv,
)


def import_with_items(
    db,
    tmp_path,
    lines: dict[int, list[tuple[str, str]]],  # type: ignore[no-untyped-def]
    name: str = "o",
) -> dict[str, uuid.UUID]:
    """Import orders n with item lines [(sku, qty)]; returns parcel id per order number."""
    orders_path = write_csv(tmp_path / f"{name}.csv", ORDER_HEADERS, [order(n) for n in lines])
    items_path = write_csv(
        tmp_path / f"{name}_items.csv",
        ITEM_HEADERS,
        [item(n, sku, qty) for n, skus in lines.items() for sku, qty in skus],
    )
    with db.uow() as uow:
        report = import_orders(uow, orders_path, center="TSC", items=items_path)
        uow.commit()
    assert report.rejected == []
    return parcel_ids(db)


def parcel_ids(db) -> dict[str, uuid.UUID]:  # type: ignore[no-untyped-def]
    from core.shipping.models import Order

    with db.uow(write=False) as uow:
        return dict(
            uow.session.execute(
                select(Order.external_id, Parcel.id).join(Parcel, Parcel.order_id == Order.id)
            ).all()
        )


def status_of(db, parcel_id: uuid.UUID) -> str:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return uow.session.get_one(Parcel, parcel_id).status


def reserved_total(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return tuple(
            uow.session.execute(  # type: ignore[return-value]
                select(func.sum(Balance.reserved), func.sum(Balance.on_hand))
            ).one()
        )


def test_two_orders_competing_for_the_last_units(db, tmp_path):
    build_depot(db, scarves=3)
    ids = import_with_items(db, tmp_path, {1: [("CSH-001", "2")], 2: [("CSH-001", "2")]})
    with db.uow() as uow:
        result = allocate(uow, center="TSC")
        uow.commit()
    assert result.reserved == (ids[order_id(1)],)
    assert result.backordered == (ids[order_id(2)],)
    with db.uow(write=False) as uow:
        waiting = backorders(uow, center="TSC")
    assert [(b.order_id, [(s.sku, s.needed, s.free) for s in b.shortages]) for b in waiting] == [
        (order_id(2), [("CSH-001", 2, 1)])
    ]
    assert all(s.catalogued for b in waiting for s in b.shortages)
    # Allocating again takes nothing from order 1, and order 2 still waits.
    with db.uow() as uow:
        again = allocate(uow, center="TSC")
        uow.commit()
    assert again.reserved == () and reserved_total(db)[0] == 2
    with db.uow() as uow:
        services.receive(uow, center="TSC", bin="B-01", sku="CSH-001", quantity=1)
        allocate(uow, center="TSC")
        uow.commit()
    assert status_of(db, ids[order_id(2)]) == "picking"
    assert reserved_total(db)[0] == 4


def test_a_partly_coverable_order_reserves_nothing(db, tmp_path):
    build_depot(db, scarves=5, incense=0)
    ids = import_with_items(db, tmp_path, {1: [("CSH-001", "1"), ("INC-001", "1")]})
    with db.uow() as uow:
        allocate(uow, center="TSC")
        uow.commit()
    assert status_of(db, ids[order_id(1)]) == "backorder"
    assert reserved_total(db)[0] == 0


def test_concurrent_allocations_never_double_allocate(db, tmp_path):
    build_depot(db, scarves=2, incense=0)
    ids = import_with_items(db, tmp_path, {n: [("CSH-001", "2")] for n in range(1, 5)})
    barrier = threading.Barrier(len(ids))
    errors: list[BaseException] = []

    def worker(parcel_id: uuid.UUID) -> None:
        try:
            barrier.wait()
            with db.uow() as uow:
                allocate(uow, center="TSC", parcel_ids=[parcel_id])
                uow.commit()
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(p,)) for p in ids.values()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    statuses = sorted(status_of(db, p) for p in ids.values())
    assert statuses == ["backorder", "backorder", "backorder", "picking"]
    assert reserved_total(db) == (2, 2)


def _allocate_all(db, _clerk: int) -> object:  # type: ignore[no-untyped-def]
    """`allocate-orders --center TSC` at one desk: every waiting parcel of the center."""
    with db.uow() as uow:
        result = allocate(uow, center="TSC")
        uow.commit()
    return len(result.reserved)


def promised_per_order(db) -> dict[str, tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Each order's parcel status and the units its open reservations hold."""
    from core.shipping.models import Order

    with db.uow(write=False) as uow:
        held = dict(
            uow.session.execute(
                select(Reservation.document_id, func.sum(Reservation.quantity))
                .where(Reservation.status == "open")
                .group_by(Reservation.document_id)
            ).all()
        )
        return {
            external_id: (status, int(held.get(order_uuid, 0)))
            for external_id, order_uuid, status in uow.session.execute(
                select(Order.external_id, Order.id, Parcel.status).join(
                    Parcel, Parcel.order_id == Order.id
                )
            )
        }


def test_clerks_allocating_at_once_promise_each_unit_once(db, db_url, tmp_path):
    """Two desks run allocate-orders for the same center at the same moment, three times:
    5 scarves for 12 one-scarf orders; then 10 more arrive (3 to spare); then nothing.
    Each parcel is reserved once, by one desk; a parcel on backorder holds nothing; and
    packing takes one scarf per order off the shelf."""
    from tests.support.clerks import race

    build_depot(db, scarves=5, incense=0)
    ids = import_with_items(db, tmp_path, {n: [("CSH-001", "1")] for n in range(1, 13)})
    arriving = {1: 10}
    expected_picking = {0: 5, 1: 12, 2: 12}

    def restock(number: int) -> None:
        if number in arriving:
            with db.uow() as uow:
                services.receive(
                    uow, center="TSC", bin="B-01", sku="CSH-001", quantity=arriving[number]
                )
                uow.commit()

    def check(number: int, results: list[object]) -> None:
        promised = promised_per_order(db)
        picking = sorted(o for o, (status, _) in promised.items() if status == "picking")
        assert len(picking) == expected_picking[number], promised
        assert {o: held for o, (_, held) in promised.items()} == {
            o: 1 if o in picking else 0 for o in promised
        }, promised
        assert reserved_total(db)[0] == len(picking)
        newly = expected_picking[number] - expected_picking.get(number - 1, 0)
        assert sum(results) == newly, results  # type: ignore[arg-type]

    race(db_url, _allocate_all, 2, rounds=3, before_round=restock, after_round=check)
    for parcel in ids.values():
        with db.uow() as uow:
            pack_scan(uow, parcel, SCARF_EAN)
            close_parcel(uow, parcel, 300)
            uow.commit()
    assert reserved_total(db) == (0, 3)  # 15 received, 12 shipped, one each


def _allocate_every_other(db, clerk: int, read: object) -> object:  # type: ignore[no-untyped-def]
    """Allocate the waiting parcels at even (clerk 0) or odd (clerk 1) places in the queue;
    "deadlocked" if the server had to cancel the transaction to break a deadlock.

    Both clerks read the queue before either allocates (`read`, a barrier of the two): a
    clerk reading it after the other committed would see half of it and take a quarter."""
    from sqlalchemy.exc import DBAPIError

    from tests.support.clerks import TIMEOUT

    with db.uow(write=False) as uow:
        queue = list(
            uow.session.scalars(
                select(Parcel.id)
                .where(Parcel.status == "new")
                .order_by(Parcel.received_at, Parcel.id)
            )
        )
    read.wait(TIMEOUT)  # type: ignore[attr-defined]
    try:
        with db.uow() as uow:
            result = allocate(uow, center="TSC", parcel_ids=queue[clerk::2])
            uow.commit()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "40P01":
            return "deadlocked"
        raise
    return len(result.reserved)


def test_clerks_allocating_orders_of_several_products_at_once_never_deadlock(db, db_url, tmp_path):
    """Two desks allocate different parcels at once: one a scarf order then an incense
    order, the other incense then scarves. Reserving parcel by parcel, each desk would
    hold one product's stock and wait for the other's."""
    from tests.support.clerks import race

    build_depot(db, scarves=20, incense=20)
    placed = itertools.count(1)

    def new_orders(number: int) -> None:
        rows, items = [], []
        for sku in ("CSH-001", "INC-001", "INC-001", "CSH-001"):  # the queue, oldest first
            n = 10 * number + next(placed)
            rows.append(order(n) | {"订单付款时间": f"2016-11-11 10:{n:02d}:00"})
            items.append(item(n, sku, "1"))
        with db.uow() as uow:
            import_orders(
                uow,
                write_csv(tmp_path / f"{number}.csv", ORDER_HEADERS, rows),
                center="TSC",
                items=write_csv(tmp_path / f"{number}_items.csv", ITEM_HEADERS, items),
            )
            uow.commit()

    def check(number: int, results: list[object]) -> None:
        assert results == [2, 2], results
        assert reserved_total(db)[0] == 4 * (number + 1)

    read = multiprocessing.get_context("spawn").Barrier(2)  # the context race() spawns with
    race(
        db_url,
        _allocate_every_other,
        2,
        args=(read,),
        rounds=3,
        before_round=new_orders,
        after_round=check,
    )


def test_pick_list_by_bin_then_packing_by_scan_makes_the_parcel_ready(db, tmp_path):
    build_depot(db)
    ids = import_with_items(
        db, tmp_path, {1: [("CSH-001", "2"), ("INC-001", "1")], 2: [("INC-001", "1")]}
    )
    with db.uow() as uow:
        allocate(uow, center="TSC")
        created = create_pick_list(uow, center="TSC")
        uow.commit()
    assert created.parcels == 2
    with db.uow(write=False) as uow:
        lines = pick_lines(uow.session, created.pick_list_id)
    assert [(line.bin, line.sku, line.quantity) for line in lines] == [
        ("A-01", "INC-001", 1),
        ("A-01", "INC-001", 1),
        ("B-01", "CSH-001", 2),
    ]
    with db.uow() as uow:
        picked = pick_scan(uow, created.pick_list_id, SCARF_EAN)
        uow.commit()
    assert (picked.sku, picked.picked) == ("CSH-001", True)
    with pytest.raises(NotOnPickList), db.uow() as uow:
        pick_scan(uow, created.pick_list_id, SCARF_EAN)  # nothing more of it to pick

    parcel = ids[order_id(1)]
    with db.uow() as uow:
        pack_scan(uow, parcel, SCARF_EAN)
        with pytest.raises(ItemNotInOrder):
            pack_scan(uow, parcel, "6909999999999")
        with pytest.raises(PackingIncomplete) as missing:
            close_parcel(uow, parcel, 850)
        assert set(missing.value.missing) == {("CSH-001", 1), ("INC-001", 1)}
        pack_scan(uow, parcel, SCARF_EAN)
        state = pack_scan(uow, parcel, "INC-001")  # the SKU works as well as the barcode
        assert state.complete
        with pytest.raises(ItemAlreadyPacked):
            pack_scan(uow, parcel, INCENSE_EAN)
        with pytest.raises(InvalidValue):
            close_parcel(uow, parcel, 0)
        close_parcel(uow, parcel, 850)
        uow.commit()
    with db.uow(write=False) as uow:
        ready = uow.session.get_one(Parcel, parcel)
        assert (ready.status, ready.weight_g, ready.ready_at is not None) == ("ready", 850, True)
        assert pack_state(uow, parcel).complete
        statuses = set(
            uow.session.scalars(
                select(Reservation.status).where(Reservation.document_id == ready.order_id)
            )
        )
    assert statuses == {"picked"}
    assert reserved_total(db) == (1, 17)  # order 2's incense still reserved; 3 units shipped
    with pytest.raises(WrongParcelStatus), db.uow() as uow:
        pack_scan(uow, parcel, SCARF_EAN)


def test_refunded_order_gives_its_stock_back(db, tmp_path):
    build_depot(db)
    ids = import_with_items(db, tmp_path, {1: [("CSH-001", "2")]})
    with db.uow() as uow:
        allocate(uow, center="TSC")
        uow.commit()
    assert reserved_total(db)[0] == 2
    closed = write_csv(tmp_path / "later.csv", ORDER_HEADERS, [order(1, status=CLOSED)])
    with db.uow() as uow:
        report = import_orders(uow, closed, center="TSC")
        uow.commit()
    assert [(c.fields, c.applied) for c in report.changed] == [(("status",), True)]
    assert status_of(db, ids[order_id(1)]) == "cancelled"
    assert reserved_total(db)[0] == 0


def test_backorder_says_when_an_order_names_no_product_of_ours(sqlite_db, tmp_path):
    """An order report imported without its item report has SKU-less lines: stock is
    there, yet the order waits. The backorder list must not say "0 free"."""
    build_depot(sqlite_db)
    import_with_items(sqlite_db, tmp_path, {1: [("NOT-OURS", "1")]}, name="a")
    alone = write_csv(tmp_path / "alone.csv", ORDER_HEADERS, [order(2, title="羊绒围巾")])
    with sqlite_db.uow() as uow:
        import_orders(uow, alone, center="TSC")
        allocate(uow, center="TSC")
        uow.commit()
    with sqlite_db.uow(write=False) as uow:
        waiting = backorders(uow, center="TSC")
    assert [
        (b.order_id, [(s.sku, s.title, s.catalogued) for s in b.shortages]) for b in waiting
    ] == [
        (order_id(1), [("NOT-OURS", "NOT-OURS", False)]),
        (order_id(2), [("", "羊绒围巾", False)]),
    ]
