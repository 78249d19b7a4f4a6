"""The stock card names every move's document as a person reads it, never by its id."""

from __future__ import annotations

import re

from sqlalchemy import select

from core.document_names import DocumentRef
from core.inventory import counts, documents, queries, services, transfers
from core.inventory.models import Product
from tests.support.inventory_depot import SCARF_EAN
from ui.stock.card_model import card_document, document_label

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def _do(db, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        result = fn(uow, *args, **kwargs)
        uow.commit()
    return result


def _card(db, sku: str, center: str | None = None) -> list[queries.CardLine]:  # type: ignore[no-untyped-def]
    with db.uow(write=False) as uow:
        return queries.stock_card(uow.session, sku, center)


def test_every_kind_of_reference_reads_as_its_document(depot):
    db = depot
    receipt = _do(db, documents.create_receipt, center="TSC", supplier="措勤县牧民合作社")
    _do(db, documents.add_receipt_line, receipt.number, code=SCARF_EAN, quantity=2, bin="A-01")
    _do(db, documents.post_receipt, receipt.number)
    transfer = _do(
        db, transfers.create_transfer, from_center="TSC", to_center="GER", lines=[("CSH-001", 3)]
    )
    _do(db, transfers.pick, transfer.number, code=SCARF_EAN, bin="A-01", quantity=3)
    _do(db, transfers.dispatch, transfer.number)
    count = _do(db, counts.start_count, center="TSC", bin="A-01")
    _do(db, counts.count_scan, count.number, bin="A-01", code=SCARF_EAN, quantity=18)
    _do(db, counts.close_counting, count.number)
    _do(db, counts.approve_count, count.number)
    _do(db, services.adjust, center="TSC", bin="A-01", sku="CSH-001", delta=-1, reason="damaged")

    card = _card(db, "CSH-001", "TSC")
    refs = [(line.kind, line.reference) for line in card]
    assert refs == [
        ("receipt", DocumentRef("receipt")),  # the depot's stock: received without a document
        ("receipt", DocumentRef("receipt", receipt.number, "措勤县牧民合作社")),
        ("transfer", DocumentRef("transfer", transfer.number, "TSC → GER")),
        ("count", DocumentRef("count", count.number)),
        ("adjustment", DocumentRef("")),
    ]
    assert [line.document for line in card] == [
        "receipt",
        f"receipt {receipt.number}",
        f"transfer {transfer.number}",
        f"count {count.number}",
        "",
    ]
    # On screen the Move column says "Receipt": the Document column names which one.
    assert [card_document(line) for line in card] == [
        "",
        f"{receipt.number} from 措勤县牧民合作社",
        f"{transfer.number} TSC → GER",
        count.number,
        "",
    ]
    assert document_label(card[1].reference) == f"Receipt {receipt.number} from 措勤县牧民合作社"


def test_demo_stock_cards_name_receipts_and_orders_not_ids(sqlite_demo_db):
    sqlite_db = sqlite_demo_db
    with sqlite_db.uow(write=False) as uow:
        skus = list(uow.session.scalars(select(Product.sku).order_by(Product.sku)))
    shown: dict[str, set[str]] = {}
    for sku in skus:
        for line in _card(sqlite_db, sku):
            cell = card_document(line)
            assert not UUID.search(cell) and not UUID.search(line.document), (sku, line)
            shown.setdefault(line.kind, set()).add(cell)
    receipts = shown["receipt"]
    assert receipts and all(
        re.fullmatch(r"RC-[0-9A-F]{10} from \S+（示例）", cell) for cell in receipts
    ), sorted(receipts)[:3]
    assert any(re.fullmatch(r"Order \d{17,19}", cell) for cell in shown["pick"]), shown["pick"]
    # A put-away and an adjustment have no document of their own: nothing, not an id.
    assert shown["putaway"] <= {"", "Re-slot"} and shown["adjustment"] == {""}
