from __future__ import annotations

import pytest

from tests.support.inventory_depot import build_depot, stock_up
from ui.context import AppContext
from ui.operations import Operations
from ui.settings import Settings


@pytest.fixture
def context(sqlite_db, tmp_path):  # type: ignore[no-untyped-def]
    """An app context on the test depot (with stock), on SQLite."""
    build_depot(sqlite_db)
    stock_up(sqlite_db)
    app_context = AppContext.create(Operations(sqlite_db), Settings(tmp_path / "settings.ini"))
    yield app_context
    app_context.close()
