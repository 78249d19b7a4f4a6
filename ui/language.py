"""The clerk's language: which translators are installed, switched while the app runs.

Switching removes our `depot_<code>.qm` and Qt's `qtbase_<code>.qm` and installs the new
language's pair; Qt then sends `QEvent.LanguageChange` to every widget, and each one that
shows text sets it again (`ui.retranslate`). The English plural forms (`ui.plurals`) stay
installed underneath for good: they answer only what no translation answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from core.i18n import Words, configure_words
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
        self.chinese_beside = True
        self._chinese: QTranslator | None = None

    def switch(self, code: str) -> list[QTranslator]:
        """Install the translators of `code` (empty: the system's language) in place of the
        current ones; returns the files' translators that loaded. Dates and numbers
        follow too (`QLocale.setDefault`)."""
        locale = locale_of(code)
        for translator in self.installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self.installed = []
        self._chinese = None  # read again: the files may have been built since
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
        self.configure_core()
        return list(self.installed)

    def configure_core(self) -> None:
        """What the core prints (headings of labels and documents) follows the language,
        with Chinese beside it unless the clerk chose the language alone."""
        chinese = None
        if self.chinese_beside and self.code != "zh_CN":
            if self._chinese is None:
                self._chinese = QTranslator(self)
                self._chinese.load(QLocale("zh_CN"), "depot", "_", qm_folder())
            found = self._chinese

            def chinese(context: str, source: str) -> str:
                return found.translate(context, source) or source

        def chosen(context: str, source: str) -> str:
            # Thread-safe: print jobs word their headings on the writer thread.
            return QCoreApplication.translate(context, source)

        configure_words(Words(chosen=chosen, chinese=chinese, language=self.code))


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


def print_chinese_beside(beside: bool) -> None:
    """Printed headings in the chosen language with Chinese beside it, or alone."""
    app = QCoreApplication.instance()
    assert app is not None
    translators = translators_of(app)
    translators.chinese_beside = beside
    translators.configure_core()


def current_language() -> str:
    """The language the app shows now (`zh_CN`, `bo` or `en`)."""
    app = QCoreApplication.instance()
    if app is None:
        return SOURCE_LANGUAGE
    found = app.findChild(Translators)
    return found.code if isinstance(found, Translators) and found.code else SOURCE_LANGUAGE
