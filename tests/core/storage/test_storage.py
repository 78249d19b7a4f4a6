"""Storage: confirmed commits survive a killed process; the database URL resolves as documented."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

import main
from core.database import open_database
from core.inventory.models import Balance, Move
from core.storage import engine as storage_engine
from core.storage.engine import ENV_VAR, make_engine, resolve_url
from core.storage.migrate import current_revisions, head_revisions
from core.uow import Database
from tests.support.fixed_clock import TickingClock

REPO = Path(__file__).resolve().parents[3]

# The clerk's process: commits a receipt, says so, then starts a second receipt
# that it never commits, and waits to be killed in the middle of it.
CLERK = textwrap.dedent(
    """
    import sys, time
    from core.inventory import catalog, services
    from core.storage.engine import make_engine
    from core.uow import Database

    db = Database(make_engine(sys.argv[1]))
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        catalog.create_bin(uow, center, "A-01")
        catalog.create_product(uow, sku="YAK-JERKY", name_zh="牦牛肉干")
        services.receive(uow, center="TSC", bin="A-01", sku="YAK-JERKY", quantity=7)
        uow.commit()
    print("committed", flush=True)
    with db.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="YAK-JERKY", quantity=99)
        uow.session.flush()
        print("pending", flush=True)
        time.sleep(120)
    """
)


def test_confirmed_commit_survives_kill_9(db_url: str) -> None:
    clerk = subprocess.Popen(
        [sys.executable, "-c", CLERK, db_url],
        cwd=REPO,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        lines = [clerk.stdout.readline() for _ in range(2)]  # type: ignore[union-attr]
        assert lines == ["committed\n", "pending\n"], clerk.stderr.read()  # type: ignore[union-attr]
        database = make_url(db_url).database
        if db_url.startswith("sqlite"):
            # The commit is still only in the write-ahead log: recovery is what we test.
            assert Path(f"{database}-wal").stat().st_size > 0
    finally:
        clerk.send_signal(signal.SIGKILL)
        clerk.wait(timeout=10)
        clerk.stdout.close()  # type: ignore[union-attr]
        clerk.stderr.close()  # type: ignore[union-attr]
    assert clerk.returncode == -signal.SIGKILL

    db = Database(make_engine(db_url), clock=TickingClock())
    try:
        with db.uow(write=False) as uow:
            moves = uow.session.scalars(select(Move.quantity)).all()
            on_hand = uow.session.scalar(select(func.sum(Balance.on_hand)))
            if db_url.startswith("sqlite"):
                integrity = uow.session.connection().exec_driver_sql("PRAGMA integrity_check")
                assert integrity.scalar() == "ok"
        assert moves == [7]  # the confirmed receipt, and not the one cut off half-way
        assert on_hand == 7
        # And the database takes writes again: the killed writer left no lock behind.
        from core.inventory import services

        with db.uow() as uow:
            services.receive(uow, center="TSC", bin="A-01", sku="YAK-JERKY", quantity=1)
            uow.commit()
    finally:
        db.dispose()


def test_cli_option_wins_over_environment_which_wins_over_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    default = resolve_url()
    assert make_url(default).get_backend_name() == "sqlite"
    assert Path(make_url(default).database).parent.is_relative_to(tmp_path / "data")  # type: ignore[arg-type]
    assert Path(make_url(default).database).name == "depot.db"  # type: ignore[arg-type]
    assert resolve_url(None) == default == storage_engine.default_url()

    server = "postgresql+psycopg://clerk@10.0.0.5:5432/depot"
    monkeypatch.setenv(ENV_VAR, server)
    assert resolve_url() == server
    assert resolve_url(None) == server

    option = f"sqlite:///{tmp_path / 'other.db'}"
    assert resolve_url(option) == option


def test_main_passes_its_db_option_to_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    server = "postgresql+psycopg://clerk@10.0.0.5:5432/depot"
    option = "sqlite:///C:/depot/depot.db"
    monkeypatch.setenv(ENV_VAR, server)
    parser = main.build_parser()
    assert resolve_url(parser.parse_args(["--db", option]).db) == option
    assert resolve_url(parser.parse_args([]).db) == server


def test_open_database_creates_and_migrates_the_resolved_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "from-env" / "depot.db"
    target.parent.mkdir()
    monkeypatch.setenv(ENV_VAR, f"sqlite:///{target}")
    db = open_database(clock=TickingClock())
    try:
        assert current_revisions(db.engine) == head_revisions()
    finally:
        db.dispose()
    assert target.exists()


def test_a_db_path_in_a_missing_folder_is_refused_not_created(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    missing = tmp_path / "no-such-folder" / "depot.db"
    result = subprocess.run(
        [sys.executable, "main.py", "--db", f"sqlite:///{missing}", "stock"],
        cwd=Path(__file__).resolve().parents[3],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "no-such-folder" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not missing.parent.exists()
