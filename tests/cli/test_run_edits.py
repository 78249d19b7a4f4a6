"""The runs screen's changes on the command line (issue 9): move, hold, release, split and
cancel, with parcels named by their label code or carrier barcode."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import main
from core.printing.payloads import parcel_code
from core.runs.models import Run
from core.runs.planning import plan_runs
from core.runs.queries import current_run_of, runs_on
from core.shipping.models import Parcel
from tests.support.runs_world import CISHI, MONDAY, SEAT, local

THURSDAY = MONDAY + timedelta(days=3)


def _cli(world, capsys, *argv: str):  # type: ignore[no-untyped-def]
    capsys.readouterr()
    url = world.db.engine.url.render_as_string(hide_password=False)
    code = main.main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in argv and code == 0 else out), err


def _run_of(world, parcel_id: uuid.UUID) -> uuid.UUID | None:  # type: ignore[no-untyped-def]
    with world.db.uow(write=False) as uow:
        current = current_run_of(uow, parcel_id)
        return current.run_id if current else None


def test_move_hold_release_split_and_cancel(world, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DEPOT_CLOCK", local(MONDAY - timedelta(days=1), 9).isoformat())
    with world.uow() as uow:
        ids = [
            world.parcel(uow, CISHI, ready=local(MONDAY - timedelta(days=2), 10 + i), point=i % 3)
            for i in range(4)
        ]
        seat = world.parcel(uow, SEAT, ready=local(MONDAY - timedelta(days=2), 9))
        plan_runs(uow, MONDAY)
        plan_runs(uow, THURSDAY)
        monday = next(r.id for r in runs_on(uow, MONDAY) if r.township_code == CISHI)
        thursday = next(r.id for r in runs_on(uow, THURSDAY) if r.township_code == CISHI)
        barcode = uow.session.get_one(Parcel, ids[0]).carrier_barcode
        uow.commit()

    code, moved, err = _cli(
        world, capsys, "run", "move", barcode, parcel_code(ids[1]), "--to", str(thursday), "--json"
    )
    assert (code, err) == (0, "")
    assert moved["parcels"] == sorted(str(p) for p in ids[:2])
    assert set(moved["runs"]) == {str(monday), str(thursday)}
    assert [_run_of(world, p) for p in ids[:2]] == [thursday, thursday]
    code, _, err = _cli(world, capsys, "run", "move", parcel_code(seat), "--to", str(thursday))
    assert (code, err) == (
        2,
        f"error: argument 1: that run does not go to the township of "
        f"parcel {seat}; nothing was recorded\n",
    )

    code, _, err = _cli(world, capsys, "run", "hold", str(ids[2]), "--note", "address unclear")
    assert (code, err) == (0, "") and _run_of(world, ids[2]) is None
    code, _, err = _cli(world, capsys, "run", "release", str(ids[2]))
    assert (code, err) == (0, "") and _run_of(world, ids[2]) is not None

    code, split, err = _cli(
        world,
        capsys,
        "run",
        "split",
        str(thursday),
        parcel_code(ids[1]),
        "--vehicle",
        "藏E-0002",
        "--json",
    )
    assert (code, err) == (0, "") and split["parcels"] == [str(ids[1])]
    new_run = uuid.UUID(split["new_run"])
    assert _run_of(world, ids[1]) == new_run
    with world.db.uow(write=False) as uow:
        assert uow.session.get_one(Run, new_run).vehicle == "藏E-0002"

    code, out, err = _cli(world, capsys, "run", "cancel", str(new_run), "--note", "no driver")
    assert (code, err) == (0, "") and f"run {new_run} cancelled" in out
    with world.db.uow(write=False) as uow:
        assert uow.session.get_one(Run, new_run).status == "cancelled"
    assert _run_of(world, ids[1]) not in (None, new_run)
    code, _, err = _cli(world, capsys, "run", "cancel", str(new_run))
    assert (code, err) == (2, f"error: run {new_run} is cancelled: its load can no longer change\n")
