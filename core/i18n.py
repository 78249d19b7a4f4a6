"""Words the core prints for people (headings of labels, manifests and documents), in the
clerk's language, from the app's one catalog (resources/i18n/depot_<locale>.ts).

The core never imports Qt. It marks its words with `QT_TRANSLATE_NOOP("Context", "text")`,
the name pyside6-lupdate finds (the Makefile scans core/printing, core/postal and cli/
too), and words them through callables the composition root injects with
`configure_words`: the desktop app passes `QCoreApplication.translate` (and a Chinese
translator for the Chinese beside), the command line a QTranslator it loads only when it
prints (cli/words.py). Unconfigured, the core speaks the English source.

Printed headings carry Chinese beside the chosen language (the post office reads
Chinese), unless the clerk chose the language alone; recipient and product names are
data and are printed as written, never through here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]
"""`translate(context, source) -> text`; the source itself where there is no translation."""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802  (the name lupdate finds)
    """`source`, marked for pyside6-lupdate under `context`; translated where it is printed."""
    return source


def untranslated(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Words:
    """How the core words what it prints, for one language."""

    chosen: Translate = untranslated
    chinese: Translate | None = None
    """The Chinese catalog, for headings printed with Chinese beside; None: chosen only."""
    language: str = "en"

    def said(self, context: str, source: str) -> str:
        """`source` in the chosen language (a sentence for the person at the screen)."""
        return self.chosen(context, source) or source

    def heading(self, context: str, source: str) -> str:
        """A printed heading: Chinese, then the chosen language, when they differ
        ("包裹号 Parcel no."); the chosen language alone when it is Chinese or when the
        clerk chose no Chinese beside."""
        shown = self.said(context, source)
        if self.chinese is None:
            return shown
        chinese = self.chinese(context, source) or source
        return shown if chinese == shown else f"{chinese} {shown}"

    def caption(self, context: str, source: str) -> str:
        """A label's caption before its value, such as "Lot {}": the Chinese caption
        without its value, then the chosen one with it ("批号 Lot {}"), so the value is
        printed once."""
        shown = self.said(context, source)
        if self.chinese is None:
            return shown
        chinese = (self.chinese(context, source) or source).replace("{}", "").strip()
        return shown if not chinese or chinese in shown else f"{chinese} {shown}"


_words = Words()


def configure_words(words: Words) -> None:
    """Word what the core prints from now on (the app at start and at a language change)."""
    global _words
    _words = words


def current_words() -> Words:
    return _words


def said(context: str, source: str) -> str:
    """`source` in the chosen language."""
    return _words.said(context, source)


def heading(context: str, source: str) -> str:
    """A printed heading in the chosen language, with Chinese beside unless chosen otherwise."""
    return _words.heading(context, source)


def caption(context: str, source: str) -> str:
    """A label's caption with its value's place, `{}` (`Words.caption`)."""
    return _words.caption(context, source)
