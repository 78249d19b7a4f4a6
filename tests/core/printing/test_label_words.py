"""Every caption a label template prints is in the catalog (core/printing/label_words.py),
so lupdate puts it in the .ts files and it prints in the clerk's language."""

from __future__ import annotations

import json

from core.i18n import Words, configure_words, current_words
from core.paths import resource_path
from core.printing.label_words import LABEL_WORDS


def _template_words() -> set[str]:
    words: set[str] = set()
    for path in resource_path("layouts", "templates").glob("*.json"):
        for element in json.loads(path.read_text(encoding="utf-8"))["elements"]:
            if "format" in element:
                words.add(element["format"])
            if element.get("type") == "static":
                words.add(element["text"])
    return words


def test_the_templates_print_only_words_of_the_catalog() -> None:
    assert _template_words() - set(LABEL_WORDS) == set()
    assert set(LABEL_WORDS) - _template_words() == set()  # none left over


def test_a_caption_prints_its_value_once_with_chinese_beside() -> None:
    before = current_words()
    chinese = {"Lot {}": "批号 {}"}
    tibetan = {"Lot {}": "ཚན་ཨང་ {}"}
    try:
        configure_words(
            Words(
                chosen=lambda _c, s: tibetan.get(s, s),
                chinese=lambda _c, s: chinese.get(s, s),
                language="bo",
            )
        )
        from core.i18n import caption, heading

        assert caption("Label", "Lot {}").format("L1") == "批号 ཚན་ཨང་ L1"
        assert heading("Label", "Lot {}") == "批号 {} ཚན་ཨང་ {}"
        configure_words(Words(chosen=lambda _c, s: chinese.get(s, s), chinese=None))
        assert caption("Label", "Lot {}").format("L1") == "批号 L1"
    finally:
        configure_words(before)
