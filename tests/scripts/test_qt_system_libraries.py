"""`make run`'s check of the system libraries Qt's platform plugin links to."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "qt_system_libraries.py"
sys.path.insert(0, str(SCRIPT.parent))

from qt_system_libraries import debian_package  # noqa: E402


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
    ],
)
def test_a_library_is_named_by_its_debian_package(soname: str, package: str) -> None:
    assert debian_package(soname) == package


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("cc") and shutil.which("ldd")),
    reason="needs a C compiler and ldd (Linux)",
)
def test_a_missing_library_is_named_with_what_to_install(tmp_path: Path) -> None:
    # A library linked to one that is then removed: what a plugin looks like on a PC
    # without libxcb-cursor0.
    (tmp_path / "gone.c").write_text("int gone(void) { return 1; }\n")
    (tmp_path / "needs.c").write_text("int gone(void);\nint needs(void) { return gone(); }\n")
    subprocess.run(
        [
            "cc",
            "-shared",
            "-fPIC",
            "-Wl,-soname,libdepot-gone.so.3",
            "-o",
            "libdepot-gone.so",
            "gone.c",
        ],
        cwd=tmp_path,
        check=True,
    )
    subprocess.run(
        ["cc", "-shared", "-fPIC", "-o", "libneeds.so", "needs.c", "-L.", "-ldepot-gone"],
        cwd=tmp_path,
        check=True,
    )
    (tmp_path / "libdepot-gone.so").unlink()

    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--library", str(tmp_path / "libneeds.so"), "--no-install"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "lacks libdepot-gone.so.3." in done.stderr
    if shutil.which("apt-get"):
        assert "sudo apt-get install libdepot-gone3" in done.stderr


def test_nothing_missing_says_nothing() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--library", sys.executable, "--no-install"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
