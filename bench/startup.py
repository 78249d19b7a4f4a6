"""Bench: from starting the process to the main window painted, and to its first table
page shown, on the demo database, against a bare PySide6 window with a 50-row table
started the same way in the same run (issue 18 goals: 1.5x and 3x).

Each start is its own process (`bench/_startup_probe.py`), so imports count as a clerk
pays them; the settings folder is a fresh one (the first area opens). The median of
REPEATS starts each, taken alternately so the machine's load falls on both alike.

    python -m bench.startup [--small]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from core.database import open_database
from core.demo import load_demo

ROOT = Path(__file__).resolve().parent.parent
REPEATS = 5
GOALS = {"paint": 1.5, "table": 3.0}


@dataclass(frozen=True)
class Startup:
    figures: dict[str, float]  # our median seconds, per moment
    baseline: dict[str, float]  # the bare window's

    def line(self) -> str:
        parts = []
        for moment, label in (("paint", "first paint"), ("table", "first table page")):
            ours, bare = self.figures[moment], self.baseline[moment]
            parts.append(
                f"startup {label}: {ours * 1000:,.0f} ms (baseline bare window "
                f"{bare * 1000:,.0f} ms, ratio {ours / bare:.2f}, goal {GOALS[moment]})"
            )
        return "\n".join(parts)


def _start(folder: Path, *argv: str) -> dict[str, float]:
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"), HOME=str(folder))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench._startup_probe", *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    moments = json.loads(done.stdout.strip().splitlines()[-1])
    missing = {"paint", "table"} - moments.keys()
    if missing:
        raise RuntimeError(f"{argv[0]}: never saw {sorted(missing)}: {done.stderr[-2000:]}")
    return {moment: at - started for moment, at in moments.items()}


def run(small: bool = False) -> Startup:
    repeats = 1 if small else REPEATS
    with tempfile.TemporaryDirectory(prefix="depot-startup-") as name:
        folder = Path(name)
        url = f"sqlite:///{folder / 'demo.db'}"
        db = open_database(url)
        load_demo(db)
        db.dispose()
        ours: list[dict[str, float]] = []
        bare: list[dict[str, float]] = []
        for n in range(repeats):
            ours.append(_start(folder / f"app{n}", "app", url))
            bare.append(_start(folder / f"bare{n}", "bare"))

    def median(samples: list[dict[str, float]]) -> dict[str, float]:
        return {key: statistics.median(s[key] for s in samples) for key in GOALS}

    return Startup(median(ours), median(bare))


if __name__ == "__main__":
    print(run(small="--small" in sys.argv[1:]).line())
