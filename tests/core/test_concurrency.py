"""Clerks at once: separate processes on the same database, SQLite file and PostgreSQL.

Processes are started with the spawn context (as on Windows) and released
together by a barrier, round after round. The outcome does not depend on
timing: whoever comes first, exactly one clerk gets the last units, and no mix
of picks, moves and adjustments can drive stock negative or lose an update.
"""

from __future__ import annotations

import multiprocessing
import queue
import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text

from core.errors import InsufficientStock
from core.inventory import catalog, services
from core.inventory.models import Balance, Reservation
from core.storage.engine import make_engine
from core.uow import Database

CENTER, SKU, BINS = "TSC", "YAK-BUTTER", ("A-01", "A-02", "B-01")
TIMEOUT = 120  # seconds; only reached if something hangs

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
    db = Database(make_engine(db_url))
    with db.uow() as uow:
        center = catalog.create_center(uow, code=CENTER, name_zh="措勤")
        for code in BINS:
            catalog.create_bin(uow, center, code)
        catalog.create_product(uow, sku=SKU, name_zh="酥油")
        uow.commit()
    yield db
    db.dispose()


# -- what each clerk's process runs (module level, so spawn can import it) -------


def _clerk(url: str, task: str, seed: int, rounds: int, start: Any, done: Any, out: Any) -> None:
    db = Database(make_engine(url))
    with db.uow(write=False) as uow:  # connect before the race, not during it
        uow.session.execute(select(1))
    work = {"last_units": _grab_last_units, "shuffle": _shuffle_stock}[task]
    rng = random.Random(seed)
    for _ in range(rounds):
        start.wait(TIMEOUT)
        try:
            out.put(("ok", work(db, rng)))
        except BaseException as error:  # noqa: BLE001  (reported to the test, not lost)
            out.put(("error", repr(error)))
        done.wait(TIMEOUT)
    db.dispose()


def _grab_last_units(db: Database, _rng: random.Random) -> object:
    try:
        with db.uow() as uow:
            ids = services.reserve(uow, center=CENTER, sku=SKU, quantity=5).reservation_ids
            uow.commit()
        return ("won", len(ids))
    except InsufficientStock as error:
        return ("lost", error.requested, error.available)


def _shuffle_stock(db: Database, rng: random.Random) -> object:
    """A clerk's busy minute: reserve and pick, move between bins, write off damage."""
    picked = damaged = refused = 0
    for _ in range(12):
        action = rng.choice(["pick", "move", "move", "damage"])
        quantity = rng.randint(1, 4)
        try:
            with db.uow() as uow:
                if action == "pick":
                    for rid in services.reserve(uow, center=CENTER, sku=SKU,
                                                quantity=quantity).reservation_ids:
                        services.pick(uow, rid)
                elif action == "move":
                    source, target = rng.sample(BINS, 2)
                    services.move_stock(uow, center=CENTER, from_bin=source, to_bin=target,
                                        sku=SKU, quantity=quantity)
                else:
                    services.adjust(uow, center=CENTER, bin=rng.choice(BINS), sku=SKU,
                                    delta=-quantity, reason="damaged")
                uow.commit()
        except InsufficientStock:
            refused += 1
            continue
        picked += quantity if action == "pick" else 0
        damaged += quantity if action == "damage" else 0
    return (picked, damaged, refused)


# -- the race, driven from the test ------------------------------------------------


def _race(db: Database, url: str, task: str, clerks: int, rounds: int,
          before_round: Callable[[int], None],
          after_round: Callable[[int, list[object]], None]) -> None:
    ctx = multiprocessing.get_context("spawn")
    start, done = ctx.Barrier(clerks + 1), ctx.Barrier(clerks + 1)
    out = ctx.Queue()
    processes = [
        ctx.Process(target=_clerk, args=(url, task, seed, rounds, start, done, out), daemon=True)
        for seed in range(clerks)
    ]
    for process in processes:
        process.start()
    try:
        for number in range(rounds):
            before_round(number)
            start.wait(TIMEOUT)
            try:
                results = [out.get(timeout=TIMEOUT) for _ in range(clerks)]
            except queue.Empty:
                pytest.fail("a clerk's process did not report")
            errors = [detail for status, detail in results if status == "error"]
            assert not errors, errors
            after_round(number, [detail for _, detail in results])
            done.wait(TIMEOUT)
        for process in processes:
            process.join(TIMEOUT)
            assert process.exitcode == 0
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()


@pytest.mark.parametrize("clerks", [2, 4])
def test_exactly_one_clerk_gets_the_last_units(depot: Database, db_url: str, clerks: int) -> None:
    def restock(_number: int) -> None:
        # The last five units, split over two bins so one reservation spans two rows.
        _receive(depot, {"A-01": 3, "B-01": 2})

    def check(number: int, results: list[object]) -> None:
        assert sorted(results, key=str) == [("lost", 5, 0)] * (clerks - 1) + [("won", 2)]
        on_hand, reserved = _audit(depot)
        assert on_hand == reserved == 5 * (number + 1)

    _race(depot, db_url, "last_units", clerks, rounds=3, before_round=restock,
          after_round=check)


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

    _race(depot, db_url, "shuffle", clerks=4, rounds=3, before_round=restock, after_round=check)
    assert gone > 0  # the clerks did real work
