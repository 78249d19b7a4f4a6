"""What a write to places changed, so views refresh only that.

`core.changes.Changes` has no field for places; this subclass adds them and keeps
`empty` honest, so the UI's change bus announces these writes. Parcels whose place
was set go in the inherited `parcels`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from core.changes import Changes


@dataclass(frozen=True)
class PlaceChanges(Changes):
    places: bool = False  # divisions, village points or aliases changed
    point_ids: tuple[uuid.UUID, ...] = ()

    @property
    def empty(self) -> bool:
        return super().empty and not (self.places or self.point_ids)
