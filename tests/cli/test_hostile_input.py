"""Hostile input on the command line: each gets one sentence on stderr, naming the file,
line and field where there is one; never a Python type name, a traceback or pages of the
input quoted back; a non-zero exit; and nothing written to the database."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import MetaData, select

import main
from core.inventory import catalog, services
from core.uow import Database

HEADER = "订单编号,订单状态,收货人姓名,收货地址\n"
ROW = "3812345678901200001,买家已付款，等待卖家发货,卓玛,西藏阿里地区措勤县\n"
LONG = "S" * 100_000


def _xlsx(path: Path, headers: list[str]) -> None:
    book = Workbook()
    book.active.append(headers)
    book.save(path)


# Each case: a name, what to write in the folder (path -> None), the arguments ({dir} is
# the folder), and what the sentence must say.
Case = tuple[str, Callable[[Path], None], list[str], str]
CASES: list[Case] = [
    ("empty date", lambda d: None, ["plan-runs", "--date", ""], "'' is not a date"),
    (
        "date past the calendar",
        lambda d: None,
        ["plan-runs", "--date", "9999-12-31"],
        "'9999-12-31' is outside 2000-01-01 to 2199-12-31",
    ),
    (
        "runs on a date past the calendar",
        lambda d: None,
        ["runs", "--date", "9999-12-31"],
        "outside 2000-01-01",
    ),
    (
        "holiday past the calendar",
        lambda d: None,
        ["holiday", "--date", "9999-12-31", "--center", "TSC"],
        "outside 2000-01-01",
    ),
    (
        "an expiry past the calendar",
        lambda d: None,
        [
            "adjust",
            "--center",
            "TSC",
            "--bin",
            "A-01",
            "CSH-001",
            "+1",
            "--reason",
            "found",
            "--lot",
            "L9",
            "--expiry",
            "9999-12-31",
        ],
        "outside 2000-01-01",
    ),
    (
        "plain csv without a mapping",
        lambda d: (d / "plain.csv").write_text("a,b\n1,2\n", encoding="utf-8"),
        ["import-orders", "{dir}/plain.csv", "--format", "csv", "--center", "TSC"],
        "--mapping",
    ),
    (
        "unknown mapping",
        lambda d: (d / "plain.csv").write_text("a,b\n1,2\n", encoding="utf-8"),
        ["import-orders", "{dir}/plain.csv", "--mapping", "nosuch", "--center", "TSC"],
        "nosuch",
    ),
    (
        "a 1 MB cell",
        lambda d: (d / "big.csv").write_text(
            HEADER + ROW.replace("卓玛", "卓" * 1_000_000), encoding="utf-8"
        ),
        ["import-orders", "{dir}/big.csv", "--center", "TSC"],
        "line 2, column 收货人姓名",
    ),
    (
        "UTF-16",
        lambda d: (d / "u16.csv").write_bytes((HEADER + ROW).encode("utf-16")),
        ["import-orders", "{dir}/u16.csv", "--center", "TSC"],
        "UTF-16",
    ),
    (
        "Shift-JIS",
        lambda d: (d / "sjis.csv").write_bytes(
            "注文番号,注文状態,受取人氏名,お届け先住所\n1,発送待ち,山田,東京都\n".encode(
                "shift_jis"
            )
        ),
        ["import-orders", "{dir}/sjis.csv", "--center", "TSC"],
        "UTF-8",
    ),
    (
        "Big5",
        lambda d: (d / "big5.csv").write_bytes(
            "訂單編號,訂單狀態,收貨人姓名,收貨地址\n1,買家已付款,卓瑪,西藏阿里地區\n".encode("big5")
        ),
        ["import-orders", "{dir}/big5.csv", "--center", "TSC"],
        "Big5",
    ),
    (
        "an xlsx named .csv, of another program",
        lambda d: _xlsx(d / "sheet.csv", ["货号", "数量"]),
        ["import-orders", "{dir}/sheet.csv", "--center", "TSC"],
        "订单编号",
    ),
    (
        "a damaged xlsx",
        lambda d: (d / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100),
        ["import-orders", "{dir}/broken.xlsx", "--center", "TSC"],
        "broken.xlsx",
    ),
    (
        "no such file",
        lambda d: None,
        ["import-orders", "{dir}/nothere.csv", "--center", "TSC"],
        "nothere.csv",
    ),
    (
        "a folder as the file",
        lambda d: (d / "folder.csv").mkdir(),
        ["import-orders", "{dir}/folder.csv", "--center", "TSC"],
        "folder.csv",
    ),
    (
        "an endless file",
        lambda d: None,
        ["import-orders", "/dev/zero", "--center", "TSC"],
        "/dev/zero",
    ),
    ("a long center code", lambda d: None, ["stock", "--center", LONG], "unknown center"),
    (
        "a long SKU",
        lambda d: None,
        ["adjust", "--center", "TSC", "--bin", "A-01", LONG, "-2", "--reason", "damaged"],
        "SSS",
    ),
    ("a long stock card SKU", lambda d: None, ["stock-card", LONG], "unknown product"),
    (
        "a long adjustment reason",
        lambda d: None,  # refused by argparse's choices
        ["adjust", "--center", "TSC", "--bin", "A-01", "CSH-001", "-1", "--reason", LONG],
        "invalid choice",
    ),
    (
        "a long supplier",
        lambda d: None,
        ["receipt", "new", "--center", "TSC", "--supplier", "s" * 10_000],
        "supplier is too long: 10000 characters, at most 200",
    ),
    (
        "a long note",
        lambda d: None,
        [
            "adjust",
            "--center",
            "TSC",
            "--bin",
            "A-01",
            "CSH-001",
            "-1",
            "--reason",
            "damaged",
            "--note",
            "n" * 600,
        ],
        "note is too long: 600 characters, at most 500",
    ),
    (
        "a CSV into a folder that does not exist",
        lambda d: None,
        ["stock-card", "CSH-001", "--csv", "{dir}/no/such/folder/card.csv"],
        "there is no folder",
    ),
]

# Python's names: `FileNotFoundError`, `BadZipFile`, `MappingRequired(path=...)`, `not_found`.
_TYPE_NAME = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b|\b\w+\(\w+=|\b[a-z]+_[a-z_]+\b")


def _seed(db: Database) -> None:
    with db.uow() as uow:
        center = catalog.create_center(
            uow, code="TSC", name_zh="措勤配送中心", county_code="542527"
        )
        catalog.create_bin(uow, center, "A-01")
        catalog.create_product(uow, sku="CSH-001", name_zh="羊绒围巾")
        services.receive(uow, center="TSC", bin="A-01", sku="CSH-001", quantity=5)
        uow.commit()


def _digest(db: Database) -> str:
    """Every row of every table, so that any write at all shows."""
    metadata = MetaData()
    metadata.reflect(db.engine)
    digest = hashlib.sha256()
    with db.engine.connect() as connection:
        for name, table in sorted(metadata.tables.items()):
            rows = sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            digest.update(f"{name}:{len(rows)}:{''.join(rows)}".encode())
    return digest.hexdigest()


@pytest.mark.parametrize("name, make, argv, says", CASES, ids=[c[0] for c in CASES])
def test_hostile_input_gets_a_sentence_and_writes_nothing(
    name, make, argv, says, db, db_url, tmp_path, capsys
):  # type: ignore[no-untyped-def]
    if "/dev/zero" in argv and not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    _seed(db)
    make(tmp_path)
    main.main(["--db", db_url, "stock"])  # the start-up upkeep, before the snapshot
    capsys.readouterr()
    before = _digest(db)
    try:
        code = main.main(["--db", db_url, *(a.replace("{dir}", str(tmp_path)) for a in argv)])
    except SystemExit as refused:  # argparse refused an option: usage, then its sentence
        code = refused.code
    _, err = capsys.readouterr()
    assert code != 0, err
    lines = err.splitlines()
    assert err.endswith("\n") and "error: " in lines[-1], err
    if not lines[0].startswith("usage: "):
        assert len(lines) == 1 and err.startswith("error: "), err
    sentence = lines[-1].replace(str(tmp_path), "DIR")
    assert says in lines[-1]
    assert not _TYPE_NAME.search(sentence), sentence
    assert "Traceback" not in sentence and len(sentence) < 300, sentence[:400]
    assert _digest(db) == before
