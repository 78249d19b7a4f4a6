"""The calibration page from the print preview: the clerk presses Calibration page…, a
preview of one label with a barcode per bar reduction opens, and saved, every row
reads back with its own value."""

from __future__ import annotations

from pathlib import Path

from core.printing.calibration import calibration_value
from core.printing.printers import REDUCTIONS
from tests.support.parcel_labels import three_labels
from tests.support.person import press
from tests.support.scanners import both_readers, render
from ui.printing.actions import print_calibration_page
from ui.printing.preview import PrintPreviewDialog
from ui.printing.print_settings import PrintSettings


def test_calibration_page_from_the_preview(qtbot, context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog(
        three_labels("parcel-100x150"),
        "parcel_label",
        PrintSettings(context.settings),
        context.ops,
        layouts=["parcel-100x150", "product-60x40"],
        layout="parcel-100x150",
        regenerate=lambda name, ok, failed: None,  # type: ignore[arg-type,return-value]
    )
    qtbot.addWidget(dialog)
    dialog.calibration_asked.connect(lambda name: print_calibration_page(context, name, dialog))
    dialog.show()
    assert dialog.calibrate_button.isVisible()
    with qtbot.waitSignal(dialog.calibration_asked, timeout=5_000) as asked:
        press(qtbot, dialog.calibrate_button)
    assert asked.args == ["parcel-100x150"]
    qtbot.waitUntil(lambda: bool(dialog.findChildren(PrintPreviewDialog)), timeout=20_000)
    (page,) = dialog.findChildren(PrintPreviewDialog)
    out = tmp_path / "calibration.pdf"
    saving = page.save_to(out)
    qtbot.waitUntil(lambda: saving.done, timeout=20_000)
    rows = {("Code128", calibration_value(r)) for r in REDUCTIONS}
    for reader, found in both_readers(render(out.read_bytes(), 203.2, smooth=False)).items():
        assert set(found) <= rows and ("Code128", "CAL+0") in found, reader
    page.reject()
    dialog.reject()
