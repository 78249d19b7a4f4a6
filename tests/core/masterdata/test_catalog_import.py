"""The catalog import: encodings and XLSX, saved mappings, every bad line by line and
column, re-imports that change only what changed, nothing written when the file cannot
be read or the process is killed half-way. On SQLite and PostgreSQL (`db`)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.inventory.models import Product
from core.masterdata import centers, products
from core.masterdata.catalog_import import import_products
from core.masterdata.errors import NoOwningCenter
from core.masterdata.models import MasterEdit
from core.orders.importing.errors import MissingColumns, UnreadableFile
from core.orders.mappings import save_mapping
from core.uow import Database
from tests.support.catalog_files import HEADERS, ean, product_row, write_catalog
from tests.support.killed import start_until
from tests.support.order_files import write_xlsx

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def tsc(db: Database) -> None:
    """The center whose PC imports: every product has an owning center."""
    db.run(lambda uow: centers.add_center(uow, code="TSC", name_zh="措勤"))


def counts(db: Database) -> tuple[int, int]:
    with db.uow(write=False) as uow:
        s = uow.session
        return (
            s.scalar(select(func.count()).select_from(Product)) or 0,
            s.scalar(
                select(func.count()).select_from(MasterEdit).where(MasterEdit.kind == "product")
            )
            or 0,
        )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_catalog_in_each_encoding_imports_with_its_three_scripts(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    path = write_catalog(tmp_path / "catalog.csv", [product_row(n) for n in range(3)], encoding)
    report = db.run(lambda uow: import_products(uow, path, center="TSC"))
    assert (len(report.created), report.rejected) == (3, [])
    row = db.run(products.product_rows, write=False)[1]
    assert (row.sku, row.name_bo, row.unit, row.category, row.barcode) == (
        "CSH-00001",
        "ར་ཁུལ་སྐེ་དཀྲིས",
        "piece",
        "livestock",
        ean(1),
    )


def test_an_xlsx_catalog_through_a_saved_mapping(db: Database, tmp_path: Path) -> None:
    headers = ["Item", "Chinese", "Pack", "Days"]
    path = write_xlsx(
        tmp_path / "list.xlsx", headers, [["FOD-1", "酥油", "包", 180], ["FOD-2", "糌粑", "袋", ""]]
    )
    db.run(
        lambda uow: save_mapping(
            uow,
            name="supplier",
            kind="products",
            columns={
                "sku": "Item",
                "name_zh": "Chinese",
                "unit": "Pack",
                "shelf_life_days": "Days",
            },
        )
    )
    report = db.run(lambda uow: import_products(uow, path, mapping="supplier", center="TSC"))
    assert sorted(report.created) == ["FOD-1", "FOD-2"]
    butter, tsampa = db.run(products.product_rows, write=False)
    assert (butter.unit, butter.shelf_life_days, butter.tracks_expiry) == ("pack", 180, True)
    assert (tsampa.unit, tsampa.tracks_expiry, tsampa.internal_barcode) == ("bag", False, True)


def test_every_bad_line_is_reported_by_line_and_column_and_the_rest_imports(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        product_row(1),
        product_row(1, 商品名称="又一条"),  # line 3: the SKU again
        product_row(3, 条形码="6901234567893"),  # line 4: check digit is 2
        product_row(4, 单位="斤"),  # line 5: not a countable unit
        product_row(5, 藏文名称="????????"),  # line 6: GBK lost the Tibetan
        product_row(6, 条形码=ean(1)),  # line 7: line 2's barcode
        product_row(7, **{"重量(克)": "1.5"}),  # line 8
        product_row(8, 商品名称=""),  # line 9
        product_row(9),
    ]
    path = write_catalog(tmp_path / "catalog.csv", rows)
    report = db.run(lambda uow: import_products(uow, path, center="TSC"))
    assert [(r.line, r.field, r.reason) for r in report.rejected] == [
        (3, "商家编码", "duplicate_sku"),
        (4, "条形码", "check_digit"),
        (5, "单位", "unknown_unit"),
        (6, "藏文名称", "lost_text"),
        (7, "条形码", "duplicate_barcode"),
        (8, "重量(克)", "number"),
        (9, "商品名称", "required"),
    ]
    assert sorted(report.created) == ["CSH-00001", "CSH-00009"]


def test_a_second_import_changes_only_what_changed_and_says_so(
    db: Database, tmp_path: Path
) -> None:
    rows = [product_row(n) for n in range(5)]
    path = write_catalog(tmp_path / "catalog.csv", rows)
    db.run(lambda uow: import_products(uow, path, center="TSC"))
    again = db.run(lambda uow: import_products(uow, path, center="TSC"))
    assert (again.created, again.updated, again.unchanged) == ([], [], 5)
    assert again.changes.empty
    rows[2] = product_row(2, **{"重量(克)": "150", "英文名称": "Scarf two"})
    rows[3] = product_row(3, 藏文名称="")  # a blank cell clears nothing
    rows.append(product_row(9))
    changed = db.run(
        lambda uow: import_products(uow, write_catalog(tmp_path / "b.csv", rows), center="TSC")
    )
    assert changed.created == ["CSH-00009"]
    assert changed.updated == [("CSH-00002", ("name_en", "weight_g"))]
    assert changed.unchanged == 4
    edits = db.run(lambda uow: products.product_history(uow, "CSH-00002"), write=False)
    assert edits[-1].before == {"name_en": "Cashmere scarf 2", "weight_g": 120}
    assert db.run(products.product_rows, write=False)[3].name_bo == "ར་ཁུལ་སྐེ་དཀྲིས"


def test_another_centers_products_are_left_as_they_are(db: Database, tmp_path: Path) -> None:
    db.run(lambda uow: centers.add_center(uow, code="GGY", name_zh="革吉"))
    path = write_catalog(tmp_path / "catalog.csv", [product_row(1)])
    db.run(lambda uow: import_products(uow, path, center="TSC"))
    changed = write_catalog(tmp_path / "b.csv", [product_row(1, **{"重量(克)": "99"})])
    report = db.run(lambda uow: import_products(uow, changed, center="GGY"))
    assert [(r.line, r.reason) for r in report.rejected] == [(2, "owner")]
    assert db.run(products.product_rows, write=False)[0].weight_g == 120


def test_a_file_that_cannot_be_read_writes_nothing(db: Database, tmp_path: Path) -> None:
    big5 = tmp_path / "big5.csv"
    big5.write_bytes(",".join(HEADERS).encode("utf-8") + "\r\nA,羊絨圍巾\r\n".encode("big5"))
    no_sku = tmp_path / "no_sku.csv"
    no_sku.write_text("名称,单位\r\n围巾,条\r\n", encoding="utf-8")
    with pytest.raises(UnreadableFile):
        db.run(lambda uow: import_products(uow, big5, center="TSC"))
    with pytest.raises(MissingColumns) as missing:
        db.run(lambda uow: import_products(uow, no_sku, center="TSC"))
    assert missing.value.columns == ("SKU",)
    with pytest.raises(UnreadableFile):
        db.run(lambda uow: import_products(uow, tmp_path / "absent.csv", center="TSC"))
    assert counts(db) == (0, 0)


KILLED_IMPORT = """
import sys, time
from core.masterdata.catalog_import import import_products
from core.storage.engine import make_engine
from core.uow import Database

def progress(fraction, stage):
    if stage == "storing" and fraction > 0.6:  # a first chunk is inserted, uncommitted
        print("stored", flush=True)
        time.sleep(600)

db = Database(make_engine(sys.argv[1]))
with db.uow() as uow:
    import_products(uow, sys.argv[2], progress=progress, center="TSC")
    uow.commit()
print("committed", flush=True)
"""


def test_an_import_killed_half_way_leaves_nothing(
    db: Database, db_url: str, tmp_path: Path
) -> None:
    path = write_catalog(tmp_path / "big.csv", [product_row(n) for n in range(5_000)])
    process = start_until(KILLED_IMPORT, tmp_path, [db_url, str(path)], "stored")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert counts(db) == (0, 0)
    report = db.run(lambda uow: import_products(uow, path, center="TSC"))
    assert len(report.created) == 5_000 and counts(db) == (5_000, 5_000)


def test_an_import_without_an_owning_center_is_refused_before_reading(
    db: Database, tmp_path: Path
) -> None:
    path = write_catalog(tmp_path / "a.csv", [product_row(1)])
    with pytest.raises(NoOwningCenter) as refused:
        db.run(lambda uow: import_products(uow, path))
    assert refused.value.kind == "catalog_import" and counts(db) == (0, 0)
