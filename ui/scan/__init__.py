"""The reusable scan field (receiving, transfers, counts; packing and load checks reuse it)."""

from ui.scan.scan_field import ScanField, ScanTuning

__all__ = ["ScanField", "ScanTuning"]
