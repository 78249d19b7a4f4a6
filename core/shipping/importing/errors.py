"""Typed errors of file reading. They carry data; the UI and CLI word them."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import DepotError


@dataclass(eq=False)
class UnreadableFile(DepotError):
    """The file cannot be imported at all; nothing was written.

    reason: "encoding" (none of UTF-8 with BOM, UTF-8, GB18030 decodes it),
    "binary", "empty", "xlsx" (openpyxl could not open it), "not_found",
    "format" (no reader recognises its columns).
    """

    path: str
    reason: str
    detail: str = ""


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
