"""The workflow commands end to end through main.main, on a real SQLite file."""

from __future__ import annotations

import csv
import json

import main
from cli import workflows
from core.inventory.workflow_errors import OverPick
from core.storage.engine import make_engine
from core.uow import Database
from tests.support.fixed_clock import TickingClock
from tests.support.inventory_depot import SCARF_EAN, build_depot, stock_up


def _run(capsys, url, *argv):  # type: ignore[no-untyped-def]
    code = main.main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_transfer_count_and_reports_from_the_command_line(sqlite_url, capsys, tmp_path):
    db = Database(make_engine(sqlite_url), clock=TickingClock())
    build_depot(db)
    stock_up(db)
    db.dispose()
    code, out, _ = _run(
        capsys, sqlite_url, "transfer", "create", "--from", "TSC", "--to", "GER", "CSH-001=5"
    )
    assert code == 0
    number = out.split(":")[0]
    assert (
        _run(
            capsys, sqlite_url, "transfer", "pick", number, SCARF_EAN, "--bin", "A-01", "--qty", "5"
        )[0]
        == 0
    )
    code, _, err = _run(capsys, sqlite_url, "transfer", "pick", number, "INC-001", "--bin", "B-01")
    assert code == 2 and "INC-001" in err
    assert _run(capsys, sqlite_url, "transfer", "dispatch", number)[0] == 0
    code, out, _ = _run(capsys, sqlite_url, "stock", "--center", "GER", "--json")
    [row] = json.loads(out)
    assert (row["sku"], row["on_hand"], row["in_transit"]) == ("CSH-001", 0, 5)
    code, out, _ = _run(capsys, sqlite_url, "transfer", "receive", number, "--all", "--bin", "R-01")
    assert code == 0 and "received" in out
    code, out, _ = _run(capsys, sqlite_url, "stock", "--center", "GER", "--json")
    assert [(r["on_hand"], r["in_transit"]) for r in json.loads(out)] == [(5, 0)]

    code, out, _ = _run(capsys, sqlite_url, "count", "start", "--center", "TSC", "--bin", "B-01")
    count = out.split(":")[0]
    _run(capsys, sqlite_url, "count", "scan", count, "INC-001", "--bin", "B-01", "--qty", "28")
    _run(capsys, sqlite_url, "count", "close", count)
    code, out, _ = _run(capsys, sqlite_url, "count", "review", count, "--json")
    assert json.loads(out) == [
        {
            "bin": "B-01",
            "sku": "INC-001",
            "lot": "",
            "expected": 30,
            "counted": 28,
            "difference": -2,
        }
    ]
    assert _run(capsys, sqlite_url, "count", "approve", count)[0] == 0

    code, out, _ = _run(capsys, sqlite_url, "expiring", "--days", "30", "--json")
    assert [r["lot"] for r in json.loads(out)] == ["L-SOON"]
    code, out, _ = _run(capsys, sqlite_url, "low-stock", "--json")
    assert code == 0 and json.loads(out) == []
    card = tmp_path / "card.csv"
    assert _run(capsys, sqlite_url, "stock-card", "INC-001", "--csv", str(card))[0] == 0
    rows = list(csv.DictReader(card.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["kind"], r["balance"]) for r in rows] == [("receipt", "30"), ("count", "28")]


def test_receipt_commands_and_error_lines(sqlite_url, capsys):
    db = Database(make_engine(sqlite_url), clock=TickingClock())
    build_depot(db)
    db.dispose()
    code, out, _ = _run(capsys, sqlite_url, "receipt", "new", "--center", "TSC")
    number = out.split(":")[0]
    code, _, _ = _run(capsys, sqlite_url, "receipt", "add", number, SCARF_EAN, "3", "--bin", "A-01")
    assert code == 0
    assert _run(capsys, sqlite_url, "receipt", "post", number)[0] == 0
    code, out, err = _run(capsys, sqlite_url, "receipt", "show", number)
    assert (code, err) == (0, "") and out.startswith(f"{number} (posted)") and "CSH-001" in out
    code, out, _ = _run(capsys, sqlite_url, "receipt", "show", number, "--json")
    assert json.loads(out)["number"] == number and len(json.loads(out)["lines"]) == 1
    code, _, err = _run(capsys, sqlite_url, "receipt", "post", number)
    assert code == 2
    code, out, _ = _run(capsys, sqlite_url, "scan", "B:TSC:A-01")
    assert json.loads(out)["kind"] == "bin"
    assert _run(capsys, sqlite_url, "scan", "nonsense")[0] == 1
    assert workflows.describe(OverPick("TR-1", "CSH-001", 6, 5, 2)).startswith("over-pick")
