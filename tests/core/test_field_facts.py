"""Comments cite docs/field-facts.md by heading: every cited heading exists, and nothing
cites the notes outside the repository that the facts were copied from."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "docs" / "field-facts.md"
CITATION = re.compile(r'field-facts\.md`?,\s*"([^"]+)"')
# A heading cited across two comment lines: the line break and the comment marker go.
WRAP = re.compile(r"\s*\n\s*(?:#\s*)?")


def sources() -> list[Path]:
    found = [ROOT / "README.md"]
    for folder in ("core", "ui", "cli", "bench", "tests", "resources", "docs", "migrations"):
        found += [p for p in (ROOT / folder).rglob("*") if p.suffix in {".py", ".md"}]
    return [p for p in found if p.is_file() and p != Path(__file__).resolve()]


def test_every_cited_heading_exists() -> None:
    headings = {
        line[3:].strip()
        for line in FACTS.read_text(encoding="utf-8").splitlines()
        if line.startswith("## ")
    }
    cited: dict[str, list[str]] = {}
    for path in sources():
        if path == FACTS:  # its own note on how to cite
            continue
        text = path.read_text(encoding="utf-8")
        for match in CITATION.finditer(text):
            heading = WRAP.sub(" ", match.group(1))
            cited.setdefault(heading, []).append(str(path.relative_to(ROOT)))
    assert cited, "no citation of docs/field-facts.md found: the pattern is wrong"
    missing = {h: where for h, where in cited.items() if h not in headings}
    assert missing == {}, f"cited headings not in docs/field-facts.md: {missing}"


def test_nothing_cites_the_notes_outside_the_repository() -> None:
    old = re.compile(r"FIELD_NOTES|field notes|shared/", re.IGNORECASE)
    stale = [
        str(p.relative_to(ROOT)) for p in sources() if old.search(p.read_text(encoding="utf-8"))
    ]
    assert stale == []
