"""`Database.run`: a transaction the server cancels to break a deadlock or a serialization
conflict is run again, a bounded number of times, then reported in a sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select, text

from cli.errors import describe
from core.errors import InsufficientStock, WriteConflict
from core.inventory import catalog, services
from core.inventory.models import Balance
from core.storage.engine import make_engine
from core.uow import ATTEMPTS, Database, UnitOfWork
from tests.support.clerks import race
from tests.support.fixed_clock import TickingClock

BINS = ("A-01", "A-02")


def _build(db: Database) -> Database:
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        for code in BINS:
            catalog.create_bin(uow, center, code)
        catalog.create_product(uow, sku="YAK", name_zh="酥油")
        uow.commit()
    return db


@pytest.fixture
def depot(db: Database) -> Database:
    return _build(db)


@pytest.fixture
def pg_depot(pg_url: str) -> Iterator[Database]:
    db = Database(make_engine(pg_url), clock=TickingClock())
    yield _build(db)
    db.dispose()


def _on_hand(db: Database) -> int:
    with db.uow(write=False) as uow:
        return sum(uow.session.scalars(select(Balance.on_hand)))


def _cancelled_by_server(
    sqlstate: str, times: int
) -> tuple[Callable[[UnitOfWork], str], list[int]]:
    """A receipt that the server itself cancels the first `times` runs, with `sqlstate`,
    after it has written: what a deadlock victim looks like to the app."""
    calls: list[int] = []

    def receive(uow: UnitOfWork) -> str:
        calls.append(1)
        services.receive(uow, center="TSC", bin="A-01", sku="YAK", quantity=5)
        if len(calls) <= times:
            uow.session.execute(
                text(
                    f"DO $$ BEGIN RAISE EXCEPTION 'cancelled' USING ERRCODE = '{sqlstate}'; END $$"
                )
            )
        return "received"

    return receive, calls


@pytest.mark.postgres
@pytest.mark.parametrize("sqlstate", ["40P01", "40001"])  # deadlock, serialization failure
def test_a_cancelled_transaction_is_run_again_and_saved_once(
    pg_depot: Database, sqlstate: str
) -> None:
    receive, calls = _cancelled_by_server(sqlstate, times=ATTEMPTS - 1)
    assert pg_depot.run(receive) == "received"
    assert len(calls) == ATTEMPTS
    assert _on_hand(pg_depot) == 5  # the cancelled runs left nothing behind


@pytest.mark.postgres
def test_cancelled_every_time_it_is_given_up_in_a_sentence(pg_depot: Database) -> None:
    receive, calls = _cancelled_by_server("40P01", times=ATTEMPTS)
    with pytest.raises(WriteConflict) as given_up:
        pg_depot.run(receive)
    assert (given_up.value.attempts, given_up.value.reason) == (ATTEMPTS, "deadlock")
    assert len(calls) == ATTEMPTS
    assert _on_hand(pg_depot) == 0
    sentence = describe(given_up.value)
    assert "nothing was saved" in sentence and f"{ATTEMPTS} times" in sentence
    assert "Deadlock" not in sentence and "WriteConflict" not in sentence


def test_other_errors_are_not_run_again(depot: Database) -> None:
    calls: list[int] = []

    def oversell(uow: UnitOfWork) -> None:
        calls.append(1)
        services.reserve(uow, center="TSC", sku="YAK", quantity=1)

    with pytest.raises(InsufficientStock):
        depot.run(oversell)
    assert calls == [1]
    assert depot.run(
        lambda uow: services.receive(uow, center="TSC", bin="A-02", sku="YAK", quantity=3)
    ).stock
    assert _on_hand(depot) == 3


# -- a real deadlock between two processes ---------------------------------------------


def _opposite_moves(db: Database, clerk: int) -> object:
    """Clerk 0 takes A-01's row then A-02's, clerk 1 the other way round, each pausing
    between the two on its first run so both hold one: the server must cancel one."""
    runs: list[int] = []

    def cross(uow: UnitOfWork) -> None:
        runs.append(1)
        first, second = BINS if clerk == 0 else BINS[::-1]
        services.adjust(uow, center="TSC", bin=first, sku="YAK", delta=1, reason="found")
        if len(runs) == 1:
            uow.session.execute(text("SELECT pg_sleep(0.5)"))
        services.adjust(uow, center="TSC", bin=second, sku="YAK", delta=1, reason="found")

    db.run(cross)
    return len(runs)


@pytest.mark.postgres
def test_the_victim_of_a_real_deadlock_is_run_again(pg_depot: Database, pg_url: str) -> None:
    with pg_depot.uow() as uow:
        for code in BINS:  # both rows exist: the race is for their locks
            services.receive(uow, center="TSC", bin=code, sku="YAK", quantity=1)
        uow.commit()
    [runs] = race(pg_url, _opposite_moves, 2)
    assert sorted(runs) == [1, 2]  # type: ignore[type-var]
    assert _on_hand(pg_depot) == 2 + 4
