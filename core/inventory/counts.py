"""Cycle counts: count a bin or a zone blind by scanning, review variances, approve.

Blind: while counting, nothing tells the clerk what the system expects, so the
count is not nudged towards it. Each scan adds to a saved count line at once.
Closing the count freezes it for review and copies what the bins hold at that
moment; the variance is counted minus that copy, and approval posts one `count` move
per variance (reason `found` or `lost`) in one transaction. A pick or an adjustment
between closing and approving therefore stays applied: comparing with the on-hand at
approval would count it back. A move *during* counting still shows up as a variance,
which is why counts are done when the bin is quiet.

ABC class: A products are counted every 30 days, B every 90, C every 180;
`counts_due` lists what is due at a center.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.clock import local_day
from core.errors import InvalidValue, UnknownLot
from core.ids import new_id
from core.inventory import services
from core.inventory.catalog import get_bin, get_center, get_lot, get_product, lot_for_receipt
from core.inventory.documents import Saved, advance_status, find_document, require_status
from core.inventory.models import Balance, Bin, Center, Lot, MoveKind, Product
from core.inventory.scanning import bin_code, product_and_lot
from core.inventory.workflow_errors import BinOutOfScope, LotRequired
from core.inventory.workflow_models import (
    CountExpected,
    CountLine,
    CountStatus,
    StockCount,
    document_number,
)
from core.storage.upsert import dialect_insert
from core.uow import UnitOfWork
from core.validation import parse_quantity

KIND = "count"
COUNT_EVERY_DAYS = {"A": 30, "B": 90, "C": 180}


def _find(session: Session, reference: object) -> StockCount:
    found: StockCount = find_document(session, StockCount, KIND, reference)
    return found


find_count = _find


def start_count(
    uow: UnitOfWork, *, center: str, bin: str | None = None, zone: str | None = None
) -> Saved:
    """A new count of one bin or of every bin in a zone of `center`."""
    session = uow.session
    the_center = get_center(session, center)
    bin_id = None
    if bin:
        bin_id = get_bin(session, the_center, bin_code(session, the_center.code, bin)).id
    elif not (zone or "").strip():
        raise InvalidValue("bin", bin, "required")
    count_id = new_id()
    count = StockCount(
        id=count_id,
        number=document_number("CC", count_id),
        center_id=the_center.id,
        bin_id=bin_id,
        zone=(zone or "").strip() if bin_id is None else "",
        created_at=uow.clock(),
        created_by=uow.actor,
    )
    session.add(count)
    session.flush()
    return Saved(count.id, count.number)


def scope_bins(session: Session, count: StockCount) -> list[uuid.UUID]:
    if count.bin_id is not None:
        return [count.bin_id]
    return list(
        session.scalars(
            select(Bin.id).where(Bin.center_id == count.center_id, Bin.zone == count.zone)
        )
    )


def count_scan(
    uow: UnitOfWork,
    count: object,
    *,
    bin: str,
    code: str,
    quantity: object = 1,
    lot: str | None = None,
) -> Saved:
    """Add scanned units to the count line of (bin, product, lot)."""
    session = uow.session
    doc = _find(session, count)
    require_status(KIND, doc, CountStatus.COUNTING)
    center = session.get_one(Center, doc.center_id)
    the_bin = get_bin(session, center, bin_code(session, center.code, bin))
    if the_bin.id not in scope_bins(session, doc):
        raise BinOutOfScope(doc.number, the_bin.code)
    product, lot_code = product_and_lot(session, code, lot)
    qty = parse_quantity(quantity)
    the_lot = (
        get_lot(session, product, lot_code)
        if lot_code is not None
        else _lot_in_bin(session, doc, the_bin, product)
    )
    line_id = _add(uow, doc, the_bin.id, product.id, the_lot.id, qty)
    return Saved(doc.id, doc.number, line_id)


def _lot_in_bin(session: Session, doc: StockCount, the_bin: Bin, product: Product) -> Lot:
    """The lot a bare product scan means: the only lot of it in this bin (on hand or counted)."""
    stocked = select(Balance.lot_id).where(
        Balance.bin_id == the_bin.id, Balance.product_id == product.id, Balance.on_hand > 0
    )
    counted = select(CountLine.lot_id).where(
        CountLine.count_id == doc.id,
        CountLine.bin_id == the_bin.id,
        CountLine.product_id == product.id,
    )
    lot_ids = set(session.scalars(stocked)) | set(session.scalars(counted))
    if len(lot_ids) == 1:
        return session.get_one(Lot, lot_ids.pop())
    if not lot_ids and not product.tracks_expiry:
        # Found goods never received here: the plain lot is made for them if need be.
        return lot_for_receipt(session, product, "", None)
    if not lot_ids:
        raise UnknownLot(product.sku, "")
    raise LotRequired(product.sku, the_bin.code)


def _add(
    uow: UnitOfWork,
    doc: StockCount,
    bin_id: uuid.UUID,
    product_id: uuid.UUID,
    lot_id: uuid.UUID,
    quantity: int,
    *,
    replace: bool = False,
) -> uuid.UUID:
    """Upsert a count line; two clerks scanning the same bin both add up."""
    session = uow.session
    values = {
        "id": new_id(),
        "count_id": doc.id,
        "bin_id": bin_id,
        "product_id": product_id,
        "lot_id": lot_id,
        "quantity": quantity,
        "updated_at": uow.clock(),
        "actor": uow.actor,
    }
    stmt = dialect_insert(session, CountLine).values(**values)
    added = stmt.excluded.quantity
    new_quantity = added if replace else CountLine.quantity + added
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["count_id", "bin_id", "product_id", "lot_id"],
            set_={
                "quantity": new_quantity,
                "updated_at": stmt.excluded.updated_at,
                "actor": stmt.excluded.actor,
            },
        )
    )
    found = session.scalar(
        select(CountLine.id).where(
            CountLine.count_id == doc.id,
            CountLine.bin_id == bin_id,
            CountLine.product_id == product_id,
            CountLine.lot_id == lot_id,
        )
    )
    assert found is not None
    return found


def set_counted(
    uow: UnitOfWork, count: object, *, bin: str, sku: str, lot: str, quantity: object
) -> Saved:
    """Type the counted quantity (0 allowed) instead of scanning every unit."""
    session = uow.session
    doc = _find(session, count)
    require_status(KIND, doc, CountStatus.COUNTING)
    center = session.get_one(Center, doc.center_id)
    the_bin = get_bin(session, center, bin_code(session, center.code, bin))
    if the_bin.id not in scope_bins(session, doc):
        raise BinOutOfScope(doc.number, the_bin.code)
    product = get_product(session, sku)
    the_lot = get_lot(session, product, lot)
    qty = 0 if quantity in (0, "0") else parse_quantity(quantity)
    line_id = _add(uow, doc, the_bin.id, product.id, the_lot.id, qty, replace=True)
    return Saved(doc.id, doc.number, line_id)


def close_counting(uow: UnitOfWork, count: object) -> Saved:
    """Freeze the count for review and keep what the system expected at this moment."""
    session = uow.session
    doc = _find(session, count)
    advance_status(
        session,
        StockCount,
        KIND,
        doc,
        CountStatus.COUNTING,
        CountStatus.REVIEW,
        expected_at=uow.clock(),
    )
    session.add_all(
        CountExpected(count_id=doc.id, bin_id=b, product_id=p, lot_id=lot, quantity=n)
        for (b, p, lot), n in _on_hand(session, scope_bins(session, doc)).items()
    )
    session.flush()
    return Saved(doc.id, doc.number)


def _on_hand(session: Session, bins: list[uuid.UUID]) -> dict[tuple[uuid.UUID, ...], int]:
    return {
        (b, p, lot): int(n)
        for b, p, lot, n in session.execute(
            select(Balance.bin_id, Balance.product_id, Balance.lot_id, Balance.on_hand).where(
                Balance.bin_id.in_(bins), Balance.on_hand > 0
            )
        )
    }


def _expected(
    session: Session, doc: StockCount, bins: list[uuid.UUID]
) -> dict[tuple[uuid.UUID, ...], int]:
    """What the count is compared with: the copy kept at closing, else (still counting,
    or a count closed before copies were kept) what is on hand now."""
    if doc.expected_at is None:
        return _on_hand(session, bins)
    return {
        (b, p, lot): int(n)
        for b, p, lot, n in session.execute(
            select(
                CountExpected.bin_id,
                CountExpected.product_id,
                CountExpected.lot_id,
                CountExpected.quantity,
            ).where(CountExpected.count_id == doc.id)
        )
    }


def cancel_count(uow: UnitOfWork, count: object) -> Saved:
    doc = _find(uow.session, count)
    if doc.status == CountStatus.REVIEW:
        advance_status(
            uow.session, StockCount, KIND, doc, CountStatus.REVIEW, CountStatus.CANCELLED
        )
    else:
        advance_status(
            uow.session, StockCount, KIND, doc, CountStatus.COUNTING, CountStatus.CANCELLED
        )
    return Saved(doc.id, doc.number)


@dataclass(frozen=True)
class Variance:
    bin: str
    sku: str
    name_zh: str
    lot: str
    expiry: date | None
    expected: int
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected

    def as_json(self) -> dict[str, object]:
        return {
            "bin": self.bin,
            "sku": self.sku,
            "lot": self.lot,
            "expected": self.expected,
            "counted": self.counted,
            "difference": self.difference,
        }


def variances(session: Session, count: object, *, only_differences: bool = False) -> list[Variance]:
    """Every (bin, product, lot) in scope that was expected or counted, with both numbers."""
    doc = _find(session, count)
    bins = scope_bins(session, doc)
    expected = _expected(session, doc, bins)
    counted = {
        (b, p, lot): int(n)
        for b, p, lot, n in session.execute(
            select(
                CountLine.bin_id, CountLine.product_id, CountLine.lot_id, CountLine.quantity
            ).where(CountLine.count_id == doc.id)
        )
    }
    keys = set(expected) | set(counted)
    if not keys:
        return []
    bin_codes = {
        row[0]: row[1] for row in session.execute(select(Bin.id, Bin.code).where(Bin.id.in_(bins)))
    }
    lots = {
        lot.id: lot for lot in session.scalars(select(Lot).where(Lot.id.in_({k[2] for k in keys})))
    }
    products = {
        p.id: p
        for p in session.scalars(select(Product).where(Product.id.in_({k[1] for k in keys})))
    }
    rows = [
        Variance(
            bin_codes[b],
            products[p].sku,
            products[p].name_zh,
            lots[lot].code,
            lots[lot].expiry,
            expected.get((b, p, lot), 0),
            counted.get((b, p, lot), 0),
        )
        for b, p, lot in keys
    ]
    if only_differences:
        rows = [row for row in rows if row.difference]
    return sorted(rows, key=lambda v: (v.bin, v.sku, v.lot))


def approve_count(uow: UnitOfWork, count: object) -> Saved:
    """Post one `count` adjustment per variance, all in the caller's transaction, their
    balances locked first in one id-order sweep (a count changes them bin by bin)."""
    session = uow.session
    doc = _find(session, count)
    require_status(KIND, doc, CountStatus.REVIEW)
    rows = [row for row in variances(session, doc.id) if row.difference]
    advance_status(
        session,
        StockCount,
        KIND,
        doc,
        CountStatus.REVIEW,
        CountStatus.APPROVED,
        approved_at=uow.clock(),
        approved_by=uow.actor,
    )
    center = session.get_one(Center, doc.center_id)
    services.lock_for_adjusting(
        uow, center=center.code, lines=[(row.bin, row.sku, row.lot) for row in rows]
    )
    changes = Changes(centers=frozenset({center.id}))
    for row in rows:
        changes |= services.adjust(
            uow,
            center=center.code,
            bin=row.bin,
            sku=row.sku,
            lot=row.lot,
            expiry=row.expiry,
            delta=row.difference,
            reason="found" if row.difference > 0 else "lost",
            note=doc.number,
            kind=MoveKind.COUNT,
            document_type=KIND,
            document_id=doc.id,
        )
    return Saved(doc.id, doc.number, changes=changes)


def set_abc_class(uow: UnitOfWork, sku: str, abc_class: str) -> Changes:
    if abc_class not in COUNT_EVERY_DAYS:
        raise InvalidValue("abc_class", abc_class, "unknown")
    product = get_product(uow.session, sku)
    product.abc_class = abc_class
    uow.session.flush()
    return Changes(catalog=True, products=frozenset({product.id}))


@dataclass(frozen=True)
class CountDue:
    sku: str
    name_zh: str
    abc_class: str
    last_counted: datetime | None


def counts_due(session: Session, *, center: str, today: date) -> list[CountDue]:
    """Products in stock at `center` whose last approved count is older than their class allows."""
    the_center = get_center(session, center)
    last = (
        select(CountLine.product_id, func.max(StockCount.approved_at).label("at"))
        .join(StockCount, StockCount.id == CountLine.count_id)
        .where(StockCount.center_id == the_center.id, StockCount.status == CountStatus.APPROVED)
        .group_by(CountLine.product_id)
        .subquery()
    )
    stocked = (
        select(Balance.product_id)
        .where(Balance.center_id == the_center.id, Balance.on_hand > 0)
        .distinct()
        .subquery()
    )
    rows = session.execute(
        select(Product.sku, Product.name_zh, Product.abc_class, last.c.at)
        .join(stocked, stocked.c.product_id == Product.id)
        .outerjoin(last, last.c.product_id == Product.id)
        .order_by(Product.abc_class, last.c.at.is_not(None), last.c.at, Product.sku)
    )
    due = []
    for sku, name, abc, at in rows:
        limit = today - timedelta(days=COUNT_EVERY_DAYS.get(abc, 180))
        if at is None or local_day(at) <= limit:
            due.append(CountDue(sku, name, abc, at))
    return due


@dataclass(frozen=True)
class CountedLine:
    bin: str
    sku: str
    name_zh: str
    lot: str
    counted: int


def counted_lines(session: Session, count: object) -> list[CountedLine]:
    """What has been counted so far, and nothing of what is expected (the count is blind)."""
    doc = _find(session, count)
    rows = session.execute(
        select(Bin.code, Product.sku, Product.name_zh, Lot.code, CountLine.quantity)
        .join(Bin, Bin.id == CountLine.bin_id)
        .join(Product, Product.id == CountLine.product_id)
        .join(Lot, Lot.id == CountLine.lot_id)
        .where(CountLine.count_id == doc.id)
        .order_by(Bin.code, Product.sku, Lot.code)
    )
    return [CountedLine(*row) for row in rows]


def open_counts(session: Session, center: str) -> list[StockCount]:
    """Counts still counting or waiting for review at `center`, newest first."""
    the_center = get_center(session, center)
    return list(
        session.scalars(
            select(StockCount)
            .where(
                StockCount.center_id == the_center.id,
                StockCount.status.in_([CountStatus.COUNTING, CountStatus.REVIEW]),
            )
            .order_by(StockCount.created_at.desc())
        )
    )


@dataclass(frozen=True)
class CountChoice:
    """An open count as the counts picker shows it."""

    count_id: uuid.UUID
    number: str


def open_count_choices(uow: UnitOfWork, center: str) -> list[CountChoice]:
    """The center's open counts, newest first (`open_counts`), as plain values."""
    return [CountChoice(c.id, c.number) for c in open_counts(uow.session, center)]


@dataclass(frozen=True)
class CountView:
    """One count as the count page shows it: what was counted so far and, once counting
    closed, the variances to review (empty before: the count is blind)."""

    count_id: uuid.UUID
    number: str
    status: str
    counted: tuple[CountedLine, ...]
    review: tuple[Variance, ...]


def count_view(uow: UnitOfWork, count: object) -> CountView:
    """A count by id or number, read in one unit of work."""
    session = uow.session
    doc = _find(session, count)
    review = variances(session, doc.id) if doc.status == CountStatus.REVIEW else []
    return CountView(
        doc.id, doc.number, doc.status, tuple(counted_lines(session, doc.id)), tuple(review)
    )
