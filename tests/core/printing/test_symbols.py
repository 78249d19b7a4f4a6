"""Every symbol of every shipped layout, read back by two independent readers (zxing-cpp
and zbar) from renders at the layout's printer resolution, as a scanner meets it: grey,
thresholded, without anti-aliasing, blurred by a pixel, and with one dot of print gain.
All of them decode, and nothing decodes to a value that was not printed."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest

from core.printing import barcodes
from core.printing.calibration import calibration_page, calibration_value
from core.printing.errors import ReductionTooLarge, SymbolTooSmall
from core.printing.labels import BinLabelData, ParcelLabelData, ProductLabelData, RunLabelData
from core.printing.layouts import Layout, available_layouts, get_layout
from core.printing.payloads import document_code, parcel_code
from core.printing.printers import DEFAULT_PRINTER, REDUCTIONS, PrinterSetup
from core.printing.render import content_box, render_labels
from tests.support.scanners import VARIANTS, blurred, both_readers, gain, render

PARCEL_ID = uuid.UUID("0192f3a4-7b2c-7def-8123-456789abcdef")
LOT_LONG = "L:BAR-TEA-01:4090A"  # the 18 characters that did not fit 60 mm
LOT_SHORT = "L:00113716125830873103"

PARCEL = ParcelLabelData(
    PARCEL_ID,
    "扎西多吉 བཀྲ་ཤིས་རྡོ་རྗེ",
    "13812345678",
    township_zh="措勤镇",
    village_zh="达雄村",
    tracking="EA123456785CN",
    run_name="2026-12-01 措勤镇 #1",
    stop_number=3,
    stop_count=7,
    weight_g=1250,
    day=date(2026, 12, 1),
)
PRODUCT = ProductLabelData(
    "BAR-TEA-01",
    "青稞茶",
    "ནས་ཇ་",
    barcode="6901234567892",
    lot="4090A",
    expiry=date(2027, 5, 1),
    lot_payload=LOT_LONG,
    lot_short=LOT_SHORT,
)
RUN = RunLabelData(PARCEL_ID, "2026-12-01 措勤镇 #1", "措勤镇", stop_count=3, parcel_count=9)
SAMPLES = {
    "parcel": PARCEL,
    "product": PRODUCT,
    "bin": BinLabelData("TSC", "B-01-2"),
    "run": RUN,
}


def expected(layout: Layout) -> set[tuple[str, str]]:
    """Every symbol the layout's template draws for the sample, as a reader reports it."""
    if layout.kind == "parcel":
        wanted = {("Code128", parcel_code(PARCEL_ID)), ("QRCode", str(PARCEL_ID).upper())}
        wanted.add(("Code128", "EA123456785CN"))
        return wanted
    if layout.kind == "product":
        # The long lot code where it fits at two dots a module, the lot id's digits where not.
        lot = LOT_SHORT if layout.name == "product-60x40" else LOT_LONG
        return {("EAN13", "6901234567892"), ("Code128", lot)}
    if layout.kind == "bin":
        return {("Code128", "B:TSC:B-01-2")}
    return {("Code128", document_code(PARCEL_ID)), ("QRCode", str(PARCEL_ID).upper())}


def first_label(layout: Layout, pdf: bytes, smooth: bool) -> object:
    """The page rendered at the printer's resolution, cut to the first cell."""
    dpi = 25.4 / barcodes.dot_mm(layout.dpi)
    image = render(pdf, dpi, smooth=smooth)
    px = dpi / 25.4
    box = (
        layout.left,
        layout.top,
        layout.left + layout.cell_width,
        layout.top + layout.cell_height,
    )
    return image.crop(tuple(round(v * px) for v in box))


def _pdf(layout: Layout, printer: PrinterSetup = DEFAULT_PRINTER) -> bytes:
    out = io.BytesIO()
    render_labels(layout, [SAMPLES[layout.kind].fields()], out, printer=printer)
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(available_layouts()))
def test_every_symbol_of_every_layout_reads_back_with_two_readers(name: str) -> None:
    layout = get_layout(name)
    pdf = _pdf(layout)
    wanted = expected(layout)
    for variant, (smooth, change) in VARIANTS.items():
        image = change(first_label(layout, pdf, smooth))
        for reader, found in both_readers(image).items():
            assert set(found) == wanted, f"{name}, {variant}, {reader}"


def test_layouts_state_their_printer_and_symbols_keep_two_dots() -> None:
    for layout in available_layouts().values():
        assert layout.dpi in (203, 300), layout.name
        scale = min(
            layout.cell_width / layout.template.width, layout.cell_height / layout.template.height
        )
        for element in layout.template.elements:
            if element["type"] == "qr":
                side = element["side"] * scale
                # 25 modules (our upper-case ids) and a 4-module quiet zone each side
                assert side / 33 >= barcodes.MIN_MODULE_DOTS * barcodes.dot_mm(layout.dpi)


def test_the_60x40_lot_barcode_keeps_two_dot_modules() -> None:
    layout = get_layout("product-60x40")
    image = first_label(layout, _pdf(layout), smooth=False)
    row = round((27.6 + 6) * 8)  # through the lot barcode's bars
    line = [image.getpixel((x, row)) < 128 for x in range(image.width)]
    runs, previous = [], None
    for dark in line:
        if dark != previous:
            runs.append(0)
            previous = dark
        runs[-1] += 1
    bars = runs[1:-1]  # between the quiet zones
    assert min(bars) == 2 and all(run % 2 == 0 for run in bars)
    assert runs[0] >= 10 * 2 and runs[-1] >= 10 * 2  # quiet zones of ten modules


def test_a_code_that_cannot_keep_two_dots_is_refused() -> None:
    product = ProductLabelData("TOOLONG-" + "X" * 30, "长")
    with pytest.raises(SymbolTooSmall) as refused:
        render_labels(get_layout("product-60x40"), [product.fields()], io.BytesIO())
    assert refused.value.field == "barcode" and refused.value.dpi == 203
    assert refused.value.needed_mm > refused.value.available_mm == 60


def test_a_reduction_that_leaves_no_bar_is_refused() -> None:
    with pytest.raises(ReductionTooLarge) as refused:
        _pdf(get_layout("parcel-100x150"), PrinterSetup(bar_reduction_dots=2))
    assert (refused.value.module_dots, refused.value.reduction_dots) == (2, 2)


def test_bar_width_reduction_recovers_a_spreading_head() -> None:
    """One dot of gain and a blur loses the 2-dot parcel code; one dot of reduction,
    the printer's setting, brings it back, and nothing misreads either way."""
    layout = get_layout("parcel-100x150")
    code = ("Code128", parcel_code(PARCEL_ID))
    plain = blurred(gain(first_label(layout, _pdf(layout), smooth=False)))
    reduced = blurred(
        gain(first_label(layout, _pdf(layout, PrinterSetup(bar_reduction_dots=1)), False))
    )
    for reader, found in both_readers(plain).items():
        assert code not in found and set(found) <= expected(layout), reader
    for reader, found in both_readers(reduced).items():
        assert code in found and set(found) <= expected(layout), reader


def test_calibration_page_shows_which_reduction_a_printer_needs() -> None:
    layout = get_layout("parcel-100x150")
    out = io.BytesIO()
    assert calibration_page(layout, out) == 1
    clean = render(out.getvalue(), 203.2, smooth=False)
    rows = {("Code128", calibration_value(r)) for r in REDUCTIONS}
    spreading = gain(clean, 2)  # a worn head: two dots wider
    thin = gain(clean.point(lambda v: 255 - v)).point(lambda v: 255 - v)  # a faint one
    for reader, found in both_readers(spreading).items():
        assert set(found) <= rows, reader
        assert ("Code128", "CAL+2") in found and ("Code128", "CAL-2") not in found, reader
    for reader, found in both_readers(thin).items():
        assert ("Code128", "CAL-2") in found and ("Code128", "CAL+2") not in found, reader
    for reader, found in both_readers(clean).items():
        assert ("Code128", "CAL+0") in found and set(found) <= rows, reader


@pytest.mark.parametrize(
    "name", sorted(n for n, lay in available_layouts().items() if lay.is_sheet)
)
@pytest.mark.parametrize("margin", [5.0, 8.0])
def test_every_label_of_a_sheet_stays_inside_the_printable_margin(name: str, margin: float) -> None:
    layout = get_layout(name)
    labels = [SAMPLES[layout.kind].fields()] * layout.per_page
    out = io.BytesIO()
    render_labels(layout, labels, out, printer=PrinterSetup(margin_mm=margin))
    image = render(out.getvalue(), 100)
    px = 100 / 25.4
    inner = (
        round(margin * px),
        round(margin * px),
        round((layout.page_width - margin) * px),
        round((layout.page_height - margin) * px),
    )
    assert image.crop(inner).getextrema()[0] == 0
    border = image.copy()
    border.paste(255, inner)
    assert border.getextrema() == (255, 255), f"ink within {margin} mm of the edge"
    left, right, top, bottom = content_box(layout, 0, 0, PrinterSetup(margin_mm=margin))
    assert (left, top) == (margin, margin) and right == layout.cell_width


def test_a_qr_code_below_two_dots_a_module_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A clerk's own layout with a 7 mm QR code: 25 modules and 8 of quiet zone at
    0.21 mm, less than two dots at 203 dpi, is refused before anything prints."""
    import json

    from core.printing.layouts import load_layout

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "tiny.json").write_text(
        json.dumps(
            {
                "width": 40,
                "height": 20,
                "elements": [{"type": "qr", "field": "qr", "x": 1, "y": 1, "side": 7}],
            }
        ),
        encoding="utf-8",
    )
    path = tmp_path / "tiny-qr.json"
    path.write_text(
        json.dumps({"kind": "parcel", "template": "tiny", "dpi": 203}), encoding="utf-8"
    )
    with pytest.raises(SymbolTooSmall) as refused:
        render_labels(load_layout(path), [PARCEL.fields()], io.BytesIO())
    assert refused.value.field == "qr" and refused.value.available_mm == 7
