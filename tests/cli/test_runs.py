"""`plan-runs`, `runs`, `schedule` and `holiday` as a script runs them: a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from tests.support.runs_world import CISHI, MONDAY, QULUO, local

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "id",
    "date",
    "township_code",
    "status",
    "capacity_parcels",
    "capacity_kg",
    "parcels",
    "stops",
}


def depot(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DEPOT_DB"}
    return subprocess.run(
        [sys.executable, "main.py", "--db", db_url, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_schedule_plan_and_list_runs_as_json(sqlite_world, sqlite_url):
    world, db_url = sqlite_world, sqlite_url
    with world.uow() as uow:
        ids = [
            world.parcel(
                uow, CISHI, ready=local(MONDAY - timedelta(days=2), 9 + n), point=2 - n % 3
            )
            for n in range(5)
        ]
        postal = world.parcel(uow, None, ready=local(MONDAY, 9))
        uow.commit()
    done = depot(
        db_url,
        "schedule",
        "set",
        QULUO,
        "--days",
        "mon,thu",
        "--depart",
        "07:30",
        "--cutoff",
        "18:00",
        "--capacity",
        "120",
        "--kg",
        "800",
    )
    assert done.returncode == 0, done.stderr

    done = depot(db_url, "plan-runs", "--date", MONDAY.isoformat(), "--json")
    assert done.returncode == 0, done.stderr
    planned = json.loads(done.stdout)
    assert all(set(run) >= REQUIRED for run in planned)
    by_township = {run["township_code"]: run for run in planned}
    assert set(by_township) == {"542527100", CISHI, QULUO, "542527203", None}
    assert by_township[None]["parcels"] == [str(postal)]
    cishi = by_township[CISHI]
    assert sorted(cishi["parcels"]) == sorted(str(p) for p in ids)
    assert cishi["parcels"] == [p for stop in cishi["stops"] for p in stop["parcels"]]
    assert all(set(stop) >= {"village_point", "parcels"} for stop in cishi["stops"])
    assert (cishi["status"], cishi["date"], cishi["capacity_parcels"]) == (
        "planned",
        MONDAY.isoformat(),
        100,
    )

    listed = depot(db_url, "runs", "--date", MONDAY.isoformat(), "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == planned  # planning again changed nothing

    text = depot(db_url, "runs", "--date", MONDAY.isoformat())
    assert "磁石乡" in text.stdout and "5/100" in text.stdout

    holiday = depot(db_url, "holiday", "--date", MONDAY.isoformat(), "--note", "Losar")
    assert holiday.returncode == 0, holiday.stderr
    after = {
        r["township_code"]: r
        for r in json.loads(depot(db_url, "runs", "--date", MONDAY.isoformat(), "--json").stdout)
    }
    assert after[CISHI]["status"] == "cancelled" and after[CISHI]["parcels"] == []
    thursday = json.loads(
        depot(db_url, "runs", "--date", (MONDAY + timedelta(days=3)).isoformat(), "--json").stdout
    )
    moved = next(r for r in thursday if r["township_code"] == CISHI)
    assert set(moved["reasons"].values()) == {"holiday"}


def test_bad_input_is_one_clear_line(sqlite_world, sqlite_url):
    db_url = sqlite_url
    done = depot(db_url, "plan-runs", "--date", "2026-13-01")
    assert done.returncode != 0 and "date" in done.stderr and "Traceback" not in done.stderr
    done = depot(
        db_url,
        "schedule",
        "set",
        CISHI,
        "--days",
        "mon,funday",
        "--depart",
        "08:00",
        "--cutoff",
        "18:00",
        "--capacity",
        "10",
        "--kg",
        "100",
    )
    assert done.returncode != 0 and "funday" in done.stderr


def test_plan_runs_text_counts_the_days_parcels_and_the_later_ones(
    sqlite_world, sqlite_url, capsys
):
    import main

    world = sqlite_world
    with world.uow() as uow:
        for n in range(2):
            world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=2), 9 + n))
        world.parcel(uow, QULUO, ready=local(MONDAY - timedelta(days=2), 9))  # Tuesday's run
        uow.commit()
    assert main.main(["--db", sqlite_url, "plan-runs", "--date", MONDAY.isoformat()]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == ("2 parcels on this day's runs; 3 placed or moved on any run; without a run: 0")
