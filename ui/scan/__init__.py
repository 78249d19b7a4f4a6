"""The reusable scan field (receiving, transfers, counts; packing and load checks reuse it)."""

from ui.scan.scan_field import ScanField
from ui.scan.tuning import ScanTuning

__all__ = ["ScanField", "ScanTuning"]
