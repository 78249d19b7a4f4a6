"""Fixtures for the UI tests: a real SQLite file with trilingual stock, and the app context."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from core.uow import Database
from tests.support.stock_depot import fill_stock
from ui.context import AppContext
from ui.fonts import apply_app_font
from ui.operations import Operations
from ui.settings import Settings


@pytest.fixture(autouse=True, scope="session")
def _app_font(qapp):  # type: ignore[no-untyped-def]
    """The bundled fonts, as the app loads them, so row heights are measured for real."""
    apply_app_font(qapp, 11)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """As the app does (ui/gui_garbage.py): no automatic collection during a test, where
    it would run on a writer thread and free earlier tests' widgets there (a crash); the
    GUI thread collects between tests."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def stock_db(sqlite_db: Database) -> Database:
    """Two centers with bins, four products named in three languages, five balances."""
    return fill_stock(sqlite_db)


@pytest.fixture
def context(stock_db: Database, tmp_path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    app_context = AppContext.create(Operations(stock_db), Settings(tmp_path / "settings.ini"))
    yield app_context
    app_context.close()
