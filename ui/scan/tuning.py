"""How a scanner's keys are told from a person's: the figures both scan paths use."""

from __future__ import annotations

from dataclasses import dataclass

# A person leaves at least ~60 ms between two keys, even a fast typist; a
# keyboard-wedge scanner sends one every 5-20 ms (USB ones 1-10 ms, cheap
# Bluetooth ones up to ~30). Keys closer together than this came from a
# scanner: the margin to a person is wider than to the slowest scanners, so
# typing is never mistaken for a scan. A setting can move it (scan_settings.py).
BURST_GAP_MS = 35.0

# A person's quick fingers can put two or three keys that close together (a
# rolled "ab"); a real code is longer. Shorter bursts are typing.
MIN_SCAN_LENGTH = 4


@dataclass
class ScanTuning:
    """How a scan is told from typing. Defaults suit common USB scanners."""

    burst_ms: float = BURST_GAP_MS  # keys closer together than this came from a scanner
    min_length: int = MIN_SCAN_LENGTH  # shorter bursts are typing, not a scan
    sound: bool = True
