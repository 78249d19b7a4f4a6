"""The command-line contract of `import-orders` and `parcels`, and a killed import."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from core.orders.imports import import_orders
from core.orders.models import OrderImport
from core.shipping.models import Order, OrderLine, Parcel
from tests.support.killed import start_until
from tests.support.order_files import (
    ORDER_HEADERS,
    TSOCHEN_TOWN,
    UNPAID,
    build_depot,
    order,
    order_id,
    write_csv,
)

ROOT = Path(__file__).resolve().parents[2]
IMPORT_KEYS = {"imported", "duplicates", "skipped", "rejected", "needs_review"}
PARCEL_KEYS = {
    "id",
    "order_id",
    "recipient",
    "phone",
    "township_code",
    "village_point",
    "route",
    "status",
    "tracking",
    "weight_g",
}


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--db", url, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_import_and_parcels_json_contract(db, db_url, tmp_path):
    build_depot(db)
    path = write_csv(
        tmp_path / "ExportOrderList.csv",
        ORDER_HEADERS,
        [
            order(1, recipient="བཀྲ་ཤིས་", address=TSOCHEN_TOWN),
            order(2, raw_id="3.81235E+18"),
            order(3, status=UNPAID),
            order(4, address="西藏 阿里 措勤 磁石"),
        ],
        encoding="gb18030",
    )
    done = cli(db_url, "import-orders", str(path), "--json", "--center", "TSC")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) >= IMPORT_KEYS
    assert (report["imported"], report["duplicates"]) == (2, 0)
    assert report["skipped"] == [
        {"line": 4, "order_id": order_id(3), "reason": "unpaid", "status": UNPAID}
    ]
    assert [{k: r[k] for k in ("line", "field", "reason")} for r in report["rejected"]] == [
        {"line": 3, "field": "订单编号", "reason": "excel_mangled"}
    ]
    assert isinstance(report["needs_review"], int)

    again = json.loads(cli(db_url, "import-orders", str(path), "--json").stdout)
    assert (again["imported"], again["duplicates"]) == (0, 2)

    listed = cli(db_url, "parcels", "--status", "new", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {r["order_id"]: r for r in json.loads(listed.stdout)}
    assert set(rows) == {order_id(1), order_id(4)}
    assert all(set(r) >= PARCEL_KEYS for r in rows.values())
    first = rows[order_id(1)]
    assert (first["recipient"], first["township_code"], first["route"]) == (
        "བཀྲ་ཤིས་",
        "542527100",
        "township",
    )
    assert (first["status"], first["tracking"], first["weight_g"]) == ("new", None, None)
    assert json.loads(cli(db_url, "parcels", "--status", "ready", "--json").stdout) == []


def test_file_that_cannot_be_imported_exits_non_zero_and_writes_nothing(db, db_url, tmp_path):
    build_depot(db)
    cut = write_csv(
        tmp_path / "cut.csv", [h for h in ORDER_HEADERS if h != "收货人姓名"], [order(1)]
    )
    done = cli(db_url, "import-orders", str(cut), "--json")
    assert done.returncode != 0
    assert "收货人姓名" in done.stderr and "nothing was imported" in done.stderr
    assert json.loads(done.stdout)["error"] == "missing_columns"
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(",".join(ORDER_HEADERS).encode("utf-16"))
    done = cli(db_url, "import-orders", str(utf16))
    assert done.returncode != 0 and "saved as UTF-16" in done.stderr
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Order)) == 0


KILLED_IMPORT = textwrap.dedent("""
    import sys, time
    from core.database import open_database
    from core.orders.imports import import_orders

    db = open_database(sys.argv[1])

    def progress(fraction, message):
        if message == "storing" and fraction > 0.6:
            print("storing", flush=True)
            time.sleep(30)  # the test kills us here, rows flushed but not committed

    with db.uow() as uow:
        import_orders(uow, sys.argv[2], center="TSC", progress=progress)
        uow.commit()
    print("committed", flush=True)
""")


def test_import_killed_mid_way_leaves_nothing(db, db_url, tmp_path):
    build_depot(db)
    path = write_csv(tmp_path / "big.csv", ORDER_HEADERS, [order(n) for n in range(6_000)])
    process = start_until(KILLED_IMPORT, tmp_path, [db_url, str(path)], "storing")
    with db.uow(write=False) as uow:  # the rows are in the database, uncommitted
        assert uow.session.scalar(select(func.count()).select_from(Order)) == 0
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    with db.uow(write=False) as uow:
        s = uow.session
        assert [
            s.scalar(select(func.count()).select_from(t))
            for t in (Order, OrderLine, Parcel, OrderImport)
        ] == [0, 0, 0, 0]
    with db.uow() as uow:  # and the file imports whole afterwards
        assert import_orders(uow, path, center="TSC").imported == 6_000
        uow.commit()


def test_allocate_orders_says_why_each_order_waits(sqlite_db, sqlite_url, tmp_path, capsys):
    import main

    build_depot(sqlite_db, scarves=1)
    path = write_csv(tmp_path / "ExportOrderList.csv", ORDER_HEADERS, [order(1, title="羊绒手套")])
    with sqlite_db.uow() as uow:
        import_orders(uow, path, center="TSC")  # no item report: the line names no SKU
        uow.commit()
    assert main.main(["--db", sqlite_url, "allocate-orders", "--center", "TSC"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "reserved 0 parcels; 1 wait on backorder",
        f"  order {order_id(1)} 卓玛: '羊绒手套' has no SKU (import the item report with --items)",
    ]


def test_register_arrival_says_where_it_goes_or_that_it_needs_review(sqlite_db, sqlite_url, capsys):
    import main

    build_depot(sqlite_db)
    base = ["--db", sqlite_url, "register-arrival", "--recipient", "旺堆", "--center", "TSC"]
    assert main.main([*base, "YT1000000001", "--address", "西藏 阿里 措勤县 磁石乡"]) == 0
    assert main.main([*base, "YT1000000002", "--address", "西藏 拉萨市 城关区"]) == 0
    assert main.main([*base, "YT1000000003", "--address", "第一村"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "registered YT1000000001: township 542527200",
        "registered YT1000000002: postal",
        "registered YT1000000003: address needs review (see the review command)",
    ]
