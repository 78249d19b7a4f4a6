"""`core` is plain Python: importing every module of it loads no Qt.

Checked in a fresh interpreter, because this test session itself may have
loaded PySide6 for the UI tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import importlib, json, pkgutil, sys
import core
names = ["core"]
for info in pkgutil.walk_packages(core.__path__, "core."):
    importlib.import_module(info.name)
    names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(json.dumps({"imported": names, "qt": qt}))
"""


def test_importing_all_of_core_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["qt"] == []
    # The walk really reached the packages that matter, not just `core/__init__`.
    expected = {"core.inventory.services", "core.storage.engine", "core.uow", "core.models"}
    assert expected <= set(report["imported"])
    on_disk = {
        "core." + ".".join(path.relative_to(REPO / "core").with_suffix("").parts)
        for path in (REPO / "core").rglob("*.py")
        if path.name != "__init__.py"
    }
    assert on_disk <= set(report["imported"])
