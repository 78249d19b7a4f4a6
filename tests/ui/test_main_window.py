"""The main window, its area registry, the status bar, error sentences, the screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from core import errors as e
from core.clock import CLOCK_VARIABLE
from ui.areas import AREAS, Area
from ui.context import describe_url
from ui.error_messages import describe
from ui.main_window import MainWindow
from ui.stock.stock_page import StockPage

ROOT = Path(__file__).resolve().parents[2]


def test_window_shows_the_registered_areas_and_the_database(qtbot, context, stock_db):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [area.title_fn() for area in AREAS] and "Stock" in titles
    assert isinstance(window.current_page(), StockPage)
    assert "Stock" in window.windowTitle() and "Changtang Depot" in window.windowTitle()
    path = make_url(str(stock_db.engine.url)).database
    assert path in window.database_label.text()


def test_the_first_window_fits_the_screen_with_its_title_bar(qtbot, context):
    from ui.main_window import FRAME_ALLOWANCE

    window = MainWindow(context)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    # The window manager adds a title bar and borders outside the window: without room for
    # them the status bar falls off the bottom of a 768-pixel screen.
    assert window.height() + FRAME_ALLOWANCE.height() <= available.height()
    assert window.width() <= max(
        available.width() - FRAME_ALLOWANCE.width(), window.minimumSizeHint().width()
    )


def test_an_area_is_one_line_in_the_registry(qtbot, context):
    built: list[str] = []

    def factory(ctx):  # type: ignore[no-untyped-def]
        built.append("probe")
        return QLabel("probe")

    areas = [*AREAS, Area("probe", lambda: "Probe", "stock.svg", factory)]
    window = MainWindow(context, areas)
    qtbot.addWidget(window)
    assert built == []  # pages are built when first shown
    window.navigation.setCurrentRow(len(AREAS))
    assert built == ["probe"] and window.current_page().text() == "probe"
    assert context.settings.last_area == "probe"
    assert window.windowTitle().startswith("Probe")


def test_the_app_start_builds_the_first_page_after_the_window(qtbot, context):
    built: list[str] = []

    def factory(ctx):  # type: ignore[no-untyped-def]
        built.append("first")
        return QLabel("first")

    window = MainWindow(
        context, [Area("first", lambda: "First", "stock.svg", factory)], page_later=True
    )
    qtbot.addWidget(window)
    window.show()
    assert built == [] and window.current_page() is None
    assert window.windowTitle().startswith("First")
    window.open_current_area()
    assert built == ["first"] and window.current_page().text() == "first"


def test_database_label_never_shows_a_password():
    url = make_url("postgresql+psycopg://clerk:s3cret@10.0.0.5:5432/depot")
    assert describe_url(url) == "PostgreSQL: 10.0.0.5:5432/depot"
    assert describe_url(make_url("sqlite:////data/depot.db")) == "SQLite: /data/depot.db"


@pytest.mark.parametrize(
    "error, words",
    [
        (e.InsufficientStock("CSH-1", "TSC", 5, 2), ["CSH-1", "TSC", "5", "2"]),
        (e.UnknownProduct("X-9"), ["X-9"]),
        (e.UnknownCenter("ZZZ"), ["ZZZ"]),
        (e.UnknownBin("TSC", "Q-9"), ["TSC", "Q-9"]),
        (e.UnknownLot("CSH-1", "L7"), ["CSH-1", "L7"]),
        (e.UnknownReservation("r-1"), ["r-1"]),
        (e.LotExpired("CRM", "L1", date(2024, 5, 1)), ["CRM", "L1", "2024-05-01"]),
        (e.InvalidQuantity("quantity", "1.5"), ["Quantity", "1.5"]),
        (e.InvalidValue("expiry", None, "required"), ["Expiry date", "required"]),
        (e.InvalidValue("expiry", "31/12", "date"), ["Expiry date", "31/12", "YYYY-MM-DD"]),
        (e.ReservationClosed("r-2", "picked"), ["r-2", "picked"]),
        (e.SameBin("A-01"), ["A-01"]),
        (e.DuplicateValue("sku", "CSH-1"), ["SKU", "CSH-1"]),
    ],
)
def test_every_core_error_has_its_own_sentence(error, words):
    message = describe(error)
    assert all(word in message for word in words), message
    assert type(error).__name__ not in message  # not the generic fallback


def test_screenshot_writes_a_png_of_the_window(tmp_path, sqlite_url):
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", sqlite_url, "--screenshot", str(shot)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            CLOCK_VARIABLE: os.environ[CLOCK_VARIABLE],
        },
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert shot.stat().st_size > 10_000 and image.width() >= 1000 and image.height() >= 600
