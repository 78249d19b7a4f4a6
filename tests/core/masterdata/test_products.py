"""Products as a clerk keeps them: EAN-13 check digits, internal codes, units, shelf life
and its proposed expiry, reorder points per center, the owning center, the history.
On SQLite and PostgreSQL (`db`)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from core.errors import DuplicateValue, InvalidValue
from core.inventory.models import Product, ProductCenter
from core.masterdata import centers, products
from core.masterdata.barcodes import check_digit, ean13
from core.masterdata.errors import BadBarcode, NoOwningCenter, NotOwner, Retired, UnknownUnit
from core.masterdata.units import parse_unit
from core.uow import Database
from tests.support.fixed_clock import TODAY

EAN = "6901234567892"  # a valid EAN-13: its check digit is 2


@pytest.fixture
def two_centers(db: Database) -> Database:
    db.run(lambda uow: centers.add_center(uow, code="TSC", name_zh="措勤"))
    db.run(lambda uow: centers.add_center(uow, code="GGY", name_zh="革吉"))
    return db


def test_ean13_is_checked_by_its_check_digit() -> None:
    assert ean13(" 6901234567892 ") == EAN
    with pytest.raises(BadBarcode) as wrong:
        ean13("6901234567893")
    assert (wrong.value.reason, wrong.value.expected) == ("check_digit", "2")
    for text in ("690123456789", "69012345678９2", "CSH-001"):
        with pytest.raises(BadBarcode) as short:
            ean13(text)
        assert short.value.reason == "ean13"


def test_units_in_english_or_chinese_and_sized_packs() -> None:
    assert [parse_unit(u) for u in ("", "Piece", "盒", "条", "pack 250 g")] == [
        "piece",
        "piece",
        "box",
        "piece",
        "pack 250 g",
    ]
    for unit in ("斤", "dozen", "pack 0 g"):
        with pytest.raises(UnknownUnit):
            parse_unit(unit)


def test_a_product_without_a_barcode_gets_an_internal_ean13(two_centers: Database) -> None:
    db = two_centers
    saved = db.run(
        lambda uow: products.add_product(uow, sku="HND-1", name_zh="手工藏毯", center="TSC")
    )
    code = saved.barcode
    assert code.startswith("29") and check_digit(code[:12]) == code[12]
    other = db.run(lambda uow: products.add_product(uow, sku="HND-2", name_zh="藏香", center="TSC"))
    assert other.barcode != code
    db.run(lambda uow: products.edit_product(uow, "HND-1", by="TSC", barcode=EAN))
    db.run(lambda uow: products.edit_product(uow, "HND-1", by="TSC", barcode=""))
    (row,) = [r for r in db.run(products.product_rows, write=False) if r.sku == "HND-1"]
    assert row.internal_barcode and row.barcode.startswith("29") and row.owner == "TSC"


def test_a_shelf_life_proposes_an_expiry_from_the_day_of_receipt(two_centers: Database) -> None:
    db = two_centers
    db.run(
        lambda uow: products.add_product(
            uow,
            sku="FOD-BUTTER",
            name_zh="酥油",
            unit="包",
            shelf_life_days="180",
            barcode=EAN,
            center="TSC",
        )
    )
    proposed = db.run(lambda uow: products.proposed_expiry(uow, "FOD-BUTTER"), write=False)
    assert proposed is not None and proposed.expiry == TODAY + timedelta(days=180)
    (row,) = db.run(products.product_rows, write=False)
    assert (row.tracks_expiry, row.unit, row.barcode) == (True, "pack", EAN)
    db.run(lambda uow: products.add_product(uow, sku="CSH-1", name_zh="围巾", center="TSC"))
    assert db.run(lambda uow: products.proposed_expiry(uow, "CSH-1"), write=False) is None


@pytest.mark.parametrize(
    ("values", "error", "field"),
    [
        ({"barcode": "6901234567893"}, BadBarcode, None),
        ({"unit": "斤"}, UnknownUnit, None),
        ({"weight_g": "1.5"}, InvalidValue, "weight_g"),
        ({"shelf_life_days": "0"}, InvalidValue, "shelf_life_days"),
        ({"category": "food"}, InvalidValue, "category"),
        ({"name_bo": "????"}, InvalidValue, "name_bo"),
        ({"sku": "CSH 1"}, InvalidValue, "sku"),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_written(
    two_centers: Database, values: dict[str, str], error: type[Exception], field: str | None
) -> None:
    db = two_centers
    record = {"sku": "CSH-1", "name_zh": "围巾", **values}
    with pytest.raises(error) as refused:
        db.run(lambda uow: products.add_product(uow, **record, center="TSC"))
    if field:
        assert refused.value.field == field  # type: ignore[attr-defined]
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Product)) == 0


def test_duplicates_of_sku_and_barcode_are_refused(two_centers: Database) -> None:
    db = two_centers
    db.run(
        lambda uow: products.add_product(
            uow, sku="CSH-1", name_zh="围巾", barcode=EAN, center="TSC"
        )
    )
    with pytest.raises(DuplicateValue) as same_sku:
        db.run(lambda uow: products.add_product(uow, sku="CSH-1", name_zh="别的", center="TSC"))
    with pytest.raises(DuplicateValue) as same_code:
        db.run(
            lambda uow: products.add_product(
                uow, sku="CSH-2", name_zh="别的", barcode=EAN, center="TSC"
            )
        )
    assert (same_sku.value.field, same_code.value.field) == ("sku", "barcode")


def test_only_the_owning_center_edits_and_every_edit_is_recorded(two_centers: Database) -> None:
    db = two_centers
    db.run(
        lambda uow: products.add_product(uow, sku="CSH-1", name_zh="围巾", center="TSC"),
        actor="dolma",
    )
    with pytest.raises(NotOwner) as refused:
        db.run(lambda uow: products.edit_product(uow, "CSH-1", by="GGY", weight_g=200))
    assert (refused.value.owner, refused.value.by) == ("TSC", "GGY")
    with pytest.raises(NotOwner):
        db.run(lambda uow: products.edit_product(uow, "CSH-1", weight_g=200))
    db.run(
        lambda uow: products.edit_product(uow, "CSH-1", by="TSC", weight_g=200, name_en="Scarf"),
        actor="tashi",
    )
    unchanged = db.run(lambda uow: products.edit_product(uow, "CSH-1", by="TSC", weight_g="200"))
    assert unchanged.changes.empty
    db.run(lambda uow: products.set_reorder_point(uow, "CSH-1", "GGY", "12"))
    db.run(lambda uow: products.retire_product(uow, "CSH-1", by="TSC"))
    with pytest.raises(Retired):
        db.run(lambda uow: products.edit_product(uow, "CSH-1", by="TSC", weight_g=1))
    edits = db.run(lambda uow: products.product_history(uow, "CSH-1"), write=False)
    assert [(e.actor, e.center, e.before, e.after) for e in edits[1:]] == [
        ("tashi", "TSC", {"name_en": "", "weight_g": 0}, {"name_en": "Scarf", "weight_g": 200}),
        (edits[2].actor, "GGY", {}, {"reorder_point": 12}),
        (edits[3].actor, "TSC", {"active": True}, {"active": False}),
    ]
    assert edits[0].after["sku"] == "CSH-1" and edits[0].actor == "dolma"
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(ProductCenter.reorder_point)) == 12
    assert db.run(lambda uow: products.product_rows(uow, retired=False), write=False) == []


def test_every_product_has_an_owning_center_and_only_it_writes(two_centers: Database) -> None:
    db = two_centers
    with pytest.raises(NoOwningCenter):
        db.run(lambda uow: products.add_product(uow, sku="CSH-1", name_zh="围巾"))
    db.run(lambda uow: products.add_product(uow, sku="CSH-1", name_zh="围巾", center="GGY"))
    for by in (None, "TSC"):
        with pytest.raises(NotOwner) as refused:
            db.run(lambda uow, by=by: products.edit_product(uow, "CSH-1", by=by, name_en="Scarf"))
        assert (refused.value.owner, refused.value.by) == ("GGY", by or "")
    (row,) = db.run(products.product_rows, write=False)
    assert (row.owner, row.name_en) == ("GGY", "")
