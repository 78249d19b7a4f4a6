"""Another desk writing to the same SQLite file: it holds the write lock, so the app's next
write waits (as on a slow server) until the other desk lets go."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def writing_elsewhere(sqlite_url: str) -> Iterator[None]:
    """Hold the database's write lock from another connection for the `with` block."""
    other = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()
