"""`import-arrivals`: the orders screen's arrival list on the command line (issue 9)."""

from __future__ import annotations

import json

import main
from tests.support.order_files import CISHI, TSOCHEN_TOWN, build_depot, write_csv

HEADERS = ["运单号", "收件人", "收件人电话", "收件地址", "快递公司"]


def test_an_arrival_list_registers_its_parcels_once(
    sqlite_db, sqlite_url, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    build_depot(sqlite_db)
    path = write_csv(
        tmp_path / "arrivals.csv",
        HEADERS,
        [
            ["ZTO0000000001", "卓玛", "13800000000", TSOCHEN_TOWN, "中通"],
            ["ZTO0000000002", "次仁", "13800000001", CISHI, "中通"],
            ["ZTO0000000003", "", "", CISHI, "中通"],
        ],
        encoding="gb18030",
    )
    assert main.main(["--db", sqlite_url, "import-arrivals", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out) == {
        "rows": 3,
        "imported": 2,
        "duplicates": 0,
        "rejected": [{"line": 4, "field": "收件人", "reason": "required"}],
        "needs_review": 0,
    }
    assert main.main(["--db", sqlite_url, "import-arrivals", str(path)]) == 0
    assert capsys.readouterr().out == (
        "registered 0 parcels from 3 rows; 2 already known, 1 rejected, 0 addresses to review\n"
        "  line 4, column 收件人: rejected: empty\n"
    )
    assert main.main(["--db", sqlite_url, "parcels", "--status", "ready", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main.main(["--db", sqlite_url, "import-arrivals", str(tmp_path / "none.csv")]) == 3
    assert capsys.readouterr().err.endswith("; nothing was imported\n")
