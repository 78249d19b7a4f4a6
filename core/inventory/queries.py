"""Read side of stock: balances per center/product/lot, and a product's stock card.

Queries are built as `select()` statements so the UI's lazy models can count
and page them with the same filter the command line uses.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Integer, Select, Subquery, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from core.inventory.catalog import get_center, get_product
from core.inventory.models import Balance, Bin, Center, Lot, Move, Product


@dataclass(frozen=True)
class StockFilter:
    center: str | None = None  # center code
    search: str = ""  # SKU, barcode or a name in Chinese, Tibetan or English


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


def search_condition(text: str):  # type: ignore[no-untyped-def]
    """Product rows whose SKU, barcode or any of the three names contain `text`."""
    pattern = f"%{text.strip()}%"
    return or_(
        Product.sku.ilike(pattern),
        Product.barcode.ilike(pattern),
        Product.name_zh.like(pattern),
        Product.name_bo.like(pattern),
        Product.name_en.ilike(pattern),
    )


def _stock_parts(center: str | None) -> Subquery:
    """Balances in bins and units in transit, as one row source per (center, product, lot).

    The center filter is applied inside both branches: SQLite does not push it
    through a UNION ALL, and the grouped query over every center is 3x slower.
    """
    from core.inventory.transfers import in_transit_statement  # transfers builds on this module

    zero = literal(0, Integer)
    in_bins = select(Balance.center_id, Balance.product_id, Balance.lot_id,
                     Balance.on_hand, Balance.reserved, zero.label("in_transit"))
    transit = in_transit_statement().subquery()
    on_the_road = select(transit.c.to_center_id, transit.c.product_id, transit.c.lot_id,
                         zero, zero, transit.c.quantity)
    if center:
        center_id = select(Center.id).where(Center.code == center).scalar_subquery()
        in_bins = in_bins.where(Balance.center_id == center_id)
        on_the_road = on_the_road.where(transit.c.to_center_id == center_id)
    return union_all(in_bins, on_the_road).subquery("parts")


def stock_statement(flt: StockFilter) -> Select[tuple[object, ...]]:
    """Balances summed over bins, plus stock in transit to each center: one row per center,
    product and lot, sorted for display."""
    parts = _stock_parts(flt.center)
    on_hand = func.sum(parts.c.on_hand).label("on_hand")
    reserved = func.sum(parts.c.reserved).label("reserved")
    in_transit = func.sum(parts.c.in_transit).label("in_transit")
    stmt = (
        select(
            Center.code, Product.id, Product.sku, Product.name_zh, Product.name_bo,
            Product.name_en, Lot.code, Lot.expiry, on_hand, reserved, in_transit,
        )
        .select_from(parts)
        .join(Center, Center.id == parts.c.center_id)
        .join(Product, Product.id == parts.c.product_id)
        .join(Lot, Lot.id == parts.c.lot_id)
        .group_by(Center.code, Product.id, Product.sku, Product.name_zh, Product.name_bo,
                  Product.name_en, Lot.code, Lot.expiry)
        .having((func.sum(parts.c.on_hand) > 0) | (func.sum(parts.c.in_transit) > 0))
        .order_by(Center.code, Product.sku, Lot.expiry, Lot.code)
    )
    if flt.center:
        stmt = stmt.where(Center.code == flt.center)
    if flt.search.strip():
        stmt = stmt.where(search_condition(flt.search))
    return stmt


def _row(values: tuple[object, ...]) -> StockRow:
    (center, product_id, sku, zh, bo, en, lot, expiry, on_hand, reserved, in_transit) = values
    return StockRow(str(center), product_id, str(sku), str(zh), str(bo), str(en),  # type: ignore[arg-type]
                    str(lot), expiry, int(on_hand or 0), int(reserved or 0),  # type: ignore[arg-type,call-overload]
                    int(in_transit or 0))  # type: ignore[call-overload]


def count_stock(session: Session, flt: StockFilter) -> int:
    return int(session.scalar(select(func.count()).select_from(stock_statement(flt).subquery())) or 0)


def stock_page(session: Session, flt: StockFilter, offset: int, limit: int) -> list[StockRow]:
    return [_row(tuple(r)) for r in session.execute(stock_statement(flt).offset(offset).limit(limit))]


def stock_rows(session: Session, flt: StockFilter = StockFilter()) -> list[StockRow]:
    if flt.center:
        get_center(session, flt.center)  # an unknown code is an error, not an empty list
    return [_row(tuple(r)) for r in session.execute(stock_statement(flt))]


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
    document: str

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


def stock_card(session: Session, sku: str, center: str | None = None) -> list[CardLine]:
    """Every move of a product, oldest first, with the running balance."""
    product = get_product(session, sku)
    from_bin, to_bin = aliased(Bin), aliased(Bin)
    stmt = (
        select(Move, Center.code, from_bin.code, to_bin.code, Lot.code)
        .join(Center, Center.id == Move.center_id)
        .join(Lot, Lot.id == Move.lot_id)
        .outerjoin(from_bin, from_bin.id == Move.from_bin_id)
        .outerjoin(to_bin, to_bin.id == Move.to_bin_id)
        .where(Move.product_id == product.id)
        # UUIDv7 ids break ties between moves made in the same microsecond.
        .order_by(Move.created_at, Move.id)
    )
    if center:
        stmt = stmt.where(Move.center_id == get_center(session, center).id)
    lines: list[CardLine] = []
    running = 0
    for move, center_code, from_code, to_code, lot_code in session.execute(stmt):
        change = (move.quantity if move.to_bin_id else 0) - (move.quantity if move.from_bin_id else 0)
        running += change
        document = f"{move.document_type}:{move.document_id}" if move.document_id else move.document_type
        lines.append(CardLine(
            move.created_at, center_code, move.kind, from_code, to_code, lot_code, move.quantity,
            change, running, move.actor, move.reason, move.note, document,
        ))
    return lines
