"""From an empty HOME to a working center through the command line alone: a center, a
rack of bins and products, a receipt scanned and posted, a product label printed (and
read back by a barcode decoder), without `demo` ever running. Then each command's
refusals and its JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.support.catalog_files import ean, product_row, write_catalog
from tests.support.fixed_clock import TODAY
from tests.support.order_files import write_xlsx
from tests.support.pdfs import decode, render_pages

ROOT = Path(__file__).resolve().parents[2]


def depot(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`main.py ARGS` as a clerk on a new PC runs it: its own HOME, no database named."""
    env = {k: v for k, v in os.environ.items() if k != "DEPOT_DB" and not k.startswith("XDG_")}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env={**env, "HOME": str(home)},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def ok(home: Path, *args: str) -> str:
    done = depot(home, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_new_center_starts_from_the_command_line_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    missing = depot(home, "products", "list")
    assert missing.returncode == 2 and "centers add" in missing.stderr
    ok(home, "centers", "add", "tsc", "--name-zh", "措勤县物流配送中心", "--county", "542527")
    racked = json.loads(
        ok(home, "bins", "add", "--center", "TSC", "--range", "A-01-01:B-02-02", "--json")
    )
    assert len(racked["created"]) == 8 and racked["existing"] == []
    scarf = ean(101)
    ok(
        home,
        "products",
        "add",
        "CSH-1",
        "--name-zh",
        "羊绒围巾",
        "--barcode",
        scarf,
        "--weight-g",
        "120",
    )
    butter = json.loads(
        ok(home, "products", "add", "FOD-1", "--name-zh", "酥油", "--expiry-days", "180", "--json")
    )
    assert butter["barcode"].startswith("29")  # an internal code, sold without a barcode
    number = ok(home, "receipt", "new", "--center", "TSC").split(":")[0]
    ok(home, "receipt", "add", number, scarf, "5", "--bin", "A-01-01")
    ok(
        home,
        "receipt",
        "add",
        number,
        butter["barcode"],
        "3",
        "--bin",
        "A-01-02",
        "--lot",
        "B1",
        "--expiry",
        str(TODAY + timedelta(days=365)),
    )
    ok(home, "receipt", "post", number)
    stock = {(r["sku"], r["on_hand"]) for r in json.loads(ok(home, "stock", "--json"))}
    assert stock == {("CSH-1", 5), ("FOD-1", 3)}
    pdf = tmp_path / "labels.pdf"
    ok(home, "labels", "--products", "CSH-1,FOD-1", "--out", str(pdf))
    codes = {text for page in render_pages(pdf) for _, text in decode(page)}
    assert {scarf, butter["barcode"]} <= codes
    listed = json.loads(ok(home, "products", "list", "--json"))
    assert [(p["sku"], p["owner"], p["shelf_life_days"]) for p in listed] == [
        ("CSH-1", "TSC", None),
        ("FOD-1", "TSC", 180),
    ]
    assert [c["code"] for c in json.loads(ok(home, "centers", "list", "--json"))] == ["TSC"]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    place = tmp_path / "home"
    place.mkdir()
    ok(place, "centers", "add", "TSC", "--name-zh", "措勤")
    return place


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["centers", "add", "TSC", "--name-zh", "又一个"], "code 'TSC' already exists"),
        (["centers", "add", "T", "--name-zh", "x"], "2 to 16 letters"),
        (["bins", "add", "--center", "TSC", "--range", "D-01:A-01"], "comes before the first"),
        (["bins", "add", "--center", "GGY", "A-01"], "unknown center 'GGY'"),
        (["products", "add", "X-1", "--name-zh", "x", "--barcode", "6901234567893"], "should be 2"),
        (["products", "add", "X-1", "--name-zh", "x", "--unit", "斤"], "unit '斤' is not one of"),
    ],
)
def test_each_refusal_is_one_sentence_and_exit_status_2(
    home: Path, args: list[str], sentence: str
) -> None:
    refused = depot(home, *args)
    assert refused.returncode == 2 and sentence in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_products_import_reports_created_updated_unchanged_and_rejected_lines(
    home: Path, tmp_path: Path
) -> None:
    rows = [product_row(1), product_row(2), product_row(3, 条形码="6901234567893")]
    path = write_catalog(tmp_path / "catalog.csv", rows, "gb18030")
    first = json.loads(ok(home, "products", "import", str(path), "--json"))
    assert (first["created"], first["updated"], first["unchanged"]) == (2, 0, 0)
    assert first["rejected"] == [{"line": 4, "column": "条形码", "reason": "check_digit"}]
    rows[1] = product_row(2, 英文名称="Scarf two")
    write_catalog(path, rows, "gb18030")
    text = ok(home, "products", "import", str(path))
    assert text.splitlines()[0] == "3 rows: 0 created, 1 updated, 1 unchanged, 1 rejected"
    assert "  CSH-00002: changed name_en" in text
    assert "line 4, column 条形码: rejected: not an EAN-13: its last digit" in text
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\xff\xfe\x00\x00garbage")
    failed = depot(home, "products", "import", str(broken), "--json")
    assert failed.returncode == 3 and "nothing was imported" in failed.stderr
    assert json.loads(failed.stdout)["created"] == 0


def test_a_saved_product_mapping_reads_a_supplier_sheet(home: Path, tmp_path: Path) -> None:
    ok(
        home,
        "products",
        "mapping",
        "herders",
        "--column",
        "sku=Item",
        "--column",
        "name_zh=品名",
        "--column",
        "unit=Pack",
    )
    sheet = write_xlsx(
        tmp_path / "herders.xlsx", ["Item", "品名", "Pack"], [["YAK-1", "牦牛肉干", "袋"]]
    )
    report = json.loads(
        ok(home, "products", "import", str(sheet), "--mapping", "herders", "--json")
    )
    assert (report["created"], report["rejected"]) == (1, [])
    refused = depot(home, "products", "mapping", "x", "--column", "sku")
    assert refused.returncode == 2 and "FIELD=HEADER" in refused.stderr


def test_a_product_with_no_owning_center_is_refused_naming_the_option() -> None:
    from cli.errors import describe
    from core.masterdata.errors import NoOwningCenter, Retired

    assert "--center CODE" in describe(NoOwningCenter("product"))
    assert "nothing new" in describe(Retired("center", "GER"))
