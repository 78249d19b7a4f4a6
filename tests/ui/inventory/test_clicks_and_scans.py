"""Receiving, transfers, cycle count and adjust as a clerk works them: every enabled button
pressed with a person's click (press, ~100 ms, release), scans as key bursts sent to
whatever widget has the focus, quantities typed key by key. Each action is checked in
the database, not in a signal."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from core.inventory import counts, documents
from core.inventory.models import Move, MoveKind
from core.inventory.transfer_views import list_transfers, transfer_view
from core.inventory.workflow_models import Receipt, StockCount
from core.printing.printlog import PrintRecord
from core.uow import Database
from tests.support.inventory_depot import CREAM_EAN, FRESH, SCARF_EAN, on_hand
from tests.support.inventory_ui import settle
from tests.support.person import choose, focused, press, scan, show_active, type_slowly
from tests.support.writes import wrote
from ui.inventory.adjust_page import AdjustPage
from ui.inventory.count_page import CountPage
from ui.inventory.receiving_page import ReceivingPage
from ui.inventory.transfers_page import TransfersPage
from ui.printing.preview import PrintPreviewDialog


def _open(qtbot, page):  # type: ignore[no-untyped-def]
    """The page as the clerk finds it: on screen, at TSC, the scan field in use."""
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    settle(qtbot, page)  # what the center shows is read off the GUI thread
    page.scan.setFocus()
    qtbot.waitUntil(page.scan.hasFocus)
    return page


def _press(qtbot, page, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    """A person's click that must start a core call, its end, and what the page reads
    again after it."""
    assert button.isEnabled(), button.text()
    wrote(qtbot, page.context.ops, lambda: press(qtbot, button))
    settle(qtbot, page)


def _scan(qtbot, page, code: str) -> None:  # type: ignore[no-untyped-def]
    """A burst into whatever has the focus; waits until the page acted on it, then for the
    core call it started, if any."""
    with qtbot.waitSignal(page.scan_handled, timeout=5000):
        scan(qtbot, code)
    settle(qtbot, page)


def _type_into(qtbot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into a box, select what is there and type over it, key by key."""
    press(qtbot, box)
    box.selectAll()
    type_slowly(qtbot, text)


def _row(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    press(qtbot, table.viewport(), rect.center())


def _read(db: Database, fn):  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return fn(uow.session)


# -- receiving -------------------------------------------------------------------------------
def test_receiving_every_button_by_click_and_scans_wherever_the_focus_is(qtbot, context, sqlite_db):
    page = _open(qtbot, ReceivingPage(context))
    assert _read(sqlite_db, lambda s: documents.draft_receipts(s, "TSC")) == []

    _press(qtbot, page, page.new_button)
    drafts = _read(sqlite_db, lambda s: [r.number for r in documents.draft_receipts(s, "TSC")])
    assert drafts == [page.receipt_number]

    choose(qtbot, page.bin, "A-02")
    _scan(qtbot, page, CREAM_EAN)  # into the combo just used: needs lot and expiry
    assert page.pending_sku == "SNC-CRM" and page.lot.hasFocus()
    type_slowly(qtbot, "2411A")
    press(qtbot, page.expiry)
    type_slowly(qtbot, FRESH.isoformat())
    _type_into(qtbot, page.quantity, "3")
    assert (page.lot.text(), page.expiry.text(), page.quantity.value()) == (
        "2411A",
        FRESH.isoformat(),
        3,
    )  # typed text went to the boxes, not to a scan
    _press(qtbot, page, page.add_button)

    def lines(session):  # type: ignore[no-untyped-def]
        return [
            (x.sku, x.lot, x.quantity, x.bin)
            for x in documents.receipt_lines(session, page.receipt_id)
        ]

    assert _read(sqlite_db, lines) == [("SNC-CRM", "2411A", 3, "A-02")]

    _scan(qtbot, page, SCARF_EAN)  # the focus is on Add line: saved at once
    assert focused() is page.add_button
    assert _read(sqlite_db, lines) == [("SNC-CRM", "2411A", 3, "A-02"), ("CSH-001", "", 1, "A-02")]
    _row(qtbot, page.table, 1)
    _press(qtbot, page, page.remove_button)
    assert _read(sqlite_db, lines) == [("SNC-CRM", "2411A", 3, "A-02")]

    _press(qtbot, page, page.post_button)
    status = _read(
        sqlite_db, lambda s: s.scalar(select(Receipt.status).where(Receipt.number == drafts[0]))
    )
    assert status == "posted" and on_hand(sqlite_db, "TSC", "SNC-CRM", "2411A") == 3
    page.labels_dialog.reject()


# -- transfers -------------------------------------------------------------------------------
def test_transfers_every_button_by_click(qtbot, context, tmp_path, sqlite_db):
    page = _open(qtbot, TransfersPage(context))

    def status(number):  # type: ignore[no-untyped-def]
        return _read(
            sqlite_db,
            lambda s: next(t.status for t in list_transfers(s, center="TSC") if t.number == number),
        )

    choose(qtbot, page.target, page.target.itemText(page.target.findData("GER")))
    _press(qtbot, page, page.create_button)
    number = page.view.number
    assert status(number) == "open"

    press(qtbot, page.request_sku)
    type_slowly(qtbot, "CSH-001")
    _type_into(qtbot, page.quantity, "2")
    _press(qtbot, page, page.request_button)
    view = _read(sqlite_db, lambda s: transfer_view(s, number))
    assert [(x.sku, x.requested) for x in view.lines] == [("CSH-001", 2)]

    for code in ("B:TSC:A-01", SCARF_EAN, SCARF_EAN):  # the focus is on Add line
        _scan(qtbot, page, code)
    assert [
        (x.sku, x.picked) for x in _read(sqlite_db, lambda s: transfer_view(s, number)).lines
    ] == [("CSH-001", 2)]

    _press(qtbot, page, page.print_button)
    printed = _read(
        sqlite_db,
        lambda s: s.scalars(
            select(PrintRecord.subject).where(PrintRecord.kind == "transfer_document")
        ).all(),
    )
    assert printed == [number]
    for dialog in page.findChildren(PrintPreviewDialog):
        dialog.reject()
    show_active(qtbot, page)

    _press(qtbot, page, page.dispatch_button)
    assert status(number) == "dispatched" and on_hand(sqlite_db, "TSC", "CSH-001") == 18

    _press(qtbot, page, page.create_button)
    second = page.view.number
    _press(qtbot, page, page.cancel_button)
    assert status(second) == "cancelled"

    choose(qtbot, page.center, page.center.itemText(page.center.findData("GER")))
    settle(qtbot, page)  # GER's transfers are read off the GUI thread
    row = next(n for n, t in enumerate(page.list_model.rows) if t.number == number)
    _row(qtbot, page.list_view, row)
    qtbot.waitUntil(page.receive_button.isEnabled)  # the transfer clicked is read
    for code in ("B:GER:R-01", SCARF_EAN, SCARF_EAN):  # the focus is on the list's row
        _scan(qtbot, page, code)
    _press(qtbot, page, page.receive_button)
    assert status(number) == "received" and on_hand(sqlite_db, "GER", "CSH-001") == 2


# -- cycle count -----------------------------------------------------------------------------
def test_count_every_button_by_click_and_a_scan_after_start_arrives(qtbot, context, sqlite_db):
    page = _open(qtbot, CountPage(context))

    def count_status(number):  # type: ignore[no-untyped-def]
        return _read(
            sqlite_db,
            lambda s: s.scalar(select(StockCount.status).where(StockCount.number == number)),
        )

    choose(qtbot, page.scope_bin, "A-01")
    _press(qtbot, page, page.start_button)
    number = page.open_counts.currentText()
    assert count_status(number) == "counting"
    _scan(qtbot, page, "B:TSC:A-01")  # the focus is on Start count: this used to be lost
    assert page.current_bin == "A-01"
    _type_into(qtbot, page.quantity, "19")
    _scan(qtbot, page, SCARF_EAN)  # into the quantity box just typed in
    assert page.quantity.value() == 19
    counted = _read(
        sqlite_db, lambda s: [(x.sku, x.counted) for x in counts.counted_lines(s, page.count_id)]
    )
    assert counted == [("CSH-001", 19)]

    _press(qtbot, page, page.close_button)
    assert count_status(number) == "review"
    _press(qtbot, page, page.approve_button)
    assert count_status(number) == "approved" and on_hand(sqlite_db, "TSC", "CSH-001") == 19

    _press(qtbot, page, page.start_button)
    second = page.open_counts.currentText()
    _press(qtbot, page, page.cancel_button)
    assert second != number and count_status(second) == "cancelled"


# -- adjust ----------------------------------------------------------------------------------
def test_adjust_by_scans_into_any_field_and_a_click_on_post(qtbot, context, sqlite_db):
    page = _open(qtbot, AdjustPage(context))
    choose(qtbot, page.reason, page.reason.itemText(page.reason.findData("damaged")))
    _scan(qtbot, page, "B:TSC:B-01")  # into the reason combo
    press(qtbot, page.note)
    type_slowly(qtbot, "wet box")
    _scan(qtbot, page, "INC-001")  # into the note being typed: goes to the page, not the note
    assert (page.bin.currentText(), page.product.text(), page.note.text()) == (
        "B-01",
        "INC-001",
        "wet box",
    )
    _type_into(qtbot, page.change, "-3")
    assert page.change.value() == -3
    _press(qtbot, page, page.post_button)
    assert on_hand(sqlite_db, "TSC", "INC-001") == 27
    moves = _read(
        sqlite_db,
        lambda s: s.execute(
            select(Move.quantity, Move.reason, Move.note).where(Move.kind == MoveKind.ADJUSTMENT)
        ).all(),
    )
    assert [tuple(m) for m in moves] == [(3, "damaged", "wet box")]
