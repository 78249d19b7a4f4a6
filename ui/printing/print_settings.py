"""Printer and layout remembered per kind of document (thermal labels go to the
thermal printer, manifests to the office printer), and what is known of each printer
(its bar-width reduction and printable margin), stored in the app's settings."""

from __future__ import annotations

from urllib.parse import quote

from core.errors import InvalidValue
from core.printing.printers import DEFAULT_PRINTER, PrinterSetup
from ui.settings import Settings


class PrintSettings:
    def __init__(self, settings: Settings) -> None:
        self.app_settings = settings
        self._q = settings.qsettings

    def printer(self, kind: str) -> str:
        return str(self._q.value(f"printing/{kind}/printer", "") or "")

    def set_printer(self, kind: str, name: str) -> None:
        self._q.setValue(f"printing/{kind}/printer", name)
        self._q.sync()

    def layout(self, kind: str) -> str:
        return str(self._q.value(f"printing/{kind}/layout", "") or "")

    def set_layout(self, kind: str, name: str) -> None:
        self._q.setValue(f"printing/{kind}/layout", name)
        self._q.sync()

    @staticmethod
    def _printer_key(name: str, key: str) -> str:
        # Printer names hold '/' and '\\' (network printers), which QSettings reads as groups.
        return f"printers/{quote(name, safe='')}/{key}"

    def setup(self, printer: str) -> PrinterSetup:
        """What is known of `printer`; the defaults for a printer never set up, or for a
        value edited by hand into something unusable."""
        if not printer:
            return DEFAULT_PRINTER
        try:
            reduction = str(self._q.value(self._printer_key(printer, "bar_reduction_dots"), 0))
            margin = str(
                self._q.value(self._printer_key(printer, "margin_mm"), DEFAULT_PRINTER.margin_mm)
            )
            return PrinterSetup(int(reduction), float(margin))
        except (TypeError, ValueError, InvalidValue):
            return DEFAULT_PRINTER

    def set_setup(self, printer: str, setup: PrinterSetup) -> None:
        self._q.setValue(self._printer_key(printer, "bar_reduction_dots"), setup.bar_reduction_dots)
        self._q.setValue(self._printer_key(printer, "margin_mm"), setup.margin_mm)
        self._q.sync()

    def setup_for(self, kind: str) -> PrinterSetup:
        """The setup of the printer this kind of document last went to."""
        return self.setup(self.printer(kind))
