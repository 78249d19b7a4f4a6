"""The shipped translations are complete, keep every placeholder and follow the glossary.

A message left unfinished shows English to a clerk who reads Chinese or Tibetan; an
obsolete or vanished one is a string the code no longer has, kept only by an old
lupdate; a placeholder lost or mistyped in a translation (`{sku}` written `{SKU}`,
`%n` dropped) shows the raw brace or loses the number; a "translation" without a single
Tibetan or Chinese letter is English (or an empty-looking copy) under a translated flag.
The glossary (resources/i18n/glossary.csv) is where a reviewer corrects a warehouse
word once; a message that is exactly a glossary word must use the glossary's term.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"
SHIPPED = sorted(I18N.glob("depot_*.ts"))
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[^{}]*\}|<[^<>]+>")
LETTER = re.compile(r"[^\W\d_]")
SCRIPT = {
    "bo": re.compile("[\u0f00-\u0fff]"),
    "zh_CN": re.compile("[\u3400-\u4dbf\u4e00-\u9fff]"),
}
SCRIPT_NAME = {"bo": "Tibetan", "zh_CN": "Chinese"}
# Trailing marks a label or button carries in the source and the translation alike.
TRIM = " :：…。.།་"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    kind: str | None
    forms: tuple[str, ...]
    numerus: bool


def _messages(ts: Path) -> list[Message]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: {name}: a message has no <translation>"
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            source = message.findtext("source", "")
            found.append(Message(name, source, translation.get("type"), forms, numerus))
    return found


def _language(ts: Path) -> str:
    return ts.stem.removeprefix("depot_")


def _describe(message: Message) -> str:
    return f"{message.context}: {message.source!r} -> {message.forms!r}"


def test_both_languages_are_shipped() -> None:
    assert {_language(ts) for ts in SHIPPED} == {"bo", "zh_CN"}


@pytest.mark.parametrize("ts", SHIPPED, ids=_language)
def test_no_message_is_unfinished_obsolete_or_empty(ts: Path) -> None:
    messages = _messages(ts)
    assert messages
    left = [
        f"{message.kind or 'empty'}: {_describe(message)}"
        for message in messages
        if message.kind is not None or not all(message.forms)
    ]
    assert left == []


@pytest.mark.parametrize("ts", SHIPPED, ids=_language)
def test_plural_messages_have_the_one_form_these_languages_use(ts: Path) -> None:
    wrong = [_describe(m) for m in _messages(ts) if m.numerus and len(m.forms) != 1]
    assert wrong == []


@pytest.mark.parametrize("ts", SHIPPED, ids=_language)
def test_every_translation_keeps_the_placeholders_of_its_source(ts: Path) -> None:
    wrong = [
        f"{_describe(message)}: {sorted(PLACEHOLDER.findall(message.source))}"
        for message in _messages(ts)
        for form in message.forms
        if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(message.source))
    ]
    assert wrong == []


@pytest.mark.parametrize("ts", SHIPPED, ids=_language)
def test_every_accelerator_survives_as_a_bracketed_letter(ts: Path) -> None:
    wrong = []
    for message in _messages(ts):
        marked = re.findall(r"&([^&\s])", message.source.replace("&&", ""))
        if marked and any(f"(&{marked[0].upper()})" not in form for form in message.forms):
            wrong.append(_describe(message))
    assert wrong == []


@pytest.mark.parametrize("ts", SHIPPED, ids=_language)
def test_a_translation_of_words_is_written_in_its_script(ts: Path) -> None:
    script = SCRIPT[_language(ts)]
    wrong = [
        _describe(message)
        for message in _messages(ts)
        if LETTER.search(PLACEHOLDER.sub("", message.source))
        and not all(script.search(form) for form in message.forms)
    ]
    assert wrong == [], f"no {SCRIPT_NAME[_language(ts)]} letter in these translations"


def _glossary() -> list[dict[str, str]]:
    with (I18N / "glossary.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["english", "chinese", "tibetan", "note"]
        return list(reader)


def test_the_glossary_gives_every_word_in_both_languages() -> None:
    rows = _glossary()
    assert len(rows) >= 40
    wrong = [
        row["english"]
        for row in rows
        if not (row["english"] and SCRIPT["zh_CN"].search(row["chinese"]))
        or not SCRIPT["bo"].search(row["tibetan"])
    ]
    assert wrong == []
    english = [row["english"].lower() for row in rows]
    assert len(english) == len(set(english)), "a word is in the glossary twice"


@pytest.mark.parametrize(
    ("ts", "column"),
    [
        pytest.param(ts, "tibetan" if _language(ts) == "bo" else "chinese", id=_language(ts))
        for ts in SHIPPED
    ],
)
def test_a_message_that_is_a_glossary_word_uses_the_glossary_term(ts: Path, column: str) -> None:
    terms = {row["english"].lower(): row[column].rstrip(TRIM) for row in _glossary()}
    wrong = [
        f"{_describe(message)}: glossary {terms[word]!r}"
        for message in _messages(ts)
        if (word := message.source.strip(TRIM).lower()) in terms
        and any(terms[word] not in form for form in message.forms)
    ]
    assert wrong == []
