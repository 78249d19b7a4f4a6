"""Open the database the app runs on: resolve the URL, create or upgrade the schema,
and run the idempotent upkeep every start needs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from core.clock import Clock
from core.storage.engine import make_engine, read_only_reason, resolve_url
from core.storage.errors import DatabaseMissing
from core.storage.migrate import upgrade
from core.uow import Database, UnitOfWork

log = logging.getLogger(__name__)


def startup_jobs() -> list[Callable[[UnitOfWork], object]]:
    """Idempotent upkeep run in one transaction each time a database is opened.

    An area that needs its shipped reference data present adds its job here.
    """
    from core.places.gazetteer import load_gazetteer

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
    url: str | None = None,
    *,
    clock: Clock | None = None,
    migrate: bool = True,
    create: bool = True,
) -> Database:
    """The app's database at `url` (or DEPOT_DB, or the default SQLite file), schema at head.

    Args:
        clock: what "now" is; by default the process's (`core.clock.process_clock`).
        create: a SQLite file that does not exist yet is created (the desktop app's first
            start, `demo`); with False it is `DatabaseMissing` and nothing is made.
    """
    resolved = resolve_url(url)
    engine = make_engine(resolved)
    try:
        if not create:
            _require_file(engine.url.database if engine.dialect.name == "sqlite" else None)
        if migrate:
            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine, clock)
    if migrate and not read_only_reason(engine):
        run_startup_jobs(db)
    return db


def _require_file(database: str | None) -> None:
    if database and not Path(database).exists():
        raise DatabaseMissing(database)
