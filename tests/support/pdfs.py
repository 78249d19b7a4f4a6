"""Reading our PDFs back the way a scanner and a reader would."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image
from pypdf import PdfReader


def render_pages(pdf: bytes | Path, dpi: float = 203.2) -> list[Image.Image]:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    document = pdfium.PdfDocument(data)
    try:
        images = []
        for page in document:
            # pdfium fits the page to a whole number of pixels: ask for exactly that
            # many, so a page of whole dots (100 mm at 8 dots/mm) maps dot to pixel.
            width = page.get_size()[0]
            scale = round(width * dpi / 72) / width
            images.append(page.render(scale=scale).to_pil().convert("L"))
        return images
    finally:
        document.close()


def decode(image: Image.Image) -> list[tuple[str, str]]:
    """(format, text) of every barcode zxing-cpp finds, e.g. ("Code128", "0123").

    Our renders are clean black on white, so a fixed threshold is the right
    binarizer; zxing's default local-average one misses some long Code128s of
    two-pixel modules at exactly 203 dpi (it reads them at any other scale).
    """
    found = set()
    # The image turned a quarter too: the 76x130 label's parcel code runs up the label.
    for picture in (image, image.transpose(Image.Transpose.ROTATE_90)):
        for binarizer in (zxingcpp.Binarizer.FixedThreshold, zxingcpp.Binarizer.LocalAverage):
            for r in zxingcpp.read_barcodes(picture, binarizer=binarizer, try_rotate=False):
                found.add((r.format.name, r.text))
    return sorted(found)


def page_texts(pdf: bytes | Path) -> list[str]:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def crop_cells(
    image: Image.Image,
    rows: int,
    cols: int,
    page_mm: tuple[float, float],
    cell_mm: tuple[float, float],
    dpi: int,
) -> list[Image.Image]:
    """The cells of a label sheet, row by row, each as its own image."""
    px = dpi / 25.4
    cells = []
    for r in range(rows):
        for c in range(cols):
            box = (
                round(c * cell_mm[0] * px),
                round(r * cell_mm[1] * px),
                round((c + 1) * cell_mm[0] * px),
                round((r + 1) * cell_mm[1] * px),
            )
            cells.append(image.crop(box))
    return cells


def words(pdf: bytes, page: int = 1) -> list[tuple[str, float, float, float]]:
    """(word, top, bottom, left) in mm from the page's top left, as poppler's
    `pdftotext -bbox` boxes them (poppler-utils, installed by `make test`)."""
    import html
    import re
    import subprocess

    done = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    mm = 25.4 / 72
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
        done.stdout.decode("utf-8"),
    )
    return [
        (html.unescape(text), float(top) * mm, float(bottom) * mm, float(left) * mm)
        for left, top, bottom, text in found
    ]
