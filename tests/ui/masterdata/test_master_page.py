"""The master-data page: its tables are models (qtmodeltester), and its buttons, pressed
like a person, add a rack, rename and retire bins, print labels for the bins selected,
retire and edit products, refuse another center's product in a sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from core.masterdata import bins, centers, products
from core.uow import Database
from tests.support.catalog_files import ean
from tests.support.pdfs import decode, render_pages
from tests.support.person import press, show_active, type_slowly
from ui.context import AppContext
from ui.masterdata.master_page import MasterDataPage
from ui.masterdata.products_tab import ProductDialog
from ui.operations import Operations
from ui.printing.preview import PrintPreviewDialog
from ui.settings import Settings


@pytest.fixture
def depot(sqlite_db: Database) -> Database:
    sqlite_db.run(lambda uow: centers.add_center(uow, code="TSC", name_zh="措勤"))
    sqlite_db.run(lambda uow: centers.add_center(uow, code="GGY", name_zh="革吉"))
    sqlite_db.run(lambda uow: products.add_product(uow, sku="CSH-1", name_zh="围巾", center="TSC"))
    sqlite_db.run(lambda uow: products.add_product(uow, sku="GGY-1", name_zh="酥油", center="GGY"))
    return sqlite_db


@pytest.fixture
def page(qtbot, depot: Database, tmp_path: Path) -> Iterator[MasterDataPage]:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.ini")
    settings.home_center = "TSC"
    context = AppContext.create(Operations(depot), settings)
    widget = MasterDataPage(context)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    qtbot.waitUntil(lambda: len(widget.products.model.rows) == 2, timeout=10_000)
    yield widget
    context.close()


def select(tab, *rows: int) -> None:  # type: ignore[no-untyped-def]
    model, selection = tab.table.model(), tab.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(model.index(row, 0), flags)


def pressed(qtbot, tab, button) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.written, timeout=10_000):
        press(qtbot, button)


def test_the_tables_are_sound_models(qtmodeltester, page: MasterDataPage) -> None:  # type: ignore[no-untyped-def]
    for tab in (page.products, page.bins, page.centers):
        qtmodeltester.check(tab.model, force_py=True)


def test_a_rack_is_added_renamed_retired_and_its_labels_printed(qtbot, page, depot) -> None:  # type: ignore[no-untyped-def]
    tab = page.bins
    page.setCurrentWidget(tab)
    press(qtbot, tab.codes)
    qtbot.waitUntil(tab.codes.hasFocus)
    type_slowly(qtbot, "A-01:A-04")
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        pressed(qtbot, tab, tab.add_button)
    assert [r.code for r in tab.model.rows] == ["A-01", "A-02", "A-03", "A-04"]

    select(tab, 1, 2)
    press(qtbot, tab.print_button)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in tab.findChildren(PrintPreviewDialog)), timeout=20_000
    )
    preview = next(d for d in tab.findChildren(PrintPreviewDialog) if d.isVisible())
    codes = {text for image in render_pages(preview.pages.data) for _, text in decode(image)}
    assert codes == {"B:TSC:A-02", "B:TSC:A-03"}
    preview.reject()

    select(tab, 3)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        pressed(qtbot, tab, tab.retire_button)
    assert [r.code for r in tab.model.rows] == ["A-01", "A-02", "A-03"]
    assert [r.active for r in depot.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False)][
        -1
    ] is False


def test_another_centers_product_is_refused_in_a_sentence(qtbot, page, depot) -> None:  # type: ignore[no-untyped-def]
    tab = page.products
    select(tab, 1)  # GGY-1, owned by Gegye
    pressed(qtbot, tab, tab.retire_button)
    assert "belongs to center GGY" in tab.message.text()
    assert depot.run(lambda uow: products.product_rows(uow), write=False)[1].active


def test_a_product_is_edited_through_its_dialog(qtbot, page, depot) -> None:  # type: ignore[no-untyped-def]
    tab = page.products
    select(tab, 0)

    def fill_dialog() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ProductDialog) and w.isVisible()
        )
        dialog.form.barcode.setFocus()
        for char in ean(5):
            qtbot.keyClick(dialog.form.barcode, char)
        dialog.accept()

    QTimer.singleShot(300, fill_dialog)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        pressed(qtbot, tab, tab.edit_button)
    assert tab.model.rows[0].barcode == ean(5) and not tab.model.rows[0].internal_barcode


def test_a_reorder_point_is_set_for_this_pcs_center(qtbot, page, depot) -> None:  # type: ignore[no-untyped-def]
    tab = page.products
    select(tab, 0)

    def answer() -> None:
        (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog)]
        box.setIntValue(12)
        box.accept()

    QTimer.singleShot(300, answer)
    pressed(qtbot, tab, tab.reorder_button)
    edits = depot.run(lambda uow: products.product_history(uow, "CSH-1"), write=False)
    assert (edits[-1].center, edits[-1].after) == ("TSC", {"reorder_point": 12})
