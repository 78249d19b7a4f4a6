"""The catalog import: a supplier's or the shop's product list (CSV or XLSX) into the
catalogue, in one transaction.

Read like the order import (`core.orders.importing.reading`: UTF-8, UTF-8 with BOM or
GB18030; XLSX), through a saved column mapping of kind "products" or, without one, the
usual Chinese and English headers. Idempotent on SKU: a product already there is
updated only in the fields that differ (and that edit recorded), so a second import of
the same file changes nothing and says so. Every bad line is reported by line and
column and left out; a file that cannot be read writes nothing at all.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.errors import DepotError, InvalidValue, TextHasNul, TextTooLong
from core.ids import new_id
from core.inventory.models import Center, Product
from core.masterdata import product_fields as pf
from core.masterdata.barcodes import internal_codes
from core.masterdata.errors import BadBarcode, UnknownUnit
from core.masterdata.history import record_edit, snapshot
from core.masterdata.models import EditedKind, MasterEdit
from core.masterdata.products import RECORDED, _with_expiry, apply_fields, owning_center
from core.orders.importing.errors import ImportCancelled
from core.orders.importing.reading import Row, Table, read_table
from core.orders.importing.taobao import broken_row
from core.orders.importing.values import Rejected
from core.orders.mappings import load_mapping
from core.orders.stages import Stage
from core.uow import UnitOfWork

KIND = "products"  # the saved mappings' kind for catalogues
LOOKUP_CHUNK = 500  # SKUs per IN (...) list
INSERT_CHUNK = 2000  # rows per multi-row INSERT, reported to `progress` one by one
# Headers a county catalogue or a shop's product export uses, so most need no mapping.
HEADERS: dict[str, tuple[str, ...]] = {
    "sku": ("SKU", "商家编码", "货号", "商品编码", "编码", "sku"),
    "name_zh": ("名称", "商品名称", "中文名称", "品名", "name_zh", "name"),
    "name_bo": ("藏文名称", "藏文名", "name_bo"),
    "name_en": ("英文名称", "英文名", "name_en"),
    "barcode": ("条码", "条形码", "商品条码", "barcode", "EAN"),
    "unit": ("单位", "unit"),
    "weight_g": ("重量(克)", "重量(g)", "重量", "weight_g", "weight"),
    "shelf_life_days": ("保质期(天)", "保质期", "shelf_life_days", "shelf_life"),
    "category": ("类别", "分类", "category"),
}


@dataclass
class CatalogReport:
    rows: int
    created: list[str] = field(default_factory=list)  # SKUs
    updated: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # SKU, fields
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, object]:
        return {
            "rows": self.rows,
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": self.unchanged,
            "updated_fields": {sku: list(fields) for sku, fields in self.updated},
            "rejected": [
                {"line": r.line, "column": r.field, "reason": r.reason} for r in self.rejected
            ],
        }


_BLANK = "_blank"  # key of a record: the fields whose cells were blank


class _Bad(Exception):
    def __init__(self, field: str, reason: str, limit: int | None = None) -> None:
        super().__init__(field, reason)
        self.field, self.reason, self.limit = field, reason, limit


def _reason(error: DepotError) -> tuple[str, str, int | None]:
    """(field, reason, limit) of a refused cell."""
    match error:
        case BadBarcode(reason=reason):
            return "barcode", "check_digit" if reason == "check_digit" else "ean13", None
        case UnknownUnit():
            return "unit", "unknown_unit", None
        case TextTooLong(field=name, limit=limit):
            return name, "too_long", limit
        case TextHasNul(field=name):
            return name, "nul", None
        case InvalidValue(field=name, reason=reason):
            return name, reason, None
    raise error


def _columns(uow: UnitOfWork, table: Table, mapping: str | None) -> dict[str, int]:
    if mapping:
        columns = load_mapping(uow.session, mapping, KIND).columns
        groups = {f: (h,) for f, h in columns.items() if h}
        for required in pf.PRODUCT_REQUIRED:
            groups.setdefault(required, (required,))
        return table.require(groups)
    cols = table.require({f: HEADERS[f] for f in pf.PRODUCT_REQUIRED})
    for name, headers in HEADERS.items():
        index = table.column(*headers)
        if name not in cols and index is not None:
            cols[name] = index
    return cols


def _record(table: Table, cols: dict[str, int], row: Row) -> dict[str, Any]:
    """The row's checked fields; `_Bad` naming the first refused one."""
    broken = broken_row(table, cols, row)
    if broken is not None:
        raise _Bad(broken, "broken_row")
    values = {name: row.cells[i] if i < len(row.cells) else "" for name, i in cols.items()}
    try:
        record = _with_expiry(pf.checked(values))
        # A blank cell says nothing: on a product already there it clears no value
        # (a list without barcodes or Tibetan names must not erase them).
        record[_BLANK] = frozenset(name for name, text in values.items() if not text)
        return record
    except DepotError as error:
        name, reason, limit = _reason(error)
        raise _Bad(name, reason, limit) from None


def import_products(
    uow: UnitOfWork,
    path: str | Path,
    *,
    mapping: str | None = None,
    center: str | None = None,
    progress: Callable[[float, str], None] = lambda fraction, stage: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> CatalogReport:
    """Import a product list; new products are owned by the acting `center`
    (`NoOwningCenter` without one, before the file is read).

    A product of another center's is left as it is and its line rejected ("owner"):
    the owning-center rule holds for imports too.
    """
    session = uow.session
    owner = owning_center(uow, center, "catalog_import")
    progress(0.0, Stage.READING)
    table = read_table(path)
    cols = _columns(uow, table, mapping)
    header = {name: table.headers[i] for name, i in cols.items()}
    report = CatalogReport(len(table.rows))

    def reject(line: int, name: str, reason: str, limit: int | None = None) -> None:
        report.rejected.append(Rejected(line, header.get(name, name), reason, limit=limit))

    records: dict[str, tuple[int, dict[str, Any]]] = {}
    barcodes: dict[str, str] = {}  # barcode -> SKU, in the file
    for row in table.rows:
        try:
            record = _record(table, cols, row)
        except _Bad as bad:
            reject(row.line, bad.field, bad.reason, bad.limit)
            continue
        sku, barcode = record["sku"], record.get("barcode")
        if sku in records:
            reject(row.line, "sku", "duplicate_sku")
            continue
        if barcode and barcodes.setdefault(barcode, sku) != sku:
            reject(row.line, "barcode", "duplicate_barcode")
            continue
        records[sku] = (row.line, record)
    progress(0.3, Stage.CHECKING)
    existing = _products(session, list(records))
    taken = _barcode_owners(session, list(barcodes))
    fresh: list[dict[str, Any]] = []
    touched: set[uuid.UUID] = set()
    for number, (sku, (line, record)) in enumerate(records.items()):
        if number % 500 == 0 and cancelled():
            raise ImportCancelled(number)
        barcode = record.get("barcode")
        product = existing.get(sku)
        if barcode and taken.get(barcode, sku) != sku:
            reject(line, "barcode", "barcode_taken")
            continue
        if product is None:
            fresh.append(record)
            continue
        if owner.id != product.owner_center_id:
            reject(line, "sku", "owner")
            continue
        if not product.active:
            reject(line, "sku", "retired")
            continue
        given = {k: v for k, v in record.items() if k not in record[_BLANK] | {"sku", _BLANK}}
        if all(getattr(product, k) == v for k, v in given.items()):
            report.unchanged += 1  # most lines of a second import: no attribute touched
            continue
        before = snapshot(product, RECORDED)
        apply_fields(uow, product, given)
        after = snapshot(product, RECORDED)
        if record_edit(uow, EditedKind.PRODUCT, product.id, before, after, owner.id):
            report.updated.append((sku, tuple(k for k in after if before[k] != after[k])))
            touched.add(product.id)
        else:
            report.unchanged += 1
    session.flush()
    progress(0.6, Stage.STORING)
    report.created = _insert(uow, fresh, owner, touched, progress, cancelled)
    progress(1.0, Stage.DONE)
    report.changes = Changes(catalog=True, products=frozenset(touched)) if touched else Changes()
    return report


def _insert(
    uow: UnitOfWork,
    records: list[dict[str, Any]],
    owner: Center,
    touched: set[uuid.UUID],
    progress: Callable[[float, str], None],
    cancelled: Callable[[], bool],
) -> list[str]:
    """The new products and their creation edits, as two multi-row INSERTs per chunk."""
    session = uow.session
    now = uow.clock()
    products: list[dict[str, Any]] = []
    for record in records:
        row = {
            "id": new_id(),
            "name_bo": "",
            "name_en": "",
            "unit": "piece",
            "weight_g": 0,
            "category": "general",
            "tracks_expiry": False,
            "shelf_life_days": None,
            "abc_class": "C",
            "active": True,
            "barcode": None,
            "owner_center_id": owner.id,
            **{k: v for k, v in record.items() if k != _BLANK},
        }
        row["internal_barcode"] = not row.get("barcode")
        products.append(row)
        touched.add(row["id"])
    codes = internal_codes(session, [row["id"] for row in products if row["internal_barcode"]])
    edits = []
    for row in products:
        row["barcode"] = codes.get(row["id"]) or row["barcode"]
        edits.append(
            {
                "id": new_id(),
                "at": now,
                "actor": uow.actor,
                "center_id": owner.id,
                "kind": EditedKind.PRODUCT.value,
                "row_id": row["id"],
                "before_json": "{}",
                "after_json": json.dumps({k: row[k] for k in RECORDED}),
            }
        )
    # Core executemany on the session's connection: the ORM's bulk path runs a statement
    # per few rows here (measured: 4.4 s of a 10,000-product import, bench/catalog_import).
    connection = session.connection()
    for start in range(0, len(products), INSERT_CHUNK):
        if cancelled():
            raise ImportCancelled(start)
        connection.execute(insert(_table(Product)), products[start : start + INSERT_CHUNK])
        connection.execute(insert(_table(MasterEdit)), edits[start : start + INSERT_CHUNK])
        progress(
            0.6 + 0.4 * min(len(products), start + INSERT_CHUNK) / len(products), Stage.STORING
        )
    return [row["sku"] for row in products]


def _table(model: type[Product] | type[MasterEdit]) -> SqlTable:
    return cast(SqlTable, model.__table__)


def _products(session: Session, skus: list[str]) -> dict[str, Product]:
    found: dict[str, Product] = {}
    for start in range(0, len(skus), LOOKUP_CHUNK):
        chunk = skus[start : start + LOOKUP_CHUNK]
        found.update(
            (p.sku, p) for p in session.scalars(select(Product).where(Product.sku.in_(chunk)))
        )
    return found


def _barcode_owners(session: Session, barcodes: list[str]) -> dict[str, str]:
    """SKU per barcode already in the catalogue."""
    found: dict[str, str] = {}
    for start in range(0, len(barcodes), LOOKUP_CHUNK):
        chunk = barcodes[start : start + LOOKUP_CHUNK]
        rows = session.execute(
            select(Product.barcode, Product.sku).where(Product.barcode.in_(chunk))
        )
        found.update((barcode, sku) for barcode, sku in rows if barcode)
    return found
