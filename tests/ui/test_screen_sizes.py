"""On a 1366x768 and a 1024x768 screen the figures a clerk needs are in view and whole,
and no toolbar button is cut off: the main window is resized to each size, the columns'
rectangles are checked against the table's viewport, and every row's text in them against
its column (demo data, a fixed clock)."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QStyle,
    QTableView,
    QWidget,
)

from core.runs import loading
from tests.support.demo_screens import PLANNED_DAY, SIZES, demo_database, main_window, show_area
from tests.support.vehicle import runs_shown, show_day
from ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """One demo database for the module (loading it takes a second or two)."""
    db = demo_database(tmp_path_factory.mktemp("screens"), sqlite_template)
    path = Path(str(db.engine.url.database))
    db.dispose()
    return path


@pytest.fixture
def window(qtbot, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)  # each test's own copy: a test may dispatch a run
    yield from main_window(qtbot, f"sqlite:///{path}", tmp_path)


def _show_at(qtbot, window: MainWindow, area: str, size: tuple[int, int]) -> QWidget:
    return show_area(qtbot, window, area, size)


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
    assert_text_whole(table, keys, key_of)


def assert_text_whole(table: QTableView, keys: list[str], key_of) -> None:  # noqa: ANN001
    """Every row's text in the `keys` columns is drawn whole, not cut with "…": no wider
    than the part of its column inside the viewport, less the style's text margins."""
    model = table.model()
    while model.canFetchMore(QModelIndex()):  # all rows: the longest values of the demo
        model.fetchMore(QModelIndex())
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    style = table.style()
    margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    assert model.rowCount() > 0
    for column in range(header.count()):
        key = key_of(column)
        if key not in keys:
            continue
        left = header.sectionViewportPosition(column)
        shown = min(left + header.sectionSize(column), viewport) - max(left, 0)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else table.fontMetrics()
            needs = metrics.horizontalAdvance(text) + margins
            assert needs <= shown, (key, text, needs, shown)


def assert_toolbar_whole(page: QWidget) -> None:
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLineEdit)
        and w.isVisible()
        and not isinstance(w.parentWidget(), QTableView | QComboBox)
    ]
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
    assert_columns_in_view(
        page.table, ["lot", "expiry", "on_hand", "available"], lambda c: COLUMNS[c][0]
    )
    assert_toolbar_whole(page)
    # All centers: the center column comes back, and the figures still fit.
    with qtbot.waitSignal(page.rows_shown):  # read in the background
        page.center_combo.setCurrentIndex(page.center_combo.findData(""))
    qtbot.wait(20)
    assert not page.table.isColumnHidden(0)
    assert_columns_in_view(
        page.table, ["center", "lot", "expiry", "on_hand", "available"], lambda c: COLUMNS[c][0]
    )


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
    from ui.runs.models import PARCEL_COLUMNS, RunsModel

    page = _show_at(qtbot, window, "runs", size)
    show_day(qtbot, page, PLANNED_DAY)  # the runs are read off the GUI thread
    qtbot.wait(50)
    assert page.runs.rowCount() >= 3 and page.parcels.rowCount() >= 1
    assert any(v.township_code is None for v in page.runs.rows)  # "Postal handover": long
    columns = RunsModel.COLUMNS
    every_run = list(columns)  # the names too: "Postal handover", the vehicles
    assert_columns_in_view(page.runs_table, every_run, lambda c: columns[c])
    assert_toolbar_whole(page)
    assert not _clipped(page.print_button)
    assert page.print_button.width() >= page.print_button.sizeHint().width()

    # A run dispatched while the clerk looks: its status and its parcels' say so whole.
    row = max(range(page.runs.rowCount()), key=lambda r: len(page.runs.rows[r].parcels))
    page.runs_table.selectRow(row)
    qtbot.waitUntil(lambda: runs_shown(page), timeout=10_000)
    run = page.runs.rows[row]
    _dispatch(qtbot, page, run.id, [p.parcel_id for s in run.stops for p in s.parcels])
    qtbot.waitUntil(lambda: page.runs.rows[page.runs.row_of(run.id)].status == "dispatched")

    def statuses() -> set[str]:
        return {
            page.parcels.index(r, PARCEL_COLUMNS.index("status")).data()
            for r in range(page.parcels.rowCount())
        }

    # The run's parcels are read again off the GUI thread: "ready" until they arrive.
    qtbot.waitUntil(lambda: statuses() == {"on run"}, timeout=10_000)
    qtbot.wait(50)  # layouts settle
    assert page.current_run().id == run.id and page.parcels.rowCount() >= 1
    assert_columns_in_view(page.runs_table, every_run, lambda c: columns[c])
    assert_columns_in_view(
        page.parcels_table, ["kg", "status", "loaded", "reason"], lambda c: PARCEL_COLUMNS[c]
    )
    # What gives way is whole in its tooltip.
    stop = page.parcels.index(0, PARCEL_COLUMNS.index("stop"))
    assert stop.data(Qt.ItemDataRole.ToolTipRole) == stop.data()


def _dispatch(qtbot, page, run_id: uuid.UUID, parcel_ids: list[uuid.UUID]) -> None:  # type: ignore[no-untyped-def]
    """Every parcel scanned onto the vehicle, then Dispatch, through the app's own writes."""

    def load_and_go(uow):  # type: ignore[no-untyped-def]
        for parcel_id in parcel_ids:
            loading.scan_onto(uow, run_id, str(parcel_id))
        return loading.dispatch(uow, run_id)

    operation = page._run(load_and_go, "dispatch")
    qtbot.waitUntil(lambda: operation.done, timeout=10_000)
    assert operation.error is None, operation.error


def test_runs_panes_follow_the_window_between_the_two_screens(qtbot, window):
    """Side by side at 1366 pixels, the runs on top at 1024, and back, whatever the order."""
    from ui.runs.models import PARCEL_COLUMNS, RunsModel

    page = _show_at(qtbot, window, "runs", SIZES[0])
    show_day(qtbot, page, PLANNED_DAY)
    columns = RunsModel.COLUMNS
    for size, side_by_side in ((SIZES[0], True), (SIZES[1], False), (SIZES[0], True)):
        _show_at(qtbot, window, "runs", size)
        assert (page.split.orientation() == Qt.Orientation.Horizontal) == side_by_side, size
        assert_columns_in_view(page.runs_table, list(columns), lambda c: columns[c])
        assert_columns_in_view(
            page.parcels_table, ["kg", "status", "loaded"], lambda c: PARCEL_COLUMNS[c]
        )
