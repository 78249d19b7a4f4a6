"""Open the database the app runs on: resolve the URL, create or upgrade the schema,
and run the idempotent upkeep every start needs."""

from __future__ import annotations

import logging
from collections.abc import Callable

from core.clock import Clock, utc_now
from core.storage.engine import make_engine, resolve_url
from core.storage.migrate import upgrade
from core.uow import Database, UnitOfWork

log = logging.getLogger(__name__)


def startup_jobs() -> list[Callable[[UnitOfWork], object]]:
    """Idempotent upkeep run in one transaction each time a database is opened.

    An area that needs its shipped reference data present adds its job here.
    """
    from core.shipping.gazetteer import load_gazetteer

    # Links the shipped townships to a center created by hand since the last start.
    return [load_gazetteer]


def run_startup_jobs(db: Database) -> None:
    try:
        with db.uow() as uow:
            for job in startup_jobs():
                job(uow)
            uow.commit()
    except Exception:  # noqa: BLE001  (upkeep must not keep the clerk out of the app)
        log.exception("start-up upkeep failed; continuing")


def open_database(
    url: str | None = None, *, clock: Clock = utc_now, migrate: bool = True
) -> Database:
    """The app's database at `url` (or DEPOT_DB, or the default SQLite file), schema at head."""
    engine = make_engine(resolve_url(url))
    if migrate:
        upgrade(engine)
    db = Database(engine, clock)
    if migrate:
        run_startup_jobs(db)
    return db
