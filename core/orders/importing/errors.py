"""Typed errors of file reading. They carry data; the UI and CLI word them."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class UnreadableFile(DepotError):
    """The file cannot be imported at all; nothing was written.

    reason: "encoding" (none of UTF-8 with BOM, UTF-8, GB18030 decodes it; `detail`
    names the encoding it seems to be in, when one is recognised: "big5", "cp932",
    ...), "utf16", "binary", "empty", "xlsx" (starts as a workbook but cannot be opened
    as one), "not_found", "folder" (a folder, not a file), "cannot_open" (`detail`: what
    the system said), "too_large" (over `reading.MAX_FILE_BYTES`), "cell_too_large"
    (a cell over `reading.MAX_CELL_CHARS`, at `line` and `column`), "csv" (a broken
    quote at `line`), "format" (no reader recognises its columns).
    """

    path: str
    reason: str
    detail: str = ""
    line: int | None = None
    column: str = ""


@dataclass(eq=False)
class MissingColumns(DepotError):
    """Required columns are absent from the header row; nothing was written."""

    path: str
    columns: tuple[str, ...]


@dataclass(eq=False)
class UnknownMapping(DepotError):
    name: str


@dataclass(eq=False)
class ImportCancelled(DepotError):
    """The clerk cancelled; the unit of work rolls back."""

    rows_done: int


@dataclass(eq=False)
class UnknownFormat(DepotError):
    format: str


@dataclass(eq=False)
class MappingRequired(DepotError):
    """A plain CSV/XLSX has no known headers: it needs a saved column mapping."""

    path: str
