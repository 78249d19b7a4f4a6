"""Scanner settings, stored with the app's settings (INI) under [scan].

The burst threshold is a setting because scanners differ: most type a key every
1-10 ms, some cheap Bluetooth ones 20-30 ms; a fast typist stays above ~60 ms.
"""

from __future__ import annotations

from ui.scan.tuning import ScanTuning
from ui.settings import Settings

BURST_MS_KEY = "scan/burst_ms"
MIN_LENGTH_KEY = "scan/min_length"
SOUND_KEY = "scan/sound"


def load_tuning(settings: Settings) -> ScanTuning:
    defaults = ScanTuning()
    q = settings.qsettings

    def number(key: str, default: float, low: float, high: float) -> float:
        stored = q.value(key, default)  # text when read from the INI file
        if not isinstance(stored, str | int | float):
            return default
        try:
            value = float(stored)
        except ValueError:
            return default
        return value if low <= value <= high else default

    return ScanTuning(
        burst_ms=number(BURST_MS_KEY, defaults.burst_ms, 1, 500),
        min_length=int(number(MIN_LENGTH_KEY, defaults.min_length, 1, 64)),
        sound=str(q.value(SOUND_KEY, "true")).lower() not in ("false", "0", "no"),
    )


def save_tuning(settings: Settings, tuning: ScanTuning) -> None:
    q = settings.qsettings
    q.setValue(BURST_MS_KEY, tuning.burst_ms)
    q.setValue(MIN_LENGTH_KEY, tuning.min_length)
    q.setValue(SOUND_KEY, "true" if tuning.sound else "false")
