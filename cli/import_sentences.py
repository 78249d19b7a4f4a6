"""English sentences for files that cannot be imported and for rejected rows.

Each names the file and, where there is one, the line and the column; none shows a
Python type name or a reason code.
"""

from __future__ import annotations

from core.errors import DepotError
from core.orders.importing import errors as ie
from core.orders.importing.reading import MAX_CELL_CHARS
from core.orders.importing.values import MAX_AMOUNT_FEN, Rejected

_SAVE_AGAIN = "save it again as CSV UTF-8 (or export it again from the shop's back end)"
_ENCODING_NAMES = {
    "big5": "Big5 (Traditional Chinese)",
    "big5hkscs": "Big5-HKSCS (Traditional Chinese)",
    "cp950": "Big5 (Traditional Chinese)",
    "cp932": "Shift-JIS (Japanese)",
    "shift_jis": "Shift-JIS (Japanese)",
    "shift_jis_2004": "Shift-JIS (Japanese)",
    "euc_jp": "EUC-JP (Japanese)",
    "euc_kr": "EUC-KR (Korean)",
    "cp949": "EUC-KR (Korean)",
    "johab": "Johab (Korean)",
}


def unreadable(error: ie.UnreadableFile) -> str:
    """Why the file as a whole cannot be imported."""
    path, detail = error.path, error.detail
    match error.reason:
        case "not_found":
            return f"there is no file {path}"
        case "folder":
            return f"{path} is a folder, not a file"
        case "cannot_open":
            return f"{path} cannot be opened ({detail.lower() or 'the system refused'})"
        case "too_large":
            return (
                f"{path} is larger than {int(detail) // (1024 * 1024)} MB, the most an "
                "import reads: split it, or check it is the export you meant"
            )
        case "empty":
            return f"{path} is empty"
        case "utf16":
            return f'{path} is saved as UTF-16 (Excel\'s "Unicode text"): {_SAVE_AGAIN}'
        case "binary":
            return f"{path} is not a text file or a workbook"
        case "encoding" if detail:
            name = _ENCODING_NAMES.get(detail, detail)
            return (
                f"{path} seems to be {name} text; orders are read in UTF-8 or "
                f"GBK/GB18030: {_SAVE_AGAIN}"
            )
        case "encoding":
            return f"{path} is not UTF-8 or GBK/GB18030 text: {_SAVE_AGAIN}"
        case "xlsx":
            return f"{path} starts like an XLSX workbook but cannot be opened as one (damaged?)"
        case "cell_too_large":
            return (
                f"{path}, line {error.line}, column {error.column}: a cell of "
                f"{int(detail):,} characters, more than a spreadsheet cell holds "
                f"({MAX_CELL_CHARS:,}): check the file"
            )
        case "csv":
            return (
                f"{path}, line {error.line}: a quote that is not closed or a broken "
                "cell; check the line"
            )
    return f"{path} cannot be read"


def rejection(bad: Rejected) -> str:
    """Why one row was rejected (the caller names its line and column)."""
    phrases = {
        "required": "empty",
        "excel_mangled": "a number spoiled by Excel (like 3.81235E+18): export the file again",
        "malformed": "not an order number (a Taobao/Tmall number has 17 to 19 digits)",
        "money": "not an amount of money",
        "money_range": f"amount over {MAX_AMOUNT_FEN / 100:,.2f} yuan",
        "quantity": "not a whole quantity",
        "datetime": "not a date and time",
        "nul": "holds a NUL character",
        "broken_row": "row cut short or with extra cells",
        "no_items": "no item lines in the item report",
        "conflicting_repeat": "the same order appears earlier with other content",
        "barcode": "not a carrier barcode (6 to 40 letters and digits)",
    }
    if bad.reason == "too_long":
        return f"too long (at most {bad.limit} characters)" if bad.limit else "too long"
    return phrases.get(bad.reason, bad.reason.replace("_", " "))


def describe(error: DepotError) -> str | None:
    """The sentence for an import error, None for other errors."""
    match error:
        case ie.UnreadableFile():
            return f"{unreadable(error)}; nothing was imported"
        case ie.MissingColumns(path=path, columns=columns):
            return f"{path}: required columns missing: {', '.join(columns)}; nothing was imported"
        case ie.MappingRequired(path=path):
            return (
                f"{path}: a plain CSV or XLSX file is read through a saved column mapping: "
                "give --mapping NAME (save one in the app's import dialog)"
            )
        case ie.UnknownMapping(name=name):
            return f"there is no saved column mapping named {name!r}"
        case ie.UnknownFormat(format=name):
            return f"unknown file format {name!r}"
    return None
