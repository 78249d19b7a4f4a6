"""The stock card CSV never hands a spreadsheet a formula: the clerks' text is made inert."""

from __future__ import annotations

import csv

import main
from core.inventory import queries, services
from core.inventory.card_export import write_stock_card_csv

CALC = "=cmd|' /C calc'!A0"


def test_formulas_in_notes_lots_and_login_names_are_neutralised(depot, tmp_path):
    db = depot
    with db.uow(actor="@SUM(1+1)") as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="CSH-001", quantity=3, lot="+LOT-1")
        services.adjust(
            uow,
            center="TSC",
            bin="A-01",
            sku="CSH-001",
            delta=-2,
            reason="damaged",
            lot="+LOT-1",
            note=CALC,
        )
        services.adjust(
            uow,
            center="TSC",
            bin="A-01",
            sku="CSH-001",
            delta=-1,
            reason="damaged",
            lot="+LOT-1",
            note="-1 torn; =1+1",
        )
        uow.commit()
    with db.uow(write=False) as uow:
        lines = queries.stock_card(uow.session, "CSH-001")
    path = tmp_path / "card.csv"
    assert write_stock_card_csv(lines, path) == 4
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    ours = [r for r in rows if r["lot"] != ""]
    assert [r["note"] for r in ours] == ["", "'" + CALC, "'-1 torn; =1+1"]
    assert {r["lot"] for r in ours} == {"'+LOT-1"}
    assert {r["actor"] for r in ours} == {"'@SUM(1+1)"}
    # Numbers stay numbers, written bare: a spreadsheet sums the change column.
    assert [r["change"] for r in ours] == ["3", "-2", "-1"]
    assert ",-2," in text and ",'-2," not in text
    # Every text cell is quoted, so a `;` list separator cannot split a note into a formula.
    assert '"\'-1 torn; =1+1"' in text


def test_the_command_line_export_is_neutralised_too(depot, tmp_path, db_url, capsys):
    with depot.uow() as uow:
        services.adjust(
            uow, center="TSC", bin="A-01", sku="CSH-001", delta=-1, reason="damaged", note=CALC
        )
        uow.commit()
    path = tmp_path / "card.csv"
    assert main.main(["--db", db_url, "stock-card", "CSH-001", "--csv", str(path)]) == 0
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[-1]["note"] == "'" + CALC and rows[-1]["change"] == "-1"
