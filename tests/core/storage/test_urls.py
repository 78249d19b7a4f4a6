"""Database URLs: a `%` anywhere works, a password is never printed, and a URL that
would keep nothing (empty, in memory) is refused with a sentence."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

import main
from core.storage.engine import ENV_VAR, hide_passwords
from tests.support.postgres import _pg_admin

PASSWORD = "p@ss%x"
ENCODED = "p%40ss%25x"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_percent_in_the_sqlite_file_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / '100%.db'}"
    code, out, err = run(capsys, "--db", url, "demo")
    assert (code, err) == (0, ""), err
    assert (tmp_path / "100%.db").exists()
    code, out, err = run(capsys, "--db", url, "stock", "--json")
    assert code == 0 and len(json.loads(out)) > 100, err
    # The same file written URL-encoded is the same file.
    encoded = f"sqlite:///{tmp_path / '100%25.db'}"
    assert run(capsys, "--db", encoded, "stock", "--json")[1] == out


@pytest.fixture
def clerk_with_password(pg_template: str) -> Iterator[tuple[str, str]]:
    """A PostgreSQL role whose password has `@` and `%`, owning an empty database.

    The server trusts 127.0.0.1, so the password is not checked: what is tested is
    that the URL carrying it is parsed, handed to Alembic and the driver, and hidden.
    """
    admin = _pg_admin()  # pg_template skipped (or failed, under REQUIRE_POSTGRES) without one
    role, database = f"clerk_{uuid.uuid4().hex[:10]}", f"depot_pw_{uuid.uuid4().hex[:10]}"
    with admin:
        admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'p@ss%x'")
        admin.execute(f'CREATE DATABASE "{database}" OWNER {role}')
        try:
            yield role, database
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            admin.execute(f"DROP ROLE IF EXISTS {role}")


@pytest.mark.postgres
def test_a_password_with_at_and_percent_on_postgres(
    capsys: pytest.CaptureFixture[str],
    clerk_with_password: tuple[str, str],
) -> None:
    role, database = clerk_with_password
    server = make_url(f"postgresql+psycopg://{role}:{ENCODED}@127.0.0.1:5432/{database}")
    assert server.password == PASSWORD
    url = server.render_as_string(hide_password=False)
    code, out, err = run(capsys, "--db", url, "places", "load")
    assert code == 0, err  # the schema was made through Alembic with this URL
    code, out, err = run(capsys, "--db", url, "stock", "--json")
    assert (code, json.loads(out)) == (0, [])
    # Typed as is, the `@` in the password does not become part of the host.
    raw = f"postgresql+psycopg://{role}:{PASSWORD}@127.0.0.1:5432/{database}"
    assert run(capsys, "--db", raw, "stock", "--json")[:2] == (0, "[]\n")

    failures = [
        run(capsys, "--db", url, "stock-card", "NO-SUCH-SKU"),
        run(capsys, "--db", url.replace(":5432/", ":1/"), "stock"),  # nobody listens there
        run(capsys, "--db", raw.replace(":5432/", ":1/"), "stock"),
    ]
    for code, _out, err in failures:
        assert code != 0 and err.startswith("error: ") and len(err.splitlines()) == 1, err
        for secret in (PASSWORD, ENCODED, "ss%x", "ss%25x"):
            assert secret not in err


def test_hide_passwords_scrubs_every_spelling_of_the_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    url = f"postgresql+psycopg://clerk:{ENCODED}@server/depot"
    said = f"FATAL: password {PASSWORD!r} or {ENCODED} or p%40ss%x refused for clerk"
    assert hide_passwords(said, url) == "FATAL: password '***' or *** or p%40ss%x refused for clerk"
    monkeypatch.setenv(ENV_VAR, f"postgresql+psycopg://clerk:{PASSWORD}@server/depot")
    assert PASSWORD not in hide_passwords(said)
    assert hide_passwords("no secret here", "sqlite:///depot.db") == "no secret here"


@pytest.mark.parametrize(
    "argv, env, source",
    [
        (["--db", ""], None, "--db"),
        (["--db", "  "], None, "--db"),
        ([], "", ENV_VAR),
    ],
)
def test_an_empty_database_option_is_refused_not_the_default_file(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    env: str | None,
    source: str,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if env is None:
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, env)
    code, out, err = run(capsys, *argv, "demo")
    assert code == 2 and out == ""
    assert err.startswith(f"error: {source} is empty") and len(err.splitlines()) == 1
    assert not list((tmp_path / "data").rglob("*.db"))  # the default file was not touched


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///file::memory:?uri=true",
        "sqlite:///x.db?mode=memory",
    ],
)
def test_an_in_memory_database_is_refused(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, out, err = run(capsys, "--db", url, "demo")
    assert code == 2 and out == ""
    assert "in-memory SQLite database, which keeps nothing" in err


def test_an_unknown_sqlite_option_is_refused_not_ignored(
    capsys: pytest.CaptureFixture[str],
    sqlite_url: str,
) -> None:
    code, _, err = run(capsys, "--db", f"{sqlite_url}?cache=shared", "stock")
    assert code == 2 and "'cache' is not supported" in err
    code, _, err = run(capsys, "--db", f"{sqlite_url}?mode=bogus", "stock")
    assert code == 2 and "'mode=bogus' is not supported" in err
