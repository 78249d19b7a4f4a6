"""What every area of the app is built with: the operation helper, the change bus, the
settings and which database is open. Passed to each area's factory.

It holds no database: pages reach the core through `ops` (tests/ui/test_one_door.py), and
tests read what a page wrote through the database fixture they made.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.operations import ChangeBus, Operations, describe_url
from ui.settings import Settings

__all__ = ["AppContext", "describe_url"]


@dataclass
class AppContext:
    bus: ChangeBus
    ops: Operations
    settings: Settings
    database_label: str = ""
    """Which database is open, for the status bar; never shows a password."""

    @classmethod
    def create(cls, ops: Operations, settings: Settings) -> AppContext:
        """The context of `ops` (made by the composition root, `ui/app.py`, on the database)."""
        # Worded here, once, so that pages need not reach the database to say which it is.
        return cls(bus=ops.bus, ops=ops, settings=settings, database_label=ops.database_label)

    def close(self) -> None:
        self.ops.shutdown()
