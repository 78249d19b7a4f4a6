"""Printer and layout remembered per kind of document (thermal labels go to the
thermal printer, manifests to the office printer), stored in the app's settings."""

from __future__ import annotations

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
