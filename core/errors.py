"""Typed errors the core raises. They carry data, never user-facing sentences:
the UI and the command line turn each into a message in the clerk's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# A text of the input quoted in a sentence keeps this many characters at most; past that,
# its start and its length (a pasted page would otherwise fill the screen or the log).
QUOTED_MAX = 120
QUOTED_KEPT = 80


class DepotError(Exception):
    """Base of every error the core raises on purpose."""

    def __str__(self) -> str:  # a readable default for logs and the CLI
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


def shorten(text: str) -> str:
    """`text`, or its start and its length when it is longer than QUOTED_MAX."""
    if len(text) <= QUOTED_MAX:
        return text
    return f"{text[:QUOTED_KEPT]}… ({len(text):,} characters)"


def with_short_texts(error: DepotError) -> DepotError:
    """A copy of `error` whose texts are `shorten`ed: what the sentences quote of it."""
    # Not copy.copy: it rebuilds an exception from its args, which dataclass errors leave empty.
    short = type(error).__new__(type(error))
    short.__dict__.update(
        {
            name: shorten(value) if isinstance(value, str) else value
            for name, value in vars(error).items()
        }
    )
    return short


@dataclass(eq=False)
class InsufficientStock(DepotError):
    sku: str
    center: str
    requested: int
    available: int


@dataclass(eq=False)
class UnknownProduct(DepotError):
    sku: str


@dataclass(eq=False)
class UnknownCenter(DepotError):
    code: str


@dataclass(eq=False)
class UnknownBin(DepotError):
    center: str
    code: str


@dataclass(eq=False)
class UnknownLot(DepotError):
    sku: str
    lot: str


@dataclass(eq=False)
class UnknownReservation(DepotError):
    reservation_id: str


@dataclass(eq=False)
class LotExpired(DepotError):
    sku: str
    lot: str
    expiry: date


@dataclass(eq=False)
class InvalidQuantity(DepotError):
    """Zero, negative, fractional or absurd quantity."""

    field: str
    value: object


@dataclass(eq=False)
class InvalidValue(DepotError):
    """A field that is required, malformed or out of range."""

    field: str
    value: object
    reason: str


@dataclass(eq=False)
class ReservationClosed(DepotError):
    reservation_id: str
    status: str


@dataclass(eq=False)
class SameBin(DepotError):
    bin: str


@dataclass(eq=False)
class DuplicateValue(DepotError):
    field: str
    value: str


@dataclass(eq=False)
class TextTooLong(DepotError):
    """A text longer than its column holds (`limit` characters), refused on every database."""

    field: str
    limit: int
    length: int


@dataclass(eq=False)
class TextHasNul(DepotError):
    """A text with a NUL character, which PostgreSQL cannot store and nobody types."""

    field: str


@dataclass(eq=False)
class WriteConflict(DepotError):
    """Other clerks' transactions kept colliding with this one and it was given up.

    The server broke a deadlock or a serialization conflict by cancelling this
    transaction `attempts` times in a row; nothing of it was saved.
    reason: "deadlock" or "serialization".
    """

    attempts: int
    reason: str
