"""What every area of the app is built with: the database, the operation helper,
the change bus, the settings and which database is open. Passed to each area's factory."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL

from core.uow import Database
from ui.operations import ChangeBus, Operations
from ui.settings import Settings


@dataclass
class AppContext:
    db: Database
    bus: ChangeBus
    ops: Operations
    settings: Settings
    database_label: str = ""
    """Which database is open, for the status bar; never shows a password."""

    @classmethod
    def create(cls, db: Database, settings: Settings) -> AppContext:
        bus = ChangeBus()
        # Worded here, once, so that pages need not reach the database to say which it is.
        return cls(db=db, bus=bus, ops=Operations(db, bus), settings=settings,
                   database_label=describe_url(db.engine.url))

    def close(self) -> None:
        self.ops.shutdown()


def describe_url(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database or ':memory:'}"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL: {host}{port}/{url.database or ''}"
