"""On a 1366x768 and a 1024x768 screen the figures a clerk needs are in view, and no toolbar
button is cut off: the main window is resized to each size and the columns' rectangles are
checked against the table's viewport (demo data, a fixed clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QTableView,
    QWidget,
)

from core.demo import load_demo
from core.shipping.planning import plan_runs
from core.storage.engine import make_engine
from core.uow import Database
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings

# 06:07 on Thursday 3 December 2026 in Tsochen: the day's cutoffs have passed.
NOW = datetime(2026, 12, 2, 22, 7, tzinfo=UTC)
PLANNED_DAY = date(2026, 12, 4)
SIZES = [(1366, 768), (1024, 768)]


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> str:
    """One demo database for the module (loading it takes a second or two); read only."""
    import shutil

    path = tmp_path_factory.mktemp("screens") / "demo.db"
    shutil.copy(sqlite_template, path)
    db = Database(make_engine(f"sqlite:///{path}"), clock=lambda: NOW)
    load_demo(db)
    with db.uow() as uow:
        plan_runs(uow, PLANNED_DAY)
        uow.commit()
    db.dispose()
    return f"sqlite:///{path}"


@pytest.fixture
def window(qtbot, demo_url: str, tmp_path: Path) -> Iterator[MainWindow]:
    db = Database(make_engine(demo_url), clock=lambda: NOW)
    context = AppContext.create(db, Settings(tmp_path / "settings.ini"))
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    context.close()
    db.dispose()


def _show_at(qtbot, window: MainWindow, area: str, size: tuple[int, int]) -> QWidget:
    keys = [a.key for a in window.areas]
    window.navigation.setCurrentRow(keys.index(area))
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=2000)
    qtbot.wait(50)  # layouts settle
    return window.current_page()


def _window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _clipped(widget: QWidget) -> bool:
    """Whether any part of `widget` lies outside one of its ancestors (so it is not drawn)."""
    rect = _window_rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        if not _window_rect(parent).contains(rect):
            return True
        parent = parent.parentWidget()
    return False


def assert_columns_in_view(table: QTableView, keys: list[str], key_of) -> None:  # noqa: ANN001
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    assert table.horizontalScrollBar().value() == 0
    for column in range(header.count()):
        key = key_of(column)
        if key not in keys:
            continue
        left = header.sectionViewportPosition(column)
        width = header.sectionSize(column)
        assert not header.isSectionHidden(column), key
        assert left >= 0 and left + width <= viewport, (key, left, width, viewport)
        # Whole, not elided: as wide as what it shows.
        assert width >= table.sizeHintForColumn(column), (key, width)


def assert_toolbar_whole(page: QWidget) -> None:
    controls = [w for w in page.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisible()
                and not isinstance(w.parentWidget(), QTableView | QComboBox)]
    assert controls
    for control in controls:
        name = control.objectName() or getattr(control, "text", lambda: "")()
        assert not _clipped(control), name
        if isinstance(control, QAbstractButton):
            assert control.width() >= control.sizeHint().width(), name
        if isinstance(control, QLineEdit) and control.placeholderText():
            text = control.fontMetrics().horizontalAdvance(control.placeholderText())
            assert control.width() >= text + 8, control.placeholderText()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_stock_shows_lot_expiry_and_figures(qtbot, window, size):
    from ui.stock.stock_model import COLUMNS

    page = _show_at(qtbot, window, "stock", size)
    assert page.model.rowCount() > 10
    assert_columns_in_view(page.table, ["lot", "expiry", "on_hand", "available"],
                           lambda c: COLUMNS[c][0])
    assert_toolbar_whole(page)
    # All centers: the center column comes back, and the figures still fit.
    page.center_combo.setCurrentIndex(page.center_combo.findData(""))
    qtbot.wait(20)
    assert not page.table.isColumnHidden(0)
    assert_columns_in_view(page.table, ["center", "lot", "expiry", "on_hand", "available"],
                           lambda c: COLUMNS[c][0])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_parcels_show_route_status_and_weight(qtbot, window, size):
    from ui.orders.parcels_model import COLUMNS

    orders = _show_at(qtbot, window, "orders", size)
    tab = orders.parcels
    assert tab.isVisible() and tab.model.rowCount() > 5
    assert_columns_in_view(tab.table, ["route", "status", "weight_g"], lambda c: COLUMNS[c][0])
    assert_toolbar_whole(tab)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_runs_show_departure_load_and_status(qtbot, window, size):
    page = _show_at(qtbot, window, "runs", size)
    page.day.setDate(QDate(PLANNED_DAY.year, PLANNED_DAY.month, PLANNED_DAY.day))
    qtbot.wait(50)
    assert page.runs.rowCount() >= 3 and page.parcels.rowCount() >= 1
    columns = page.runs.COLUMNS
    assert_columns_in_view(page.runs_table, ["depart", "parcels", "kg", "status"],
                           lambda c: columns[c])
    assert_toolbar_whole(page)
    assert not _clipped(page.print_button)
    assert page.print_button.width() >= page.print_button.sizeHint().width()
