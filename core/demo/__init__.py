"""Realistic demo data, loaded in one transaction and safe to load again.

Each area contributes a *part*: a function `load(uow, tally)` that creates what
is missing and counts what it created and what was already there. Records are
found again by their codes; ledger documents carry a deterministic id
(`document_id(name)`) and are skipped when a move or reservation with that id
exists. So `load_demo` twice creates nothing the second time.

    summary = load_demo(db)
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from core.uow import Database, UnitOfWork

# Fixed for ever: changing it would make every demo document look new.
DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://changtang-depot.example/demo")
DEMO_ACTOR = "demo"


def document_id(name: str) -> uuid.UUID:
    """The deterministic id of a demo document, e.g. `document_id("receipt:TSC:CSH-SCF-01:1")`."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


@dataclass
class Tally:
    """What a demo load created and what it found already there, by kind of record."""

    created: Counter[str] = field(default_factory=Counter)
    existing: Counter[str] = field(default_factory=Counter)

    def count(self, kind: str, *, created: bool) -> None:
        (self.created if created else self.existing)[kind] += 1


@dataclass(frozen=True)
class DemoSummary:
    created: dict[str, int]
    existing: dict[str, int]

    @property
    def created_anything(self) -> bool:
        return any(self.created.values())


DemoPart = Callable[[UnitOfWork, Tally], None]


def demo_parts() -> list[DemoPart]:
    """The parts, in the order they load: later parts build on earlier ones' records."""
    # Imported here so an area's demo part can import `core.demo` helpers freely.
    from core.demo import inventory, orders, places, runs

    return [inventory.load, places.load, orders.load, runs.load]


@contextmanager
def backdated(uow: UnitOfWork, when: datetime) -> Iterator[None]:
    """Make the unit of work's clock read `when`, so demo history has real dates.

    Services stamp moves with `uow.clock()` and judge expiry by it, which is
    how a lot that has expired since can have been received in the past.
    """
    real_clock = uow.clock
    uow.clock = lambda: when
    try:
        yield
    finally:
        uow.clock = real_clock


def load_demo(db: Database, parts: list[DemoPart] | None = None) -> DemoSummary:
    """Load every demo part in one transaction: all of it is written, or nothing."""
    tally = Tally()
    with db.uow(DEMO_ACTOR) as uow:
        for part in parts if parts is not None else demo_parts():
            part(uow, tally)
        uow.commit()
    return DemoSummary(dict(tally.created), dict(tally.existing))
