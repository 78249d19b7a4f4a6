"""Vector barcodes: Code128 and EAN-13 from python-barcode's module pattern, QR from zxing-cpp.

Bars are canvas rects (a PNG per label is 30x slower and 20x larger). On
thermal printers the module is a whole number of printer dots, so every bar
prints the same width; quiet zones are part of the drawn width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import getitem
from typing import Any

import barcode
import zxingcpp
from barcode.writer import SVGWriter

from core.errors import InvalidValue
from core.printing.fonts import DEFAULT_FONTS, FontSet
from core.printing.text import draw_text

MM = 72 / 25.4  # points per millimetre
CODE128_QUIET = 10  # modules each side (ISO/IEC 15417)
EAN13_QUIET_LEFT = 11
EAN13_QUIET_RIGHT = 7


# build() never renders: one writer for every code, instead of the default SVG writer
# python-barcode makes per code (a fifth of the encoding time).
_WRITER = SVGWriter()


@dataclass(frozen=True)
class LinearCode:
    symbology: str  # "code128" or "ean13"
    value: str  # the data as a scanner reads it
    modules: str  # "1" bar, "0" space, without quiet zones
    quiet_left: int
    quiet_right: int

    @property
    def total_modules(self) -> int:
        return len(self.modules) + self.quiet_left + self.quiet_right


def ean13_check_digit(digits12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str((10 - total % 10) % 10)


@lru_cache(maxsize=1024)
def linear_code(symbology: str, value: str) -> LinearCode:
    """The module pattern of a value; raises InvalidValue for data the symbology cannot hold."""
    if symbology == "ean13":
        if not (value.isascii() and value.isdigit() and len(value) in (12, 13)):
            raise InvalidValue("ean13", value, "not 12 or 13 digits")
        # python-barcode silently replaces a wrong check digit: a typo would print
        # a valid barcode of another product, so refuse it instead.
        if len(value) == 13 and ean13_check_digit(value[:12]) != value[12]:
            raise InvalidValue("ean13", value, "check digit")
        value = value[:12] + ean13_check_digit(value[:12])
        modules = barcode.get("ean13", value, writer=_WRITER).build()[0]
        return LinearCode("ean13", value, modules, EAN13_QUIET_LEFT, EAN13_QUIET_RIGHT)
    if symbology == "code128":
        if not value or not value.isascii() or not value.isprintable():
            raise InvalidValue("code128", value, "not printable ASCII")
        modules = barcode.get("code128", value, writer=_WRITER).build()[0]
        return LinearCode("code128", value, modules, CODE128_QUIET, CODE128_QUIET)
    raise InvalidValue("symbology", symbology, "unknown")


def dot_mm(dpi: int) -> float:
    """One printer dot in mm. "203 dpi" heads are 8 dots a millimetre (203.2 dpi)."""
    return 0.125 if dpi == 203 else 25.4 / dpi


# One-dot modules print as hairlines a worn head loses (docs/field-facts.md, "Barcodes and
# QR codes").
MIN_MODULE_DOTS = 2


def module_dots(code: LinearCode, box_width_mm: float, dpi: int, max_module_mm: float = 0.5) -> int:
    """Printer dots a module of the widest symbol that fits the box with its quiet zones."""
    widest = min(max_module_mm, box_width_mm / code.total_modules)
    return int(widest / dot_mm(dpi) + 1e-9)


def module_width_mm(
    code: LinearCode, box_width_mm: float, dpi: int, max_module_mm: float = 0.5
) -> float:
    """The widest module that fits the box with its quiet zones, in whole printer dots.
    Raises InvalidValue when not even MIN_MODULE_DOTS a module fit."""
    dots = module_dots(code, box_width_mm, dpi, max_module_mm)
    if dots < MIN_MODULE_DOTS:
        raise InvalidValue(code.symbology, code.value, "too long for the label")
    return dots * dot_mm(dpi)


_BARS = re.compile("1+")
_DARK = re.compile(rb"[^\xff]+")  # zxing-cpp images: 0 dark, 255 light
_span = re.Match.span


class _ChunkOps(dict[Any, str]):
    """`re` operators of the dark runs inside one fixed stretch of modules (a Code128
    symbol, eight modules of a QR row), by the stretch's content, made on first use.

    A label's code is cut into its stretches and looked up through C-level maps:
    formatting a string per bar or QR run in Python was most of the time of a QR
    code and half of a barcode's. A run crossing into the next stretch becomes two
    rects that touch; they are one path filled once, which leaves no seam.
    """

    def __init__(self, x: int, y: int, dark: re.Pattern[Any]) -> None:
        super().__init__()
        self.x, self.y, self.dark = x, y, dark

    def __missing__(self, stretch: Any) -> str:
        x, y = self.x, self.y
        op = self[stretch] = " ".join(
            f"{x + a} {y} {b - a} 1 re" for a, b in map(_span, self.dark.finditer(stretch))
        )
        return op


def _stretch_ops(data: Any, cuts: list[slice], tables: list[_ChunkOps]) -> str:
    return " ".join(filter(None, map(getitem, tables, map(data.__getitem__, cuts))))


SYMBOL_MODULES = 11  # every Code128 symbol starts with a bar and ends with a space


@cache
def _bar_stretches(count: int) -> tuple[list[slice], list[_ChunkOps]]:
    cuts = [slice(i * SYMBOL_MODULES, (i + 1) * SYMBOL_MODULES) for i in range(count)]
    return cuts, [_ChunkOps(i * SYMBOL_MODULES, 0, _BARS) for i in range(count)]


def bar_spans(modules: str) -> list[tuple[int, int]]:
    """(start, length) of each bar: one rect per bar instead of one per module."""
    return [(a, b - a) for a, b in map(_span, _BARS.finditer(modules))]


# EAN-13 guard bars (start, centre, end) run down into the digits row.
_EAN_GUARDS = frozenset((0, 2, 46, 48, 92, 94))


def draw_linear(
    canvas: Any,
    code: LinearCode,
    x: float,
    y: float,
    module: float,
    height: float,
    *,
    text_size: float = 0.0,
    text_font: str = "CTD-Hei",
    text_object: Any = None,
    reduction: float = 0.0,
) -> float:
    """Draw bars with the left quiet zone starting at x (points), bottom at y.

    `reduction` (points) narrows every bar, for a printer whose head spreads them
    (negative widens them); the spaces between bar edges stay where they were.

    The human-readable line (text_size > 0) goes under the bars; EAN-13 puts its
    digits in the standard three groups with the guards extended. Returns the
    drawn width including quiet zones. With `text_object` (the label's or page's
    shared `beginText()`), the digits go there instead of a text object of their own.
    """
    left = x + code.quiet_left * module
    text_gap = text_size * 1.15 if text_size else 0.0
    bar_height = height - text_gap
    # Bars in units of one module across and the bar height up, under one transform:
    # the operators depend on the code alone, one `re` per bar and a single fill.
    ean_text = code.symbology == "ean13" and bool(text_size)
    guard = round(text_gap * 0.5 / bar_height, 4) if ean_text else 0.0
    canvas.addLiteral(
        f"q {module:.6f} 0 0 {bar_height:.4f} {left:.4f} {y + text_gap:.4f} cm "
        f"{_bar_ops(code.modules, guard, round(reduction / module, 4))} Q"
    )
    if text_size:
        fonts = DEFAULT_FONTS if text_font == DEFAULT_FONTS.general else FontSet(text_font)
        target = canvas if text_object is None else text_object
        baseline = y + text_size * 0.2
        if code.symbology == "ean13":
            v = code.value
            draw_text(target, left - module, baseline, v[0], text_size, align="right", fonts=fonts)
            draw_text(
                target, left + 24 * module, baseline, v[1:7], text_size, align="center", fonts=fonts
            )
            draw_text(
                target, left + 71 * module, baseline, v[7:], text_size, align="center", fonts=fonts
            )
        else:
            draw_text(
                target,
                left + len(code.modules) * module / 2,
                baseline,
                code.value,
                text_size,
                align="center",
                fonts=fonts,
            )
    return code.total_modules * module


@lru_cache(maxsize=1024)
def _bar_ops(modules: str, guard: float, reduction: float = 0.0) -> str:
    """`re` operators of every bar, x in modules, y in bar heights; EAN guards reach
    `guard` bar heights further down; each bar `reduction` modules narrower.
    A string: cached, it costs the GC nothing."""
    if reduction:
        return (
            " ".join(
                f"{start} {-guard if guard and start in _EAN_GUARDS else 0} "
                f"{length - reduction:.4f} {1 + guard if guard and start in _EAN_GUARDS else 1} re"
                for start, length in bar_spans(modules)
            )
            + " f"
        )
    if not guard:
        if "1" not in modules[SYMBOL_MODULES - 1 :: SYMBOL_MODULES]:  # no bar crosses a cut
            count = -(-len(modules) // SYMBOL_MODULES)
            return _stretch_ops(modules, *_bar_stretches(count)) + " f"
        return " ".join(f"{start} 0 {length} 1 re" for start, length in bar_spans(modules)) + " f"
    ops = []
    for start, length in bar_spans(modules):
        if start in _EAN_GUARDS:
            ops.append(f"{start} {-guard} {length} {1 + guard} re")
        else:
            ops.append(f"{start} 0 {length} 1 re")
    return " ".join(ops) + " f"


def _qr_modules(payload: str, error: str) -> tuple[int, bytes]:
    """Size of the symbol and its modules, a byte each, row after row."""
    if not payload.isascii():
        # Readers guess the encoding of non-ASCII bytes and misread Chinese.
        raise InvalidValue("qr", payload, "not ASCII")
    symbol = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=error)
    pixels = memoryview(symbol.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    return len(pixels), pixels.tobytes()  # a square image: rows = columns


QR_STRETCH = 8  # modules of a row looked up at once: at most 256 contents each


@cache
def _qr_stretches(size: int) -> tuple[list[slice], list[_ChunkOps]]:
    # y counts rows down (draw_qr flips the axis). Rows touch without overlap (one
    # path filled once leaves no seam between them either: pdfium, poppler).
    cuts, tables = [], []
    for row in range(size):
        for x in range(0, size, QR_STRETCH):
            cuts.append(slice(row * size + x, row * size + min(x + QR_STRETCH, size)))
            tables.append(_ChunkOps(x, row, _DARK))
    return cuts, tables


@lru_cache(maxsize=1024)
def _qr_ops(payload: str) -> tuple[int, str]:
    """Size and `re` operators of a QR code's dark runs (a rect per run of modules in a
    row), in modules, rows counted down. A string: cached, it costs the GC nothing."""
    size, data = _qr_modules(payload, "M")
    return size, _stretch_ops(data, *_qr_stretches(size)) + " f"


def qr_size(payload: str) -> int:
    """Modules across the QR code of `payload` (level M), without its quiet zone."""
    return _qr_ops(payload)[0]


def qr_runs(payload: str, error: str = "M") -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """Size and dark runs (row, start, length) of a QR code for an ASCII payload.

    Encoded by zxing-cpp (C++, a fraction of a millisecond); segno, pure Python,
    took 6 ms a code, more than the rest of a parcel label. The tests check the
    modules against segno's own encoding of the same payload.
    """
    size, data = _qr_modules(payload, error)
    return size, tuple(
        (row, a - row * size, b - a)
        for row in range(size)
        for a, b in map(_span, _DARK.finditer(data, row * size, (row + 1) * size))
    )


def draw_qr(
    canvas: Any,
    payload: str,
    x: float,
    y: float,
    side: float,
    quiet: int = 4,
    dot: float | None = None,
) -> float:
    """Draw a QR code within a square of `side` points (quiet zone included) at x, y
    (bottom left), its modules whole printer dots of `dot` points when given, the
    symbol centred. Returns the module size in points."""
    size, ops = _qr_ops(payload)
    module = side / (size + 2 * quiet)
    if dot:
        module = max(1, int(module / dot + 1e-9)) * dot
    left, top = x + (side - size * module) / 2, y + (side + size * module) / 2
    if dot:  # module edges on the printer's dot grid, as the bars are
        left, top = round(left / dot) * dot, round(top / dot) * dot
    canvas.addLiteral(f"q {module:.6f} 0 0 {-module:.6f} {left:.4f} {top:.4f} cm {ops} Q")
    return module
