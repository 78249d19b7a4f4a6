"""The print preview: pages shown, printing through Qt at the printer's resolution
(to a PDF printer, read back and scanned), save as PDF, settings per document kind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from core.printing.payloads import parcel_code
from tests.support.parcel_labels import IDS, three_labels
from tests.support.pdfs import decode, render_pages
from ui.printing.preview import PrintPreviewDialog
from ui.printing.print_settings import PrintSettings
from ui.settings import Settings


def test_preview_prints_scannable_pages_and_remembers_the_layout(qtbot, tmp_path, ops) -> None:  # type: ignore[no-untyped-def]
    settings = PrintSettings(Settings(tmp_path / "settings.ini"))
    regenerated: list[str] = []

    def regenerate(name, on_success, on_error):  # type: ignore[no-untyped-def]
        regenerated.append(name)
        return ops.query(lambda _uow: three_labels(name), on_success=on_success, on_error=on_error)

    dialog = PrintPreviewDialog(
        three_labels("parcel-100x150"),
        "parcel_label",
        settings,
        ops,
        layouts=["parcel-100x100", "parcel-100x150"],
        layout="parcel-100x150",
        regenerate=regenerate,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.thumbnails.rowCount() == 3
    # Drawn off the GUI thread once the view asks for the page: it arrives later, through
    # the event loop, never while the dialog is being built.
    assert dialog.thumbnails.thumbnail(0) is None
    qtbot.waitUntil(lambda: dialog.thumbnails.thumbnail(0) is not None, timeout=10_000)
    assert not dialog.thumbnails.thumbnail(0).isNull()
    assert dialog.thumbnails.thumbnail(0).size() == dialog.page_list.iconSize()

    with qtbot.waitSignal(dialog.redrawn, timeout=20_000):
        dialog.layout_box.setCurrentText("parcel-100x100")
    assert regenerated == ["parcel-100x100"]
    assert settings.layout("parcel_label") == "parcel-100x100"
    assert dialog.pages.size_points(0)[1] < 300  # 100 mm high now

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed_file = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_file))
    printer.setResolution(300)
    assert dialog.print_to(printer) == 3
    pages = render_pages(printed_file, dpi=300)
    assert len(pages) == 3
    for image, parcel_id in zip(pages, IDS, strict=True):
        assert ("Code128", parcel_code(parcel_id)) in decode(image)

    saved = tmp_path / "saved.pdf"
    saving = dialog.save_to(saved)
    qtbot.waitUntil(lambda: saving.done)
    assert saved.read_bytes() == dialog.pages.data
    assert dialog.message.text() == f"Saved as {saved}."
    dialog.reject()


def test_save_as_pdf_never_replaces_the_database(qtbot, tmp_path, ops, sqlite_url) -> None:  # type: ignore[no-untyped-def]
    """The save dialog asks before replacing a file, but not whether it is the database."""
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    before = database.read_bytes()
    dialog = PrintPreviewDialog(
        three_labels("parcel-100x150"),
        "parcel_label",
        PrintSettings(Settings(tmp_path / "settings.ini")),
        ops,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for target in (database, Path(f"{database}-wal"), tmp_path):
        saving = dialog.save_to(target)
        qtbot.waitUntil(lambda saving=saving: saving.done)
        assert saving.error is not None
        assert str(target) in dialog.message.text()
    assert database.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []
    dialog.reject()
