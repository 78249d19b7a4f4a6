"""Database URLs: which one to open, what a SQLite URL asks for, and how to show one
without its password.

A password is never shown: `location()` renders a server URL with `***`, and
`hide_passwords()` scrubs a driver's message before anyone prints or logs it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, quote_plus, unquote, urlsplit

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from core.paths import user_data_path
from core.storage.errors import DatabaseFolderMissing, DatabaseMissing, DatabaseUrlInvalid

ENV_VAR = "DEPOT_DB"

# SQLite URI options we understand; anything else would be silently ignored by the driver.
_SQLITE_OPTIONS = {"mode", "immutable", "uri"}
_MODES = {"ro", "rw", "rwc"}
# A password this short scrubbed out of a message would blank ordinary letters, not a secret.
_MIN_SECRET = 4


def default_url() -> str:
    return f"sqlite:///{user_data_path() / 'depot.db'}"


def resolve_url(cli_url: str | None = None) -> str:
    """`--db` wins over the DEPOT_DB environment variable, which wins over the default file.

    An empty value or an in-memory SQLite database is refused (`DatabaseUrlInvalid`):
    the first would silently mean the default file, the second keeps nothing.
    """
    if cli_url is not None:
        return _checked(cli_url, "--db")
    from_env = os.environ.get(ENV_VAR)
    if from_env is not None:
        return _checked(from_env, ENV_VAR)
    return default_url()


def _checked(text: str, source: str) -> str:
    text = text.strip()
    if not text:
        raise DatabaseUrlInvalid(source, "empty")
    text = _quote_userinfo(text)
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseUrlInvalid(source, "unparsable") from None
    if url.get_backend_name() == "sqlite":
        if _is_memory(url):
            raise DatabaseUrlInvalid(source, "memory")
        unknown = sorted(set(url.query) - _SQLITE_OPTIONS)
        if unknown:
            raise DatabaseUrlInvalid(source, "option", unknown[0])
        mode = url.query.get("mode")
        if mode is not None and mode not in _MODES:
            raise DatabaseUrlInvalid(source, "option", f"mode={mode}")
    return text


def _is_memory(url: URL) -> bool:
    database = url.database or ""
    return (
        database in ("", ":memory:")
        or database.startswith("file::memory:")
        or url.query.get("mode") == "memory"
    )


def _split_netloc(text: str) -> tuple[str, str, str] | None:
    """(scheme://, userinfo, host-and-rest) when the URL has a user part, else None.

    The host starts after the *last* `@` before the path, as in every URL parser;
    SQLAlchemy splits at the first one, so a raw `@` in a password goes to the host.
    """
    scheme, sep, rest = text.partition("://")
    if not sep:
        return None
    netloc, slash, path = rest.partition("/")
    userinfo, at, host = netloc.rpartition("@")
    if not at:
        return None
    return scheme + sep, userinfo, host + slash + path


def _quote_userinfo(text: str) -> str:
    """Percent-encode a raw `@` in the user name or password (`clerk:p@ss@server/depot`)."""
    parts = _split_netloc(text)
    if parts is None or "@" not in parts[1]:
        return text
    prefix, userinfo, rest = parts
    user, colon, password = userinfo.partition(":")
    return f"{prefix}{_encode(user)}{colon}{_encode(password) if colon else ''}@{rest}"


def _encode(part: str) -> str:
    return quote(unquote(part), safe="")


def location(url: URL) -> str:
    """What to call the database in a message: the file, or the server URL with `***`."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def hide_passwords(text: str, *urls: str | URL | None) -> str:
    """`text` with every password of `urls` (and of DEPOT_DB) replaced by `***`.

    Covers the password as typed, decoded and re-encoded, so a driver echoing any of
    them shows none.
    """
    secrets: set[str] = set()
    for candidate in (*urls, os.environ.get(ENV_VAR)):
        if candidate is None:
            continue
        raw = str(candidate) if isinstance(candidate, str) else ""
        parts = _split_netloc(raw) if raw else None
        if parts is not None:
            secrets.add(parts[1].partition(":")[2])
        try:
            parsed = candidate if isinstance(candidate, URL) else make_url(_quote_userinfo(raw))
        except ArgumentError:
            continue
        if parsed.password:
            password = str(parsed.password)
            secrets |= {password, quote(password, safe=""), quote_plus(password)}
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= _MIN_SECRET:
            text = text.replace(secret, "***")
    return text


@dataclass(frozen=True)
class SqliteTarget:
    """What a SQLite URL asks for: the file, and whether it is opened read-only.

    read_only: "" (read-write), "requested" (mode=ro or immutable in the URL), or
    "medium" (the file or its folder cannot be written, so WAL could not work).
    immutable: open with immutable=1, for a read-only folder where no `-shm` can be made.
    """

    path: Path
    read_only: str
    immutable: bool

    def connect_uri(self) -> str:
        """The `file:` URI for sqlite3 (uri=True), with the file name percent-encoded."""
        options = "mode=ro&immutable=1" if self.immutable else "mode=ro"
        return f"{self.path.absolute().as_uri()}?{options}"


def sqlite_target(url: URL) -> SqliteTarget:
    """Read a SQLite URL: `sqlite:///depot.db`, `...?mode=ro`, or `sqlite:///file:...&uri=true`."""
    database = url.database or ""
    query = {key: str(value) for key, value in url.query.items()}
    if database.startswith("file:"):
        # An SQLite URI: its path is percent-encoded, and it may carry its own options.
        split = urlsplit(database)
        database = unquote(split.path)
        for pair in filter(None, split.query.split("&")):
            key, _, value = pair.partition("=")
            query.setdefault(key, value)
    path = Path(database)
    requested = query.get("mode") == "ro" or query.get("immutable") == "1"
    if not path.parent.is_dir():
        # The default folder is made by user_data_path(); a --db naming a folder that
        # does not exist is a typing mistake, not a request for an empty new database.
        raise DatabaseFolderMissing(str(path.parent))
    if requested and not path.exists():
        raise DatabaseMissing(str(path))
    folder_writable = os.access(path.parent, os.W_OK)
    medium = path.exists() and not (folder_writable and os.access(path, os.W_OK))
    if not (requested or medium):
        return SqliteTarget(path, "", False)
    # Read-only WAL needs a -shm file; in a folder we cannot write, immutable=1 needs none.
    no_shm = not folder_writable and not Path(f"{path}-shm").exists()
    immutable = query.get("immutable") == "1" or no_shm
    return SqliteTarget(path, "requested" if requested else "medium", immutable)
