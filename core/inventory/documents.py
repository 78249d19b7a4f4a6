"""Receipt documents, saved line by line as the clerk scans, posted in one transaction.

    with db.uow() as uow:                       # one short transaction per scanned line:
        add_receipt_line(uow, receipt_id, code="6901234567892", quantity=5, bin="A-01")
        uow.commit()                            # a crash after this loses nothing
    with db.uow() as uow:
        post_receipt(uow, receipt_id)           # every line through services.receive
        uow.commit()

Posting moves the status from draft to posted with a conditional UPDATE first:
a second post (a double click, two clerks, a retry after a crash whose commit
did land) finds no draft and raises `DocumentClosed`, so goods are never
received twice. Also the helpers every workflow document shares.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import InvalidQuantity, InvalidValue, LotExpired, UnknownProduct
from core.ids import new_id
from core.inventory import services
from core.inventory.catalog import (
    find_product_by_code,
    get_center,
    working_bin,
    working_center,
    working_product,
)
from core.inventory.models import Bin, Center, Lot, Product
from core.inventory.scanning import bin_code, product_and_lot
from core.inventory.workflow_errors import DocumentClosed, EmptyDocument, UnknownDocument
from core.inventory.workflow_models import Receipt, ReceiptLine, ReceiptStatus, document_number
from core.text_limits import checked_text
from core.uow import UnitOfWork
from core.validation import MAX_QUANTITY, parse_date, parse_quantity

KIND_RECEIPT = "receipt"


@dataclass(frozen=True)
class Saved:
    """What a document write did: the document, the line it touched, and the stock `Changes`."""

    document_id: uuid.UUID
    number: str
    line_id: uuid.UUID | None = None
    changes: Changes = field(default_factory=Changes)


def find_document(session: Session, model: type[Any], kind: str, reference: object) -> Any:
    """A document by id (UUID or its text) or by its number, as typed or scanned (`D:` label)."""
    text = str(reference).strip()
    if text.upper().startswith("D:"):
        text = text[2:]
    document = None
    with contextlib.suppress(ValueError):  # not an id: a number
        document = session.get(model, uuid.UUID(text))
    if document is None:
        document = session.scalar(select(model).where(model.number == text.upper()))
    if document is None:
        raise UnknownDocument(kind, text)
    return document


def advance_status(
    session: Session,
    model: type[Any],
    kind: str,
    document: Any,
    from_status: str,
    to_status: str,
    **values: object,
) -> None:
    """Move a document from `from_status` to `to_status`, or raise `DocumentClosed`.

    One conditional UPDATE: whoever comes second (another clerk, a retry) matches
    no row, on SQLite and PostgreSQL alike, without a read-then-write window.
    """
    result = session.execute(
        update(model)
        .where(model.id == document.id, model.status == from_status)
        .values(status=to_status, **values),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        current = session.scalar(select(model.status).where(model.id == document.id))
        raise DocumentClosed(kind, document.number, str(current))
    session.refresh(document)


def require_status(kind: str, document: Any, status: str) -> None:
    if document.status != status:
        raise DocumentClosed(kind, document.number, document.status)


def create_receipt(
    uow: UnitOfWork,
    *,
    center: str,
    supplier: str = "",
    note: str = "",
    receipt_id: uuid.UUID | None = None,
) -> Saved:
    """A new, empty draft receipt at `center` (`receipt_id`: the demo's fixed ids)."""
    the_center = working_center(uow.session, center)
    receipt_id = receipt_id or new_id()  # minted here: the number is made from it
    receipt = Receipt(
        id=receipt_id,
        number=document_number("RC", receipt_id),
        center_id=the_center.id,
        supplier=checked_text(supplier.strip(), Receipt.supplier),
        note=checked_text(note.strip(), Receipt.note),
        created_at=uow.clock(),
        created_by=uow.actor,
    )
    uow.session.add(receipt)
    uow.session.flush()
    return Saved(receipt.id, receipt.number)


def set_receipt_supplier(uow: UnitOfWork, receipt: object, supplier: str) -> Saved:
    """Name who a draft receipt is from (typed in after the first line was scanned)."""
    session = uow.session
    doc = find_document(session, Receipt, KIND_RECEIPT, receipt)
    # Conditional, as posting is: a receipt posted meanwhile keeps the supplier it was
    # posted with (its moves' notes carry it).
    advance_status(
        session,
        Receipt,
        KIND_RECEIPT,
        doc,
        ReceiptStatus.DRAFT,
        ReceiptStatus.DRAFT,
        supplier=checked_text(supplier.strip(), Receipt.supplier),
    )
    return Saved(doc.id, doc.number)


def add_receipt_line(
    uow: UnitOfWork,
    receipt: object,
    *,
    code: str,
    quantity: object,
    bin: str,
    lot: str | None = None,
    expiry: object = None,
    add_to_line: bool = False,
) -> Saved:
    """Save one scanned or typed line in a draft receipt.

    Everything posting would refuse is refused now, while the goods are in the
    clerk's hand: unknown product or bin, a bad quantity, a missing, expired or
    contradictory expiry date. With `add_to_line` (scanning unit by unit) the
    quantity goes onto the draft's line of the same product, lot, expiry and bin
    when there is one, instead of a new line.
    """
    session = uow.session
    doc = find_document(session, Receipt, KIND_RECEIPT, receipt)
    require_status(KIND_RECEIPT, doc, ReceiptStatus.DRAFT)
    center = session.get_one(Center, doc.center_id)
    product, lot_code = product_and_lot(session, code, lot)
    working_product(session, product)
    lot_code = (lot_code or "").strip()
    qty = parse_quantity(quantity)
    the_bin = working_bin(session, center, bin_code(session, center.code, bin))
    when = _check_expiry(uow, doc, product, lot_code, parse_date(expiry, "expiry"))
    if add_to_line:
        same = (
            ReceiptLine.receipt_id == doc.id,
            ReceiptLine.product_id == product.id,
            ReceiptLine.bin_id == the_bin.id,
            ReceiptLine.lot_code == lot_code,
            ReceiptLine.expiry.is_not_distinct_from(when),
        )
        existing = session.scalar(
            select(ReceiptLine.id)
            .where(*same)
            .order_by(ReceiptLine.created_at, ReceiptLine.id)
            .limit(1)
        )
        if existing is not None:
            _add_to(session, existing, qty)
            return Saved(doc.id, doc.number, existing)
    line = ReceiptLine(
        receipt_id=doc.id,
        created_at=uow.clock(),
        actor=uow.actor,
        product_id=product.id,
        bin_id=the_bin.id,
        lot_code=lot_code,
        expiry=when,
        quantity=qty,
    )
    session.add(line)
    session.flush()
    return Saved(doc.id, doc.number, line.id)


def _add_to(session: Session, line_id: uuid.UUID, quantity: int) -> None:
    """One conditional UPDATE, so two clerks scanning into one line both count, and a
    line never holds more than a quantity may be."""
    added = session.execute(
        update(ReceiptLine)
        .where(ReceiptLine.id == line_id, ReceiptLine.quantity <= MAX_QUANTITY - quantity)
        .values(quantity=ReceiptLine.quantity + quantity)
    )
    if added.rowcount == 0:  # type: ignore[attr-defined]
        held = session.scalar(select(ReceiptLine.quantity).where(ReceiptLine.id == line_id))
        raise InvalidQuantity("quantity", (held or 0) + quantity)


def _check_expiry(
    uow: UnitOfWork, doc: Receipt, product: Product, lot_code: str, expiry: date | None
) -> date | None:
    """The expiry this line will be received with, checked against the lot and the draft."""
    fixed = expiry_on_file(uow.session, doc.id, product.id, lot_code)
    if expiry is None:
        expiry = fixed
    elif fixed is not None and expiry != fixed:
        raise InvalidValue("expiry", expiry, "lot_expiry_mismatch")
    if product.tracks_expiry and expiry is None:
        raise InvalidValue("expiry", expiry, "required")
    if expiry is not None and expiry < services.today(uow):
        raise LotExpired(product.sku, lot_code, expiry)
    return expiry


def expiry_on_file(
    session: Session, receipt_id: uuid.UUID | None, product_id: uuid.UUID, lot_code: str
) -> date | None:
    """The expiry a lot already has: from the lot itself, or from an earlier line of this draft."""
    known = session.scalar(select(Lot).where(Lot.product_id == product_id, Lot.code == lot_code))
    if known is not None or receipt_id is None:
        return known.expiry if known is not None else None
    return session.scalar(
        select(ReceiptLine.expiry)
        .where(
            ReceiptLine.receipt_id == receipt_id,
            ReceiptLine.product_id == product_id,
            ReceiptLine.lot_code == lot_code,
        )
        .limit(1)
    )


def remove_receipt_line(uow: UnitOfWork, line_id: uuid.UUID) -> Saved:
    session = uow.session
    line = session.get(ReceiptLine, line_id)
    if line is None:
        raise UnknownDocument("receipt_line", str(line_id))
    doc = session.get_one(Receipt, line.receipt_id)
    require_status(KIND_RECEIPT, doc, ReceiptStatus.DRAFT)
    session.delete(line)
    session.flush()
    return Saved(doc.id, doc.number, line_id)


def cancel_receipt(uow: UnitOfWork, receipt: object) -> Saved:
    doc = find_document(uow.session, Receipt, KIND_RECEIPT, receipt)
    advance_status(
        uow.session, Receipt, KIND_RECEIPT, doc, ReceiptStatus.DRAFT, ReceiptStatus.CANCELLED
    )
    return Saved(doc.id, doc.number)


def post_receipt(uow: UnitOfWork, receipt: object) -> Saved:
    """Receive every line into its bin, in the caller's one transaction. Posts once only."""
    session = uow.session
    doc = find_document(session, Receipt, KIND_RECEIPT, receipt)
    require_status(KIND_RECEIPT, doc, ReceiptStatus.DRAFT)
    lines = receipt_lines(session, doc.id)
    if not lines:
        raise EmptyDocument(KIND_RECEIPT, doc.number)
    advance_status(
        session,
        Receipt,
        KIND_RECEIPT,
        doc,
        ReceiptStatus.DRAFT,
        ReceiptStatus.POSTED,
        posted_at=uow.clock(),
        posted_by=uow.actor,
    )
    center = session.get_one(Center, doc.center_id)
    services.lock_for_receiving(
        uow,
        center=center.code,
        lines=[(line.bin, line.sku, line.lot, line.expiry) for line in lines],
    )
    changes = Changes()
    for line in lines:
        changes |= services.receive(
            uow,
            center=center.code,
            bin=line.bin,
            sku=line.sku,
            quantity=line.quantity,
            lot=line.lot,
            expiry=line.expiry,
            note=doc.supplier,
            document_type=KIND_RECEIPT,
            document_id=doc.id,
        )
    return Saved(doc.id, doc.number, changes=changes)


@dataclass(frozen=True)
class ReceiptLineRow:
    id: uuid.UUID
    sku: str
    name_zh: str
    name_en: str
    lot: str
    expiry: date | None
    quantity: int
    bin: str
    actor: str

    def as_json(self) -> dict[str, object]:
        return {
            "sku": self.sku,
            "lot": self.lot,
            "quantity": self.quantity,
            "bin": self.bin,
            "expiry": self.expiry.isoformat() if self.expiry else None,
        }


def receipt_lines(session: Session, receipt_id: uuid.UUID) -> list[ReceiptLineRow]:
    """A receipt's lines in the order they were scanned (index ix_receipt_line_receipt)."""
    rows = session.execute(
        select(
            ReceiptLine.id,
            Product.sku,
            Product.name_zh,
            Product.name_en,
            ReceiptLine.lot_code,
            ReceiptLine.expiry,
            ReceiptLine.quantity,
            Bin.code,
            ReceiptLine.actor,
        )
        .join(Product, Product.id == ReceiptLine.product_id)
        .join(Bin, Bin.id == ReceiptLine.bin_id)
        .where(ReceiptLine.receipt_id == receipt_id)
        .order_by(ReceiptLine.created_at, ReceiptLine.id)
    )
    return [ReceiptLineRow(*row) for row in rows]


def draft_receipts(session: Session, center: str | None = None) -> list[Receipt]:
    """Receipts still open, newest first: a clerk reopens the one a closed window left."""
    stmt = select(Receipt).where(Receipt.status == ReceiptStatus.DRAFT)
    if center:
        stmt = stmt.where(Receipt.center_id == get_center(session, center).id)
    return list(session.scalars(stmt.order_by(Receipt.created_at.desc())))


@dataclass(frozen=True)
class DraftChoice:
    """An open receipt as the drafts picker shows it."""

    receipt_id: uuid.UUID
    number: str
    supplier: str


def draft_choices(uow: UnitOfWork, center: str) -> list[DraftChoice]:
    """The center's open receipts, newest first (`draft_receipts`), as plain values."""
    return [DraftChoice(r.id, r.number, r.supplier) for r in draft_receipts(uow.session, center)]


@dataclass(frozen=True)
class ExpiryQuestion:
    """What receiving must ask after a product scan: `ask` when its lot needs an expiry
    that is not on file yet."""

    ask: bool
    name_zh: str
    # Today at the center plus the product's shelf life, when it has one: shown as a
    # proposal for the clerk to confirm or correct, never saved unseen.
    proposed: date | None = None
    shelf_life_days: int | None = None


def expiry_question(
    uow: UnitOfWork, receipt_id: uuid.UUID | None, code: str, lot: str
) -> ExpiryQuestion:
    """Whether a scan of `code` (lot `lot`, "" for none) into this draft must ask for an
    expiry: the product tracks expiry and neither the lot nor an earlier line knows it."""
    product = find_product_by_code(uow.session, code)
    if product is None:
        raise UnknownProduct(code)
    known = expiry_on_file(uow.session, receipt_id, product.id, lot) if lot else None
    ask = product.tracks_expiry and known is None
    days = product.shelf_life_days if ask else None
    proposed = services.today(uow) + timedelta(days=days) if days else None
    return ExpiryQuestion(ask, product.name_zh, proposed, days)
