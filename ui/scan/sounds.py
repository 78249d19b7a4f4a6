"""Success and error sounds for scans.

QSoundEffect lives in QtMultimedia, part of PySide6-Addons, which the app does
not install (it is large): when it is importable the WAV files under
resources/sounds/ play; otherwise the system beep does, once for success and
twice for an error, so the two still sound different.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication

from core.paths import resource_path

ERROR_BEEP_GAP_MS = 140


if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect


class Sounds:
    def __init__(self) -> None:
        # QtMultimedia is missing on some installs: imported here, in a try, named only
        # for the type checker at the top.
        self._effects: dict[str, QSoundEffect] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        for kind in ("ok", "error"):
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{kind}.wav"))))
            self._effects[kind] = effect

    @property
    def uses_wav(self) -> bool:
        return bool(self._effects)

    def play(self, kind: str) -> None:
        effect = self._effects.get(kind)
        if effect is not None:
            effect.play()
            return
        QApplication.beep()
        if kind == "error":
            QTimer.singleShot(ERROR_BEEP_GAP_MS, QApplication.beep)
