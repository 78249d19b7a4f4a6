"""Print preview: the PDF's pages, a printer and layout remembered per document kind,
Print (through Qt's printer dialog) and Save as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.output_files import OutputKind
from core.printing.printers import MAX_MARGIN_MM, REDUCTIONS, PrinterSetup
from ui.file_dialogs import save_file_name
from ui.operations import OnError, Operation, Operations
from ui.printing.pages import PdfPages
from ui.printing.print_settings import PrintSettings
from ui.printing.thumbnails import PageThumbnails

PREVIEW_DPI = 60

Regenerate = Callable[[str, Callable[[bytes], None], OnError], Operation[bytes]]
"""`regenerate(layout, on_success, on_error)`: the document drawn again for another layout,
off the GUI thread; `on_success` gets the new PDF."""


def print_pages(
    pages: PdfPages, printer: QPrinter, progress: Callable[[int], bool] | None = None
) -> int:
    """Paint every page at the printer's own resolution, page size taken from the PDF.
    `progress(done)` returns False to stop. Returns the pages printed."""
    width, height = pages.size_points(0)
    layout = QPageLayout(
        QPageSize(QSizeF(width, height), QPageSize.Unit.Point),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    done = 0
    try:
        dpi = printer.resolution()
        for index in range(len(pages)):
            if index:
                printer.newPage()
            image = pages.render(index, dpi)
            target = QRectF(0, 0, painter.device().width(), painter.device().height())
            painter.drawImage(target, image)
            done += 1
            if progress is not None and not progress(done):
                break
    finally:
        painter.end()
    return done


class PrintPreviewDialog(QDialog):
    """Shows a PDF; prints it or saves it. `regenerate` (optional) draws the document
    again for another layout, e.g. a sheet instead of the thermal roll."""

    redrawn = Signal()
    """The pages on view were replaced by the document drawn for another layout."""

    calibration_asked = Signal(str)
    """The clerk asked for the bar-width calibration page of this layout's printer."""

    def __init__(
        self,
        data: bytes,
        kind: str,
        settings: PrintSettings,
        ops: Operations,
        *,
        layouts: list[str] | None = None,
        layout: str = "",
        regenerate: Regenerate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.settings = settings
        self.ops = ops
        self.regenerate = regenerate
        self._redrawing: Operation[bytes] | None = None
        self.pages = PdfPages(data)
        self.setWindowTitle(self.tr("Print preview"))

        self.thumbnails = PageThumbnails(self.pages, PREVIEW_DPI, self)
        self.page_list = QListView()
        self.page_list.setViewMode(QListView.ViewMode.IconMode)
        self.page_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.page_list.setMovement(QListView.Movement.Static)
        # Pages of one PDF share a size: the view need not ask every page for its thumbnail.
        self.page_list.setUniformItemSizes(True)
        self.page_list.setModel(self.thumbnails)
        self.page_count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.printer_box = QComboBox()
        for info in QPrinterInfo.availablePrinters():
            self.printer_box.addItem(info.printerName())
        remembered = settings.printer(kind)
        if remembered and self.printer_box.findText(remembered) >= 0:
            self.printer_box.setCurrentText(remembered)

        self.layout_box = QComboBox()
        self.layout_box.addItems(layouts or [])
        self.layout_box.setVisible(bool(layouts))
        if layout:
            self.layout_box.setCurrentText(layout)
        self.layout_box.currentTextChanged.connect(self._layout_changed)

        # What the chosen printer needs, remembered with it: a worn thermal head's bars
        # drawn narrower (the calibration page, `labels --calibrate`, shows how much),
        # an office printer's unprintable border on sheets.
        self.reduction_box = QSpinBox()
        self.reduction_box.setRange(REDUCTIONS.start, REDUCTIONS.stop - 1)
        self.reduction_box.setSuffix(self.tr(" dots"))
        self.reduction_box.setToolTip(self.tr("Bar width reduction of this printer"))
        self.margin_box = QDoubleSpinBox()
        self.margin_box.setRange(0, MAX_MARGIN_MM)
        self.margin_box.setSingleStep(0.5)
        self.margin_box.setDecimals(1)
        self.margin_box.setSuffix(self.tr(" mm"))
        self.margin_box.setToolTip(self.tr("Margin this printer cannot print on a sheet"))
        self._load_setup()
        self.printer_box.currentTextChanged.connect(self._printer_changed)
        self.reduction_box.valueChanged.connect(self._setup_changed)
        self.margin_box.valueChanged.connect(self._setup_changed)

        self.calibrate_button = QPushButton(self.tr("Calibration page…"))
        self.calibrate_button.setToolTip(
            self.tr("One barcode at each bar reduction: set the one that scans best")
        )
        self.calibrate_button.clicked.connect(
            lambda: self.calibration_asked.emit(self.layout_box.currentText())
        )
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self._print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self._save_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Printer")))
        controls.addWidget(self.printer_box, 1)
        controls.addWidget(self.layout_box, 1)
        if regenerate is not None:
            controls.addWidget(QLabel(self.tr("Bar reduction")))
            controls.addWidget(self.reduction_box)
            controls.addWidget(QLabel(self.tr("Margin")))
            controls.addWidget(self.margin_box)
            controls.addWidget(self.calibrate_button)
        controls.addWidget(self.print_button)
        controls.addWidget(self.save_button)
        controls.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.page_list, 1)
        box.addWidget(self.page_count)
        box.addWidget(self.message)
        box.addLayout(controls)
        self.resize(900, 700)
        self._show_pages()

    def _show_pages(self) -> None:
        self.thumbnails.set_pages(self.pages)
        self.page_count.setText(self.tr("%n page(s)", "", len(self.pages)))
        self.page_list.setIconSize(self.thumbnails.icon_size())

    def printer_setup(self) -> PrinterSetup:
        """The bar-width reduction and margin the boxes say, for the chosen printer."""
        return PrinterSetup(self.reduction_box.value(), self.margin_box.value())

    def _load_setup(self) -> None:
        setup = self.settings.setup(self.printer_box.currentText())
        for box in (self.reduction_box, self.margin_box):
            box.blockSignals(True)
        self.reduction_box.setValue(setup.bar_reduction_dots)
        self.margin_box.setValue(setup.margin_mm)
        for box in (self.reduction_box, self.margin_box):
            box.blockSignals(False)

    def _printer_changed(self, _name: str) -> None:
        self._load_setup()
        self._redraw()

    def _setup_changed(self) -> None:
        printer = self.printer_box.currentText()
        if printer:
            self.settings.set_setup(printer, self.printer_setup())
        self._redraw()

    def _layout_changed(self, name: str) -> None:
        if self.regenerate is None or not name:
            return
        self.settings.set_layout(self.kind, name)
        self._redraw()

    def _redraw(self) -> None:
        name = self.layout_box.currentText()
        if self.regenerate is None or not name:
            return
        self.message.clear()
        # Until the new layout is drawn, what is on view is not what would print.
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.thumbnails.wait_for_pages()
        operation = self.regenerate(name, self._redrawn, self._redraw_failed)
        self._redrawing = operation
        operation.finished.connect(lambda: self._redraw_finished(operation))

    def _redrawn(self, data: bytes) -> None:
        self.pages.close()
        self.pages = PdfPages(data)
        self._show_pages()
        self.redrawn.emit()

    def _redraw_failed(self, _error: BaseException, sentence: str) -> None:
        self.message.setText(sentence)
        self.thumbnails.set_pages(self.pages)  # what would print is still the old layout

    def _redraw_finished(self, operation: Operation[bytes]) -> None:
        if operation is self._redrawing:  # not a layout picked over since
            self._redrawing = None
            self.print_button.setEnabled(True)
            self.save_button.setEnabled(True)

    def printer_for_print(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.printer_box.currentText()
        if name:
            printer.setPrinterName(name)
        return printer

    def _print_clicked(self) -> None:
        printer = self.printer_for_print()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print with a progress dialog that can cancel; remembers the printer."""
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            self.settings.set_printer(self.kind, printer.printerName())
        progress = QProgressDialog(
            self.tr("Printing…"), self.tr("Cancel"), 0, len(self.pages), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int) -> bool:
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        printed = print_pages(self.pages, printer, step)
        progress.close()
        return printed

    def _save_clicked(self) -> None:
        path = save_file_name(
            self, self.settings.app_settings, self.tr("Save as PDF"), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Operation:
        """Save the PDF as every export is saved: whole or not at all, never over the
        depot's database; the outcome is said under the pages, not in a box to dismiss."""
        self.message.clear()
        return self.ops.save_file(
            path,
            self.pages.data,
            OutputKind.PDF,
            parent=self,
            on_success=lambda _r: self.message.setText(
                self.tr("Saved as {path}.").format(path=str(path))
            ),
            on_failure=self.message.setText,
        )

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self._redrawing is not None:  # its pages would come to a closed dialog
            self._redrawing.cancel()
        self.thumbnails.shutdown()  # before the pages close under a thumbnail being drawn
        self.pages.close()
        super().done(result)
