"""From an empty HOME to a working center through the screens, with real clicks and
typing: the wizard opens by itself on a database without a center, creates the center,
a rack of bins and a product; then a receipt is scanned and posted and a product label
printed, its barcode read back from the PDF. `demo` never runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from core.database import open_database
from core.masterdata import bins, products
from core.uow import Database
from tests.support.catalog_files import ean
from tests.support.fixed_clock import TickingClock
from tests.support.inventory_ui import scan
from tests.support.pdfs import decode, page_texts, render_pages
from tests.support.person import press, show_active, type_slowly
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.masterdata.setup_wizard import SetupWizard, Step
from ui.operations import Operations
from ui.printing.preview import PrintPreviewDialog
from ui.settings import Settings

SCARF = ean(7)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    place = tmp_path / "home"
    place.mkdir()
    monkeypatch.setenv("HOME", str(place))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "DEPOT_DB"):
        monkeypatch.delenv(name, raising=False)
    return place


@pytest.fixture
def fresh_db(home: Path) -> Iterator[Database]:
    """The app's own file, made in the empty HOME as a first start makes it."""
    database = open_database(None, clock=TickingClock())
    assert str(home) in str(database.engine.url)
    yield database
    database.dispose()


def fill(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a field and type `text` key by key (Chinese too: a key event's text)."""
    press(qtbot, edit)
    qtbot.waitUntil(edit.hasFocus)
    type_slowly(qtbot, text)


def next_page(qtbot, wizard: QWizard, step: Step) -> None:  # type: ignore[no-untyped-def]
    """Press Next like a person; wait until the wizard shows `step` (a step that writes
    moves on once its transaction is committed)."""
    press(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == int(step), timeout=10_000)


def test_a_new_center_starts_from_the_wizard(qtbot, fresh_db: Database, home: Path) -> None:  # type: ignore[no-untyped-def]
    context = AppContext.create(Operations(fresh_db), Settings(home / "settings.ini"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()  # the wizard opens over it as soon as the setup state is read
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(SetupWizard) is not None, timeout=10_000)
    wizard = window.findChild(SetupWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert window.next_step.isVisible() and "no center" in window.next_step.text.text()

    next_page(qtbot, wizard, Step.DATABASE)
    next_page(qtbot, wizard, Step.CENTER)
    page = wizard.center_page
    fill(qtbot, page.code, "tsc")
    fill(qtbot, page.name_zh, "措勤县物流配送中心")
    fill(qtbot, page.county, "542527")
    fill(qtbot, page.phone, "0897-123456")
    next_page(qtbot, wizard, Step.BINS)
    assert context.settings.home_center == "TSC"

    fill(qtbot, wizard.bins_page.codes, "A-01-01:B-02-02")
    next_page(qtbot, wizard, Step.PRODUCTS)
    form = wizard.products_page.product
    fill(qtbot, form.sku, "CSH-SCF-01")
    fill(qtbot, form.name_zh, "羊绒围巾")
    fill(qtbot, form.barcode, SCARF)
    fill(qtbot, form.weight, "120")
    next_page(qtbot, wizard, Step.SCHEDULES)
    next_page(qtbot, wizard, Step.PRINTERS)
    press(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    qtbot.waitUntil(lambda: not window.next_step.isVisible(), timeout=10_000)

    qtbot.waitUntil(lambda: len(window.home_center_menu.actions()) == 1)  # offered at once
    racked = fresh_db.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False)
    assert [r.code for r in racked][:3] == ["A-01-01", "A-01-02", "A-02-01"] and len(racked) == 8
    (scarf,) = fresh_db.run(products.product_rows, write=False)
    assert (scarf.sku, scarf.barcode, scarf.owner, scarf.weight_g) == (
        "CSH-SCF-01",
        SCARF,
        "TSC",
        120,
    )

    # The clerk goes to Receiving, scans a bin and the scarf three times, and posts.
    receiving = window.navigation
    row = [window.navigation.item(i).data(256) for i in range(receiving.count())].index("receiving")
    press(qtbot, receiving.viewport(), receiving.visualItemRect(receiving.item(row)).center())
    page = window.current_page()
    show_active(qtbot, window)
    qtbot.waitUntil(lambda: page.center.code == "TSC")
    scan(qtbot, page, "B:TSC:A-01-01")
    for _ in range(3):
        scan(qtbot, page, SCARF)
    qtbot.waitUntil(lambda: sum(int(r.quantity) for r in page.lines.rows) == 3, timeout=10_000)
    press(qtbot, page.post_button)
    qtbot.waitUntil(
        lambda: getattr(page, "labels_dialog", None) is not None and page.labels_dialog.isVisible(),
        timeout=10_000,
    )
    racked = fresh_db.run(lambda uow: bins.bin_rows(uow, "TSC"), write=False)
    assert racked[0].on_hand == 3

    labels = page.labels_dialog
    press(qtbot, labels.print_button)

    def preview() -> PrintPreviewDialog | None:
        shown = [d for d in page.findChildren(PrintPreviewDialog) if d.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=20_000)
    printed = preview()
    assert printed is not None
    pdf = printed.pages.data
    codes = {(kind, text) for image in render_pages(pdf) for kind, text in decode(image)}
    assert codes == {("EAN13", SCARF)}
    assert "".join(page_texts(pdf)).count("CSH-SCF-01") == 3  # a label per unit
    printed.reject()
