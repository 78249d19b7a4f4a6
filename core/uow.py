"""The unit of work: one per user action, owner of the only session.

    with uow:
        changes = inventory.receive(uow, ...)
        uow.commit()

Leaving the block without commit rolls back, so an exception half-way leaves
nothing written.

A user action that writes runs through `Database.run`, which is the unit of work
plus what a shared server needs: PostgreSQL may cancel a transaction to break a
deadlock or a serialization conflict, and the same action run again a moment
later then succeeds. `run` does that a bounded number of times, then raises
`WriteConflict`.

    changes = db.run(lambda uow: inventory.receive(uow, ...))
"""

from __future__ import annotations

import getpass
import logging
import random
import time
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from core.clock import Clock, process_clock
from core.errors import WriteConflict
from core.inventory import stock_summary
from core.storage.engine import writer
from core.text_limits import column_limit, fit_name

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 4  # a transaction cancelled 4 times in a row is not bad luck: say so
# PostgreSQL's SQLSTATEs for "cancelled to let another transaction through; run it again".
_RETRYABLE = {"40P01": "deadlock", "40001": "serialization"}


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def actor_name(login: str) -> str:
    """The name written as `actor` on every row: the login name, shortened to fit.

    A login name longer than the actor columns (a domain account, 65 characters or
    more) is not the clerk's input to correct, and refusing it would stop every write
    for that clerk. Cutting it plainly could merge two long accounts into one name in
    the ledger, so the kept start is followed by `~` and a short hash of the whole name:
    the same account always gets the same actor, two accounts never share one.
    """
    from core.inventory.models import Move  # the ledger's actor column sets the length

    return fit_name(login, column_limit(Move.actor))


class Database:
    """Engine plus session factories; built once at start and shared."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock = clock or process_clock()
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)

    def uow(self, actor: str | None = None, *, write: bool = True) -> UnitOfWork:
        """A fresh unit of work. Pass `write=False` for read-only work (no write lock)."""
        factory = self._write if write else self._read
        return UnitOfWork(factory, actor_name(actor or _os_user()), self.clock)

    def run(
        self,
        fn: Callable[[UnitOfWork], T],
        actor: str | None = None,
        *,
        write: bool = True,
        attempts: int = ATTEMPTS,
    ) -> T:
        """`fn(uow)` in a fresh unit of work, committed (when `write`), and its result.

        Run again, from the start and in a new transaction, when the server cancelled
        it to break a deadlock or a serialization conflict: `fn` must read what it
        needs through `uow`, as every use case does. After `attempts` cancellations
        in a row, `WriteConflict`. Any other error goes to the caller at once.
        """
        attempt = 1
        while True:
            try:
                with self.uow(actor, write=write) as uow:
                    result = fn(uow)
                    if write:
                        uow.commit()
                return result
            except DBAPIError as error:
                reason = _RETRYABLE.get(getattr(error.orig, "sqlstate", None) or "")
                if reason is None:
                    raise
                if attempt >= attempts:
                    raise WriteConflict(attempt, reason) from error
                log.warning(
                    "transaction cancelled (%s), attempt %d of %d: running it again",
                    reason,
                    attempt,
                    attempts,
                )
                # The other transaction usually needs a few milliseconds more; a random
                # wait keeps the same two from colliding again in step.
                time.sleep(random.uniform(0.01, 0.05) * attempt)
                attempt += 1

    def dispose(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session], actor: str, clock: Clock) -> None:
        self._factory = factory
        self.actor = actor
        self.clock = clock
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("unit of work used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        """Settle the stock summary rows this transaction touched, then COMMIT.

        Settled here, last, and not as each balance changes: the summary rows are
        locked in key order so two clerks never deadlock on them (the "why at commit"
        of `core.inventory.stock_summary`).
        """
        stock_summary.settle(self.session)
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
