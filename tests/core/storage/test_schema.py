"""The schema goes only into an empty database or one of ours; a read makes no new file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

import main
from core.database import open_database
from core.storage.errors import ForeignDatabase, SystemDatabase, UnknownSchemaVersion
from core.storage.migrate import current_revisions, head_revisions
from tests.support.fixed_clock import TickingClock
from tests.support.postgres import PG_ADMIN, _pg_admin


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return sorted(name for (name,) in rows)


def test_a_file_of_another_program_is_refused_and_left_as_it_was(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "places.sqlite"
    with sqlite3.connect(path) as connection:
        for name in (
            "moz_places",
            "moz_bookmarks",
            "moz_origins",
            "moz_keywords",
            "moz_meta",
            "moz_anno",
            "moz_items",
        ):
            connection.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY)")
    before = _tables(path)
    for command in (["stock"], ["demo"]):
        code, out, err = run(capsys, "--db", f"sqlite:///{path}", *command)
        assert code == 2 and out == ""
        assert f"{path} already holds tables of another program" in err
        assert "moz_anno, moz_bookmarks, moz_items, moz_keywords, moz_meta and 2 more" in err
    assert _tables(path) == before


def test_a_file_that_is_not_a_database_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list: tsampa, butter, tea\n" * 200)
    code, _, err = run(capsys, "--db", f"sqlite:///{path}", "stock")
    assert (code, err) == (2, f"error: {path} is not a database file\n")


def test_a_newer_schema_is_refused_not_downgraded_or_mixed(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO alembic_version VALUES ('from_the_future')"))
    engine.dispose()
    with pytest.raises(UnknownSchemaVersion) as refused:
        open_database(sqlite_url, create=False, clock=TickingClock())
    assert refused.value.revisions == ("from_the_future",)


def test_an_empty_existing_file_gets_the_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "new.db"
    path.touch()
    assert run(capsys, "--db", f"sqlite:///{path}", "stock", "--json")[:2] == (0, "[]\n")
    assert "alembic_version" in _tables(path) and "move" in _tables(path)


def test_a_read_names_a_missing_file_and_creates_nothing(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path = tmp_path / "typo.db"
    for command in (["stock"], ["stock-card", "NO-SUCH-SKU"], ["parcels", "--json"]):
        code, out, err = run(capsys, "--db", f"sqlite:///{path}", *command)
        assert code == 2 and out == ""
        assert err.startswith(f"error: there is no database file {path}:"), err
    assert list(tmp_path.iterdir()) == []
    # demo is how a clerk makes a database from the command line; the app makes its own.
    assert run(capsys, "--db", f"sqlite:///{path}", "demo")[0] == 0
    assert run(capsys, "--db", f"sqlite:///{path}", "stock")[0] == 0


def test_the_app_creates_its_default_file_on_first_start(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("DEPOT_DB", raising=False)
    db = open_database(clock=TickingClock())  # what ui.app.run_app calls
    try:
        assert current_revisions(db.engine) == head_revisions()
        assert Path(db.engine.url.database or "").is_relative_to(tmp_path / "data")
    finally:
        db.dispose()


@pytest.fixture
def foreign_pg_url(pg_url: str) -> str:
    """A PostgreSQL database holding another program's tables (and none of ours)."""
    with _pg_admin() as admin:  # a fresh database: the migrated copy is only borrowed
        admin.execute(f'DROP DATABASE "{make_url(pg_url).database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{make_url(pg_url).database}"')
    other = create_engine(pg_url)
    with other.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id serial PRIMARY KEY)")
        connection.exec_driver_sql("CREATE TABLE customers (id serial PRIMARY KEY)")
    other.dispose()
    return pg_url


@pytest.mark.postgres
def test_postgres_database_of_another_program_is_refused(foreign_pg_url: str) -> None:
    with pytest.raises(ForeignDatabase) as refused:
        open_database(foreign_pg_url, clock=TickingClock())
    assert refused.value.tables == ("customers", "invoices") and refused.value.count == 2
    assert refused.value.location == make_url(foreign_pg_url).render_as_string(hide_password=True)
    engine = create_engine(foreign_pg_url)
    try:
        assert sorted(inspect(engine).get_table_names()) == ["customers", "invoices"]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_own_database_is_refused_before_anything_is_written(
    capsys: pytest.CaptureFixture[str],
    pg_template: str,
) -> None:
    system = make_url(PG_ADMIN).set(database="postgres").render_as_string(hide_password=False)
    with pytest.raises(SystemDatabase):
        open_database(system, clock=TickingClock())
    code, _, err = run(capsys, "--db", system, "demo")
    assert code == 2 and "'postgres' is PostgreSQL's own database" in err
    engine = create_engine(system)
    try:
        assert "alembic_version" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
