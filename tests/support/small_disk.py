"""A real, tiny file system that is full: for tests of what a full disk does to an export.

Mounting a tmpfs needs root (CI runs as root in its container); elsewhere the test skips.
"""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def full_disk(folder: Path, keep: dict[str, str] | None = None) -> Iterator[Path]:
    """`folder` becomes a 64 KiB tmpfs holding the files of `keep` (name -> text), then a
    filler up to the last byte, so every further write fails with ENOSPC."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs (needs root): {done.stderr.strip()}")
    try:
        for name, text in (keep or {}).items():
            (folder / name).write_text(text, encoding="utf-8")
        with (folder / "filler").open("wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"x" * 512)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
