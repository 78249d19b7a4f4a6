"""Read side of stock: balances per center/product/lot, and a product's stock card.

Queries are built as `select()` statements so the UI's lazy models can count
and page them with the same filter the command line uses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.visitors import InternalTraversal

from core.document_names import DocumentRef, document_ref, document_refs
from core.inventory import stock_summary
from core.inventory.catalog import get_center, get_product
from core.inventory.models import NO_EXPIRY, Bin, Center, Lot, Move, Product, StockSummary
from core.text_search import contains
from core.uow import UnitOfWork

AnySelect = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class StockFilter:
    center: str | None = None  # center code
    search: str = ""  # SKU, barcode, lot code or a name in Chinese, Tibetan or English


@dataclass(frozen=True)
class StockRow:
    center: str
    product_id: uuid.UUID
    sku: str
    name_zh: str
    name_bo: str
    name_en: str
    lot: str
    expiry: date | None
    on_hand: int
    reserved: int
    # Dispatched by another center to this one and not yet received: in no bin,
    # owned by neither center's bins, shown where it is going.
    in_transit: int = 0

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    def as_json(self) -> dict[str, object]:
        return {
            "center": self.center,
            "sku": self.sku,
            "name_zh": self.name_zh,
            "name_bo": self.name_bo,
            "name_en": self.name_en,
            "lot": self.lot,
            "expiry": self.expiry.isoformat() if self.expiry else None,
            "on_hand": self.on_hand,
            "reserved": self.reserved,
            "available": self.available,
            "in_transit": self.in_transit,
        }


class _Contains(ColumnElement[bool]):
    """`column` contains `text`, whatever the case; `%` and `_` in it are themselves.

    SQLite's LIKE already ignores ASCII case, which is all its lower() folds, so there
    it is a plain LIKE: lower() on every row was 2.4x slower over 100,000 products.
    PostgreSQL's LIKE minds case, so it folds both sides (`core.text_search`).
    """

    type = NullType()  # type: ignore[assignment]  # not coerced to "= 1" on SQLite
    inherit_cache = True
    _traverse_internals = [
        ("sensitive", InternalTraversal.dp_clauseelement),
        ("folded", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: QueryableAttribute[Any], text: str) -> None:
        self.sensitive = contains(column, text)
        self.folded = contains(column, text, fold_case=True)


@compiles(_Contains)
def _contains_folded(element: _Contains, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.folded, **kw))


@compiles(_Contains, "sqlite")
def _contains_like(element: _Contains, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.sensitive, **kw))


def search_condition(text: str) -> ColumnElement[bool]:
    """Product rows whose SKU, barcode or any of the three names contain `text`."""
    text = text.strip()
    return or_(
        _Contains(Product.sku, text),
        _Contains(Product.barcode, text),
        contains(Product.name_zh, text),
        contains(Product.name_bo, text),
        _Contains(Product.name_en, text),
    )


def lot_condition(column: QueryableAttribute[Any], text: str) -> ColumnElement[bool]:
    """Lot codes (`column`) that contain `text`, as a clerk types it off a lot label."""
    return _Contains(column, text.strip())


# The stock table's order; `ix_stock_summary_shown` holds exactly this.
_ORDER = (
    StockSummary.center_code,
    StockSummary.sku,
    StockSummary.expiry_key,
    StockSummary.lot_code,
)
# Spelled as the partial index's WHERE (literal zeros, not bound parameters): SQLite
# uses a partial index only for a query whose condition visibly implies the index's.
_ZERO: ColumnElement[int] = literal_column("0", Integer)
_SHOWN = (StockSummary.on_hand > _ZERO) | (StockSummary.in_transit > _ZERO)


def _conditions(flt: StockFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [_SHOWN]
    if flt.center:
        conditions.append(StockSummary.center_code == flt.center)
    text = flt.search.strip()
    if text:
        # Matching products first (one pass over `product`), then their rows by index; or
        # the rows of a lot whose code was typed off its label. That is one LIKE more per
        # row the search walks: a search's count took about twice as long (144 against 76
        # ms at 242,000 rows on a busy machine), its first page 111 against 92.
        conditions.append(
            or_(
                StockSummary.product_id.in_(select(Product.id).where(search_condition(text))),
                lot_condition(StockSummary.lot_code, text),
            )
        )
    return conditions


def _rows(keys: Subquery | None = None) -> AnySelect:
    """The displayed columns, read from the summary (for `keys` only, if given), sorted."""
    stmt = select(
        StockSummary.center_code,
        Product.id,
        StockSummary.sku,
        Product.name_zh,
        Product.name_bo,
        Product.name_en,
        StockSummary.lot_code,
        Lot.expiry,
        StockSummary.on_hand,
        StockSummary.reserved,
        StockSummary.in_transit,
    )
    if keys is not None:
        stmt = stmt.select_from(keys).join(
            StockSummary,
            and_(
                StockSummary.center_id == keys.c.center_id,
                StockSummary.product_id == keys.c.product_id,
                StockSummary.lot_id == keys.c.lot_id,
            ),
        )
    return (
        stmt.join(Product, Product.id == StockSummary.product_id)
        .join(Lot, Lot.id == StockSummary.lot_id)
        .order_by(*_ORDER)
    )


def stock_statement(flt: StockFilter) -> AnySelect:
    """On hand and reserved summed over bins, plus stock in transit to each center: one row
    per center, product and lot, sorted for display (center, SKU, expiry, lot)."""
    return _rows().where(*_conditions(flt))


def _key_page(flt: StockFilter) -> AnySelect:
    return (
        select(StockSummary.center_id, StockSummary.product_id, StockSummary.lot_id)
        .where(*_conditions(flt))
        .order_by(*_ORDER)
    )


def _row(values: tuple[Any, ...]) -> StockRow:
    (center, product_id, sku, zh, bo, en, lot, expiry, on_hand, reserved, in_transit) = values
    return StockRow(
        str(center),
        product_id,
        str(sku),
        str(zh),
        str(bo),
        str(en),
        str(lot),
        expiry,
        int(on_hand or 0),
        int(reserved or 0),
        int(in_transit or 0),
    )


def _read(session: Session, stmt: AnySelect) -> list[StockRow]:
    stock_summary.settle(session)  # this transaction's own changes first, if it made any
    return [_row(tuple(r)) for r in session.execute(stmt)]


def count_stock(session: Session, flt: StockFilter) -> int:
    """Rows matching the filter: a count over the summary's index, not a grouping."""
    stock_summary.settle(session)
    stmt = select(func.count()).select_from(StockSummary).where(*_conditions(flt))
    return int(session.scalar(stmt) or 0)


def stock_page(session: Session, flt: StockFilter, offset: int, limit: int) -> list[StockRow]:
    """Rows `offset` to `offset + limit`. The offset is skipped over index entries alone
    (keys first, then the page's names); `stock_page_after` does not skip at all."""
    keys = _key_page(flt).offset(offset).limit(limit).subquery("page")
    return _read(session, _rows(keys))


def sort_key(row: StockRow) -> tuple[str, str, date, str]:
    """A row's place in the table; Python orders these as both databases do (byte order)."""
    return (row.center, row.sku, row.expiry or NO_EXPIRY, row.lot)


def stock_page_after(
    session: Session, flt: StockFilter, after: StockRow | None, limit: int
) -> list[StockRow]:
    """The `limit` rows that follow `after` (from the top if None): keyset paging, as fast
    deep in the table as at its top."""
    stmt = _key_page(flt)
    if after is not None:
        stmt = stmt.where(tuple_(*_ORDER) > tuple_(*sort_key(after)))
    return _read(session, _rows(stmt.limit(limit).subquery("page")))


def stock_rows_of(
    session: Session, flt: StockFilter, product_ids: Iterable[uuid.UUID]
) -> list[StockRow]:
    """The rows of these products that the filter shows (what a write may have changed)."""
    rows: list[StockRow] = []
    for chunk in _chunks(product_ids):
        # Unordered in SQL, so that the product index is used rather than the table's order.
        rows += _read(
            session, stock_statement(flt).order_by(None).where(StockSummary.product_id.in_(chunk))
        )
    return sorted(rows, key=sort_key)


def row_groups_of(session: Session, product_ids: Iterable[uuid.UUID]) -> list[tuple[str, str]]:
    """(center, SKU) of every row these products have or ever had: summary rows stay when
    their stock goes to zero, so a table finds the rows it must drop among these."""
    groups: list[tuple[str, str]] = []
    for chunk in _chunks(product_ids):
        groups += [
            (str(c), str(s))
            for c, s in session.execute(
                select(StockSummary.center_code, StockSummary.sku)
                .distinct()
                .where(StockSummary.product_id.in_(chunk))
            )
        ]
    return sorted(groups)


def _chunks(ids: Iterable[uuid.UUID], size: int = 500) -> Iterator[list[uuid.UUID]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def stock_rows(session: Session, flt: StockFilter = StockFilter()) -> list[StockRow]:
    if flt.center:
        get_center(session, flt.center)  # an unknown code is an error, not an empty list
    return _read(session, stock_statement(flt))


@dataclass(frozen=True)
class CardLine:
    at: datetime
    center: str
    kind: str
    from_bin: str | None
    to_bin: str | None
    lot: str
    quantity: int
    change: int  # effect on the center's stock (or all centers' if no center was asked)
    balance: int  # running balance after this move
    actor: str
    reason: str
    note: str
    reference: DocumentRef  # the document the move belongs to, as a person reads it
    move_id: uuid.UUID | None = None  # with `at`, where the line sits in the card (CardKey)

    @property
    def document(self) -> str:
        return self.reference.text

    def as_json(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "center": self.center,
            "kind": self.kind,
            "from_bin": self.from_bin,
            "to_bin": self.to_bin,
            "lot": self.lot,
            "quantity": self.quantity,
            "change": self.change,
            "balance": self.balance,
            "actor": self.actor,
            "reason": self.reason,
            "note": self.note,
            "document": self.document,
        }


def _card_statement(product_id: uuid.UUID, center_id: uuid.UUID | None) -> AnySelect:
    from_bin, to_bin = aliased(Bin), aliased(Bin)
    stmt = (
        select(Move, Center.code, from_bin.code, to_bin.code, Lot.code)
        .join(Center, Center.id == Move.center_id)
        .join(Lot, Lot.id == Move.lot_id)
        .outerjoin(from_bin, from_bin.id == Move.from_bin_id)
        .outerjoin(to_bin, to_bin.id == Move.to_bin_id)
        .where(*_card_moves(product_id, center_id))
    )
    return stmt


def _card_moves(product_id: uuid.UUID, center_id: uuid.UUID | None) -> list[ColumnElement[bool]]:
    return [Move.product_id == product_id] + ([Move.center_id == center_id] if center_id else [])


def _card_lines(session: Session, rows: list[Any], balance_before: int) -> list[CardLine]:
    lines: list[CardLine] = []
    running = balance_before
    found = document_refs(session, ((row[0].document_type, row[0].document_id) for row in rows))
    for move, center_code, from_code, to_code, lot_code in rows:
        change = (move.quantity if move.to_bin_id else 0) - (
            move.quantity if move.from_bin_id else 0
        )
        running += change
        reference = document_ref(move.document_type, move.document_id, found)
        lines.append(
            CardLine(
                move.created_at,
                center_code,
                move.kind,
                from_code,
                to_code,
                lot_code,
                move.quantity,
                change,
                running,
                move.actor,
                move.reason,
                move.note,
                reference,
                move.id,
            )
        )
    return lines


def _card_scope(
    session: Session, sku: str, center: str | None
) -> tuple[uuid.UUID, uuid.UUID | None]:
    product = get_product(session, sku)
    return product.id, get_center(session, center).id if center else None


def stock_card(session: Session, sku: str, center: str | None = None) -> list[CardLine]:
    """Every move of a product, oldest first, with the running balance (the command line's
    card and its export; the screen pages it, `stock_card_page`)."""
    product_id, center_id = _card_scope(session, sku, center)
    # UUIDv7 ids break ties between moves made in the same microsecond.
    stmt = _card_statement(product_id, center_id).order_by(Move.created_at, Move.id)
    return _card_lines(session, list(session.execute(stmt).all()), 0)


CardKey = tuple[datetime, uuid.UUID]
"""Where a card line sits in the card's order: the move's time, then its id."""


@dataclass(frozen=True)
class CardPage:
    """Consecutive lines of a stock card, oldest first, and whether older moves exist."""

    lines: list[CardLine]
    older: bool


def _before(key: CardKey) -> ColumnElement[bool]:
    at, move_id = key
    return or_(Move.created_at < at, and_(Move.created_at == at, Move.id < move_id))


def stock_card_page(
    uow: UnitOfWork,
    sku: str,
    center: str | None = None,
    *,
    before: CardKey | None = None,
    limit: int = 200,
) -> CardPage:
    """The `limit` moves just before `before` (the newest ones without it), oldest first,
    with the running balance: what the screen shows, a page at a time.

    Read newest first through ix_move_product_time, so a product with years of moves
    costs one page. The balance before the page is one aggregate over the older moves,
    summed in SQL (none are fetched); with no older moves it is zero.
    """
    session = uow.session
    product_id, center_id = _card_scope(session, sku, center)
    stmt = _card_statement(product_id, center_id)
    if before is not None:
        stmt = stmt.where(_before(before))
    rows = list(
        session.execute(
            stmt.order_by(Move.created_at.desc(), Move.id.desc()).limit(limit + 1)
        ).all()
    )
    older = len(rows) > limit
    rows = rows[:limit][::-1]
    balance_before = 0
    if older and rows:
        first: Move = rows[0][0]
        change = case((Move.to_bin_id.is_not(None), Move.quantity), else_=0) - case(
            (Move.from_bin_id.is_not(None), Move.quantity), else_=0
        )
        balance_before = int(
            session.scalar(
                select(func.coalesce(func.sum(change), 0)).where(
                    *_card_moves(product_id, center_id), _before((first.created_at, first.id))
                )
            )
            or 0
        )
    return CardPage(_card_lines(session, rows, balance_before), older)


def active_bins(uow: UnitOfWork, center: str) -> list[str]:
    """The active bins of a center, in code order (the bin pickers)."""
    stmt = (
        select(Bin.code)
        .join(Center, Center.id == Bin.center_id)
        .where(Center.code == center, Bin.active.is_(True))
        .order_by(Bin.code)
    )
    return list(uow.session.scalars(stmt))


def product_codes(uow: UnitOfWork) -> list[str]:
    """Every SKU and barcode, in SKU order: what the product completer offers."""
    codes: list[str] = []
    for sku, barcode in uow.session.execute(
        select(Product.sku, Product.barcode).order_by(Product.sku)
    ):
        codes.append(sku)
        if barcode:
            codes.append(barcode)
    return codes


@dataclass(frozen=True)
class StockPage:
    """What the stock table reads at once: the rows matching its filter (`total`), the
    loaded rows, and for a patch the (center, SKU) groups of the products re-read."""

    total: int
    rows: list[StockRow]
    groups: list[tuple[str, str]] = field(default_factory=list)


def stock_first_rows(uow: UnitOfWork, flt: StockFilter, limit: int) -> StockPage:
    """The count of rows matching `flt` and its first `limit` rows, in one unit of work."""
    total = count_stock(uow.session, flt)
    return StockPage(total, stock_page_after(uow.session, flt, None, limit) if total else [])


def next_stock_rows(
    uow: UnitOfWork, flt: StockFilter, after: StockRow | None, limit: int
) -> list[StockRow]:
    """The next page after `after` (`stock_page_after`), for the table's fetchMore."""
    return stock_page_after(uow.session, flt, after, limit)


def stock_patch(uow: UnitOfWork, flt: StockFilter, product_ids: Iterable[uuid.UUID]) -> StockPage:
    """The rows of these products that match `flt`, the new count, and their groups."""
    ids = list(product_ids)
    return StockPage(
        count_stock(uow.session, flt),
        stock_rows_of(uow.session, flt, ids),
        row_groups_of(uow.session, ids),
    )
