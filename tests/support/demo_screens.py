"""The demo depot on a clerk's screen, for the screen-size tests: a demo database made
once per module on a fixed clock, and the main window resized to a screen's size."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from core.demo import load_demo
from core.runs.planning import plan_runs
from core.storage.engine import make_engine
from core.uow import Database
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.settings import Settings

# 06:07 on Thursday 3 December 2026 in Tsochen: the day's cutoffs have passed.
NOW = datetime(2026, 12, 2, 22, 7, tzinfo=UTC)
PLANNED_DAY = date(2026, 12, 4)
SIZES = [(1366, 768), (1024, 768)]


def demo_database(folder: Path, template: Path) -> Database:
    """The demo depot, its runs of PLANNED_DAY planned, in a new SQLite file in `folder`."""
    path = folder / "demo.db"
    shutil.copy(template, path)
    db = Database(make_engine(f"sqlite:///{path}"), clock=lambda: NOW)
    load_demo(db)
    with db.uow() as uow:
        plan_runs(uow, PLANNED_DAY)
        uow.commit()
    return db


def main_window(qtbot, url: str, folder: Path, home_center: str = "") -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on the database at `url`, its settings in `folder`; for a fixture."""
    db = Database(make_engine(url), clock=lambda: NOW)
    settings = Settings(folder / "settings.ini")
    if home_center:
        settings.home_center = home_center  # every area starts there
    context = AppContext.create(Operations(db), settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    context.close()
    db.dispose()


def show_area(qtbot, window: MainWindow, area: str, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """Open `area` in `window` resized to `size`; returns its page once the layouts settled."""
    keys = [a.key for a in window.areas]
    window.navigation.setCurrentRow(keys.index(area))
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2000)
    qtbot.wait(50)  # layouts settle
    return window.current_page()
