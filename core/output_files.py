"""Files written for a clerk (CSV, PDF, XLSX): whole or not at all, never over the database.

Every export goes through `replace_file` (or `write_file`): the data goes to a hidden
temporary file in the target's folder, is flushed to the disk, then renamed over the
target in one step (`os.replace`), so a reader never sees half a file and a failure
(a full disk, a folder for a name) leaves the old file as it was and no temporary
file behind. `check_target` runs first, before any work: an output must not be the
open database (or its `-wal`, `-shm` or `-journal` file), and an existing file of
another kind is replaced only when the clerk confirmed it.
"""

from __future__ import annotations

import errno
import io
import os
import secrets
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, TextIO

from core.errors import DepotError

# SQLite's companions of a database file, which it writes beside it.
SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")
SNIFF_BYTES = 8192


class OutputKind(StrEnum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(eq=False)
class OutputIsDatabase(DepotError):
    """The output would overwrite the database the program has open."""

    path: str
    database: str


@dataclass(eq=False)
class OutputWouldReplace(DepotError):
    """An existing file of another kind (`found`: pdf, csv, xlsx, sqlite, zip, other)."""

    path: str
    kind: str
    found: str


@dataclass(eq=False)
class OutputNotWritten(DepotError):
    """Writing failed; nothing was written and an older file is unchanged.

    reason: is_folder, not_a_file, no_folder, no_space, read_only, permission,
    name_too_long, other.
    """

    path: str
    reason: str
    detail: str = ""


def check_target(
    path: str | os.PathLike[str],
    kind: OutputKind,
    *,
    database: str | os.PathLike[str] | None = None,
    force: bool = False,
) -> Path:
    """Refuse an output path before anything is made for it; returns it as a `Path`.

    Args:
        database: the open SQLite file, never to be written over (None for a server).
        force: the clerk confirmed replacing an existing file of another kind.
    """
    target = Path(path)
    if database is not None and _is_database_file(target, Path(database)):
        raise OutputIsDatabase(str(target), str(database))
    if target.is_dir():
        raise OutputNotWritten(str(target), "is_folder")
    if target.exists() and not target.resolve().is_file():
        # A device or a pipe (/dev/null, /dev/stdout): renaming over it would replace it.
        raise OutputNotWritten(str(target), "not_a_file")
    if not target.parent.is_dir():
        raise OutputNotWritten(str(target), "no_folder")
    if not force and target.exists():
        found = sniff(target)
        if found not in (kind.value, "empty"):
            raise OutputWouldReplace(str(target), kind.value, found)
    return target


def _is_database_file(target: Path, database: Path) -> bool:
    names = {
        _same_name(Path(f"{base}{suffix}"))
        for base in (database, Path(os.path.realpath(database)))
        for suffix in SQLITE_COMPANIONS
    }
    if _same_name(target) in names:
        return True
    if not target.exists():
        return False
    # A hard link, or a name that differs only in case on Windows or macOS.
    return any(_same_file(target, Path(f"{database}{suffix}")) for suffix in SQLITE_COMPANIONS)


def _same_name(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def sniff(path: Path) -> str:
    """What an existing file holds: pdf, xlsx, zip, sqlite, csv (any text), empty or other."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return "other"
    if not head:
        return "empty"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx" if _is_xlsx(path) else "zip"
    return "csv" if _is_text(head) else "other"


def _is_xlsx(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "[Content_Types].xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8-sig", "gb18030"):  # what Excel and WPS save on Chinese Windows
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as error:
            if error.start >= len(head) - 4:  # a character cut by the sniff's end
                return True
    return False


@contextmanager
def replace_file(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Write `path` whole or not at all: `with replace_file(p) as handle: handle.write(...)`.

    Raises:
        OutputNotWritten: naming `path`, never the temporary file; nothing was changed.
    """
    target = Path(path)
    # Through a symbolic link to the file it names: renaming over the link would replace
    # the link, and leave the file the clerk meant unchanged.
    real = Path(os.path.realpath(target))
    temporary = real.with_name(f".{real.name}.{secrets.token_hex(4)}.part")
    try:
        if real.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        # Mode 0o666 lets the umask decide the permissions, as for any new file.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    except OSError as error:
        raise _not_written(target, error) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, real)
        _sync_folder(real.parent)
    except BaseException as error:
        with suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise _not_written(target, error) from error
        raise


@contextmanager
def replace_text_file(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """`replace_file` for text: UTF-8 with a byte-order mark, so Excel on a Chinese Windows
    reads it as UTF-8 instead of guessing GBK, and no newline translation (the csv module
    writes its own line ends)."""
    with replace_file(path) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        yield handle
        handle.flush()
        handle.detach()  # the binary file is closed (and synced) by replace_file


_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation at the descriptor


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """`data` to `path`, whole or not at all (see `replace_file`)."""
    with replace_file(path) as handle:
        handle.write(data)


def write_output(
    path: str | os.PathLike[str],
    data: bytes,
    kind: OutputKind,
    *,
    database: str | os.PathLike[str] | None = None,
    force: bool = False,
) -> Path:
    """`check_target`, then `write_file`: for a caller that has the data already."""
    target = check_target(path, kind, database=database, force=force)
    write_file(target, data)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows cannot open a folder for this)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


_REASONS = {
    errno.ENOSPC: "no_space",
    errno.EDQUOT: "no_space",
    errno.EFBIG: "no_space",
    errno.EISDIR: "is_folder",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "no_folder",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.ENAMETOOLONG: "name_too_long",
}


def _not_written(target: Path, error: OSError) -> OutputNotWritten:
    reason = _REASONS.get(error.errno or 0, "other")
    if reason == "permission" and target.is_dir():  # Windows says EACCES for a folder
        reason = "is_folder"
    return OutputNotWritten(str(target), reason, "" if reason != "other" else error.strerror or "")
