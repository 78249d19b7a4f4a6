"""A child process stopped at a chosen moment of its work, to be killed there."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_until(script: str, folder: Path, args: list[str], line: str) -> subprocess.Popen[str]:
    """Run `script` (Python source) with `args` and return once it printed `line`: the
    child then waits (its script sleeps there) for the test to kill it."""
    path = folder / "child_script.py"
    path.write_text(script)
    process = subprocess.Popen(
        [sys.executable, str(path), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 120
    said = ""
    while time.monotonic() < deadline and not said:
        said = process.stdout.readline().strip()
    assert said == line
    return process
