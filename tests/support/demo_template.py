"""The demo depot, loaded once per test process and copied for each test that wants it.

Loading the demo takes seconds (hundreds of use cases, each a transaction); the tests
that only start from it get a copy instead: a file copy on SQLite, CREATE DATABASE ...
TEMPLATE on PostgreSQL. The copy's clock goes on from where the demo's load stopped, so
what a test writes comes after the demo's rows, as it would after a fresh load.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from core.demo import load_demo
from core.storage.engine import make_engine
from core.uow import Database
from tests.support.fixed_clock import TickingClock
from tests.support.postgres import _pg_admin, _pg_url, pg_copy


@dataclass(frozen=True)
class DemoTemplate:
    source: str  # a SQLite file's path, or a PostgreSQL template database's name
    resume_at: datetime  # the clock's next reading after the demo's load

    def clock(self) -> TickingClock:
        return TickingClock(start=self.resume_at)


def _load(url: str) -> datetime:
    clock = TickingClock()
    db = Database(make_engine(url), clock=clock)
    try:
        assert load_demo(db).created_anything
    finally:
        db.dispose()  # the last connection closes: no -wal left beside a SQLite file
    return clock()


@pytest.fixture(scope="session")
def sqlite_demo_template(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> DemoTemplate:
    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    shutil.copy(sqlite_template, path)
    return DemoTemplate(str(path), _load(f"sqlite:///{path}"))


@pytest.fixture(scope="session")
def pg_demo_template(pg_template: str) -> Iterator[DemoTemplate]:
    name = f"depot_demo_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    try:
        yield DemoTemplate(name, _load(_pg_url(name)))
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_demo_url(sqlite_demo_template: DemoTemplate, tmp_path: Path) -> str:
    """A fresh SQLite file holding the demo depot."""
    path = tmp_path / "depot.db"
    shutil.copy(sqlite_demo_template.source, path)
    return f"sqlite:///{path}"


@pytest.fixture
def pg_demo_url(pg_demo_template: DemoTemplate) -> Iterator[str]:
    """A fresh PostgreSQL database holding the demo depot."""
    yield from pg_copy(pg_demo_template.source)


@pytest.fixture
def sqlite_demo_db(sqlite_demo_url: str, sqlite_demo_template: DemoTemplate) -> Iterator[Database]:
    database = Database(make_engine(sqlite_demo_url), clock=sqlite_demo_template.clock())
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The demo depot, once on SQLite and once on PostgreSQL."""
    prefix = "sqlite" if request.param == "sqlite" else "pg"
    url = str(request.getfixturevalue(f"{prefix}_demo_url"))
    template: DemoTemplate = request.getfixturevalue(f"{prefix}_demo_template")
    database = Database(make_engine(url), clock=template.clock())
    yield database
    database.dispose()
