"""Which translators the app installs for a language, and Qt's own strings in each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ui.app import install_translators
from ui.areas import AREAS
from ui.language import current_language, effective_code, switch_language


def test_translators_load_qt_and_our_files(qapp, tiny_translations):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "zh_CN")
    assert len(translators) == 3  # English plurals, qtbase_zh_CN.qm and ours
    assert AREAS[0].title_fn() == "总览"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert current_language() == "zh_CN" and QLocale().name() == "zh_CN"
    # Counted sentences still read as English where no translation has them.
    assert QCoreApplication.translate("Any", "%n parcel(s)", "", 2) == "2 parcels"
    switch_language("en")
    assert AREAS[0].title_fn() == "Dashboard" and current_language() == "en"
    assert QCoreApplication.translate("Any", "%n parcel(s)", "", 1) == "1 parcel"


def test_tibetan_has_our_translations_of_qts_buttons(qapp, tiny_translations):  # type: ignore[no-untyped-def]
    """Qt ships no Tibetan: its standard buttons come from our depot_bo file."""
    assert len(install_translators(qapp, "bo")) == 2  # English plurals and ours
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "ཕྱིར་འཐེན།"


def test_a_system_language_we_do_not_speak_shows_english(qapp):  # type: ignore[no-untyped-def]
    assert effective_code("bo") == "bo" and effective_code("zh_CN") == "zh_CN"
    if QLocale.system().language() not in (QLocale.Language.Chinese, QLocale.Language.Tibetan):
        assert effective_code("") == "en"
