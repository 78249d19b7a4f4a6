"""Language tests load tiny translations (tests/support/tiny_translations.py) and leave the
app in English, as every other test expects it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import ui.language
from tests.support.tiny_translations import compile_tiny_translations
from ui.language import print_chinese_beside, switch_language


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_tiny_translations(tmp_path_factory.mktemp("tiny_i18n"))


@pytest.fixture
def tiny_translations(qapp, tiny_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ui.language, "qm_folder", lambda: str(tiny_folder))
    yield tiny_folder
    print_chinese_beside(True)
    switch_language("en")
    qapp.processEvents()
