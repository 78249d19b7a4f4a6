"""Turn a CSV or XLSX file into a header row and numbered data rows of clean text.

Marketplace exports are GBK (read as GB18030, its superset) unless re-saved:
we try UTF-8 with BOM, then UTF-8, then GB18030, and refuse anything else
rather than guess. Cells are cleaned the same way whatever the source:
Excel-protection wrappers `="..."` removed, surrounding blanks stripped.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.shipping.importing.errors import MissingColumns, UnreadableFile

ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
_WRAPPED = re.compile(r'^="(.*)"$', re.DOTALL)


@dataclass(frozen=True)
class Row:
    """One data row: its 1-based line in the file (header = line 1) and cells by column."""

    line: int
    cells: tuple[str, ...]


@dataclass
class Table:
    path: str
    headers: list[str]  # normalised header names, in file order
    rows: list[Row]
    sha256: str
    encoding: str  # "xlsx" for spreadsheets

    def column(self, *names: str) -> int | None:
        """Index of the first of `names` present in the header row, or None."""
        for name in names:
            key = normalise_header(name)
            if key in self._index:
                return self._index[key]
        return None

    def require(self, groups: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
        """Column index per field; raise MissingColumns naming every absent field's header."""
        found: dict[str, int] = {}
        missing: list[str] = []
        for field, names in groups.items():
            index = self.column(*names)
            if index is None:
                missing.append(names[0])
            else:
                found[field] = index
        if missing:
            raise MissingColumns(self.path, tuple(missing))
        return found

    def __post_init__(self) -> None:
        self._index: dict[str, int] = {}
        for i, name in enumerate(self.headers):
            self._index.setdefault(name, i)  # the first of two same-named columns wins


def normalise_header(name: str) -> str:
    """Header as matched: NFKC (full-width forms), no BOM, no surrounding blanks."""
    return unicodedata.normalize("NFKC", name).replace("\ufeff", "").strip()


def clean_cell(value: object) -> str:
    """Text of a cell: `="123"` unwrapped, blanks (also ideographic) stripped."""
    if value is None:
        return ""
    if type(value) is str:  # the common case, kept short: 100,000 rows have 2,000,000 cells
        text = value.strip().strip("\u3000")
        if text.startswith('="'):
            match = _WRAPPED.match(text)
            if match:
                return match.group(1).strip()
        return text
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    elif isinstance(value, datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.strip().strip("\u3000")
    match = _WRAPPED.match(text)
    if match:
        text = match.group(1).strip()
    return text


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(path: str, data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding that decoded it, strictly."""
    if b"\x00" in data[:4096]:
        # UTF-16 or a binary file: GB18030 would "decode" some of it into nonsense.
        raise UnreadableFile(path, "binary")
    for encoding in ENCODINGS:
        if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(path, "encoding")


def read_table(path: str | Path, *, header_names: tuple[str, ...] = ()) -> Table:
    """Read a .csv/.txt or .xlsx file into a Table.

    Args:
        path: the file.
        header_names: names of which at least one marks the header row; rows
            above it (export titles, blank lines) are skipped. Empty: row 1.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(str(path), "not_found") from None
    if not data.strip():
        raise UnreadableFile(str(path), "empty")
    if data.startswith(b"PK\x03\x04"):
        records, encoding = _xlsx_records(path), "xlsx"
    else:
        text, encoding = decode(str(path), data)
        records = _csv_records(str(path), text)
    wanted = {normalise_header(n) for n in header_names}
    headers: list[str] | None = None
    rows: list[Row] = []
    for line, raw in records:
        if headers is None:
            candidate = [normalise_header(clean_cell(c)) for c in raw]
            if not any(candidate) or (wanted and not wanted.intersection(candidate)):
                continue
            headers = candidate
            continue
        cells = tuple(clean_cell(c) for c in raw)
        if any(cells):  # blank lines and the empty rows Excel leaves at the end
            rows.append(Row(line, cells))
    if headers is None:
        raise UnreadableFile(str(path), "empty") if not wanted else MissingColumns(
            str(path), tuple(sorted(wanted))
        )
    return Table(str(path), headers, rows, file_digest(data), encoding)


def read_headers(path: str | Path) -> list[str]:
    """The header row of a file (its first non-blank row), for the column-mapping dialog."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(str(path), "not_found") from None
    if data.startswith(b"PK\x03\x04"):
        records: Iterator[tuple[int, list[object]]] = _xlsx_records(path)
    else:
        records = _csv_records(str(path), decode(str(path), data)[0])
    for _line, raw in records:
        headers = [normalise_header(clean_cell(c)) for c in raw]
        if any(headers):
            return headers
    raise UnreadableFile(str(path), "empty")


def _csv_records(path: str, text: str) -> Iterator[tuple[int, list[object]]]:
    """Records with the physical line each starts on (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:  # a NUL or a broken quote: give up on the file, not silently
            raise UnreadableFile(path, "csv", f"line {start}") from None
        yield start, list(record)


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[object]]]:
    from openpyxl import load_workbook  # imported here: CSV-only imports don't pay for it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001  (zip, XML and openpyxl's own errors alike)
        raise UnreadableFile(str(path), "xlsx", type(error).__name__) from None
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(values)
    finally:
        workbook.close()
