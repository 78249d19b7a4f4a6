from __future__ import annotations

import pytest
from inv_depot import build_depot, stock_up


@pytest.fixture
def depot(db):  # type: ignore[no-untyped-def]
    """The test depot (see inv_depot.py) on SQLite and on PostgreSQL."""
    build_depot(db)
    stock_up(db)
    return db
