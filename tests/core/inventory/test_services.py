"""Stock services refuse bad input with typed errors carrying data, and write nothing when they do.

Every test runs on SQLite and on PostgreSQL (the `db` / `db_url` fixtures).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from core.errors import (
    InsufficientStock,
    InvalidQuantity,
    LotExpired,
    ReservationClosed,
    SameBin,
    UnknownBin,
    UnknownCenter,
    UnknownLot,
    UnknownProduct,
    UnknownReservation,
)
from core.ids import new_id
from core.inventory import catalog, services
from core.inventory.models import Balance, Lot, Move, Reservation
from core.storage.engine import make_engine
from core.uow import Database

CENTER, SKU, CREAM = "TSC", "CSH-001", "SNC-CREAM"
BAD_QUANTITIES = [0, -1, 1.5, "1.5", "0", True, None, "1_000", "６"]


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _seed(db: Database) -> None:
    with db.uow() as uow:
        center = catalog.create_center(uow, code=CENTER, name_zh="措勤县物流配送中心")
        for code in ("A-01", "A-02", "B-01"):
            catalog.create_bin(uow, center, code)
        catalog.create_product(uow, sku=SKU, name_zh="羊绒围巾", name_en="Cashmere scarf")
        catalog.create_product(uow, sku=CREAM, name_zh="雪鸡护肤霜", tracks_expiry=True)
        uow.commit()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2025, 6, 15, 12, 0, tzinfo=UTC))


@pytest.fixture
def depot(db_url: str, clock: FixedClock) -> Iterator[Database]:
    database = Database(make_engine(db_url), clock=clock)
    _seed(database)
    yield database
    database.dispose()


def _snapshot(db: Database) -> tuple[int, int, int, list[tuple[int, int]]]:
    """Everything a failed call must leave untouched."""
    with db.uow(write=False) as uow:
        s = uow.session
        balances = s.execute(select(Balance.on_hand, Balance.reserved).order_by(Balance.id)).all()
        return (
            s.scalar(select(func.count()).select_from(Move)) or 0,
            s.scalar(select(func.count()).select_from(Reservation)) or 0,
            s.scalar(select(func.count()).select_from(Lot)) or 0,
            [tuple(row) for row in balances],
        )


def _receive(db: Database, quantity: int = 10, **kwargs: object) -> None:
    with db.uow() as uow:
        args = {"center": CENTER, "bin": "A-01", "sku": SKU, "quantity": quantity, **kwargs}
        services.receive(uow, **args)  # type: ignore[arg-type]
        uow.commit()


def _fails(db: Database, error: type[Exception], call, **kwargs):  # type: ignore[no-untyped-def]
    """Run `call` in its own unit of work, commit if it returns, and prove nothing changed."""
    before = _snapshot(db)
    with pytest.raises(error) as caught, db.uow() as uow:
        call(uow, **kwargs)
        uow.commit()
    assert _snapshot(db) == before
    return caught.value


@pytest.mark.parametrize("bad", BAD_QUANTITIES, ids=repr)
def test_every_service_refuses_bad_quantities(depot: Database, bad: object) -> None:
    _receive(depot, 10)
    where = {"center": CENTER, "sku": SKU}
    _fails(depot, InvalidQuantity, services.receive, bin="A-01", quantity=bad, **where)
    _fails(
        depot,
        InvalidQuantity,
        services.move_stock,
        from_bin="A-01",
        to_bin="A-02",
        quantity=bad,
        **where,
    )
    _fails(depot, InvalidQuantity, services.reserve, quantity=bad, **where)
    if bad != -1:  # a negative delta is a valid adjustment down
        _fails(
            depot, InvalidQuantity, services.adjust, bin="A-01", delta=bad, reason="found", **where
        )


def test_insufficient_stock_carries_what_was_asked_and_free(depot: Database) -> None:
    _receive(depot, 5)
    with depot.uow() as uow:
        services.reserve(uow, center=CENTER, sku=SKU, quantity=2)
        uow.commit()
    where = {"center": CENTER, "sku": SKU}
    error = _fails(depot, InsufficientStock, services.reserve, quantity=4, **where)
    assert (error.sku, error.center, error.requested, error.available) == (SKU, CENTER, 4, 3)
    error = _fails(
        depot,
        InsufficientStock,
        services.move_stock,
        from_bin="A-01",
        to_bin="A-02",
        quantity=4,
        **where,
    )
    assert (error.requested, error.available) == (4, 3)
    error = _fails(
        depot, InsufficientStock, services.adjust, bin="A-01", delta=-4, reason="damaged", **where
    )
    assert (error.requested, error.available) == (4, 3)
    # Moving out of a bin that never held the product: nothing free there.
    error = _fails(
        depot,
        InsufficientStock,
        services.move_stock,
        from_bin="B-01",
        to_bin="A-02",
        quantity=1,
        **where,
    )
    assert error.available == 0


def test_unknown_codes_are_named_in_the_error(depot: Database) -> None:
    error = _fails(
        depot, UnknownProduct, services.receive, center=CENTER, bin="A-01", sku="NOPE-9", quantity=1
    )
    assert error.sku == "NOPE-9"
    error = _fails(
        depot, UnknownBin, services.receive, center=CENTER, bin="Z-99", sku=SKU, quantity=1
    )
    assert (error.center, error.code) == (CENTER, "Z-99")
    error = _fails(depot, UnknownCenter, services.reserve, center="XXX", sku=SKU, quantity=1)
    assert error.code == "XXX"
    _receive(depot, 3)
    error = _fails(
        depot,
        UnknownLot,
        services.move_stock,
        center=CENTER,
        from_bin="A-01",
        to_bin="A-02",
        sku=SKU,
        lot="L-404",
        quantity=1,
    )
    assert (error.sku, error.lot) == (SKU, "L-404")
    missing = new_id()
    error = _fails(depot, UnknownReservation, services.pick, reservation_id=missing)
    assert error.reservation_id == str(missing)


def test_same_bin_move_is_refused(depot: Database) -> None:
    _receive(depot, 3)
    error = _fails(
        depot,
        SameBin,
        services.move_stock,
        center=CENTER,
        from_bin="A-01",
        to_bin="A-01",
        sku=SKU,
        quantity=1,
    )
    assert error.bin == "A-01"


def test_receiving_an_expired_lot_is_refused(depot: Database) -> None:
    error = _fails(
        depot,
        LotExpired,
        services.receive,
        center=CENTER,
        bin="A-01",
        sku=CREAM,
        quantity=4,
        lot="L-OLD",
        expiry="2025-06-14",
    )
    assert (error.sku, error.lot, error.expiry) == (CREAM, "L-OLD", date(2025, 6, 14))
    # The last day of shelf life is still good.
    _receive(depot, 4, sku=CREAM, lot="L-TODAY", expiry="2025-06-15")


def test_picking_a_lot_that_expired_since_reservation_is_refused(
    depot: Database, clock: FixedClock
) -> None:
    _receive(depot, 4, sku=CREAM, lot="L-JUNE", expiry="2025-06-20")
    with depot.uow() as uow:
        [reservation] = services.reserve(uow, center=CENTER, sku=CREAM, quantity=3).reservation_ids
        uow.commit()
    clock.now = datetime(2025, 6, 21, 12, 0, tzinfo=UTC)
    error = _fails(depot, LotExpired, services.pick, reservation_id=reservation)
    assert (error.sku, error.lot, error.expiry) == (CREAM, "L-JUNE", date(2025, 6, 20))
    # Reserving skips expired lots altogether.
    error = _fails(depot, InsufficientStock, services.reserve, center=CENTER, sku=CREAM, quantity=1)
    assert error.available == 0


def test_fefo_reserves_earliest_expiry_first_and_all_or_nothing(depot: Database) -> None:
    _receive(depot, 2, sku=CREAM, lot="L-AUG", expiry="2025-08-01")
    _receive(depot, 2, sku=CREAM, lot="L-JUL", expiry="2025-07-01", bin="B-01")
    _receive(depot, 2, sku=CREAM, lot="L-SEP", expiry="2025-09-01", bin="A-02")
    error = _fails(depot, InsufficientStock, services.reserve, center=CENTER, sku=CREAM, quantity=7)
    assert error.available == 6
    with depot.uow() as uow:
        ids = services.reserve(uow, center=CENTER, sku=CREAM, quantity=3).reservation_ids
        uow.commit()
    with depot.uow(write=False) as uow:
        taken = [
            uow.session.execute(
                select(Lot.code, Reservation.quantity)
                .join(Balance, Balance.id == Reservation.balance_id)
                .join(Lot, Lot.id == Balance.lot_id)
                .where(Reservation.id == rid)
            ).one()
            for rid in ids
        ]
    assert [tuple(row) for row in taken] == [("L-JUL", 2), ("L-AUG", 1)]


def test_closed_reservation_cannot_be_picked_or_released_again(depot: Database) -> None:
    _receive(depot, 5)
    with depot.uow() as uow:
        [first, second] = [
            services.reserve(uow, center=CENTER, sku=SKU, quantity=2).reservation_ids[0]
            for _ in range(2)
        ]
        services.pick(uow, first)
        services.release(uow, second)
        uow.commit()
    for rid, status in ((first, "picked"), (second, "released")):
        for call in (services.pick, services.release):
            error = _fails(depot, ReservationClosed, call, reservation_id=rid)
            assert (error.reservation_id, error.status) == (str(rid), status)


def test_a_failure_late_in_a_unit_of_work_undoes_its_earlier_writes(depot: Database) -> None:
    _receive(depot, 5)
    before = _snapshot(depot)
    with pytest.raises(InsufficientStock), depot.uow() as uow:
        services.move_stock(uow, center=CENTER, from_bin="A-01", to_bin="A-02", sku=SKU, quantity=3)
        services.reserve(uow, center=CENTER, sku=SKU, quantity=6)
        uow.commit()
    assert _snapshot(depot) == before


@pytest.mark.parametrize(
    "assignment",
    ["on_hand = -1", "reserved = -1", "reserved = on_hand + 1"],
)
def test_database_checks_refuse_impossible_balances(depot: Database, assignment: str) -> None:
    """The backstop: even SQL that bypasses the services cannot break the balance rules."""
    _receive(depot, 5)
    before = _snapshot(depot)
    with pytest.raises(IntegrityError), depot.engine.begin() as connection:
        connection.execute(text(f"UPDATE balance SET {assignment}"))
    assert _snapshot(depot) == before
