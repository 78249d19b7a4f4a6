"""Clerks at once: separate processes on the same database, SQLite file and PostgreSQL.

Clerks are processes released together, round after round (`tests/support/clerks.py`).
The outcome does not depend on timing: whoever comes first, exactly one clerk gets
the last units, and no mix of picks, moves and adjustments can drive stock negative
or lose an update.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text

from core.errors import InsufficientStock
from core.inventory import catalog, services
from core.inventory.models import Balance, Reservation
from core.storage.engine import make_engine
from core.uow import Database
from tests.support.clerks import race
from tests.support.fixed_clock import TickingClock

CENTER, SKU, BINS = "TSC", "YAK-BUTTER", ("A-01", "A-02", "B-01")

# One row per balance with what the ledger and the open reservations say it should hold.
AUDIT = text(
    """
    SELECT b.on_hand, b.reserved,
      (SELECT COALESCE(SUM(m.quantity), 0) FROM move m WHERE m.to_bin_id = b.bin_id
         AND m.product_id = b.product_id AND m.lot_id = b.lot_id)
      - (SELECT COALESCE(SUM(m.quantity), 0) FROM move m WHERE m.from_bin_id = b.bin_id
         AND m.product_id = b.product_id AND m.lot_id = b.lot_id) AS ledger,
      (SELECT COALESCE(SUM(r.quantity), 0) FROM reservation r
         WHERE r.balance_id = b.id AND r.status = 'open') AS promised
    FROM balance b
    """
)


def _audit(db: Database) -> tuple[int, int]:
    """Check every balance against the ledger; return total (on_hand, reserved)."""
    with db.uow(write=False) as uow:
        rows = uow.session.execute(AUDIT).all()
    for on_hand, reserved, ledger, promised in rows:
        assert on_hand == ledger and reserved == promised, rows
        assert 0 <= reserved <= on_hand, rows
    return sum(r[0] for r in rows), sum(r[1] for r in rows)


def _receive(db: Database, split: dict[str, int]) -> None:
    with db.uow() as uow:
        for bin_code, quantity in split.items():
            services.receive(uow, center=CENTER, bin=bin_code, sku=SKU, quantity=quantity)
        uow.commit()


@pytest.fixture
def depot(db_url: str) -> Iterator[Database]:
    db = Database(make_engine(db_url), clock=TickingClock())
    with db.uow() as uow:
        center = catalog.create_center(uow, code=CENTER, name_zh="措勤")
        for code in BINS:
            catalog.create_bin(uow, center, code)
        catalog.create_product(uow, sku=SKU, name_zh="酥油")
        uow.commit()
    yield db
    db.dispose()


# -- what each clerk's process runs (module level, so spawn can import it) -------


def _grab_last_units(db: Database, _clerk: int) -> object:
    try:
        with db.uow() as uow:
            ids = services.reserve(uow, center=CENTER, sku=SKU, quantity=5).reservation_ids
            uow.commit()
        return ("won", len(ids))
    except InsufficientStock as error:
        return ("lost", error.requested, error.available)


def _shuffle_stock(db: Database, clerk: int) -> object:
    """A clerk's busy minute: reserve and pick, move between bins, write off damage."""
    rng = random.Random(clerk)
    picked = damaged = refused = 0
    for _ in range(12):
        action = rng.choice(["pick", "move", "move", "damage"])
        quantity = rng.randint(1, 4)
        try:
            with db.uow() as uow:
                if action == "pick":
                    for rid in services.reserve(
                        uow, center=CENTER, sku=SKU, quantity=quantity
                    ).reservation_ids:
                        services.pick(uow, rid)
                elif action == "move":
                    source, target = rng.sample(BINS, 2)
                    services.move_stock(
                        uow,
                        center=CENTER,
                        from_bin=source,
                        to_bin=target,
                        sku=SKU,
                        quantity=quantity,
                    )
                else:
                    services.adjust(
                        uow,
                        center=CENTER,
                        bin=rng.choice(BINS),
                        sku=SKU,
                        delta=-quantity,
                        reason="damaged",
                    )
                uow.commit()
        except InsufficientStock:
            refused += 1
            continue
        picked += quantity if action == "pick" else 0
        damaged += quantity if action == "damage" else 0
    return (picked, damaged, refused)


@pytest.mark.parametrize("clerks", [2, 4])
def test_exactly_one_clerk_gets_the_last_units(depot: Database, db_url: str, clerks: int) -> None:
    def restock(_number: int) -> None:
        # The last five units, split over two bins so one reservation spans two rows.
        _receive(depot, {"A-01": 3, "B-01": 2})

    def check(number: int, results: list[object]) -> None:
        assert sorted(results, key=str) == [("lost", 5, 0)] * (clerks - 1) + [("won", 2)]
        on_hand, reserved = _audit(depot)
        assert on_hand == reserved == 5 * (number + 1)

    race(db_url, _grab_last_units, clerks, rounds=3, before_round=restock, after_round=check)


def test_busy_clerks_never_drive_stock_negative(depot: Database, db_url: str) -> None:
    stocked = 0

    def restock(_number: int) -> None:
        nonlocal stocked
        _receive(depot, {"A-01": 12, "A-02": 8})
        stocked += 20

    gone = 0

    def check(_number: int, results: list[object]) -> None:
        nonlocal gone
        gone += sum(picked + damaged for picked, damaged, _ in results)  # type: ignore[misc]
        on_hand, reserved = _audit(depot)
        # Every unit that left was reported by exactly one clerk: no update was lost.
        assert on_hand == stocked - gone
        assert reserved == 0
        with depot.uow(write=False) as uow:
            assert uow.session.scalar(select(func.min(Balance.on_hand))) >= 0
            assert not uow.session.scalar(
                select(func.count()).select_from(Reservation).where(Reservation.status == "open")
            )

    race(db_url, _shuffle_stock, clerks=4, rounds=3, before_round=restock, after_round=check)
    assert gone > 0  # the clerks did real work
