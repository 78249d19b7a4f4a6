"""Small reads that fill the stock area's combos and completers.

Run through `Operations.read`, never from a slot holding a session. They
return plain tuples so no ORM object outlives its unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inventory.catalog import find_product_by_code
from core.inventory.models import Bin, Center, Product


@dataclass(frozen=True)
class CenterChoice:
    code: str
    name_zh: str
    name_bo: str
    name_en: str
    illustrative: bool


@dataclass(frozen=True)
class ProductChoice:
    sku: str
    barcode: str
    name_zh: str
    name_bo: str
    name_en: str
    unit: str
    tracks_expiry: bool


def centers(session: Session) -> list[CenterChoice]:
    return [CenterChoice(c.code, c.name_zh, c.name_bo, c.name_en, c.illustrative)
            for c in session.scalars(select(Center).order_by(Center.code))]


def bins(session: Session, center_code: str) -> list[str]:
    """Active bins of a center, in code order."""
    stmt = (select(Bin.code).join(Center, Center.id == Bin.center_id)
            .where(Center.code == center_code, Bin.active.is_(True)).order_by(Bin.code))
    return list(session.scalars(stmt))


def product_codes(session: Session) -> list[str]:
    """Every SKU and barcode, for the product completer."""
    codes: list[str] = []
    for sku, barcode in session.execute(select(Product.sku, Product.barcode).order_by(Product.sku)):
        codes.append(sku)
        if barcode:
            codes.append(barcode)
    return codes


def product(session: Session, code: str) -> ProductChoice | None:
    """The product a typed or scanned code names (barcode first, then SKU)."""
    found = find_product_by_code(session, code.strip()) if code.strip() else None
    if found is None:
        return None
    return ProductChoice(found.sku, found.barcode or "", found.name_zh, found.name_bo,
                         found.name_en, found.unit, found.tracks_expiry)
