"""Receiving: a draft reopened says who it is from, and its entry stays readable at 1024 pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.inventory import documents
from tests.support.inventory_depot import SCARF_EAN
from tests.support.inventory_ui import click, settle
from tests.support.person import choose, hover, press, result_shown, show_active, type_slowly
from ui.fonts import apply_app_font
from ui.inventory.receiving_page import ReceivingPage
from ui.main_window import MainWindow
from ui.widgets.eliding_combo import ELLIPSIS

HERDERS = "措勤县牧民合作社"
CRAFTS = "达雄乡手工艺合作社 ལག་ཤེས་མཉམ་ལས་ཁང་ Dakshung handicraft cooperative"


def _draft(db, supplier: str) -> str:  # type: ignore[no-untyped-def]
    """A draft at TSC with one scarf on it, as a clerk left it."""
    with db.uow() as uow:
        saved = documents.create_receipt(uow, center="TSC", supplier=supplier)
        documents.add_receipt_line(uow, saved.document_id, code=SCARF_EAN, quantity=1, bin="A-01")
        uow.commit()
    return saved.number


def _supplier_of(db, number: str) -> str:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return next(
            r.supplier for r in documents.draft_receipts(uow.session, "TSC") if r.number == number
        )


@pytest.fixture
def page(qtbot, context):  # type: ignore[no-untyped-def]
    def make() -> ReceivingPage:
        widget = ReceivingPage(context)
        qtbot.addWidget(widget)
        widget.resize(1100, 700)
        show_active(qtbot, widget)
        widget.center.setCurrentIndex(widget.center.findData("TSC"))
        return widget

    return make


def test_a_reopened_draft_shows_its_supplier(qtbot, context, page, sqlite_db):
    older = _draft(sqlite_db, HERDERS)
    newer = _draft(sqlite_db, CRAFTS)
    receiving = page()
    assert receiving.receipt_number == newer and receiving.supplier.text() == CRAFTS
    choose(qtbot, receiving.drafts, f"{older}  {HERDERS}")
    assert receiving.receipt_number == older and receiving.supplier.text() == HERDERS
    assert len(receiving.lines.rows) == 1


def test_a_supplier_typed_into_an_open_draft_is_saved(qtbot, context, page, sqlite_db):
    number = _draft(sqlite_db, "")
    receiving = page()
    assert receiving.receipt_number == number and receiving.supplier.text() == ""
    press(qtbot, receiving.supplier)
    type_slowly(qtbot, HERDERS, end=Qt.Key.Key_Return)
    settle(qtbot, receiving)
    assert _supplier_of(sqlite_db, number) == HERDERS
    assert receiving.drafts.currentText() == f"{number}  {HERDERS}"
    assert page().supplier.text() == HERDERS  # and a window opened later shows it


def test_a_new_receipt_starts_from_no_one_and_the_old_draft_keeps_its_supplier(
    qtbot, context, page, sqlite_db
):
    old = _draft(sqlite_db, HERDERS)
    receiving = page()
    assert receiving.supplier.text() == HERDERS
    click(qtbot, receiving, receiving.new_button)
    qtbot.waitUntil(lambda: receiving.receipt_number not in ("", old))
    assert receiving.supplier.text() == "" and _supplier_of(sqlite_db, old) == HERDERS
    press(qtbot, receiving.supplier)
    type_slowly(qtbot, "Tsochen", end=Qt.Key.Key_Return)
    settle(qtbot, receiving)
    assert _supplier_of(sqlite_db, receiving.receipt_number) == "Tsochen"
    assert _supplier_of(sqlite_db, old) == HERDERS


@pytest.fixture
def app_font(qapp):  # type: ignore[no-untyped-def]
    """The bundled fonts at the app's size, as a clerk sees them; the default back after."""
    before = qapp.font()
    yield apply_app_font(qapp, 11)
    qapp.setFont(before)


def test_at_1024_pixels_a_draft_keeps_its_number_and_elides_its_supplier(
    qtbot, context, app_font, sqlite_db
):
    number = _draft(sqlite_db, CRAFTS)
    context.settings.home_center = "TSC"
    window = MainWindow(context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    area = next(i for i, a in enumerate(window.areas) if a.key == "receiving")
    item = window.navigation.item(area)
    press(qtbot, window.navigation.viewport(), window.navigation.visualItemRect(item).center())
    receiving = window.current_page()
    assert isinstance(receiving, ReceivingPage)
    window.resize(1024, 768)
    # The window may not be wider than the screen: the combo gives way, not the window.
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=2000)
    QApplication.processEvents()
    combo = receiving.drafts
    entry = f"{number}  {CRAFTS}"
    assert combo.currentText() == entry and hover(qtbot, combo) == entry
    shown = combo.shown_text()
    assert shown.startswith(f"{number}  ") and shown.endswith(ELLIPSIS), shown
    assert combo.fontMetrics().horizontalAdvance(shown) <= combo.label_width()
    assert len(shown) > len(number) + 4  # some of the supplier too, not the number alone
    # Its whole name is in the From line.
    field = receiving.supplier
    assert field.text() == CRAFTS
    assert field.fontMetrics().horizontalAdvance(CRAFTS) < field.width()
    assert receiving.geometry().right() < window.width()


def _question(qtbot, receiving):  # type: ignore[no-untyped-def]
    """The confirmation Cancel draft… opens (a window-modal box, not a blocking call)."""
    press(qtbot, receiving.cancel_draft_button)
    qtbot.waitUntil(
        lambda: (
            receiving.findChild(QMessageBox, "cancel_draft_question") is not None
            and receiving.findChild(QMessageBox, "cancel_draft_question").isVisible()
        )
    )
    return receiving.findChild(QMessageBox, "cancel_draft_question")


def _drafts(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return [r.number for r in documents.draft_receipts(uow.session, "TSC")]


def test_cancel_draft_asks_first_and_keep_it_keeps_it(qtbot, context, page, sqlite_db):
    number = _draft(sqlite_db, HERDERS)
    receiving = page()
    question = _question(qtbot, receiving)
    assert number in question.text() and "1 line" in question.text()
    press(qtbot, question.button(QMessageBox.StandardButton.No))
    qtbot.waitUntil(lambda: not question.isVisible())
    qtbot.wait(120)
    assert _drafts(sqlite_db) == [number] and receiving.receipt_number == number


def test_cancel_draft_confirmed_cancels_it_and_opens_the_next(qtbot, context, page, sqlite_db):
    older = _draft(sqlite_db, HERDERS)
    newer = _draft(sqlite_db, CRAFTS)
    receiving = page()
    assert receiving.receipt_number == newer
    question = _question(qtbot, receiving)
    with qtbot.waitSignal(context.ops.operation_finished, timeout=5000) as finished:
        press(qtbot, question.button(QMessageBox.StandardButton.Yes))
    assert finished.args[0].error is None
    assert _drafts(sqlite_db) == [older]
    assert receiving.receipt_number == older and receiving.supplier.text() == HERDERS
    assert receiving.drafts.count() == 1 and result_shown(receiving.message) == "ok"
