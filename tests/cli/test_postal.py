"""Tracking numbers on the command line: `tracking check` (exit 0 or 2 with the digit it
needs), `tracking assign`, `tracking range`, `import-tracking --json`."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import main
from core.orders.imports import import_orders
from core.shipping.models import Parcel
from core.uow import Database
from tests.support.order_files import ORDER_HEADERS, build_depot, order, write_csv


def cli(capsys: pytest.CaptureFixture[str], db_url: str, *argv: str) -> tuple[int, str, str]:
    code = main.main(["--db", db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def numbers(db: Database, tmp_path) -> list[str]:  # type: ignore[no-untyped-def]
    build_depot(db)
    path = write_csv(tmp_path / "o.csv", ORDER_HEADERS, [order(n) for n in range(3)])
    with db.uow() as uow:
        import_orders(uow, path, center="TSC")
        uow.commit()
    with db.uow(write=False) as uow:
        return sorted(uow.session.scalars(select(Parcel.number)))


def test_tracking_check_says_the_digit_it_should_have(capsys, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert cli(capsys, db_url, "tracking", "check", "EA123456785CN")[0] == 0
    code, out, err = cli(capsys, db_url, "tracking", "check", "EA123456784CN")
    assert code == 2 and out == ""
    assert "check digit should be 5" in err
    code, _, err = cli(capsys, db_url, "tracking", "check", "EA12345678CN")
    assert code == 2 and "is not valid" in err


def test_assign_range_and_import(capsys, db_url: str, numbers: list[str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli(capsys, db_url, "tracking", "assign", numbers[0], "EA123456785CN", "--json")
    assert code == 0 and json.loads(out)["tracking"] == "EA123456785CN"
    code, _, err = cli(capsys, db_url, "tracking", "assign", numbers[1], "EA123456785CN")
    assert code == 2 and f"already on parcel {numbers[0]}" in err
    code, out, _ = cli(capsys, db_url, "tracking", "range", "EA123456799CN", numbers[1])
    assert code == 0 and f"{numbers[1]}: tracking EA123456799CN" in out
    sheet = write_csv(
        tmp_path / "back.csv",
        ["邮件号", "内件号"],
        [["EA123456808CN", numbers[2]], ["EA123456811CN", "TSC-0101-0001"]],
        "gb18030",
    )
    for matched in (1, 0):
        code, out, _ = cli(capsys, db_url, "import-tracking", str(sheet), "--json")
        assert code == 0
        assert json.loads(out) == {
            "rows": 2,
            "matched": matched,
            "unchanged": 1 - matched,
            "rejected": [{"line": 3, "reason": "unmatched", "detail": "TSC-0101-0001"}],
        }
    code, out, _ = cli(capsys, db_url, "import-tracking", str(sheet))
    assert f"{sheet} line 3: no parcel with this parcel or order number" in out


def test_handover_close_list_print_and_export(capsys, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from core.printing.payloads import document_code
    from tests.support.fixed_clock import TODAY
    from tests.support.pdfs import decode, page_texts, render_pages
    from tests.support.postal_world import postal_parcels

    url = world.db.engine.url.render_as_string(hide_password=False)
    postal_parcels(world, 2)
    pdf = tmp_path / "handover.pdf"
    code, out, _ = cli(
        capsys, url, "handover", "close", "--center", "TSC", "--postal-worker", "次仁",
        "--out", str(pdf), "--json",
    )  # fmt: skip
    closed = json.loads(out)
    assert code == 0 and closed["parcels"] == 2 and closed["date"] == TODAY.isoformat()
    barcode = [t for f, t in decode(render_pages(pdf, dpi=300)[0]) if f == "Code128"]
    import uuid

    assert barcode == [document_code(uuid.UUID(closed["id"]))]
    code, out, _ = cli(capsys, url, "handover", "list", "--json")
    assert [h["id"] for h in json.loads(out)] == [closed["id"]]
    code, _, err = cli(capsys, url, "handover", "close", "--center", "TSC")
    assert code == 2 and "no postal parcels of TSC" in err
    again = tmp_path / "again.pdf"
    code, out, _ = cli(capsys, url, "handover", "print", barcode[0], "--out", str(again))
    assert code == 0 and "(REPRINT)" in out and "REPRINT" in page_texts(again)[0]
    sheet = tmp_path / "day.xlsx"
    code, out, err = cli(
        capsys, url, "export-postal", "--date", TODAY.isoformat(), "--center", "TSC",
        "--template", "plain", "--out", str(sheet),
    )  # fmt: skip
    assert code == 0, err
    assert "2 parcels (plain, xlsx)" in out
    code, _, err = cli(
        capsys, url, "export-postal", "--date", TODAY.isoformat(), "--center", "TSC",
        "--out", str(tmp_path / "ems.csv"),
    )  # fmt: skip
    assert code == 2 and "required fields of template ems-bulk missing" in err and "邮件号*" in err
    assert not (tmp_path / "ems.csv").exists()


def test_a_template_shown_edited_and_saved_by_name(capsys, db_url, numbers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli(capsys, db_url, "postal-template", "show", "plain", "--center", "TSC")
    template = json.loads(out)
    assert code == 0 and template["columns"][0]["field"] == "number"
    template["name"] = "county post office"
    template["columns"] = template["columns"][:2] + [{"header": "业务", "value": "=普通"}]
    edited = tmp_path / "mine.json"
    edited.write_text(json.dumps(template, ensure_ascii=False), encoding="utf-8")
    code, out, _ = cli(capsys, db_url, "postal-template", "save", str(edited), "--center", "TSC")
    assert code == 0 and "template county post office saved" in out
    code, out, _ = cli(capsys, db_url, "postal-template", "list", "--center", "TSC")
    assert "county post office" in out and "(saved)" in out and "ems-bulk" in out
    template["columns"][0]["field"] = "no_such_field"
    edited.write_text(json.dumps(template, ensure_ascii=False), encoding="utf-8")
    code, _, err = cli(capsys, db_url, "postal-template", "save", str(edited), "--center", "TSC")
    assert code == 2 and "no_such_field" in err
