"""Sentences for the clerk about the database itself: why it cannot be opened or written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.errors import WriteConflict
from core.storage import errors as s

translate = QCoreApplication.translate  # this name, so pyside6-lupdate finds the strings


def describe_own(error: BaseException) -> str | None:
    """A sentence for a storage error, None for other errors (asked by `ui.error_messages`)."""
    match error:
        case s.DatabaseUrlInvalid(source=source, reason="empty"):
            return translate(
                "StorageMessages",
                "{source} is empty: give a database address, "
                "or leave it out to use the default file.",
            ).format(source=source)
        case s.DatabaseUrlInvalid(source=source, reason="memory"):
            return translate(
                "StorageMessages",
                "{source} names a database in memory, which "
                "keeps nothing: give a file or a server.",
            ).format(source=source)
        case s.DatabaseUrlInvalid(source=source, reason="option", detail=detail):
            return translate(
                "StorageMessages", "{source}: the option “{detail}” is not supported."
            ).format(source=source, detail=detail)
        case s.DatabaseUrlInvalid(source=source):
            return translate("StorageMessages", "{source} is not a database address.").format(
                source=source
            )
        case s.DatabaseFolderMissing(folder=folder):
            return translate("StorageMessages", "The folder {folder} does not exist.").format(
                folder=folder
            )
        case s.DatabaseMissing(location=where):
            return translate("StorageMessages", "There is no database file {file}.").format(
                file=where
            )
        case s.NotADatabase(location=where):
            return translate("StorageMessages", "{file} is not a database file.").format(file=where)
        case s.SystemDatabase(name=name):
            return translate(
                "StorageMessages",
                "“{name}” is PostgreSQL's own database: "
                "create a database for the depot and open that one.",
            ).format(name=name)
        case s.ForeignDatabase(location=where, tables=tables):
            return translate(
                "StorageMessages",
                "{database} already holds another program's "
                "tables ({tables}): the depot needs an empty database or its own.",
            ).format(database=where, tables=", ".join(tables))
        case s.UnknownSchemaVersion(location=where):
            return translate(
                "StorageMessages",
                "{database} was made by a newer version of Changtang Depot or by another program.",
            ).format(database=where)
        case s.DatabaseReadOnly(action="upgrade"):
            return translate(
                "StorageMessages",
                "This database is open read-only and needs an "
                "upgrade for this version: open it once where it can be written.",
            )
        case s.DatabaseReadOnly():
            return translate(
                "StorageMessages",
                "This database is open read-only: writes are impossible, nothing was saved.",
            )
        case WriteConflict(attempts=attempts):
            return translate(
                "StorageMessages",
                "Other clerks were changing the same records at "
                "the same moment; tried %n time(s), nothing was saved. Try again.",
                "",
                attempts,
            )
    return None
