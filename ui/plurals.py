"""English plural forms for counted sentences, from the source strings themselves.

Counts are written the Qt way, `self.tr("%n parcel(s)", "", n)`, so each
language's translator chooses its own plural form. English is the source
language and has no .qm file, so without help Qt shows "1 parcel(s)". This
translator, installed first (the last resort: translators installed later are
asked before it), gives English its two forms: "(s)" or "(es)" after a word is
dropped for one and kept as "s"/"es" for any other number. A translation in the
clerk's language, where there is one, always wins.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

PLURAL_SUFFIX = re.compile(r"(?<=\w)\((e?s)\)")


def english_plural(source: str, n: int) -> str:
    """`source` with its "(s)"/"(es)" suffixes resolved for `n` things, as English says it."""
    return PLURAL_SUFFIX.sub("" if n == 1 else r"\1", source)


class EnglishPlurals(QTranslator):
    """Answers only counted sentences (`n` given) that have plural suffixes; nothing else."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # Qt override; None: no translation here
        if n is None or n < 0 or "(" not in source:
            return None
        resolved = english_plural(source, n)
        return resolved if resolved != source else None

    def isEmpty(self) -> bool:  # noqa: N802  (Qt override: an empty translator is skipped)
        return False
