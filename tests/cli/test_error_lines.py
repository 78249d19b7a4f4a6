"""Error lines a clerk reads on the command line: what is missing, named as an option."""

from __future__ import annotations

import main
from core.inventory import catalog


def _two_centers(db) -> None:  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        catalog.create_center(uow, code="TSC", name_zh="措勤配送中心", county_code="542527")
        catalog.create_center(uow, code="GER", name_zh="噶尔配送中心", county_code="542523")
        uow.commit()


def test_missing_center_and_unknown_center(sqlite_db, sqlite_url, tmp_path, capsys):
    _two_centers(sqlite_db)
    orders = tmp_path / "ExportOrderList.csv"
    orders.write_text("订单编号,订单状态,收货人姓名,收货地址\n", encoding="utf-8")
    assert main.main(["--db", sqlite_url, "import-orders", str(orders)]) == 2
    assert capsys.readouterr().err == "error: center is required (give --center)\n"
    assert main.main(["--db", sqlite_url, "parcels", "--center", "XX"]) == 2
    assert capsys.readouterr().err == "error: unknown center 'XX'\n"
    assert main.main(["--db", sqlite_url, "parcels", "--center", "ger"]) == 0
    assert capsys.readouterr().out == "no parcels\n"


def test_database_that_cannot_be_reached_is_one_line(capsys):
    url = "postgresql+psycopg://postgres@127.0.0.1:1/none"  # nothing listens on port 1
    assert main.main(["--db", url, "stock"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: OperationalError: ") and err.count("\n") == 1
    assert "sqlalche.me" not in err


def _exit(argv: list[str]) -> int:
    try:
        return main.main(argv)
    except SystemExit as stop:  # argparse refuses an argument before any command runs
        return int(stop.code or 0)


def test_a_refused_date_says_the_format_on_stderr(sqlite_db, sqlite_url, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _two_centers(sqlite_db)
    out = str(tmp_path / "m.pdf")
    for argv in (
        ["manifest", "--daily", "TSC", "--date", "2026/12/01", "--out", out],
        ["plan-runs", "--date", ""],
        ["runs", "--date", "1.12.2026"],
        ["holiday", "--date", "tomorrow"],
    ):
        assert _exit(["--db", sqlite_url, *argv]) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and "expected YYYY-MM-DD" in captured.err, argv
    assert _exit(["--db", sqlite_url, "manifest", "--daily", "TSC", "--out", out]) == 2
    assert capsys.readouterr() == ("", "error: date is required (give --date)\n")
    with sqlite_db.uow() as uow:
        catalog.create_bin(uow, catalog.get_center(uow.session, "TSC"), "A-01", "A")
        catalog.create_product(uow, sku="SNC-CRM", name_zh="雪鸡面霜", tracks_expiry=True)
        uow.commit()
    argv = [
        "adjust",
        "--center",
        "TSC",
        "--bin",
        "A-01",
        "SNC-CRM",
        "+2",
        "--reason",
        "found",
        "--lot",
        "L1",
        "--expiry",
        "01.12.2027",
    ]
    assert _exit(["--db", sqlite_url, *argv]) == 2
    assert capsys.readouterr() == (
        "",
        "error: expiry: '01.12.2027' is not valid: expected YYYY-MM-DD, e.g. 2026-12-01\n",
    )
    assert list(tmp_path.glob("*.pdf")) == []
