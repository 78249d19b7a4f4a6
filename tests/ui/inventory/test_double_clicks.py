"""A double click, or a second click while the server is slow, starts a write once: the
button is greyed until its write ends (and keeps the keyboard focus), and Add line twice
adds one line. The write is held up by another desk holding the database's write lock."""

from __future__ import annotations

from core.inventory import documents
from core.inventory.transfer_views import list_transfers
from tests.support.inventory_depot import CREAM_EAN, FRESH
from tests.support.other_desk import writing_elsewhere
from tests.support.person import choose, press, scan, show_active, type_slowly
from ui.inventory.receiving_page import ReceivingPage
from ui.inventory.transfers_page import TransfersPage


def _open(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.center.setCurrentIndex(page.center.findData("TSC"))
    page.scan.setFocus()
    return page


def _writes_ended(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    """Every write started so far has ended: writes run one after another on one thread,
    so an empty one submitted now ends after them; a second one ends after the writes
    their callbacks started (the lines that waited for a new draft)."""
    for _round in range(2):
        barrier = context.ops.run(lambda _uow: None, write=False)
        qtbot.waitUntil(lambda barrier=barrier: barrier.done, timeout=10_000)


def _twice(qtbot, context, sqlite_url, button) -> None:  # type: ignore[no-untyped-def]
    """Two clicks of a person on `button` while another desk holds the write lock; returns
    once every write they started has ended."""
    with writing_elsewhere(sqlite_url):
        press(qtbot, button)
        assert not button.isEnabled(), "the write it started is on its way"
        press(qtbot, button)
    _writes_ended(qtbot, context)
    assert button.isEnabled()


def test_new_receipt_clicked_twice_opens_one_draft(qtbot, context, sqlite_db, sqlite_url) -> None:  # type: ignore[no-untyped-def]
    page = _open(qtbot, ReceivingPage(context))
    _twice(qtbot, context, sqlite_url, page.new_button)
    with sqlite_db.uow(write=False) as uow:
        assert len(documents.draft_choices(uow, "TSC")) == 1
    assert page.new_button.hasFocus()  # the clerk's next Space or Enter goes where it went


def test_add_line_clicked_twice_adds_the_line_once(qtbot, context, sqlite_db, sqlite_url) -> None:  # type: ignore[no-untyped-def]
    page = _open(qtbot, ReceivingPage(context))
    scan(qtbot, CREAM_EAN)  # tracks expiry: the page waits for lot and expiry
    qtbot.waitUntil(lambda: page.pending_sku == "SNC-CRM")
    for box, text in ((page.lot, "L-TWICE"), (page.expiry, FRESH.isoformat())):
        press(qtbot, box)
        type_slowly(qtbot, text)
    with writing_elsewhere(sqlite_url):
        press(qtbot, page.add_button)
        press(qtbot, page.add_button)
    _writes_ended(qtbot, context)
    with sqlite_db.uow(write=False) as uow:
        (draft,) = documents.draft_choices(uow, "TSC")
        lines = documents.receipt_lines(uow.session, draft.receipt_id)
    assert [(x.lot, x.quantity) for x in lines] == [("L-TWICE", 1)]


def test_new_transfer_clicked_twice_creates_one(qtbot, context, sqlite_db, sqlite_url) -> None:  # type: ignore[no-untyped-def]
    page = _open(qtbot, TransfersPage(context))
    qtbot.waitUntil(lambda: page.target.findData("GER") >= 0)  # read off the GUI thread
    choose(qtbot, page.target, page.target.itemText(page.target.findData("GER")))
    _twice(qtbot, context, sqlite_url, page.create_button)
    with sqlite_db.uow(write=False) as uow:
        assert len(list_transfers(uow.session, center="TSC")) == 1
