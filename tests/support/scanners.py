"""Two independent barcode readers (zxing-cpp and zbar) over the ways a printed label
reaches a scanner: a grey render, thresholded, a raster without anti-aliasing,
thresholded after a one-pixel blur, and a head that prints every dot one dot wider.

zbar comes from Debian's `libzbar0` (through pyzbar); `.ci/run` installs it.
"""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from pyzbar import pyzbar

from tests.support.pdfs import decode

ZBAR_FORMATS = {"CODE128": "Code128", "EAN13": "EAN13", "QRCODE": "QRCode"}


def render(pdf: bytes, dpi: float, *, smooth: bool = True, page: int = 0) -> Image.Image:
    """One page at `dpi`, exactly a whole number of pixels across (tests.support.pdfs)."""
    document = pdfium.PdfDocument(pdf)
    try:
        sheet = document[page]
        width = sheet.get_size()[0]
        scale = round(width * dpi / 72) / width
        bitmap = sheet.render(scale=scale, no_smoothpath=not smooth, no_smoothtext=not smooth)
        return bitmap.to_pil().convert("L")
    finally:
        document.close()


def threshold(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 0 if v < 128 else 255)


def gain(image: Image.Image, dots: int = 1) -> Image.Image:
    """Every dark dot `dots` dots wider and taller: a hot or worn thermal head."""
    for _ in range(dots):
        image = ImageChops.darker(image, ImageChops.offset(image, 1, 0))
        image = ImageChops.darker(image, ImageChops.offset(image, 0, 1))
    return image


def blurred(image: Image.Image) -> Image.Image:
    return threshold(image.filter(ImageFilter.GaussianBlur(1)))


# name -> (anti-aliased render?, what happens to it on the way to the scanner)
VARIANTS: dict[str, tuple[bool, Callable[[Image.Image], Image.Image]]] = {
    "grey": (True, lambda image: image),
    "thresholded": (True, threshold),
    "no anti-aliasing": (False, lambda image: image),
    "blurred": (False, blurred),
    "one dot of gain": (False, gain),
}


def zbar_decode(image: Image.Image) -> list[tuple[str, str]]:
    """(format, text) of every symbol zbar finds, formats named as zxing-cpp names them."""
    return sorted(
        {
            (ZBAR_FORMATS.get(symbol.type, symbol.type), symbol.data.decode("latin-1"))
            for symbol in pyzbar.decode(image)
        }
    )


def both_readers(image: Image.Image) -> dict[str, list[tuple[str, str]]]:
    return {"zxing-cpp": decode(image), "zbar": zbar_decode(image)}
