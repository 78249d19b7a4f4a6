"""Why a database cannot be opened or written. Typed, carrying data: the CLI and the UI
word them. `location` is a file path or a server URL without its password."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class DatabaseUrlInvalid(DepotError):
    """`source` ("--db" or "DEPOT_DB") names no usable database.

    reason: "empty" (an empty value), "memory" (an in-memory database keeps nothing),
    "unparsable" (not a database URL), "option" (`detail` is a query option we do not know).
    """

    source: str
    reason: str
    detail: str = ""


@dataclass(eq=False)
class DatabaseFolderMissing(DepotError):
    folder: str


@dataclass(eq=False)
class DatabaseMissing(DepotError):
    """The file does not exist and this command only reads (or the file is to be read-only)."""

    location: str


@dataclass(eq=False)
class NotADatabase(DepotError):
    """The file exists but is not a SQLite database."""

    location: str


@dataclass(eq=False)
class SystemDatabase(DepotError):
    """One of PostgreSQL's own databases (postgres, template0, template1)."""

    name: str


@dataclass(eq=False)
class ForeignDatabase(DepotError):
    """The database holds tables that are not ours; `tables` are the first few, by name."""

    location: str
    tables: tuple[str, ...]
    count: int


@dataclass(eq=False)
class UnknownSchemaVersion(DepotError):
    """The database's schema revisions are not among this version's migrations."""

    location: str
    revisions: tuple[str, ...]


@dataclass(eq=False)
class DatabaseReadOnly(DepotError):
    """The database is open read-only and `action` ("write" or "upgrade") needs to write.

    reason: "requested" (the URL asked for mode=ro or immutable) or "medium" (the file or
    its folder cannot be written: a read-only disk, share or permission).
    """

    location: str
    reason: str
    action: str = "write"
