"""Real databases for every test: a fresh SQLite file, and a fresh PostgreSQL database.

PostgreSQL: one migrated template database per test run; each test gets its
own copy (CREATE DATABASE ... TEMPLATE, fast) and it is dropped afterwards.
Without a server the PostgreSQL tests skip with the reason, unless
REQUIRE_POSTGRES=1 (CI), where they fail.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Asserts in the helpers say what differed, as in the tests themselves.
pytest.register_assert_rewrite("tests.support")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.clock import CLOCK_VARIABLE, ZONE_VARIABLE, configure_zone  # noqa: E402
from core.storage.engine import make_engine  # noqa: E402
from core.storage.migrate import upgrade  # noqa: E402
from core.uow import Database  # noqa: E402
from tests.support.fixed_clock import START, TickingClock  # noqa: E402
from tests.support.postgres import PG_ADMIN, _pg_admin, _pg_url, pg_copy  # noqa: E402

pytest_plugins = [
    "tests.support.demo_template",
    "tests.support.inventory_depot",
    "tests.support.places_world",
    "tests.support.runs_world",
]

# Every process a test starts (`main.py ...`, a child scanner) and every `main.main(...)`
# call runs on the tests' clock, not the machine's; and shows the default center zone,
# whatever a developer's shell sets.
os.environ[CLOCK_VARIABLE] = START.isoformat()
os.environ.pop(ZONE_VARIABLE, None)


@pytest.fixture(autouse=True)
def _printed_words() -> Iterator[None]:
    """Documents print as the app and the command line print them by default: English
    headings with Chinese beside (cli/words.py); a test that chooses another language
    leaves this for the next one."""
    from cli.words import configure_cli_words

    configure_cli_words("en")
    yield


@pytest.fixture(autouse=True)
def _default_center_zone() -> Iterator[None]:
    """A test that sets another zone (`--tz`) leaves the default for the next one."""
    yield
    configure_zone()


@pytest.fixture(scope="session")
def qapp():  # type: ignore[no-untyped-def]
    """pytest-qt's application, made as the app makes it: its names, and its translators
    (English, so counted sentences read "1 parcel", "2 parcels")."""
    import sys

    from ui.app import install_translators, make_application

    app = make_application([sys.argv[0]])
    app._translators = install_translators(app, "en")  # type: ignore[attr-defined]
    return app


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """Name of a migrated template database on the test server."""
    try:
        admin = _pg_admin()
    except Exception as error:  # noqa: BLE001
        message = f"no PostgreSQL server at {PG_ADMIN}: {error}"
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " (REQUIRE_POSTGRES=1)")
        pytest.skip(message)
    name = f"depot_tpl_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    engine = make_engine(_pg_url(name))
    upgrade(engine)
    engine.dispose()
    yield name
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def pg_url(pg_template: str) -> Iterator[str]:
    """URL of a fresh, migrated PostgreSQL database for one test."""
    yield from pg_copy(pg_template)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "depot.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()  # closing the last connection checkpoints and removes the -wal file
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """URL of a fresh, migrated SQLite file for one test."""
    path = tmp_path / "depot.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test using this runs once on SQLite and once on PostgreSQL."""
    return str(request.getfixturevalue(f"{request.param}_url".replace("postgres_", "pg_")))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(make_engine(db_url), clock=TickingClock())
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = Database(make_engine(sqlite_url), clock=TickingClock())
    yield database
    database.dispose()
