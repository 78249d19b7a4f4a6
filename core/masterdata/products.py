"""Products: added, edited, retired; reorder points per center; the proposed expiry.

A product without a barcode gets an internal one (`core.masterdata.barcodes`) that its
label carries. Every product is owned by the center that made it (`owner_center_id`):
only that center edits or retires it, and one made with no acting center is refused
(`NoOwningCenter`).
A SKU in use is never deleted, only retired. Every change is recorded with who, when,
the fields before and after (`core.masterdata.history`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from core.changes import Changes
from core.clock import local_day
from core.errors import DuplicateValue, InvalidValue
from core.ids import new_id
from core.inventory import catalog
from core.inventory.models import Category, Center, Product, ProductCenter
from core.masterdata import product_fields as pf
from core.masterdata.barcodes import internal_code
from core.masterdata.errors import NoOwningCenter, NotOwner, Retired
from core.masterdata.history import Edit, history, record_edit, snapshot
from core.masterdata.models import EditedKind
from core.uow import UnitOfWork

# What the history records of a product, and what an edit may change.
EDITABLE = (*pf.PRODUCT_FIELDS[1:], "tracks_expiry")
RECORDED = ("sku", *EDITABLE, "internal_barcode")


@dataclass(frozen=True)
class ProductRow:
    """A product as the master-data page and `products list` show it."""

    id: uuid.UUID
    sku: str
    name_zh: str
    name_bo: str
    name_en: str
    barcode: str
    internal_barcode: bool
    unit: str
    weight_g: int
    tracks_expiry: bool
    shelf_life_days: int | None
    category: str
    active: bool
    owner: str  # the owning center's code

    def to_json(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "sku": self.sku,
            "name_zh": self.name_zh,
            "name_bo": self.name_bo,
            "name_en": self.name_en,
            "barcode": self.barcode,
            "internal_barcode": self.internal_barcode,
            "unit": self.unit,
            "weight_g": self.weight_g,
            "tracks_expiry": self.tracks_expiry,
            "shelf_life_days": self.shelf_life_days,
            "category": self.category,
            "active": self.active,
            "owner": self.owner,
        }


@dataclass(frozen=True)
class ProductSaved:
    id: uuid.UUID
    sku: str
    barcode: str
    changes: Changes


def _acting_center(uow: UnitOfWork, code: str | None) -> Center | None:
    if code is None or not code.strip():
        return None
    center = catalog.get_center(uow.session, code.strip().upper())
    if center.retired_at is not None:
        raise Retired("center", center.code)
    return center


def owning_center(uow: UnitOfWork, code: str | None, kind: str = "product") -> Center:
    """The acting center that will own new products; `NoOwningCenter` when none is named."""
    center = _acting_center(uow, code)
    if center is None:
        raise NoOwningCenter(kind)
    return center


def _with_expiry(fields: dict[str, Any]) -> dict[str, Any]:
    """A shelf life means the product's lots carry an expiry."""
    if fields.get("shelf_life_days"):
        fields["tracks_expiry"] = True
    elif fields.get("tracks_expiry") is False:
        fields["shelf_life_days"] = None
    return fields


def add_product(uow: UnitOfWork, *, center: str | None = None, **values: Any) -> ProductSaved:
    """A new product from `values` (`product_fields.PRODUCT_FIELDS`, `tracks_expiry`),
    owned by the acting `center` (`NoOwningCenter` without one)."""
    owner = owning_center(uow, center)
    fields = _with_expiry(pf.checked({"sku": values.pop("sku", None), **values}))
    if "name_zh" not in fields:
        raise InvalidValue("name_zh", None, "required")
    session = uow.session
    if session.scalar(select(Product.id).where(Product.sku == fields["sku"])):
        raise DuplicateValue("sku", fields["sku"])
    barcode = fields.pop("barcode", None)
    if barcode and session.scalar(select(Product.id).where(Product.barcode == barcode)):
        raise DuplicateValue("barcode", barcode)
    product = Product(id=new_id(), owner_center_id=owner.id, **fields)
    product.internal_barcode = barcode is None
    product.barcode = barcode or internal_code(session, product.id)
    product.category = fields.get("category", Category.GENERAL.value)
    session.add(product)
    session.flush()
    record_edit(
        uow,
        EditedKind.PRODUCT,
        product.id,
        {},
        snapshot(product, RECORDED),
        owner.id,
    )
    return ProductSaved(product.id, product.sku, product.barcode or "", _changed(product))


def _changed(product: Product) -> Changes:
    return Changes(catalog=True, products=frozenset({product.id}))


def owned_product(uow: UnitOfWork, sku: str, by: str | None) -> tuple[Product, Center | None]:
    """The product, and the acting center, if that center may write it (`NotOwner` else)."""
    product = catalog.get_product(uow.session, sku.strip())
    acting = _acting_center(uow, by)
    if acting is None or acting.id != product.owner_center_id:
        owner = uow.session.get_one(Center, product.owner_center_id)
        raise NotOwner("product", product.sku, owner.code, acting.code if acting else "")
    return product, acting


def apply_fields(uow: UnitOfWork, product: Product, fields: dict[str, Any]) -> None:
    """Write checked `fields` to `product`. A barcode
    cleared gives the product an internal code again; another product's barcode is
    `DuplicateValue`."""
    fields = _with_expiry(dict(fields))
    if "barcode" in fields:
        barcode = fields.pop("barcode")
        if barcode is None and not product.internal_barcode:
            product.barcode = internal_code(uow.session, product.id)
            product.internal_barcode = True
        elif barcode is not None and barcode != product.barcode:
            other = uow.session.scalar(select(Product.id).where(Product.barcode == barcode))
            if other is not None and other != product.id:
                raise DuplicateValue("barcode", barcode)
            product.barcode, product.internal_barcode = barcode, False
    for name, value in fields.items():
        setattr(product, name, value)


def edit_product(
    uow: UnitOfWork, sku: str, *, by: str | None = None, **values: Any
) -> ProductSaved:
    """Change the given fields of a product (`EDITABLE`), recorded in its history."""
    product, acting = owned_product(uow, sku, by)
    if not product.active:
        raise Retired("product", product.sku)
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise InvalidValue("field", sorted(unknown)[0], "unknown")
    before = snapshot(product, RECORDED)
    apply_fields(uow, product, pf.checked(values))
    uow.session.flush()
    if not record_edit(
        uow,
        EditedKind.PRODUCT,
        product.id,
        before,
        snapshot(product, RECORDED),
        acting.id if acting else None,
    ):
        return ProductSaved(product.id, product.sku, product.barcode or "", Changes())
    return ProductSaved(product.id, product.sku, product.barcode or "", _changed(product))


def retire_product(uow: UnitOfWork, sku: str, *, by: str | None = None) -> ProductSaved:
    """Retire a product: its SKU, lots and moves stay; it is offered for new work no more."""
    product, acting = owned_product(uow, sku, by)
    if not product.active:
        return ProductSaved(product.id, product.sku, product.barcode or "", Changes())
    product.active = False
    uow.session.flush()
    record_edit(
        uow,
        EditedKind.PRODUCT,
        product.id,
        {"active": True},
        {"active": False},
        acting.id if acting else None,
    )
    return ProductSaved(product.id, product.sku, product.barcode or "", _changed(product))


def set_reorder_point(uow: UnitOfWork, sku: str, center: str, point: object) -> Changes:
    """A product's reorder point at one center: that center's own setting."""
    product = catalog.get_product(uow.session, sku.strip())
    the_center = _acting_center(uow, center)
    assert the_center is not None
    number = pf.whole("reorder_point", point, low=0, high=10**6)
    setting = uow.session.get(ProductCenter, (product.id, the_center.id))
    before = {"reorder_point": setting.reorder_point} if setting else {}
    catalog.set_reorder_point(uow, product, the_center, number or 0)
    if not record_edit(
        uow,
        EditedKind.REORDER_POINT,
        product.id,
        before,
        {"reorder_point": number or 0},
        the_center.id,
    ):
        return Changes()
    return Changes(
        catalog=True, products=frozenset({product.id}), centers=frozenset({the_center.id})
    )


@dataclass(frozen=True)
class ProposedExpiry:
    """The expiry a receipt proposes: the day of receipt plus the shelf life. A proposal
    only: the clerk confirms it or types the date printed on the goods."""

    expiry: date
    shelf_life_days: int


def proposed_expiry(
    uow: UnitOfWork, sku: str, received_on: date | None = None
) -> ProposedExpiry | None:
    """What to propose as the expiry of a receipt of `sku` (today at the center by
    default); None for a product without a shelf life."""
    product = catalog.get_product(uow.session, sku.strip())
    if not product.tracks_expiry or not product.shelf_life_days:
        return None
    day = received_on or local_day(uow.clock())
    return ProposedExpiry(day + timedelta(days=product.shelf_life_days), product.shelf_life_days)


def product_rows(uow: UnitOfWork, *, retired: bool = True) -> list[ProductRow]:
    """Every product in SKU order, with its owning center's code."""
    stmt = (
        select(Product, Center.code)
        .join(Center, Center.id == Product.owner_center_id)
        .order_by(Product.sku)
    )
    if not retired:
        stmt = stmt.where(Product.active)
    return [
        ProductRow(
            p.id,
            p.sku,
            p.name_zh,
            p.name_bo,
            p.name_en,
            p.barcode or "",
            p.internal_barcode,
            p.unit,
            p.weight_g,
            p.tracks_expiry,
            p.shelf_life_days,
            p.category,
            p.active,
            owner,
        )
        for p, owner in uow.session.execute(stmt)
    ]


def product_history(uow: UnitOfWork, sku: str) -> list[Edit]:
    """Every recorded change of a product, its reorder points too, oldest first."""
    product = catalog.get_product(uow.session, sku.strip())
    edits = history(uow, EditedKind.PRODUCT, product.id) + history(
        uow, EditedKind.REORDER_POINT, product.id
    )
    return sorted(edits, key=lambda e: e.at)
