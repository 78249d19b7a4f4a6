"""Open the database the app runs on: resolve the URL, create or upgrade the schema."""

from __future__ import annotations

from core.clock import Clock, utc_now
from core.storage.engine import make_engine, resolve_url
from core.storage.migrate import upgrade
from core.uow import Database


def open_database(url: str | None = None, *, clock: Clock = utc_now, migrate: bool = True) -> Database:
    """The app's database at `url` (or DEPOT_DB, or the default SQLite file), schema at head."""
    engine = make_engine(resolve_url(url))
    if migrate:
        upgrade(engine)
    return Database(engine, clock)
