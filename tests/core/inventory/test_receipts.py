"""Receipts: saved line by line, posted once, in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.errors import InvalidQuantity, InvalidValue, LotExpired, UnknownBin
from core.inventory import documents, queries, services
from core.inventory.models import Move
from core.inventory.workflow_errors import (
    DocumentClosed,
    EmptyDocument,
    UnknownDocument,
    UnknownScan,
)
from core.validation import MAX_QUANTITY
from tests.support.inventory_depot import EXPIRED, FRESH, SCARF_EAN, build_depot, on_hand


def _draft(db):  # type: ignore[no-untyped-def]
    build_depot(db)
    with db.uow() as uow:
        saved = documents.create_receipt(uow, center="TSC", supplier="措勤县合作社")
        uow.commit()
    return saved


def _add(db, receipt, **line):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        saved = documents.add_receipt_line(uow, receipt, **line)
        uow.commit()
    return saved


def test_lines_are_saved_as_scanned_and_posted_once(db):
    receipt = _draft(db)
    _add(db, receipt.number, code=SCARF_EAN, quantity=4, bin="B:TSC:A-01")
    _add(db, receipt.document_id, code="L:SNC-CRM:2411A", quantity="6", bin="A-02", expiry=FRESH)
    _add(db, receipt.number, code="SNC-CRM", quantity=2, bin="A-02", lot="2411A")  # expiry reused
    with db.uow(write=False) as uow:
        lines = documents.receipt_lines(uow.session, receipt.document_id)
        moves = uow.session.scalar(select(func.count()).select_from(Move))
    assert [(x.sku, x.lot, x.quantity, x.bin) for x in lines] == [
        ("CSH-001", "", 4, "A-01"),
        ("SNC-CRM", "2411A", 6, "A-02"),
        ("SNC-CRM", "2411A", 2, "A-02"),
    ]
    assert lines[2].expiry == FRESH
    assert moves == 0  # a draft touches no stock

    with db.uow() as uow:
        posted = documents.post_receipt(uow, receipt.number)
        uow.commit()
    assert len(posted.changes.move_ids) == 3
    assert on_hand(db, "TSC", "SNC-CRM", "2411A") == 8
    with db.uow(write=False) as uow:
        card = queries.stock_card(uow.session, "CSH-001")
    assert card[-1].document == f"receipt {receipt.number}"
    assert card[-1].note == "措勤县合作社"

    with db.uow() as uow, pytest.raises(DocumentClosed) as error:
        documents.post_receipt(uow, receipt.number)
    assert error.value.status == "posted"
    with db.uow() as uow, pytest.raises(DocumentClosed):
        documents.add_receipt_line(uow, receipt.number, code=SCARF_EAN, quantity=1, bin="A-01")
    assert on_hand(db, "TSC", "CSH-001") == 4  # not received twice


def test_scanning_unit_by_unit_adds_to_its_line(db):
    """The screen scans unit by unit: the same product, lot and bin add to one line."""
    receipt = _draft(db)
    for _ in range(3):
        _add(db, receipt.number, code=SCARF_EAN, quantity=1, bin="A-01", add_to_line=True)
    _add(db, receipt.number, code=SCARF_EAN, quantity=2, bin="A-02", add_to_line=True)
    _add(
        db,
        receipt.number,
        code="L:SNC-CRM:2411A",
        quantity=1,
        bin="A-02",
        expiry=FRESH,
        add_to_line=True,
    )
    _add(db, receipt.number, code="L:SNC-CRM:2411A", quantity=4, bin="A-02", add_to_line=True)
    _add(
        db,
        receipt.number,
        code="L:SNC-CRM:2411B",
        quantity=1,
        bin="A-02",
        expiry=FRESH,
        add_to_line=True,
    )
    _add(db, receipt.number, code=SCARF_EAN, quantity=1, bin="A-01")  # typed: its own line
    with db.uow(write=False) as uow:
        lines = documents.receipt_lines(uow.session, receipt.document_id)
    assert [(x.sku, x.lot, x.bin, x.quantity) for x in lines] == [
        ("CSH-001", "", "A-01", 3),
        ("CSH-001", "", "A-02", 2),
        ("SNC-CRM", "2411A", "A-02", 5),
        ("SNC-CRM", "2411B", "A-02", 1),
        ("CSH-001", "", "A-01", 1),
    ]


def test_a_line_never_grows_past_the_largest_quantity(db):
    receipt = _draft(db)
    line = _add(db, receipt.number, code=SCARF_EAN, quantity=MAX_QUANTITY - 1, bin="A-01")
    with db.uow() as uow, pytest.raises(InvalidQuantity) as error:
        documents.add_receipt_line(
            uow, receipt.number, code=SCARF_EAN, quantity=2, bin="A-01", add_to_line=True
        )
    assert error.value.value == MAX_QUANTITY + 1
    with db.uow(write=False) as uow:
        lines = documents.receipt_lines(uow.session, receipt.document_id)
    assert [(x.id, x.quantity) for x in lines] == [(line.line_id, MAX_QUANTITY - 1)]


BAD_LINES = [
    ({"code": "nothing-like-it", "quantity": 1, "bin": "A-01"}, UnknownScan),
    ({"code": "L:GONE:1", "quantity": 1, "bin": "A-01"}, UnknownScan),
    ({"code": SCARF_EAN, "quantity": 1, "bin": "Z-99"}, UnknownBin),
    ({"code": SCARF_EAN, "quantity": "1.5", "bin": "A-01"}, InvalidQuantity),
    ({"code": SCARF_EAN, "quantity": SCARF_EAN, "bin": "A-01"}, InvalidQuantity),
    ({"code": "SNC-CRM", "quantity": 1, "bin": "A-02", "lot": "X"}, InvalidValue),  # no expiry
    ({"code": "SNC-CRM", "quantity": 1, "bin": "A-02", "lot": "X", "expiry": EXPIRED}, LotExpired),
]


def test_bad_lines_are_refused_at_the_scan(db):
    """One database for all cases: a fresh one per case costs a second on PostgreSQL."""
    receipt = _draft(db)
    for line, error in BAD_LINES:
        with db.uow() as uow, pytest.raises(error):
            documents.add_receipt_line(uow, receipt.number, **line)
    with db.uow(write=False) as uow:
        assert documents.receipt_lines(uow.session, receipt.document_id) == []


def test_a_lot_keeps_its_first_expiry(db):
    receipt = _draft(db)
    _add(db, receipt.number, code="SNC-CRM", quantity=1, bin="A-02", lot="K", expiry=FRESH)
    with db.uow() as uow, pytest.raises(InvalidValue) as error:
        documents.add_receipt_line(
            uow,
            receipt.number,
            code="SNC-CRM",
            quantity=1,
            bin="A-02",
            lot="K",
            expiry="2099-01-01",
        )
    assert error.value.reason == "lot_expiry_mismatch"


def test_empty_unknown_and_cancelled_receipts(db):
    receipt = _draft(db)
    with db.uow() as uow, pytest.raises(EmptyDocument):
        documents.post_receipt(uow, receipt.number)
    line = _add(db, receipt.number, code=SCARF_EAN, quantity=1, bin="A-01")
    with db.uow() as uow:
        documents.remove_receipt_line(uow, line.line_id)
        documents.cancel_receipt(uow, receipt.number)
        uow.commit()
    with db.uow() as uow, pytest.raises(DocumentClosed):
        documents.post_receipt(uow, receipt.number)
    with db.uow(write=False) as uow:
        assert documents.draft_receipts(uow.session, "TSC") == []
    with db.uow() as uow, pytest.raises(UnknownDocument):
        documents.post_receipt(uow, "RC-NOSUCH")


def test_posting_is_all_or_nothing(db):
    """A line that became invalid after it was saved (its bin's lot expired meanwhile) aborts
    the whole post: the receipt stays a draft and no line is received."""
    from sqlalchemy import update

    from core.inventory.models import Lot

    receipt = _draft(db)
    _add(db, receipt.number, code=SCARF_EAN, quantity=3, bin="A-01")
    _add(db, receipt.number, code="SNC-CRM", quantity=1, bin="A-02", lot="OLD", expiry=FRESH)
    with db.uow() as uow:  # the lot arrives by another way, then its date passes
        services.receive(
            uow, center="TSC", bin="B-01", sku="SNC-CRM", quantity=1, lot="OLD", expiry=FRESH
        )
        uow.session.execute(update(Lot).where(Lot.code == "OLD").values(expiry=EXPIRED))
        uow.commit()
    with db.uow() as uow, pytest.raises((LotExpired, InvalidValue)):
        documents.post_receipt(uow, receipt.number)
    assert on_hand(db, "TSC", "CSH-001") == 0
    with db.uow(write=False) as uow:
        assert [r.number for r in documents.draft_receipts(uow.session)] == [receipt.number]


def test_two_clerks_posting_at_once_receive_once(db):
    """Two threads post the same draft at the same moment: exactly one posts, the other is
    told it is posted (PostgreSQL row lock / SQLite BEGIN IMMEDIATE + the conditional UPDATE)."""
    import threading

    receipt = _draft(db)
    _add(db, receipt.number, code=SCARF_EAN, quantity=5, bin="A-01")
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def clerk() -> None:
        start.wait()
        try:
            with db.uow() as uow:
                documents.post_receipt(uow, receipt.number)
                uow.commit()
            outcomes.append("posted")
        except DocumentClosed:
            outcomes.append("closed")

    threads = [threading.Thread(target=clerk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["closed", "posted"]
    assert on_hand(db, "TSC", "CSH-001") == 5
