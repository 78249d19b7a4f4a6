"""The stock summary is the hottest row there is: clerks at once must neither deadlock on it
nor lose an update to it.

Clerks are threads, each with its own connection, released together by barriers.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from core.errors import InsufficientStock
from core.inventory import services, stock_summary
from core.inventory.models import Balance, StockSummary
from core.uow import Database
from tests.support.clerks import stock_every_bin
from tests.support.fixed_clock import TickingClock

TIMEOUT = 60


def _together(clerks: list[Callable[[], object]]) -> list[object]:
    """Run each clerk in its own thread; return what each returned or raised."""
    results: list[object] = [None] * len(clerks)

    def run(n: int) -> None:
        try:
            results[n] = clerks[n]()
        except BaseException as error:  # noqa: BLE001  (reported to the test)
            results[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(clerks))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
        assert not thread.is_alive(), "a clerk hung"
    return results


@pytest.mark.postgres
def test_two_receipts_of_the_same_products_in_opposite_order_do_not_deadlock(pg_url: str) -> None:
    """Clerk 1 posts scarf then cream into A-01, clerk 2 cream then scarf into A-02: no
    balance row in common, but both products' summary rows. Both first lines are written
    before either second line starts, so summary rows locked as each line is written would
    deadlock every time. (PostgreSQL only: SQLite lets one writer at a time begin.)"""
    from core.storage.engine import make_engine

    db = Database(make_engine(pg_url), clock=TickingClock())
    try:
        stock_every_bin(db, ("SCARF", "CREAM"), ("A-01", "A-02"))
        halfway = threading.Barrier(2, timeout=TIMEOUT)

        def clerk(bin_code: str, first: str, second: str) -> Callable[[], object]:
            def post() -> object:
                with db.uow() as uow:
                    services.receive(uow, center="TSC", bin=bin_code, sku=first, quantity=3)
                    halfway.wait()
                    services.receive(uow, center="TSC", bin=bin_code, sku=second, quantity=4)
                    uow.commit()
                return "posted"

            return post

        for _ in range(3):
            results = _together([clerk("A-01", "SCARF", "CREAM"), clerk("A-02", "CREAM", "SCARF")])
            assert results == ["posted", "posted"], results
            halfway.reset()
        with db.uow(write=False) as uow:
            assert stock_summary.drift(uow.session) == []
            totals = dict(
                uow.session.execute(
                    select(StockSummary.sku, StockSummary.on_hand).order_by(StockSummary.sku)
                ).all()
            )
        assert totals == {"CREAM": 23, "SCARF": 23}  # 2 to start, 3 x (3 + 4)
    finally:
        db.dispose()


def test_busy_clerks_lose_no_update_of_the_summary(db: Database) -> None:
    """Four clerks receive, move, reserve and pick one product across three bins at once."""
    bins = ("A-01", "A-02", "B-01")
    stock_every_bin(db, ("YAK",), bins)
    start = threading.Barrier(4, timeout=TIMEOUT)

    def clerk(seed: int) -> Callable[[], object]:
        rng = random.Random(seed)

        def work() -> object:
            start.wait()
            received = picked = 0
            for _ in range(15):
                action, quantity = rng.choice(["receive", "move", "pick"]), rng.randint(1, 5)
                try:
                    with db.uow() as uow:
                        if action == "receive":
                            services.receive(
                                uow,
                                center="TSC",
                                bin=rng.choice(bins),
                                sku="YAK",
                                quantity=quantity,
                            )
                        elif action == "move":
                            source, target = rng.sample(bins, 2)
                            services.move_stock(
                                uow,
                                center="TSC",
                                from_bin=source,
                                to_bin=target,
                                sku="YAK",
                                quantity=quantity,
                            )
                        else:
                            for rid in services.reserve(
                                uow, center="TSC", sku="YAK", quantity=quantity
                            ).reservation_ids:
                                services.pick(uow, rid)
                        uow.commit()
                except InsufficientStock:
                    continue
                received += quantity if action == "receive" else 0
                picked += quantity if action == "pick" else 0
            return received - picked

        return work

    results = _together([clerk(seed) for seed in range(4)])
    assert all(isinstance(r, int) for r in results), results
    with db.uow(write=False) as uow:
        assert stock_summary.drift(uow.session) == []
        on_hand = uow.session.scalar(select(StockSummary.on_hand))
        in_bins = uow.session.scalar(select(func.sum(Balance.on_hand)))
    assert on_hand == in_bins == 3 + sum(results)  # type: ignore[arg-type]
