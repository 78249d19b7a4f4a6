"""`main.py demo`, `stock` and `stock-card` as a clerk or a script runs them: a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from core.inventory.models import Move
from core.storage.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]
STOCK_KEYS = {"center", "sku", "lot", "expiry", "on_hand", "reserved", "available"}


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def start(*args: str, db: str | None, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DEPOT_DB"}
    environment.update(env or {})
    command = [sys.executable, "main.py", *(["--db", db] if db else []), *args]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def finish(process: subprocess.Popen[str]) -> Run:
    stdout, stderr = process.communicate(timeout=120)
    return Run(process.returncode, stdout, stderr)


def depot(*args: str, db: str | None, env: dict[str, str] | None = None) -> Run:
    return finish(start(*args, db=db, env=env))


def ok(*args: str, db: str | None, env: dict[str, str] | None = None) -> str:
    result = depot(*args, db=db, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def ok_all(*commands: list[str], db: str) -> list[str]:
    """Run read-only commands side by side (each process spends most of its time importing)."""
    results = [finish(p) for p in [start(*args, db=db) for args in commands]]
    for result in results:
        assert result.returncode == 0, result.stderr
    return [result.stdout for result in results]


def stock_json(db: str, *args: str) -> list[dict]:
    return json.loads(ok("stock", "--json", *args, db=db))


def move_count(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(Move)) or 0)
    finally:
        engine.dispose()


def test_demo_twice_then_stock_and_stock_card(db_url):
    first = ok("demo", db=db_url)
    assert first.startswith("demo: created 3 centers") and "already there: nothing" in first
    stock, moves = stock_json(db_url), move_count(db_url)
    second = ok("demo", db=db_url)
    assert second.startswith("demo: created nothing; already there: 3 centers"), second
    assert move_count(db_url) == moves > 200

    sku = "YAK-JRK-01"  # lots, an expired lot, a re-slot and a hold at Tsochen
    outputs = ok_all(
        ["stock", "--json"],
        ["stock", "--json", "--center", "GGY"],
        ["stock-card", sku, "--json", "--center", "TSC"],
        ["stock-card", sku, "--json"],
        db=db_url,
    )
    again, gegye, card_tsc, card_all = (json.loads(output) for output in outputs)
    assert again == stock

    assert len({row["sku"] for row in stock}) >= 35
    assert {row["center"] for row in stock} == {"TSC", "GGY", "GTS"}
    for row in stock:
        assert row.keys() >= STOCK_KEYS
        assert row["available"] == row["on_hand"] - row["reserved"]
        assert row["on_hand"] > 0 and 0 <= row["reserved"] <= row["on_hand"]
    assert any(row["reserved"] for row in stock)
    assert any(row["expiry"] for row in stock) and any(row["expiry"] is None for row in stock)

    assert gegye and gegye == [row for row in stock if row["center"] == "GGY"]

    for center, card in (("TSC", card_tsc), (None, card_all)):
        times = [line["at"] for line in card]
        assert times == sorted(times)  # oldest first
        running = 0
        for line in card:
            running += line["change"]
            assert line["balance"] == running >= 0
        on_hand = sum(
            r["on_hand"]
            for r in stock
            if r["sku"] == sku and (center is None or r["center"] == center)
        )
        assert card[-1]["balance"] == on_hand > 0
        assert {line["kind"] for line in card} >= {"receipt", "putaway"}
    assert {line["center"] for line in card_all} == {"TSC", "GGY", "GTS"}


def _columns(text: str) -> int:
    """Terminal columns, counted independently of the code under test."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def test_text_tables_line_up_with_chinese_names(sqlite_demo_url):
    sqlite_url = sqlite_demo_url
    stock, card, english, lower = ok_all(
        ["stock", "--center", "TSC"],
        ["stock-card", "CSH-SCF-01", "--center", "TSC"],
        ["stock", "--center", "TSC", "--lang", "en"],
        ["stock", "--center", "tsc"],
        db=sqlite_url,
    )
    assert lower == stock  # center codes are not case-sensitive
    lines = stock.splitlines()
    assert lines[0].split()[:3] == ["center", "sku", "name"]
    assert any("羊绒围巾" in line for line in lines)
    assert any("expired" in line for line in lines)
    # The last column is right-aligned, so every line ends at the same column.
    assert len({_columns(line) for line in lines}) == 1, lines[:4]

    assert card.startswith("CSH-SCF-01  羊绒围巾")
    assert "receipt" in card and "putaway" in card
    assert "Cashmere scarf, natural" in english


def test_unknown_sku_or_center_is_one_line_on_stderr(sqlite_url):
    cases = (
        (["stock-card", "NO-SUCH-SKU", "--json"], "NO-SUCH-SKU"),
        (["stock", "--center", "XYZ"], "XYZ"),
    )
    processes = [start(*args, db=sqlite_url) for args, _ in cases]
    for process, (_, word) in zip(processes, cases, strict=True):
        result = finish(process)
        assert result.returncode != 0
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and word in result.stderr, result.stderr
        assert result.stderr.startswith("error: ")


def test_depot_db_environment_variable(sqlite_demo_url, tmp_path):
    sqlite_url = sqlite_demo_url
    (tmp_path / "other.db").touch()  # an empty database: a read does not create a missing one
    other = f"sqlite:///{tmp_path / 'other.db'}"
    from_env = start("stock", "--json", db=None, env={"DEPOT_DB": sqlite_url})
    flag_wins = start("stock", "--json", db=other, env={"DEPOT_DB": sqlite_url})
    assert len(json.loads(finish(from_env).stdout)) > 100
    assert json.loads(finish(flag_wins).stdout) == []  # --db wins over DEPOT_DB
