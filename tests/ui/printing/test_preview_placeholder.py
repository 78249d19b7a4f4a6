"""What the clerk sees in the print preview while pages are drawn: a grey placeholder
saying so, never a white page that looks like the print, and then the page itself at
full size (its QR code reads from the screen). After another layout is picked, the old
layout's pages leave the view until the new ones are drawn."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QRect
from PySide6.QtGui import QImage

from tests.support.parcel_labels import three_labels
from tests.support.pdfs import decode
from ui.operations import Operations
from ui.printing.preview import PrintPreviewDialog
from ui.printing.print_settings import PrintSettings
from ui.settings import Settings


def _shown(dialog: PrintPreviewDialog, row: int) -> Image.Image:
    """The page's tile as painted on the screen now (the event loop does not run)."""
    view = dialog.page_list
    rect: QRect = view.visualRect(dialog.thumbnails.index(row))
    image: QImage = view.viewport().grab(rect).toImage()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("L")


def _grey_share(image: Image.Image) -> float:
    """The share of mid-grey pixels: the placeholder's fill, rare on a printed label."""
    histogram = image.histogram()
    return sum(histogram[110:200]) / (image.width * image.height)


def _dialog(qtbot, tmp_path, ops: Operations) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    def regenerate(name, on_success, on_error):  # type: ignore[no-untyped-def]
        return ops.query(lambda _uow: three_labels(name), on_success=on_success, on_error=on_error)

    dialog = PrintPreviewDialog(
        three_labels("parcel-100x150"),
        "parcel_label",
        PrintSettings(Settings(tmp_path / "settings.ini")),
        ops,
        layouts=["parcel-100x100", "parcel-100x150"],
        layout="parcel-100x150",
        regenerate=regenerate,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_pages_show_a_placeholder_then_the_page_itself(qtbot, tmp_path, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, tmp_path, ops)
    dialog.show()
    icon = dialog.page_list.iconSize()
    # The first paint asks for the thumbnails; they come back through the event loop,
    # which has not run: every page is a placeholder, already at the page's size.
    for row in range(3):
        tile = _shown(dialog, row)
        assert tile.width >= icon.width() and tile.height >= icon.height()
        assert _grey_share(tile) > 0.5, f"page {row + 1} looks like a blank print"
        assert decode(tile) == []

    qtbot.waitUntil(lambda: all(dialog.thumbnails.is_drawn(r) for r in range(3)), timeout=10_000)
    for row in range(3):
        tile = _shown(dialog, row)
        assert _grey_share(tile) < 0.2
        assert any(kind == "QRCode" for kind, _text in decode(tile)), f"page {row + 1}"
    dialog.reject()


def test_another_layout_hides_the_old_pages_until_drawn(qtbot, tmp_path, ops) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, tmp_path, ops)
    dialog.show()
    qtbot.waitUntil(lambda: all(dialog.thumbnails.is_drawn(r) for r in range(3)), timeout=10_000)
    old_height = dialog.page_list.iconSize().height()

    dialog.layout_box.setCurrentText("parcel-100x100")
    # The new layout is being drawn on the reader thread: not a page of the old one
    # stays on view, and nothing can be printed.
    for row in range(3):
        tile = _shown(dialog, row)
        assert _grey_share(tile) > 0.5, f"page {row + 1} still shows the old layout"
        assert decode(tile) == []
    assert not dialog.print_button.isEnabled()

    qtbot.waitUntil(lambda: dialog.page_list.iconSize().height() < old_height, timeout=20_000)
    qtbot.waitUntil(lambda: all(dialog.thumbnails.is_drawn(r) for r in range(3)), timeout=10_000)
    for row in range(3):
        assert any(kind == "QRCode" for kind, _text in decode(_shown(dialog, row)))
    assert dialog.print_button.isEnabled()
    dialog.reject()
