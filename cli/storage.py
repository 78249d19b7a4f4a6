"""One English line for each reason a database cannot be opened or written."""

from __future__ import annotations

from core.errors import WriteConflict
from core.storage import errors as s

_URL_HINT = "sqlite:///path/to/depot.db or postgresql+psycopg://user@server/depot"


def describe(error: Exception) -> str | None:
    """The line for a storage error, None for any other error."""
    match error:
        case WriteConflict(attempts=attempts):
            return (
                f"other clerks were changing the same records at the same moment; tried "
                f"{attempts} times, nothing was saved: run the command again"
            )
        case s.DatabaseUrlInvalid(source=source, reason="empty"):
            return (
                f"{source} is empty: give a database URL ({_URL_HINT}), "
                "or leave it out for the default file"
            )
        case s.DatabaseUrlInvalid(source=source, reason="memory"):
            return (
                f"{source} names an in-memory SQLite database, which keeps nothing: "
                f"give a file or a server ({_URL_HINT})"
            )
        case s.DatabaseUrlInvalid(source=source, reason="option", detail=detail):
            return (
                f"{source}: the SQLite option {detail!r} is not supported "
                "(mode=ro opens the file read-only)"
            )
        case s.DatabaseUrlInvalid(source=source):
            return f"{source} is not a database URL ({_URL_HINT})"
        case s.DatabaseFolderMissing(folder=folder):
            return f"no folder {folder} for the database file"
        case s.DatabaseMissing(location=where):
            return (
                f"there is no database file {where}: check the path, or create one: "
                "start the app, run `centers add CODE --name-zh NAME`, or `demo`"
            )
        case s.NotADatabase(location=where):
            return f"{where} is not a database file"
        case s.SystemDatabase(name=name):
            return (
                f"{name!r} is PostgreSQL's own database: create one for the depot "
                "(CREATE DATABASE depot) and name that one"
            )
        case s.ForeignDatabase(location=where, tables=tables, count=count):
            more = f" and {count - len(tables)} more" if count > len(tables) else ""
            return (
                f"{where} already holds tables of another program ({', '.join(tables)}{more});"
                " the depot needs an empty database or one of its own"
            )
        case s.UnknownSchemaVersion(location=where, revisions=revisions):
            return (
                f"{where} was made by a newer Changtang Depot or by another program "
                f"(schema {', '.join(revisions)}): open it with the version that made it"
            )
        case s.DatabaseReadOnly(action="upgrade"):
            return (
                "this database is open read-only and needs an upgrade for this version: "
                "open it once where it can be written"
            )
        case s.DatabaseReadOnly(reason="requested"):
            return "this database is open read-only (mode=ro): nothing was saved"
        case s.DatabaseReadOnly():
            return (
                "this database is open read-only: its file or folder cannot be written, "
                "so writes are impossible; nothing was saved"
            )
    return None
