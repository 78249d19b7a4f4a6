"""Globally unique, time-ordered ids.

UUIDv7 sorts by creation time, so primary-key indexes stay compact, and ids
minted at different centers never collide: the door stays open to replicating
centers later without renumbering anything.
"""

from __future__ import annotations

import uuid

from uuid6 import uuid7


def new_id() -> uuid.UUID:
    """Return a new time-ordered UUID (version 7)."""
    return uuid.UUID(bytes=uuid7().bytes)
