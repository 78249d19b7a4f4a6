"""What every area of the app is built with: the database, the operation helper,
the change bus and the settings. Passed to each area's factory."""

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

    @classmethod
    def create(cls, db: Database, settings: Settings) -> AppContext:
        bus = ChangeBus()
        return cls(db=db, bus=bus, ops=Operations(db, bus), settings=settings)

    def database_label(self) -> str:
        """Which database is open, for the status bar; never shows a password."""
        return describe_url(self.db.engine.url)

    def close(self) -> None:
        self.ops.shutdown()


def describe_url(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database or ':memory:'}"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL: {host}{port}/{url.database or ''}"
