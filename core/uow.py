"""The unit of work: one per user action, owner of the only session.

    with uow:
        changes = inventory.receive(uow, ...)
        uow.commit()

Leaving the block without commit rolls back, so an exception half-way leaves
nothing written.
"""

from __future__ import annotations

import getpass
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from core.clock import Clock, utc_now
from core.storage.engine import writer
from core.text_limits import column_limit, fit_name


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

    def __init__(self, engine: Engine, clock: Clock = utc_now) -> None:
        self.engine = engine
        self.clock = clock
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(writer(engine), expire_on_commit=False)

    def uow(self, actor: str | None = None, *, write: bool = True) -> UnitOfWork:
        """A fresh unit of work. Pass `write=False` for read-only work (no write lock)."""
        factory = self._write if write else self._read
        return UnitOfWork(factory, actor_name(actor or _os_user()), self.clock)

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
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
