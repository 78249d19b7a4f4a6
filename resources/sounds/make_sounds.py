"""Regenerate ok.wav and error.wav (short, mono, 16-bit): `python resources/sounds/make_sounds.py`.

Success: one high, short tone. Error: two low, harsh tones, easy to tell apart in a noisy hall.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050


def tone(frequency: float, ms: int, square: bool = False) -> list[int]:
    samples = []
    for i in range(RATE * ms // 1000):
        wave_value = math.sin(2 * math.pi * frequency * i / RATE)
        if square:
            wave_value = 1.0 if wave_value >= 0 else -1.0
        fade = min(1.0, i / 200, (RATE * ms // 1000 - i) / 200)  # no clicks
        samples.append(int(12000 * wave_value * fade))
    return samples


def write(path: Path, samples: list[int]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


if __name__ == "__main__":
    here = Path(__file__).parent
    write(here / "ok.wav", tone(1760, 90))
    buzz = tone(220, 160, square=True)
    write(here / "error.wav", buzz + [0] * 1500 + buzz)
