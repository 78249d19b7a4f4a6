"""A database at the heads opens without Alembic: the heads the migration files declare
are Alembic's own, and a database behind them still goes through Alembic's upgrade."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from core.storage.engine import make_engine
from core.storage.migrate import (
    _declared,
    current_revisions,
    declared_heads,
    head_revisions,
    upgrade,
)

ROOT = Path(__file__).resolve().parents[3]


def test_the_declared_heads_are_alembics_heads() -> None:
    assert declared_heads() == head_revisions()


def test_a_revision_declared_another_way_is_left_to_alembic() -> None:
    assert _declared('revision = "0950"\ndown_revision = ("0900", "0760")\n') == (
        "0950",
        ("0900", "0760"),
    )
    assert _declared('revision = "0001"\ndown_revision = None\n') == ("0001", ())
    assert _declared("revision = make_revision()\n") is None


def test_a_database_behind_the_heads_is_upgraded(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    try:
        upgrade(engine, "0001")
        upgrade(engine)
        assert current_revisions(engine) == head_revisions()
    finally:
        engine.dispose()


def test_opening_a_database_at_the_heads_imports_no_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'depot.db'}"
    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as connection:  # the schema is there: the probe has rows to read
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar()
    finally:
        engine.dispose()
    probe = (
        "import sys\n"
        "from core.database import open_database\n"
        f"open_database({url!r}, create=False).dispose()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'PySide6'}))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == "[]"
