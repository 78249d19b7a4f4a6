"""A label and a manifest printed in each language read back with the heading in that
language, Chinese beside it unless the clerk chose the language alone; names as written."""

from __future__ import annotations

import pytest

from core.printing.manifests import run_manifest
from tests.core.printing.test_documents_paper import _manifest, _pdf
from tests.support.parcel_labels import three_labels
from tests.support.pdfs import page_texts
from ui.language import print_chinese_beside, switch_language

EXPECTED = {
    # (manifest title, label caption) as printed with Chinese beside
    "zh_CN": ("班车交接清单", "收件人"),
    "bo": ("班车交接清单 ཐེངས་ཁའི་ཐོ་ཡིག", "收件人 ལེན་མཁན།"),
    "en": ("班车交接清单 Run manifest", "收件人 Recipient"),
}


def _flat(text: str) -> str:
    """pdftotext's Tibetan comes back in shaped glyphs' private code points at times:
    compare without spaces and on the Chinese and Latin parts only where it does."""
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["zh_CN", "bo", "en"])
def test_a_manifest_and_a_label_print_the_headings_of_the_language(
    qapp, tiny_translations, language
):  # type: ignore[no-untyped-def]
    switch_language(language)
    title, caption = EXPECTED[language]
    manifest = _flat(page_texts(_pdf(run_manifest(_manifest())))[0])
    label = _flat(page_texts(three_labels("parcel-100x150"))[0])
    for printed, heading in ((manifest, title), (label, caption)):
        chinese, _, chosen = heading.partition(" ")
        assert chinese in printed
        if chosen.isascii():
            assert heading in printed
        elif chosen:  # Tibetan: shaped, read back by its first letters at least
            assert chosen[:2] in printed
    assert "卓玛" in label  # names as written, in every language
    # The language alone: no Chinese beside a Tibetan or English heading.
    print_chinese_beside(False)
    alone = _flat(page_texts(_pdf(run_manifest(_manifest())))[0])
    assert ("班车交接清单" in alone) == (language == "zh_CN")
