"""What a write changed, so the UI refreshes only that (cf. Anki's OpChanges)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


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
        return Changes(
            stock=self.stock or other.stock,
            catalog=self.catalog or other.catalog,
            centers=self.centers | other.centers,
            products=self.products | other.products,
            move_ids=self.move_ids + other.move_ids,
            reservation_ids=self.reservation_ids + other.reservation_ids,
            runs=self.runs | other.runs,
            parcels=self.parcels | other.parcels,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.stock or self.catalog or self.move_ids or self.reservation_ids
            or self.runs or self.parcels
        )
