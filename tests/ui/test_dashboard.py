"""The dashboard on a depot with a history: the figures show, and a person's click on a
figure opens the list behind it with exactly the parcels counted."""

from __future__ import annotations

import pytest

from core.reports.dashboard import dashboard
from core.reports.drill import ParcelDrill, ParcelList, drill_ids
from tests.support.dashboard_world import module_database
from tests.support.person import press
from ui.context import AppContext
from ui.dashboard.dashboard_page import DashboardPage
from ui.dashboard.parcel_list import ParcelListDialog
from ui.dashboard.rows_dialog import RowsDialog
from ui.operations import Operations
from ui.settings import Settings


@pytest.fixture(scope="module", params=["sqlite"])
def history(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    db, _ = module_database(request, tmp_path_factory)
    with db.uow(write=False) as uow:
        board = dashboard(uow)
        overdue = drill_ids(uow, ParcelDrill(ParcelList.OVERDUE))
    return db, board, overdue


@pytest.fixture
def page(qtbot, history, tmp_path):  # type: ignore[no-untyped-def]
    db = history[0]
    context = AppContext.create(Operations(db), Settings(tmp_path / "settings.ini"))
    widget = DashboardPage(context)
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.board is not None and widget.lead is not None, timeout=10000)
    yield widget
    widget.close()
    context.close()


def test_a_click_on_overdue_lists_those_parcels(qtbot, page, history) -> None:  # type: ignore[no-untyped-def]
    _, board, overdue = history
    assert page.overdue.number.text() == str(board.overdue) != "0"
    press(qtbot, page.overdue)  # held about 100 ms, the event loop running
    qtbot.waitUntil(
        lambda: any(isinstance(w, ParcelListDialog) for w in page.children()), timeout=5000
    )
    dialog = next(w for w in page.children() if isinstance(w, ParcelListDialog))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == board.overdue, timeout=5000)
    assert dialog.model.ids() == overdue
    assert dialog.count.text() == f"{board.overdue} parcels"
    dialog.close()


def test_a_click_on_a_township_lists_its_waiting_parcels(qtbot, page, history) -> None:  # type: ignore[no-untyped-def]
    _, board, _ = history
    first = board.waiting[0]
    view = page.waiting_table
    where = view.visualRect(page.waiting_model.index(0, 1)).center()
    press(qtbot, view.viewport(), where)
    qtbot.waitUntil(
        lambda: any(isinstance(w, ParcelListDialog) for w in page.children()), timeout=5000
    )
    dialog = next(w for w in page.children() if isinstance(w, ParcelListDialog))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == first.waiting, timeout=5000)
    dialog.close()


def test_a_click_on_lots_expiring_lists_the_lots(qtbot, page, history) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, page.expiring)
    qtbot.waitUntil(lambda: any(isinstance(w, RowsDialog) for w in page.children()), timeout=5000)
    dialog = next(w for w in page.children() if isinstance(w, RowsDialog))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == history[1].expiring_lots == 3, timeout=5000)
    dialog.close()


def test_the_chart_follows_the_group_chosen(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    names = [page.group.itemText(n) for n in range(page.group.count())]
    assert names[:3] == ["Every parcel", "By post", "Township runs"]
    page.group.setCurrentIndex(1)
    # The post office reports no delivery: paid → delivered has no point for postal parcels,
    median = page.chart.chart().series()[0]
    assert median.name() == "median" and median.count() == 0
    page.measure.setCurrentIndex(1)  # paid → dispatched has
    assert page.chart.chart().series()[0].count() > 0
