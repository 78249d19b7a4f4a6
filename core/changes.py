"""What a write changed, so the UI refreshes only that (cf. Anki's OpChanges)."""

from __future__ import annotations

import uuid
from dataclasses import MISSING, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Changes:
    """A small frozen summary returned by every write use case."""

    stock: bool = False
    catalog: bool = False
    centers: frozenset[uuid.UUID] = field(default_factory=frozenset)
    products: frozenset[uuid.UUID] = field(default_factory=frozenset)
    move_ids: tuple[uuid.UUID, ...] = ()
    reservation_ids: tuple[uuid.UUID, ...] = ()
    runs: frozenset[uuid.UUID] = field(default_factory=frozenset)  # township runs touched
    parcels: frozenset[uuid.UUID] = field(default_factory=frozenset)  # parcels whose state moved

    def __or__(self, other: Changes) -> Changes:
        """Both changes at once, as the more derived of the two types.

        A subclass (`PlaceChanges`) adds fields of its own; merging it with a plain
        `Changes`, in either order, keeps them, so its writes are still announced.
        Flags are or-ed, sets joined, ids in order one after the other.
        """
        if isinstance(other, type(self)):
            kind = type(other)
        elif isinstance(self, type(other)):
            kind = type(self)
        else:
            raise TypeError(f"cannot merge {type(self).__name__} and {type(other).__name__}")
        merged = {
            f.name: _merge(getattr(self, f.name, MISSING), getattr(other, f.name, MISSING))
            for f in fields(kind)
            if f.init
        }
        return kind(**merged)

    @property
    def empty(self) -> bool:
        """Nothing changed: every field, a subclass's too, is at its (false) default.

        Each field names something a view may show: saving a run schedule changes only
        `centers`, approving a count without differences too; any field set is announced.
        """
        return not any(getattr(self, f.name) for f in fields(self))


def _merge(one: Any, two: Any) -> Any:
    # MISSING: the less derived side has no such field; the other side's value stands.
    if one is MISSING:
        return two
    if two is MISSING:
        return one
    if isinstance(one, bool):
        return one or two
    if isinstance(one, frozenset | tuple):
        return one | two if isinstance(one, frozenset) else one + two
    raise TypeError(f"no rule to merge a {type(one).__name__} field of Changes")
