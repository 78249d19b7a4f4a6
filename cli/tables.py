"""Plain-text tables for the terminal that stay aligned with Chinese text.

A Chinese character takes two terminal columns and a Tibetan vowel sign none,
so widths come from `wcwidth` (East Asian Width and combining marks), not `len`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from wcwidth import wcswidth


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal."""
    width = wcswidth(text)
    return width if width >= 0 else len(text)  # control characters: count them as one each


def pad(text: str, width: int, *, right: bool = False) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


@dataclass(frozen=True)
class Column:
    title: str
    right: bool = False  # numbers line up on the right


def render(columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> str:
    """The table as text: a header, a rule, one line per row. `None` shows as empty."""
    cells = [[c.title for c in columns]]
    cells += [["" if value is None else str(value) for value in row] for row in rows]
    widths = [max(display_width(line[i]) for line in cells) for i in range(len(columns))]

    def line(values: Sequence[str]) -> str:
        parts = (pad(v, w, right=c.right) for v, w, c in zip(values, widths, columns, strict=True))
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(values) for values in cells[1:])])


def use_utf8_output(*, strict: bool) -> None:
    """Write UTF-8 whatever the console's code page.

    On Chinese Windows a redirected stdout defaults to GBK, which cannot hold
    Tibetan. JSON must be UTF-8 (`strict`); a text table would rather show `?`
    than stop half-way.
    """
    stream = sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", errors="strict" if strict else "replace")


def counted(n: int, noun: str, plural: str = "") -> str:
    """`1 parcel`, `2 parcels`: English counts for the command line's sentences."""
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


def emit_result(as_json: bool, record: object, text: str) -> int:
    """Print `record` as one JSON document (for a script) or `text` (for a person); 0."""
    import json

    use_utf8_output(strict=as_json)
    emit(json.dumps(record, ensure_ascii=False, indent=1) if as_json else text)
    return 0


def emit(text: str) -> None:
    """Print `text`; a reader that stops early (`| head`) is not an error."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        # Python's documented recipe: point stdout at devnull so the interpreter's
        # own flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
