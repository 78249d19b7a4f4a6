"""The command line's words (printed headings, output for people) in `--lang`'s language,
from the same catalog as the screens: resources/i18n/depot_<locale>.qm, read with QtCore's
QTranslator only. The file is loaded at the first word asked for, so `--help` and commands
that print no words never import Qt (bench: `main.py --help`)."""

from __future__ import annotations

from typing import Any

from core.i18n import Translate, Words, configure_words
from core.paths import resource_path


def _catalog(language: str) -> Translate:
    """`translate(context, source)` for `language`, loading its .qm on first use."""
    loaded: list[Any] = []

    def translate(context: str, source: str) -> str:
        if not loaded:
            from PySide6.QtCore import QLocale, QTranslator

            translator = QTranslator()
            translator.load(QLocale(language), "depot", "_", str(resource_path("i18n")))
            loaded.append(translator)
        return str(loaded[0].translate(context, source) or source)

    return translate


def configure_cli_words(language: str | None, *, chinese_beside: bool = True) -> Words:
    """The command line speaks `language` (None or "en": English, the source); documents
    it prints carry Chinese beside unless `chinese_beside` is False."""
    code = language or "en"
    chosen = (lambda _context, source: source) if code == "en" else _catalog(code)
    chinese = None
    if chinese_beside:
        chinese = chosen if code == "zh_CN" else _catalog("zh_CN")
    words = Words(chosen=chosen, chinese=chinese, language=code)
    configure_words(words)
    return words
