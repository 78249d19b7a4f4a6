"""Clerks at once: one process per clerk on the same database, released together.

Processes are started with the spawn context (as on Windows), connect, and wait at
a barrier. Round after round the test gets the database ready, releases every clerk
at the same moment, and checks what they did. Real processes, not threads: each has
its own interpreter and its own connection, as two desks in a center have.

A clerk's work is a module-level function `work(db, clerk, *args) -> object` (spawn
pickles it by name); `clerk` is the clerk's number, 0 to clerks - 1. Whatever it
returns or raises is reported to the test; a raised error fails the round.
"""

from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from core.inventory import catalog, services
from core.storage.engine import make_engine
from core.uow import Database
from tests.support.fixed_clock import TickingClock

TIMEOUT = 120  # seconds; only reached if something hangs
DEADLOCK = "40P01"  # PostgreSQL's SQLSTATE for a transaction cancelled to break a deadlock

Work = Callable[..., object]


def _clerk(
    url: str,
    work: Work,
    args: tuple[object, ...],
    clerk: int,
    rounds: int,
    start: Any,
    done: Any,
    out: Any,
) -> None:
    db = Database(make_engine(url), clock=TickingClock())
    with db.uow(write=False) as uow:  # connect before the race, not during it
        uow.session.execute(select(1))
    for _ in range(rounds):
        start.wait(TIMEOUT)
        try:
            out.put((clerk, "ok", work(db, clerk, *args)))
        except BaseException as error:  # noqa: BLE001  (reported to the test, not lost)
            out.put((clerk, "error", repr(error)))
        done.wait(TIMEOUT)
    db.dispose()


def stock_every_bin(db: Database, skus: tuple[str, ...], bins: tuple[str, ...]) -> None:
    """Center TSC with these bins and products, and one unit of each product in each bin."""
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        for code in bins:
            catalog.create_bin(uow, center, code)
        for sku in skus:
            catalog.create_product(uow, sku=sku, name_zh=sku)
        uow.commit()
    # The lots and balance rows exist before the race: two clerks creating the same lot
    # at once is another matter than the one raced.
    with db.uow() as uow:
        for sku in skus:
            for code in bins:
                services.receive(uow, center="TSC", bin=code, sku=sku, quantity=1)
        uow.commit()


def once(db: Database, fn: Callable[[Any], object]) -> str:
    """`fn(uow)` in one transaction, committed, without `Database.run`'s retry (which would
    hide what is measured): "done", or "deadlocked" if the server had to cancel it."""
    try:
        with db.uow() as uow:
            fn(uow)
            uow.commit()
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == DEADLOCK:
            return "deadlocked"
        raise
    return "done"


def _nothing(_number: int) -> None:
    return None


def race(
    url: str,
    work: Work,
    clerks: int,
    *,
    args: tuple[object, ...] = (),
    rounds: int = 1,
    before_round: Callable[[int], None] = _nothing,
    after_round: Callable[[int, list[object]], None] | None = None,
) -> list[list[object]]:
    """Run `work(db, clerk, *args)` in `clerks` processes at once, `rounds` times.

    Returns each round's results in clerk order; `after_round(number, results)` sees
    them before the next round starts (the clerks wait meanwhile).
    """
    ctx = multiprocessing.get_context("spawn")
    start, done = ctx.Barrier(clerks + 1), ctx.Barrier(clerks + 1)
    out = ctx.Queue()
    processes = [
        ctx.Process(
            target=_clerk, args=(url, work, args, clerk, rounds, start, done, out), daemon=True
        )
        for clerk in range(clerks)
    ]
    for process in processes:
        process.start()
    every_round: list[list[object]] = []
    try:
        for number in range(rounds):
            before_round(number)
            start.wait(TIMEOUT)
            try:
                reports = sorted(out.get(timeout=TIMEOUT) for _ in range(clerks))
            except queue.Empty:
                pytest.fail("a clerk's process did not report")
            errors = [detail for _, status, detail in reports if status == "error"]
            assert not errors, errors
            results = [detail for _, _, detail in reports]
            if after_round is not None:
                after_round(number, results)
            every_round.append(results)
            done.wait(TIMEOUT)
        for process in processes:
            process.join(TIMEOUT)
            assert process.exitcode == 0
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()
    return every_round
