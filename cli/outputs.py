"""Output files on the command line: `--out`/`--csv` with `--force`, checked before any work.

The checks and the writing are the core's (`core.output_files`); this module adds the
options and says in one line why a file was refused or could not be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from core.output_files import (
    OutputIsDatabase,
    OutputKind,
    OutputNotWritten,
    OutputWouldReplace,
    check_target,
)
from core.storage.engine import sqlite_file
from core.uow import Database

FORCE_HELP = (
    "replace an existing file that is not a {kind} file (the open database is never replaced)"
)


def add_output(
    parser: argparse.ArgumentParser,
    flag: str,
    kind: OutputKind,
    help_text: str,
    *,
    required: bool = False,
) -> None:
    """`flag FILE` and `--force` on `parser`."""
    parser.add_argument(
        flag, metavar=f"FILE.{kind.value}", type=Path, required=required, help=help_text
    )
    parser.add_argument(
        "--force", action="store_true", help=FORCE_HELP.format(kind=kind.value.upper())
    )


def checked(args: argparse.Namespace, db: Database, path: Path, kind: OutputKind) -> Path:
    """`path` if it may be written: not the database, not a file of another kind unless
    --force, not a folder. Called before the work, so a refusal costs nothing."""
    return check_target(
        path, kind, database=sqlite_file(db.engine), force=bool(getattr(args, "force", False))
    )


_NOT_WRITTEN = {
    "is_folder": "{path} is a folder: give a file name in it",
    "not_a_file": "{path} is not a regular file (a device or a pipe): give a file name",
    "no_folder": "there is no folder {folder} for {path}",
    "no_space": "the disk is full, so {path} could not be written",
    "read_only": "{path} is on a read-only disk",
    "permission": "no permission to write {path}",
    "name_too_long": "the file name {path} is too long",
}

_KINDS = {
    "pdf": "a PDF",
    "csv": "a CSV or text file",
    "xlsx": "an Excel workbook",
    "sqlite": "an SQLite database",
    "zip": "a zip archive",
    "other": "another kind of file",
}


def describe(error: Exception) -> str | None:
    """One line for an output error, None for any other error."""
    match error:
        case OutputIsDatabase(path=path):
            return f"{path} is the database this command works on: give another file name"
        case OutputWouldReplace(path=path, kind=kind, found=found):
            return (
                f"{path} already exists and is {_KINDS.get(found, found)}, not "
                f"{_KINDS[kind]}: give another name, or --force to replace it"
            )
        case OutputNotWritten(path=path, reason=reason, detail=detail):
            template = _NOT_WRITTEN.get(reason, "{path} could not be written: {detail}")
            line = template.format(path=path, folder=Path(path).parent, detail=detail)
            return f"{line}; nothing was written"
    return None
