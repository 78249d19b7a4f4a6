"""Centers, bins, products and lots: look-ups by code and creation.

Look-ups raise the typed `Unknown*` errors so every caller reports a missing
code the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import (
    DuplicateValue,
    InvalidValue,
    UnknownBin,
    UnknownCenter,
    UnknownLot,
    UnknownProduct,
)
from core.inventory.models import Bin, Category, Center, Lot, Product, ProductCenter
from core.storage.upsert import ensure_row
from core.uow import UnitOfWork
from core.validation import require_text


def get_center(session: Session, code: str) -> Center:
    center = session.scalar(select(Center).where(Center.code == code))
    if center is None:
        raise UnknownCenter(code)
    return center


def working_center(session: Session, code: str) -> Center:
    """A center new work is written for (receipts, transfers to or from it, orders,
    packing, runs): `get_center`, refused (`Retired`) once retired. Reads and the
    records it already has still name it through `get_center`."""
    return still_working(get_center(session, code))


def still_working(center: Center) -> Center:
    """`center`, refused (`Retired`) when retired: the one check of `working_center`."""
    from core.masterdata.errors import Retired

    if center.retired_at is not None:
        raise Retired("center", center.code)
    return center


def get_bin(session: Session, center: Center, code: str) -> Bin:
    found = session.scalar(select(Bin).where(Bin.center_id == center.id, Bin.code == code))
    if found is None:
        raise UnknownBin(center.code, code)
    return found


def working_bin(session: Session, center: Center, code: str) -> Bin:
    """A bin stock may go into: `get_bin`, and refused (`Retired`) once retired."""
    from core.masterdata.errors import Retired

    found = get_bin(session, center, code)
    if not found.active:
        raise Retired("bin", f"{center.code} {found.code}")
    return found


def working_product(session: Session, product: Product) -> Product:
    """`product`, refused (`Retired`) when retired: nothing new is received of it."""
    from core.masterdata.errors import Retired

    if not product.active:
        raise Retired("product", product.sku)
    return product


def get_product(session: Session, sku: str) -> Product:
    product = session.scalar(select(Product).where(Product.sku == sku))
    if product is None:
        raise UnknownProduct(sku)
    return product


def find_product_by_code(session: Session, code: str) -> Product | None:
    """A product by its barcode or, failing that, its SKU (what a scanner reads)."""
    product = session.scalar(select(Product).where(Product.barcode == code))
    return product or session.scalar(select(Product).where(Product.sku == code))


def get_lot(session: Session, product: Product, code: str) -> Lot:
    lot = session.scalar(select(Lot).where(Lot.product_id == product.id, Lot.code == code))
    if lot is None:
        raise UnknownLot(product.sku, code)
    return lot


def lot_for_receipt(session: Session, product: Product, code: str, expiry: date | None) -> Lot:
    """The lot to receive into, created on first receipt.

    A lot's expiry is fixed by its first receipt: a later receipt that names
    another expiry for the same lot code is a typing mistake, not a new lot.
    """
    code = code.strip()
    if product.tracks_expiry and expiry is None:
        raise InvalidValue("expiry", expiry, "required")
    lot = session.get_one(
        Lot, ensure_row(session, Lot, {"product_id": product.id, "code": code}, expiry=expiry)
    )
    if expiry is not None and lot.expiry != expiry:
        raise InvalidValue("expiry", expiry, "lot_expiry_mismatch")
    return lot


def create_center(
    uow: UnitOfWork,
    *,
    code: str,
    name_zh: str,
    name_bo: str = "",
    name_en: str = "",
    county_code: str | None = None,
    illustrative: bool = False,
) -> Center:
    code = require_text(code, "code", Center.code).upper()
    if uow.session.scalar(select(Center.id).where(Center.code == code)):
        raise DuplicateValue("code", code)
    center = Center(
        code=code,
        name_zh=require_text(name_zh, "name_zh", Center.name_zh),
        name_bo=name_bo.strip(),
        name_en=name_en.strip(),
        county_code=county_code,
        illustrative=illustrative,
    )
    uow.session.add(center)
    uow.session.flush()
    return center


def create_bin(uow: UnitOfWork, center: Center, code: str, zone: str = "") -> Bin:
    code = require_text(code, "bin", Bin.code).upper()
    session = uow.session
    if session.scalar(select(Bin.id).where(Bin.center_id == center.id, Bin.code == code)):
        raise DuplicateValue("bin", code)
    new_bin = Bin(center_id=center.id, code=code, zone=zone.strip())
    session.add(new_bin)
    session.flush()
    return new_bin


def create_product(
    uow: UnitOfWork,
    *,
    sku: str,
    name_zh: str,
    name_bo: str = "",
    name_en: str = "",
    category: str = Category.GENERAL.value,
    unit: str = "piece",
    weight_g: int = 0,
    barcode: str | None = None,
    tracks_expiry: bool = False,
    owner: Center | None = None,
) -> Changes:
    """A product owned by `owner`, by default the oldest center (the demo's and the test
    depots' seeding); `NoOwningCenter` when there is no center at all. Clerks' products
    go through `core.masterdata.products.add_product`, owned by the acting center."""
    session = uow.session
    sku = require_text(sku, "sku", Product.sku)
    if category not in {c.value for c in Category}:
        raise InvalidValue("category", category, "unknown")
    if not isinstance(weight_g, int) or isinstance(weight_g, bool) or not 0 <= weight_g <= 10**6:
        raise InvalidValue("weight_g", weight_g, "range")
    if session.scalar(select(Product.id).where(Product.sku == sku)):
        raise DuplicateValue("sku", sku)
    barcode = (barcode or "").strip() or None
    if barcode and session.scalar(select(Product.id).where(Product.barcode == barcode)):
        raise DuplicateValue("barcode", barcode)
    product = Product(
        sku=sku,
        barcode=barcode,
        name_zh=require_text(name_zh, "name_zh", Product.name_zh),
        name_bo=name_bo.strip(),
        name_en=name_en.strip(),
        category=category,
        unit=require_text(unit, "unit", Product.unit),
        weight_g=weight_g,
        tracks_expiry=tracks_expiry,
    )
    owner = owner or session.scalar(select(Center).order_by(Center.id).limit(1))
    if owner is None:
        from core.masterdata.errors import NoOwningCenter

        raise NoOwningCenter("product")
    product.owner_center_id = owner.id
    session.add(product)
    session.flush()
    return Changes(catalog=True, products=frozenset({product.id}))


def set_reorder_point(uow: UnitOfWork, product: Product, center: Center, point: int) -> Changes:
    if not isinstance(point, int) or isinstance(point, bool) or not 0 <= point <= 10**6:
        raise InvalidValue("reorder_point", point, "range")
    setting = uow.session.get(ProductCenter, (product.id, center.id))
    if setting is None:
        setting = ProductCenter(product_id=product.id, center_id=center.id)
        uow.session.add(setting)
    setting.reorder_point = point
    uow.session.flush()
    return Changes(catalog=True, products=frozenset({product.id}), centers=frozenset({center.id}))


@dataclass(frozen=True)
class CenterChoice:
    """A center as the pickers show it."""

    code: str
    name_zh: str
    name_bo: str
    name_en: str
    illustrative: bool


@dataclass(frozen=True)
class ProductChoice:
    """A product as the receive dialog shows it, found by a typed or scanned code."""

    sku: str
    barcode: str
    name_zh: str
    name_bo: str
    name_en: str
    unit: str
    tracks_expiry: bool
    shelf_life_days: int | None = None  # proposes an expiry on receipt (core.masterdata)


def center_choices(uow: UnitOfWork) -> list[CenterChoice]:
    """Every center, in code order."""
    return [
        CenterChoice(c.code, c.name_zh, c.name_bo, c.name_en, c.illustrative)
        for c in uow.session.scalars(select(Center).order_by(Center.code))
    ]


def product_choice(uow: UnitOfWork, code: str) -> ProductChoice | None:
    """The product a typed or scanned code names (barcode first, then SKU), or None."""
    found = find_product_by_code(uow.session, code.strip()) if code.strip() else None
    if found is None:
        return None
    return ProductChoice(
        found.sku,
        found.barcode or "",
        found.name_zh,
        found.name_bo,
        found.name_en,
        found.unit,
        found.tracks_expiry,
        found.shelf_life_days,
    )


def require_product_choice(uow: UnitOfWork, code: str) -> ProductChoice:
    """The product a code the clerk typed names; a refusal naming the field otherwise."""
    sku = require_text(code, "sku", Product.sku)
    found = product_choice(uow, sku)
    if found is None:
        raise UnknownProduct(sku)
    return found
