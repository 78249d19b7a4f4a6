"""The process clock (DEPOT_CLOCK) and the center's zone (--tz, DEPOT_TZ): one clock, one zone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import main
from core.clock import (
    CLOCK_VARIABLE,
    ZONE_VARIABLE,
    at_local,
    center_zone,
    configure_zone,
    local_day,
    parse_instant,
    process_clock,
    shown,
    utc_now,
)
from core.errors import InvalidValue
from tests.support.fixed_clock import START, TickingClock

ROOT = Path(__file__).resolve().parents[2]


def test_an_instant_needs_its_zone() -> None:
    assert parse_instant("2028-02-29T15:30:00Z") == datetime(2028, 2, 29, 15, 30, tzinfo=UTC)
    assert parse_instant("2028-03-01T07:30+08:00") == datetime(2028, 2, 29, 23, 30, tzinfo=UTC)
    for text in ("2028-02-29 15:30", "tomorrow", ""):
        with pytest.raises(InvalidValue) as refused:
            parse_instant(text)
        assert refused.value.field == CLOCK_VARIABLE and refused.value.reason == "instant"


def test_depot_clock_starts_the_process_clock_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CLOCK_VARIABLE, "2028-02-29T15:30:00Z")
    clock = process_clock()
    first, second = clock(), clock()
    start = datetime(2028, 2, 29, 15, 30, tzinfo=UTC)
    assert start <= first <= second < start + timedelta(minutes=1)
    monkeypatch.delenv(CLOCK_VARIABLE)
    assert process_clock() is utc_now  # without it, the system's


def test_the_center_zone_is_shanghai_whatever_the_pc_says(monkeypatch: pytest.MonkeyPatch) -> None:
    assert center_zone() == ZoneInfo("Asia/Shanghai")
    moment = datetime(2028, 2, 29, 16, 30, tzinfo=UTC)  # past midnight in Tibet
    assert shown(moment) == "2028-03-01 00:30" and local_day(moment) == date(2028, 3, 1)
    assert at_local(date(2028, 2, 29), time(8)) == datetime(2028, 2, 29, 0, 0, tzinfo=UTC)

    monkeypatch.setenv(ZONE_VARIABLE, "Asia/Kathmandu")
    assert configure_zone() == ZoneInfo("Asia/Kathmandu")  # DEPOT_TZ
    assert shown(moment) == "2028-02-29 22:15"
    assert configure_zone("America/Los_Angeles").key == "America/Los_Angeles"  # --tz wins
    monkeypatch.setenv(ZONE_VARIABLE, "Mars/Olympus_Mons")
    with pytest.raises(InvalidValue) as refused:
        configure_zone()
    assert (refused.value.field, refused.value.reason) == (ZONE_VARIABLE, "time_zone")


def _depot(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DEPOT_DB"}
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**environment, **env},
    )


def test_a_process_in_los_angeles_shows_shanghai_times(sqlite_url: str) -> None:
    la = {"TZ": "America/Los_Angeles"}
    assert _depot("--db", sqlite_url, "demo", **la).returncode == 0
    card = ["--db", sqlite_url, "stock-card", "CSH-SCF-01", "--center", "TSC"]
    moves = json.loads(_depot(*card, "--json", **la).stdout)
    text = _depot(*card, **la).stdout
    instants = [datetime.fromisoformat(move["at"]) for move in moves]
    shanghai = [at.astimezone(ZoneInfo("Asia/Shanghai")) for at in instants]
    assert all(f"{at:%Y-%m-%d %H:%M}" in text for at in shanghai), text
    assert not any(f"{at.astimezone(ZoneInfo(la['TZ'])):%Y-%m-%d %H:%M}" in text for at in instants)
    # The demo received its goods in the center's morning (09:00-11:00 Tibet time, the
    # evening before in Los Angeles), on the tests' clock.
    assert any(9 <= at.hour < 11 for at in shanghai)
    assert max(instants) <= START + timedelta(minutes=5)

    # --tz shows another zone, and so does DEPOT_TZ; --tz wins.
    in_la = _depot("--tz", "America/Los_Angeles", *card, DEPOT_TZ="Asia/Kathmandu").stdout
    assert all(f"{at.astimezone(ZoneInfo(la['TZ'])):%Y-%m-%d %H:%M}" in in_la for at in instants)
    kathmandu = _depot(*card, DEPOT_TZ="Asia/Kathmandu").stdout
    assert all(
        f"{at.astimezone(ZoneInfo('Asia/Kathmandu')):%Y-%m-%d %H:%M}" in kathmandu
        for at in instants
    )


def test_a_bad_clock_or_zone_is_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    done = _depot("--db", sqlite_url, "stock", DEPOT_CLOCK="2028-02-29 15:30")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "error: DEPOT_CLOCK: '2028-02-29 15:30' is not valid (instant)\n"
    done = _depot("--db", sqlite_url, "stock", DEPOT_TZ="Mars/Olympus_Mons")
    assert done.returncode == 2
    assert done.stderr == "error: DEPOT_TZ: 'Mars/Olympus_Mons' is not valid (time_zone)\n"
    with pytest.raises(SystemExit):
        main.main(["--tz", "Mars/Olympus_Mons", "--db", sqlite_url, "stock"])
    assert "unknown time zone 'Mars/Olympus_Mons'" in capsys.readouterr().err


def test_the_tests_clock_is_the_start_everywhere() -> None:
    assert os.environ[CLOCK_VARIABLE] == START.isoformat()
    assert TickingClock()() == START
