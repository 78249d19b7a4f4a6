"""Receiving a product with a shelf life: the expiry is proposed from it, and the page
says it is a proposal; the date typed over it is the one kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.inventory import documents
from core.masterdata import bins, centers, products
from core.uow import Database
from tests.support.catalog_files import ean
from tests.support.fixed_clock import TODAY
from tests.support.inventory_ui import scan
from tests.support.person import press, show_active
from ui.context import AppContext
from ui.inventory.receiving_page import ReceivingPage
from ui.operations import Operations
from ui.settings import Settings
from ui.stock.receive_dialog import ReceiveDialog

BUTTER = ean(42)


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    sqlite_db.run(lambda uow: centers.add_center(uow, code="TSC", name_zh="措勤"))
    sqlite_db.run(lambda uow: bins.add_bins(uow, "TSC", ["B-01"]))
    sqlite_db.run(
        lambda uow: products.add_product(
            uow, sku="FOD-BTR", name_zh="酥油", barcode=BUTTER, shelf_life_days=180, center="TSC"
        )
    )
    settings = Settings(tmp_path / "settings.ini")
    settings.home_center = "TSC"
    app_context = AppContext.create(Operations(sqlite_db), settings)
    yield app_context
    app_context.close()


@pytest.fixture
def page(qtbot, context: AppContext) -> ReceivingPage:  # type: ignore[no-untyped-def]
    widget = ReceivingPage(context)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    return widget


def test_the_shelf_life_proposes_the_expiry_and_says_so(qtbot, page, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    proposed = TODAY + timedelta(days=180)
    scan(qtbot, page, "B:TSC:B-01")
    scan(qtbot, page, BUTTER)
    assert page.expiry.text() == proposed.isoformat()
    assert "proposed from its shelf life of 180 days" in page.message.text()
    assert page.lot.hasFocus()
    qtbot.keyClicks(page.lot, "L1")
    qtbot.keyClick(page.lot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.lines.rows) == 1, timeout=10_000)
    assert page.lines.rows[0].expiry in (proposed, proposed.isoformat())
    with sqlite_db.uow(write=False) as uow:
        question = documents.expiry_question(uow, None, BUTTER, "")
    assert (question.proposed, question.shelf_life_days) == (proposed, 180)


def test_the_receive_dialog_proposes_it_too_and_says_so(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    dialog = ReceiveDialog(context)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    press(qtbot, dialog.product)
    qtbot.keyClicks(dialog.product, "FOD-BTR")
    qtbot.waitUntil(lambda: "proposed from the shelf life" in dialog.product_info.text())
    assert dialog.expiry.text() == (TODAY + timedelta(days=180)).isoformat()
