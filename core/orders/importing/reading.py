"""Turn a CSV or XLSX file into a header row and numbered data rows of clean text.

Marketplace exports are GBK (read as GB18030, its superset) unless re-saved:
we try UTF-8 with BOM, then UTF-8, then GB18030, and refuse anything else
rather than guess. Cells are cleaned the same way whatever the source:
Excel-protection wrappers `="..."` removed, surrounding blanks stripped.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.orders.importing.errors import MissingColumns, UnreadableFile

ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
# Encodings of East Asian spreadsheets we do not read, named when a file seems to be in one.
FOREIGN_ENCODINGS = frozenset(
    {
        "big5",
        "big5hkscs",
        "cp950",
        "cp932",
        "shift_jis",
        "shift_jis_2004",
        "euc_jp",
        "euc_kr",
        "cp949",
        "johab",
    }
)
# Files are read whole: at most this many bytes (docs/input-limits.md). A 100,000-row
# marketplace export in GBK is about 22 MB (rows as tests/support/order_files makes).
MAX_FILE_BYTES = 100 * 1024 * 1024
# The most characters an Excel cell holds: a longer cell is no spreadsheet's.
MAX_CELL_CHARS = 32_767
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
            if self.suspect_encoding is not None:  # the headers are there, but misread
                raise UnreadableFile(self.path, "encoding", self.suspect_encoding)
            raise MissingColumns(self.path, tuple(missing))
        return found

    def __post_init__(self) -> None:
        # Set by read_table when a GB18030 reading looks like another encoding misread.
        self.suspect_encoding: str | None = None
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


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, read in a bounded way: at most MAX_FILE_BYTES (a device such as
    /dev/zero, or a log picked by mistake, would otherwise fill the memory)."""
    name = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode) and info.st_size > MAX_FILE_BYTES:
            raise UnreadableFile(name, "too_large", str(MAX_FILE_BYTES))
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableFile(name, "not_found") from None
    except IsADirectoryError:
        raise UnreadableFile(name, "folder") from None
    except OSError as error:
        raise UnreadableFile(name, "cannot_open", error.strerror or "") from None
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile(name, "too_large", str(MAX_FILE_BYTES))
    return data


def decode(path: str, data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding that decoded it, strictly."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and _is_utf16_table(data):
        raise UnreadableFile(path, "utf16")  # Excel's "Unicode text"
    sample = data[:4096]
    if sample.count(0) * 8 > len(sample):
        # UTF-16 without its mark, or not text at all: GB18030 would "decode" it into
        # nonsense. A stray NUL in a cell is left to the row it is in (rejected there).
        raise UnreadableFile(path, "binary")
    for encoding in ENCODINGS:
        if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(path, "encoding", foreign_encoding(data))


def _is_utf16_table(data: bytes) -> bool:
    """UTF-16 text with cells in it (its mark alone could start any binary file)."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        return False
    return "," in text or "\t" in text


def foreign_encoding(data: bytes) -> str:
    """The encoding `data` seems to be in when it is one we do not read ("big5", "cp932",
    "cp949", ...), as charset_normalizer guesses it, or ""."""
    from charset_normalizer import from_bytes  # only for files that went wrong

    guess = from_bytes(data[:65536]).best()
    name = guess.encoding if guess is not None else ""
    return name if name in FOREIGN_ENCODINGS else ""


def _looks_misread(encoding: str, first_row: list[str]) -> bool:
    """GB18030 decodes almost any bytes: a first row outside GB2312 (the characters of
    simplified Chinese headers) is most likely Big5 or Shift-JIS read as GB18030."""
    if encoding != "gb18030":
        return False
    try:
        "".join(first_row).encode("gb2312")
    except UnicodeEncodeError:
        return True
    return False


def read_table(path: str | Path, *, header_names: tuple[str, ...] = ()) -> Table:
    """Read a .csv/.txt or .xlsx file into a Table.

    Args:
        path: the file.
        header_names: names of which at least one marks the header row; rows
            above it (export titles, blank lines) are skipped. Empty: row 1.
    """
    path = Path(path)
    data = read_bytes(path)
    if not data.strip():
        raise UnreadableFile(str(path), "empty")
    records, encoding = _records(path, data)
    wanted = {normalise_header(n) for n in header_names}
    headers: list[str] | None = None
    first_row: list[str] | None = None
    rows: list[Row] = []
    for line, raw in records:
        cells = tuple(clean_cell(c) for c in raw)
        _check_cell_sizes(str(path), line, cells, headers)
        if headers is None:
            candidate = [normalise_header(c) for c in cells]
            if first_row is None and any(candidate):
                first_row = candidate
            if not any(candidate) or (wanted and not wanted.intersection(candidate)):
                continue
            headers = candidate
            continue
        if any(cells):  # blank lines and the empty rows Excel leaves at the end
            rows.append(Row(line, cells))
    suspect = _looks_misread(encoding, first_row or [])
    if headers is None:
        if not wanted:
            raise UnreadableFile(str(path), "empty")
        if suspect:
            raise UnreadableFile(str(path), "encoding", foreign_encoding(data))
        raise MissingColumns(str(path), tuple(sorted(wanted)))
    table = Table(str(path), headers, rows, file_digest(data), encoding)
    table.suspect_encoding = foreign_encoding(data) if suspect else None
    return table


def _check_cell_sizes(
    path: str, line: int, cells: tuple[str, ...], headers: list[str] | None
) -> None:
    if not cells or max(map(len, cells)) <= MAX_CELL_CHARS:
        return
    index = next(i for i, cell in enumerate(cells) if len(cell) > MAX_CELL_CHARS)
    column = headers[index] if headers and index < len(headers) else str(index + 1)
    raise UnreadableFile(path, "cell_too_large", str(len(cells[index])), line, column)


def read_headers(path: str | Path) -> list[str]:
    """The header row of a file (its first non-blank row), for the column-mapping dialog."""
    path = Path(path)
    records, _encoding = _records(path, read_bytes(path))
    for line, raw in records:
        headers = [normalise_header(clean_cell(c)) for c in raw]
        _check_cell_sizes(str(path), line, tuple(headers), None)
        if any(headers):
            return headers
    raise UnreadableFile(str(path), "empty")


def _records(path: Path, data: bytes) -> tuple[Iterator[tuple[int, list[object]]], str]:
    """The file's records and its encoding ("xlsx" for a workbook, whatever its name)."""
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_records(path, data), "xlsx"
    text, encoding = decode(str(path), data)
    return _csv_records(str(path), text), encoding


def _csv_records(path: str, text: str) -> Iterator[tuple[int, list[object]]]:
    """Records with the physical line each starts on (quoted cells may span lines)."""
    # The file's size is bounded (MAX_FILE_BYTES), so is a cell; the csv module's own
    # limit would refuse a long cell without saying which: _check_cell_sizes says so.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error:  # a broken quote: give up on the file, not silently
            raise UnreadableFile(path, "csv", line=start) from None
        yield start, list(record)


def _xlsx_records(path: Path, data: bytes) -> Iterator[tuple[int, list[object]]]:
    from openpyxl import load_workbook  # imported here: CSV-only imports don't pay for it

    try:
        # From the bytes, not the name: openpyxl refuses a workbook named .csv by its name.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001  (zip, XML and openpyxl's own errors alike)
        raise UnreadableFile(str(path), "xlsx") from None
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(values)
    finally:
        workbook.close()
