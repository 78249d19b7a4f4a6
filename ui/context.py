"""What every area of the app is built with: the operation helper, the change bus, the
settings and which database is open. Passed to each area's factory."""

from __future__ import annotations

from dataclasses import dataclass

from core.uow import Database
from ui.operations import ChangeBus, Operations, describe_url
from ui.settings import Settings

__all__ = ["AppContext", "describe_url"]


@dataclass
class AppContext:
    db: Database
    """For tests' setup only: ui/ reads and writes through `ops` (tests/ui/test_one_door.py).
    To go once the tests take their database fixture instead."""
    bus: ChangeBus
    ops: Operations
    settings: Settings
    database_label: str = ""
    """Which database is open, for the status bar; never shows a password."""

    @classmethod
    def create(cls, db: Database, settings: Settings) -> AppContext:
        bus = ChangeBus()
        ops = Operations(db, bus)
        # Worded here, once, so that pages need not reach the database to say which it is.
        return cls(db=db, bus=bus, ops=ops, settings=settings, database_label=ops.database_label)

    def close(self) -> None:
        self.ops.shutdown()
