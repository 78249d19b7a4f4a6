"""The clerk's language: which translators are installed, switched while the app runs.

Switching removes our `depot_<code>.qm` and Qt's `qtbase_<code>.qm` and installs the new
language's pair; Qt then sends `QEvent.LanguageChange` to every widget, and each one that
shows text sets it again (`ui.retranslate`). The English plural forms (`ui.plurals`) stay
installed underneath for good: they answer only what no translation answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from core.paths import resource_path
from ui.plurals import EnglishPlurals

# Each language named in its own script: a clerk who cannot read the current language
# still finds hers. English is the source language and has no file.
LANGUAGES: tuple[tuple[str, str], ...] = (("zh_CN", "中文"), ("bo", "བོད་ཡིག"), ("en", "English"))
CODES = tuple(code for code, _name in LANGUAGES)
SOURCE_LANGUAGE = "en"


def qm_folder() -> str:
    """Where `make` (and the Windows build) put the compiled `depot_<code>.qm`."""
    return str(resource_path("i18n"))


def locale_of(code: str) -> QLocale:
    """The QLocale of a language code; empty for the system's."""
    return QLocale(code) if code else QLocale.system()


def effective_code(code: str) -> str:
    """The language shown for a setting: `code` itself, or the system's language among
    ours (English when the system speaks none of them)."""
    if code in CODES:
        return code
    system = QLocale.system()
    for candidate in (system.name(), QLocale.languageToCode(system.language())):
        for known in CODES:
            if candidate == known or candidate.split("_")[0] == known.split("_")[0]:
                return known
    return SOURCE_LANGUAGE


class Translators(QObject):
    """The translators of one application; `switch` changes language at once."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.code = ""
        # First installed, last asked: English plural forms where no translation has them.
        self.plurals = EnglishPlurals(app)
        app.installTranslator(self.plurals)
        self.installed: list[QTranslator] = []

    def switch(self, code: str) -> list[QTranslator]:
        """Install the translators of `code` (empty: the system's language) in place of the
        current ones; returns the files' translators that loaded. Dates and numbers
        follow too (`QLocale.setDefault`)."""
        locale = locale_of(code)
        for translator in self.installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self.installed = []
        sources = [
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            ("depot", qm_folder()),
        ]
        for name, folder in sources:
            translator = QTranslator(self.app)
            if translator.load(locale, name, "_", folder):
                self.app.installTranslator(translator)
                self.installed.append(translator)
            else:
                translator.deleteLater()
        QLocale.setDefault(locale)
        self.code = effective_code(code)
        return list(self.installed)


def translators_of(app: QCoreApplication) -> Translators:
    """The application's translators, made (with the English plurals) on first use."""
    found = app.findChild(Translators)
    return found if isinstance(found, Translators) else Translators(app)


def switch_language(code: str) -> str:
    """Show the app in `code` from now on (every open window retranslates); returns the
    language shown. The caller remembers the choice (`Settings.language`)."""
    app = QCoreApplication.instance()
    assert app is not None
    translators = translators_of(app)
    translators.switch(code)
    return translators.code


def current_language() -> str:
    """The language the app shows now (`zh_CN`, `bo` or `en`)."""
    app = QCoreApplication.instance()
    if app is None:
        return SOURCE_LANGUAGE
    found = app.findChild(Translators)
    return found.code if isinstance(found, Translators) and found.code else SOURCE_LANGUAGE
