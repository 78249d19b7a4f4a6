"""The load check, dispatch and delivery on the command line, as the screens do them
(issue 9): codes as arguments, from a handheld's dump file or from stdin, with --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

import main
from core.printing.payloads import document_code, parcel_code
from core.runs.models import Run
from core.runs.planning import plan_runs
from core.runs.queries import runs_on
from core.shipping.models import Parcel
from tests.support.runs_world import CISHI, MONDAY, SEAT, attach_order, local

ROOT = Path(__file__).resolve().parents[2]
# Monday 07:00 at Tsochen, before the 08:00 departure (the processes' clock, DEPOT_CLOCK).
MORNING = local(MONDAY, 7).isoformat()


def _monday(world, n: int = 4):  # type: ignore[no-untyped-def]
    """n parcels for Cishi's Monday run, one for the seat's; returns (run, ids, codes, seat)."""
    with world.uow() as uow:
        ids = [
            world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=2), 10 + i), point=i % 3)
            for i in range(n)
        ]
        seat = world.parcel(uow, SEAT, ready=local(MONDAY - timedelta(days=2), 9))
        plan_runs(uow, MONDAY)
        run = next(r for r in runs_on(uow, MONDAY) if r.township_code == CISHI)
        codes = [uow.session.get_one(Parcel, pid).carrier_barcode for pid in ids]
        uow.commit()
    return run.id, ids, codes, seat


class Cli:
    def __init__(self, world, capsys) -> None:  # type: ignore[no-untyped-def]
        self.url = world.db.engine.url.render_as_string(hide_password=False)
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main.main(["--db", self.url, *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str):  # type: ignore[no-untyped-def]
        code, out, err = self(*argv, "--json")
        assert (code, err) == (0, ""), err
        return json.loads(out)


def _status(world, parcel_id: uuid.UUID) -> str:  # type: ignore[no-untyped-def]
    with world.db.uow(write=False) as uow:
        return uow.session.get_one(Parcel, parcel_id).status


def test_load_check_dispatch_and_delivery(world, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DEPOT_CLOCK", MORNING)
    run_id, ids, codes, seat = _monday(world)
    cli = Cli(world, capsys)

    checked = cli.json(
        "load-check", str(run_id), codes[0], codes[0], parcel_code(seat), "NOSUCHCODE"
    )
    assert [s["result"] for s in checked["scans"]] == [
        "loaded",
        "duplicate",
        "wrong_run",
        "unknown",
    ]
    assert checked["scans"][2]["parcel"] == str(seat) and checked["scans"][2]["other_run"]
    assert (checked["run"], checked["status"], checked["expected"]) == (str(run_id), "loading", 4)
    assert checked["loaded"] == [str(ids[0])]
    assert checked["missing"] == [str(p) for p in ids[1:]]
    assert set(checked) == {
        "run",
        "name",
        "vehicle",
        "status",
        "scans",
        "expected",
        "loaded",
        "missing",
    }

    dump = tmp_path / "handheld.txt"
    dump.write_bytes(f"{codes[1]}\r\n\r\n  {parcel_code(ids[2])}  \r\n".encode())
    code, out, err = cli("load-check", document_code(run_id), "--from", str(dump))
    assert (code, err) == (0, "")
    assert f"{codes[1]}: loaded" in out and "3 of 4 parcels loaded" in out
    assert f"not scanned: parcel {ids[3]}" in out
    code, out, _ = cli("load-check", str(run_id), parcel_code(seat))
    assert f"wrong run: it goes with {MONDAY} 措勤镇 #1" in out

    code, out, err = cli("dispatch", str(run_id))
    assert (code, out) == (2, "")
    assert err == (
        f"error: 1 parcel of the run was not scanned onto the vehicle ({ids[3]}): "
        "scan it with load-check, or give --supervisor NAME --reason WHY to leave "
        "it for the next run\n"
    )
    assert cli("dispatch", str(run_id), "--supervisor", "Dawa")[2] == (
        "error: a supervisor override needs a reason: give --reason WHY\n"
    )
    assert cli("dispatch", str(run_id), "--reason", "lost")[2] == (
        "error: supervisor is required (give --supervisor)\n"
    )
    assert _status(world, ids[0]) == "ready"  # refused: nothing left

    left = cli.json(
        "dispatch", str(run_id), "--supervisor", "Dawa", "--reason", "not found in bay 3"
    )
    assert set(left) == {"run", "name", "status", "loaded", "left_behind", "override"}
    assert (left["status"], left["loaded"]) == ("dispatched", [str(p) for p in ids[:3]])
    assert left["override"] == {"supervisor": "Dawa", "reason": "not found in bay 3"}
    [behind] = left["left_behind"]
    assert behind["parcel"] == str(ids[3]) and behind["next_run"]["id"] != str(run_id)
    assert [_status(world, p) for p in ids] == ["on_run", "on_run", "on_run", "ready"]
    code, _, err = cli("load-check", str(run_id), codes[3])
    assert code == 2 and err == (
        f"error: argument 1: run {run_id} is dispatched: its load can "
        "no longer change; nothing was recorded\n"
    )

    # A batch with one code that is not on the road records nothing at all.
    code, out, err = cli("delivery", "record", "delivered", codes[0], codes[3])
    assert (code, out) == (2, "")
    assert err == (
        f"error: argument 2: parcel {ids[3]} is not on the road with any run; "
        "nothing was recorded\n"
    )
    assert _status(world, ids[0]) == "on_run"
    assert cli("delivery", "record", "delivered", "NOSUCHCODE")[2] == (
        "error: argument 1: no parcel has the code 'NOSUCHCODE'; nothing was recorded\n"
    )

    delivered = cli.json("delivery", "record", "delivered", codes[0])
    assert delivered == {
        "kind": "delivered",
        "reason": "",
        "parcels": [{"code": codes[0], "parcel": str(ids[0]), "next_run": None}],
    }
    failed = cli.json(
        "delivery",
        "record",
        "failed",
        parcel_code(ids[1]),
        "--reason",
        "nobody home",
        "--run",
        str(run_id),
    )
    [row] = failed["parcels"]
    assert (failed["reason"], row["parcel"]) == ("nobody home", str(ids[1]))
    assert row["next_run"] is not None and row["next_run"]["id"] != str(run_id)
    assert [_status(world, p) for p in ids[:2]] == ["delivered", "failed"]

    signed = cli.json("delivery", "manifest", str(run_id))
    assert signed["delivered"] == [str(ids[2])] and signed["status"] == "completed"
    assert _status(world, ids[2]) == "delivered"
    with world.db.uow(write=False) as uow:
        run = uow.session.get_one(Run, run_id)
        assert (run.override_by, run.override_reason) == ("Dawa", "not found in bay 3")


def test_a_handheld_dump_through_stdin(sqlite_world, sqlite_url) -> None:  # type: ignore[no-untyped-def]
    """A real process reading the codes on stdin, as `scanner-dump | depot load-check`."""
    run_id, ids, codes, _seat = _monday(sqlite_world, n=2)
    env = {k: v for k, v in os.environ.items() if k != "DEPOT_DB"} | {"DEPOT_CLOCK": MORNING}
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--db",
            sqlite_url,
            "load-check",
            str(run_id),
            "--from",
            "-",
            "--json",
        ],
        cwd=ROOT,
        env=env,
        input="\n".join(codes) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    checked = json.loads(done.stdout)
    assert [s["result"] for s in checked["scans"]] == ["loaded", "loaded"]
    assert checked["missing"] == []
    with sqlite_world.db.uow(write=False) as uow:
        assert uow.session.scalar(select(Run.status).where(Run.id == run_id)) == "loading"


def test_load_check_takes_order_numbers(world, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The order number printed for a person names its parcel when the run makes it plain."""
    monkeypatch.setenv("DEPOT_CLOCK", MORNING)
    run_id, ids, _codes, seat = _monday(world)
    one, two, away = "3812345678901234567", "381234567890123456", "38123456789012345"
    with world.uow() as uow:
        attach_order(world, uow, one, [ids[0]])
        attach_order(world, uow, two, ids[1:3])
        attach_order(world, uow, away, [seat])
        uow.commit()
    cli = Cli(world, capsys)

    checked = cli.json("load-check", str(run_id), one, two, away)
    assert [(s["result"], s["order"]) for s in checked["scans"]] == [
        ("loaded", one),
        ("several_parcels", two),
        ("wrong_run", away),
    ]
    assert checked["scans"][0]["parcel"] == str(ids[0])
    assert sorted(checked["scans"][1]["order_parcels"]) == sorted(str(p) for p in ids[1:3])
    assert checked["scans"][2]["parcel"] == str(seat) and checked["scans"][2]["other_run"]
    assert checked["loaded"] == [str(ids[0])]

    code, out, err = cli("load-check", str(run_id), two, one)
    assert (code, err) == (0, "")
    assert f"{two}: order {two} has 2 parcels: scan the label of the parcel itself" in out
    assert f"{one}: already scanned (parcel {ids[0]} of order {one})" in out
