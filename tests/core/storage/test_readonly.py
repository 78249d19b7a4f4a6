"""Read-only SQLite: asked for with mode=ro, or forced by a medium that cannot be written.
Reads work; a write is refused with a sentence and changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

import main
from core.database import open_database
from core.inventory import services
from core.inventory.models import Move
from core.storage.engine import make_engine, read_only_reason
from core.storage.errors import DatabaseMissing, DatabaseReadOnly
from core.uow import Database
from tests.support.fixed_clock import TickingClock

REPO = Path(__file__).resolve().parents[3]
ADJUST = ["adjust", "YAK-YRN-01", "3", "--center", "TSC", "--bin", "R-01-01", "--reason", "found"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _moves(url: str) -> int:
    db = Database(make_engine(url), clock=TickingClock())
    try:
        with db.uow(write=False) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Move)) or 0)
    finally:
        db.dispose()


@pytest.fixture
def demo_file(sqlite_demo_url: str) -> Path:
    """A depot file with the demo loaded, closed cleanly (no -wal, no -shm left)."""
    path = Path(sqlite_demo_url.removeprefix("sqlite:///"))
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.mark.parametrize(
    "spelling", ["sqlite:///{path}?mode=ro", "sqlite:///file:{path}?mode=ro&uri=true"]
)
def test_mode_ro_reads_and_refuses_writes(
    capsys: pytest.CaptureFixture[str],
    demo_file: Path,
    spelling: str,
) -> None:
    url = spelling.format(path=demo_file)
    before, moves = _digest(demo_file), _moves(f"sqlite:///{demo_file}")
    assert main.main(["--db", url, "stock", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) > 100
    assert main.main(["--db", url, *ADJUST]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "error: this database is open read-only (mode=ro): nothing was saved\n"
    assert _moves(f"sqlite:///{demo_file}") == moves and _digest(demo_file) == before


def test_a_core_write_on_a_read_only_file_raises_the_typed_error(demo_file: Path) -> None:
    db = open_database(f"sqlite:///{demo_file}?mode=ro", create=False, clock=TickingClock())
    try:
        assert read_only_reason(db.engine) == "requested"
        with db.uow() as uow, pytest.raises(DatabaseReadOnly) as refused:
            services.adjust(
                uow, center="TSC", bin="R-01-01", sku="YAK-YRN-01", delta=1, reason="found"
            )
            uow.commit()
        assert (refused.value.location, refused.value.action) == (str(demo_file), "write")
    finally:
        db.dispose()


def test_mode_ro_on_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        open_database(f"sqlite:///{tmp_path / 'none.db'}?mode=ro", clock=TickingClock())
    assert list(tmp_path.iterdir()) == []


# Run in a child process that cannot write the folder or the file. As root, that takes
# dropping the capabilities that let root ignore file permissions (setpriv); otherwise
# chmod is enough. The child first proves it cannot write, so the test cannot pass
# without the read-only path being taken.
CHILD = textwrap.dedent("""
    import contextlib, io, json, os, sys
    import main
    from core.database import open_database
    from core.storage.engine import read_only_reason

    path = sys.argv[1]
    url = "sqlite:///" + path
    report = {"folder_writable": os.access(os.path.dirname(path), os.W_OK),
              "file_writable": os.access(path, os.W_OK)}
    db = open_database(url, create=False)
    report["reason"] = read_only_reason(db.engine)
    db.dispose()
    for name, argv in (("read", ["stock", "--json"]), ("write", sys.argv[2:])):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main.main(["--db", url, *argv])
        report[name] = [code, len(out.getvalue()), err.getvalue()]
    print(json.dumps(report))
""")


def _without_write_permission() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:  # fail, never skip: CI runs as root
        pytest.fail("running as root needs setpriv (util-linux) to drop CAP_DAC_OVERRIDE")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


@pytest.fixture
def locked(demo_file: Path) -> Iterator[tuple[Path, Path]]:
    """(folder, file) copied from the demo database, for the test to make read-only."""
    folder = demo_file.parent / "medium"
    folder.mkdir()
    copy = folder / "depot.db"
    shutil.copy(demo_file, copy)
    yield folder, copy
    folder.chmod(stat.S_IRWXU)
    copy.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("medium", ["folder", "file"])
def test_a_file_on_a_read_only_medium_is_read_and_writes_are_refused(
    locked: tuple[Path, Path],
    medium: str,
) -> None:
    folder, copy = locked
    copy.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if medium == "folder":  # a CD, a read-only share: not even a -shm file can be made
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    before = _digest(copy)
    child = subprocess.run(
        [*_without_write_permission(), sys.executable, "-c", CHILD, str(copy), *ADJUST],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout)
    assert report["file_writable"] is False
    assert report["folder_writable"] is (medium == "file")
    assert report["reason"] == "medium"
    code, printed, err = report["read"]
    assert (code, err) == (0, "") and printed > 1000
    code, printed, err = report["write"]
    assert (code, printed) == (2, 0)
    assert err == (
        "error: this database is open read-only: its file or folder cannot be "
        "written, so writes are impossible; nothing was saved\n"
    )
    assert _digest(copy) == before
    if medium == "folder":
        assert sorted(p.name for p in folder.iterdir()) == ["depot.db"]
