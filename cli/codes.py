"""Scanned codes for the batch commands: given as arguments, or one a line from a file or
from stdin (`--from -`), as a handheld scanner's dump holds them.

Each code keeps where it came from (`argument 2`, `dump.txt line 7`), so a refusal can
say which one; a file is read line by line with a limit, so a wrong file (a disk image,
`/dev/zero`) is refused at its first bad line instead of filling the memory.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, TypeVar

from core.errors import DepotError

MAX_CODE_CHARS = 200  # a Code128 or QR payload on our labels is under 100
MAX_CODES = 100_000  # a long day's dump is a few thousand
STDIN = "-"

T = TypeVar("T")


@dataclass(frozen=True)
class Scanned:
    where: str  # for messages: "argument 2", "dump.txt line 7"
    code: str


@dataclass(eq=False)
class CodeListRefused(DepotError):
    """The list of codes cannot be used. reason: missing, not_text, too_long, too_many,
    empty."""

    source: str
    line: int
    reason: str


def add_code_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """`CODE ...` and `--from FILE` on `parser`; `what` says what the codes are."""
    parser.add_argument("codes", nargs="*", metavar="CODE", help=f"{what}, as scanned")
    parser.add_argument(
        "--from",
        dest="codes_from",
        metavar="FILE",
        help="read the codes from FILE, one a line (- for stdin), e.g. a handheld scanner's dump",
    )


def scanned_codes(args: argparse.Namespace, *, required: bool = True) -> list[Scanned]:
    """The codes of `args` (arguments first, then the file), blank lines skipped."""
    found = [
        Scanned(f"argument {n}", code.strip())
        for n, code in enumerate(args.codes, 1)
        if code.strip()
    ]
    if args.codes_from:
        found += list(_read(args.codes_from))
    if required and not found:
        raise CodeListRefused(args.codes_from or "", 0, "empty")
    if len(found) > MAX_CODES:
        raise CodeListRefused(args.codes_from or "", MAX_CODES + 1, "too_many")
    return found


def _read(source: str) -> Iterator[Scanned]:
    name = "stdin" if source == STDIN else source
    if source == STDIN:
        yield from _lines(sys.stdin.buffer, name)
        return
    try:
        handle = open(source, "rb")  # noqa: SIM115  (closed below, also when refused)
    except OSError:
        raise CodeListRefused(name, 0, "missing") from None
    with handle:
        yield from _lines(handle, name)


def _lines(handle: BinaryIO, name: str) -> Iterator[Scanned]:
    number = 0
    while True:
        raw = handle.readline(MAX_CODE_CHARS * 4 + 2)  # UTF-8: at most 4 bytes a character
        if not raw:
            return
        number += 1
        if number > MAX_CODES:
            raise CodeListRefused(name, number, "too_many")
        if not raw.endswith(b"\n") and len(raw) > MAX_CODE_CHARS * 4:
            raise CodeListRefused(name, number, "too_long")
        text = _decoded(raw, name, number).strip()
        if len(text) > MAX_CODE_CHARS:
            raise CodeListRefused(name, number, "too_long")
        if text:
            yield Scanned(f"{name} line {number}", text)


def _decoded(raw: bytes, name: str, number: int) -> str:
    if b"\x00" in raw:
        raise CodeListRefused(name, number, "not_text")
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        raise CodeListRefused(name, number, "not_text") from None


def describe(error: Exception) -> str | None:
    """One line for a refused list of codes."""
    match error:
        case CodeListRefused(reason="empty"):
            return "no codes: give them as arguments or with --from FILE (- for stdin)"
        case CodeListRefused(source=source, reason="missing"):
            return f"cannot open {source}: check the file name"
        case CodeListRefused(source=source, line=line, reason="not_text"):
            return (
                f"{source} line {line} is not UTF-8 text: give a text file with one "
                "code a line; nothing was recorded"
            )
        case CodeListRefused(source=source, line=line, reason="too_long"):
            return (
                f"{source} line {line} is longer than {MAX_CODE_CHARS} characters, so it "
                "is not a scanned code; nothing was recorded"
            )
        case CodeListRefused(reason="too_many"):
            return f"more than {MAX_CODES} codes: split the list; nothing was recorded"
    return None


@dataclass(eq=False)
class CodeRefused(DepotError):
    """The core refused one code of a batch; the whole batch was rolled back."""

    where: str
    error: DepotError


def each_code(codes: list[Scanned], step: Callable[[str], T]) -> list[T]:
    """`step(code)` for every code, in order, naming the code that was refused."""
    results = []
    for scanned in codes:
        try:
            results.append(step(scanned.code))
        except DepotError as error:
            raise CodeRefused(scanned.where, error) from error
    return results


def describe_refused(error: Exception) -> str | None:
    if not isinstance(error, CodeRefused):
        return describe(error)
    from cli.errors import describe as describe_any

    return f"{error.where}: {describe_any(error.error)}; nothing was recorded"
