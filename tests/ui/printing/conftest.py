"""Fixtures for the printing screens' tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.uow import Database
from ui.operations import ChangeBus, Operations


@pytest.fixture
def ops(sqlite_db: Database) -> Iterator[Operations]:
    """The operations helper over an empty database, for dialogs opened on their own."""
    operations = Operations(sqlite_db, ChangeBus())
    yield operations
    operations.shutdown()
