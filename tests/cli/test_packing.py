"""Pick lists and packing on the command line, as the packing screen does them (issue 9):
import, allocate, `pick new`, `pick scan`, `pack scan`, `pack close`, each with --json."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select

import main
from core.inventory.models import Balance
from core.shipping.models import Parcel
from tests.support.order_files import (
    INCENSE_EAN,
    ITEM_HEADERS,
    ORDER_HEADERS,
    SCARF_EAN,
    build_depot,
    item,
    order,
    order_id,
    write_csv,
)


def _depot(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build_depot(db)
    orders = write_csv(tmp_path / "o.csv", ORDER_HEADERS, [order(1), order(2)])
    items = write_csv(
        tmp_path / "o_items.csv",
        ITEM_HEADERS,
        [item(1, "CSH-001", "2"), item(1, "INC-001"), item(2, "INC-001")],
    )
    assert (
        main.main(
            [
                "--db",
                _url(db),
                "import-orders",
                str(orders),
                "--items",
                str(items),
                "--center",
                "TSC",
            ]
        )
        == 0
    )
    assert main.main(["--db", _url(db), "allocate-orders", "--center", "TSC"]) == 0


def _url(db) -> str:  # type: ignore[no-untyped-def]
    return db.engine.url.render_as_string(hide_password=False)


def _json(capsys, db, *argv: str):  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main.main(["--db", _url(db), *argv, "--json"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return json.loads(out)


def _fails(capsys, db, *argv: str) -> str:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main.main(["--db", _url(db), *argv]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def test_pick_and_pack_two_orders(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _depot(db, tmp_path)
    created = _json(capsys, db, "pick", "new", "--center", "TSC")
    list_id = created["pick_list"]
    assert created["parcels"] == 2
    assert [(x["bin"], x["sku"], x["quantity"], x["picked"]) for x in created["lines"]] == [
        ("A-01", "INC-001", 1, False),
        ("A-01", "INC-001", 1, False),
        ("B-01", "CSH-001", 2, False),
    ]
    assert set(created["lines"][0]) == {
        "bin",
        "sku",
        "name",
        "lot",
        "expiry",
        "quantity",
        "order",
        "picked",
        "reservation",
    }
    assert _json(capsys, db, "pick", "list", "--center", "TSC")[0]["pick_list"] == list_id
    assert _fails(capsys, db, "pick", "new", "--center", "TSC") == (
        "error: no reserved order of TSC waits for a pick list (allocate-orders first)\n"
    )

    dump = tmp_path / "picked.txt"
    dump.write_bytes(f"\ufeff{INCENSE_EAN}\r\n\r\n{SCARF_EAN}\r\n".encode())
    picked = _json(capsys, db, "pick", "scan", list_id, "--from", str(dump))
    assert [x["sku"] for x in picked["picked"]] == ["INC-001", "CSH-001"]
    assert picked["open_lines"] == 1
    # The third incense has no open line: the whole batch is refused, nothing picked.
    err = _fails(capsys, db, "pick", "scan", list_id, INCENSE_EAN, INCENSE_EAN)
    assert err == (
        f"error: argument 2: {INCENSE_EAN!r} has no open line on this pick list "
        "(wrong item, or all picked); nothing was recorded\n"
    )
    assert [x["picked"] for x in _json(capsys, db, "pick", "show", list_id)] == [True, False, True]

    first = order_id(1)
    state = _json(capsys, db, "pack", "show", first)
    assert (state["order"], state["complete"]) == (first, False)
    assert [(x["sku"], x["quantity"], x["packed"]) for x in state["lines"]] == [
        ("CSH-001", 2, 0),
        ("INC-001", 1, 0),
    ]
    err = _fails(capsys, db, "pack", "close", first, "--weight", "850")
    assert err == "error: not all packed: still 2 x CSH-001, 1 x INC-001\n"
    err = _fails(capsys, db, "pack", "scan", first, SCARF_EAN, "6900000000000")
    assert err == (
        "error: argument 2: '6900000000000' is not in this order: keep it out of the "
        "parcel; nothing was recorded\n"
    )
    state = _json(capsys, db, "pack", "scan", first, SCARF_EAN, SCARF_EAN, "INC-001")
    assert state["complete"] is True
    closed = _json(capsys, db, "pack", "close", first, "--weight", "850")
    assert closed == {"parcel": state["parcel"], "status": "ready", "weight_g": 850}
    assert "no parcel of order" in _fails(capsys, db, "pack", "show", first)
    with db.uow(write=False) as uow:
        parcel = uow.session.get_one(Parcel, uuid.UUID(state["parcel"]))
        assert (parcel.status, parcel.weight_g) == ("ready", 850)
        on_hand = dict(uow.session.execute(select(Balance.bin_id, Balance.on_hand)).all())
    assert sorted(on_hand.values()) == [8, 9]  # 2 scarves and 1 incense left their bins


def test_weights_and_batches_that_are_refused(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _depot(db, tmp_path)
    for weight in ("1e3", "850.5", "-5", "８５０"):
        capsys.readouterr()
        try:
            main.main(["--db", _url(db), "pack", "close", order_id(2), "--weight", weight])
        except SystemExit as stop:
            assert stop.code == 2
        err = capsys.readouterr().err
        assert "is not a whole number of grams: expected digits only" in err, weight
    assert "no codes: give them as arguments or with --from FILE" in _fails(
        capsys, db, "pack", "scan", order_id(2)
    )
    binary = tmp_path / "dump.bin"
    binary.write_bytes(b"INC-001\n\x00\x01\x02\n")
    assert _fails(capsys, db, "pack", "scan", order_id(2), "--from", str(binary)) == (
        f"error: {binary} line 2 is not UTF-8 text: give a text file with one code a line; "
        "nothing was recorded\n"
    )
    long_line = tmp_path / "long.txt"
    long_line.write_text("INC-001\n" + "9" * 5000, encoding="utf-8")
    assert "line 2 is longer than 200 characters" in _fails(
        capsys, db, "pack", "scan", order_id(2), "--from", str(long_line)
    )
    assert _fails(capsys, db, "pack", "scan", order_id(2), "--from", str(tmp_path / "none")) == (
        f"error: cannot open {tmp_path / 'none'}: check the file name\n"
    )
    state = _json(capsys, db, "pack", "show", order_id(2))
    assert [x["packed"] for x in state["lines"]] == [0]  # nothing of the refused batches
