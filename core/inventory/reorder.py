"""Low stock per center and what to do about it: transfer from a center with surplus, or reorder.

A product is low at a center when its fresh available stock (on hand minus
reserved, expired lots left out) plus what is already in transit to it is at or
below the center's reorder point. The suggestion aims at twice the reorder
point: first from the other center with the largest surplus over its own
reorder point (a transfer is days, a reorder from a producer is weeks up
here), and whatever that cannot cover, reordered.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from core.inventory.catalog import get_center
from core.inventory.models import Balance, Center, Lot, Product, ProductCenter
from core.inventory.transfers import in_transit_statement

TARGET_FACTOR = 2
_CHUNK = 500  # products per IN (...) list


@dataclass(frozen=True)
class LowStock:
    center: str
    sku: str
    name_zh: str
    name_en: str
    reorder_point: int
    available: int
    in_transit: int
    transfer_from: str | None  # center code with surplus, if any
    transfer_quantity: int
    reorder_quantity: int

    @property
    def suggestion(self) -> str:
        """'transfer', 'reorder' or 'transfer+reorder' (a code for the UI to translate)."""
        parts = [
            name
            for name, n in (
                ("transfer", self.transfer_quantity),
                ("reorder", self.reorder_quantity),
            )
            if n > 0
        ]
        return "+".join(parts) or "none"

    def as_json(self) -> dict[str, object]:
        return {
            "center": self.center,
            "sku": self.sku,
            "reorder_point": self.reorder_point,
            "available": self.available,
            "in_transit": self.in_transit,
            "suggestion": self.suggestion,
            "transfer_from": self.transfer_from,
            "transfer_quantity": self.transfer_quantity,
            "reorder_quantity": self.reorder_quantity,
        }


def _fresh_available(today: date):  # type: ignore[no-untyped-def]
    return (
        select(
            Balance.center_id,
            Balance.product_id,
            func.sum(Balance.on_hand - Balance.reserved).label("qty"),
        )
        .join(Lot, Lot.id == Balance.lot_id)
        .where((Lot.expiry.is_(None)) | (Lot.expiry >= today))
        .group_by(Balance.center_id, Balance.product_id)
    )


def low_stock_statement(today: date, center_id: uuid.UUID | None = None) -> Any:
    """The products at or below their reorder point as one statement (center code, product
    id, SKU, names, reorder point, available, coming): the list below, and the
    dashboard's count of it."""
    fresh = _fresh_available(today)
    if center_id is not None:  # pushed inside the grouping: SQLite would group every center
        fresh = fresh.where(Balance.center_id == center_id)
    available = fresh.subquery()
    transit = in_transit_statement().subquery()
    incoming = (
        select(
            transit.c.to_center_id, transit.c.product_id, func.sum(transit.c.quantity).label("qty")
        )
        .group_by(transit.c.to_center_id, transit.c.product_id)
        .subquery()
    )
    have = func.coalesce(available.c.qty, 0)
    coming = func.coalesce(incoming.c.qty, 0)
    stmt = (
        select(
            Center.code,
            Product.id,
            Product.sku,
            Product.name_zh,
            Product.name_en,
            ProductCenter.reorder_point,
            have,
            coming,
        )
        .select_from(ProductCenter)
        .join(Product, Product.id == ProductCenter.product_id)
        .join(Center, Center.id == ProductCenter.center_id)
        .outerjoin(
            available,
            and_(
                available.c.center_id == ProductCenter.center_id,
                available.c.product_id == ProductCenter.product_id,
            ),
        )
        .outerjoin(
            incoming,
            and_(
                incoming.c.to_center_id == ProductCenter.center_id,
                incoming.c.product_id == ProductCenter.product_id,
            ),
        )
        .where(ProductCenter.reorder_point > 0, have + coming <= ProductCenter.reorder_point)
        .order_by(Center.code, Product.sku)
    )
    if center_id is not None:
        stmt = stmt.where(ProductCenter.center_id == center_id)
    return stmt


def low_stock(session: Session, *, today: date, center: str | None = None) -> list[LowStock]:
    """Products at or below their reorder point, per center, with a suggestion."""
    center_id = get_center(session, center).id if center else None
    stmt = low_stock_statement(today, center_id)
    rows = list(session.execute(stmt))
    surplus = _surplus(session, today, {row[1] for row in rows})
    result = []
    for code, product_id, sku, zh, en, point, have_n, coming_n in rows:
        need = TARGET_FACTOR * point - int(have_n) - int(coming_n)
        others = [(n, c) for c, n in surplus.get(product_id, {}).items() if c != code and n > 0]
        source, moved = None, 0
        if others:
            best, source = max(others)
            moved = min(best, need)
            surplus[product_id][source] -= moved  # don't promise the same surplus twice
        result.append(
            LowStock(
                code, sku, zh, en, point, int(have_n), int(coming_n), source, moved, need - moved
            )
        )
    return result


def _surplus(
    session: Session, today: date, product_ids: set[uuid.UUID]
) -> dict[uuid.UUID, dict[str, int]]:
    """Per product and center: fresh available stock above that center's reorder point."""
    found: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    ids = sorted(product_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        available = _fresh_available(today).where(Balance.product_id.in_(chunk)).subquery()
        rows = session.execute(
            select(
                available.c.product_id,
                Center.code,
                available.c.qty - func.coalesce(ProductCenter.reorder_point, 0),
            )
            .join(Center, Center.id == available.c.center_id)
            .outerjoin(
                ProductCenter,
                and_(
                    ProductCenter.center_id == available.c.center_id,
                    ProductCenter.product_id == available.c.product_id,
                ),
            )
        )
        for product_id, center_code, extra in rows:
            found[product_id][center_code] = int(extra)
    return found
