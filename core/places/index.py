"""The gazetteer as the address resolver sees it: every name form of every place,
built once per unit of work (thousands of addresses per import share it).

Forms are normalised the way addresses are (NFKC, lower case, no spaces or
punctuation), so a lookup is a dictionary hit on a slice of the address.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.shipping.models import Division, DivisionLevel, PlaceAlias, VillagePoint

LEVELS: tuple[str, ...] = tuple(level.value for level in DivisionLevel)
TSHEG = "\u0f0b"
# Suffixes of administrative names: without them a name is its "short form"
# (西藏 for 西藏自治区, 阿里 for 阿里地区, 措勤 for 措勤县), as buyers write them.
ZH_SUFFIXES = ("自治区", "自治州", "地区", "街道", "县", "镇", "乡", "市", "区")
PINYIN_SUFFIXES = ("zizhiqu", "diqu", "jiedao", "xiang", "zhen", "xian", "shi", "qu")
BO_SUFFIXES = ("ས་ཁུལ", "རྫོང")  # prefecture, county (docs/field-facts.md, "Addresses")
POINT_SUFFIXES = ("便民服务点", "服务点", "服务站")
_INDEX_KEY = "changtang.place_index"


def normalize(text: str) -> str:
    """Address text reduced to what identifies a place.

    Full-width forms become ASCII (NFKC), case is folded, and everything that
    is not a letter, digit, combining mark or the Tibetan tsheg is dropped:
    spaces, commas, the shad, apostrophes (Ga'er = gaer).
    """
    folded = unicodedata.normalize("NFKC", text).lower()
    kept = [ch for ch in folded if ch == TSHEG or unicodedata.category(ch)[0] in "LNM"]
    result = "".join(kept)
    return result[2:] if result.startswith("中国") else result


def _form(text: str) -> str:
    return normalize(text).strip(TSHEG)


def _short(form: str, suffixes: tuple[str, ...], minimum: int) -> str | None:
    for suffix in suffixes:
        if form.endswith(suffix) and len(form) - len(suffix) >= minimum:
            return form[: -len(suffix)].strip(TSHEG)
    return None


@dataclass(frozen=True)
class PlaceEntry:
    code: str
    level: str
    parent_code: str | None
    name_zh: str
    name_bo: str
    name_pinyin: str
    served: bool  # a center's township runs go there
    lineage: dict[str, str]  # level -> code of this place and its ancestors


@dataclass(frozen=True)
class PointEntry:
    id: uuid.UUID
    township_code: str
    name_zh: str
    name_bo: str
    name_pinyin: str
    active: bool


@dataclass
class PlaceIndex:
    places: dict[str, PlaceEntry]
    points: dict[uuid.UUID, PointEntry]
    # form -> [(code, kind)]; kind "full" or "short"
    forms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    form_lengths: list[int] = field(default_factory=list)
    fuzzy_forms: list[tuple[str, str]] = field(default_factory=list)  # (form, code)
    # township-level loose search: full forms only, anywhere in the text
    township_forms: list[tuple[str, str]] = field(default_factory=list)
    # point forms: form -> [(point id, kind)]; kind "full", or "local" (only inside its
    # township); looked up by slicing the address, like place forms.
    point_forms: dict[str, list[tuple[uuid.UUID, str]]] = field(default_factory=dict)
    point_lengths: list[int] = field(default_factory=list)
    # township -> form length -> [(form, point id)], for one-typo matches inside a township
    point_fuzzy: dict[str, dict[int, list[tuple[str, uuid.UUID]]]] = field(default_factory=dict)
    # scope code (None = all) -> (names, (township, point) keys) offered for review
    review_choices: dict[str | None, tuple[list[str], list[tuple[str, uuid.UUID | None]]]] = field(
        default_factory=dict
    )
    aliases: dict[str, tuple[str | None, uuid.UUID | None]] = field(default_factory=dict)
    alias_lengths: list[int] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict)  # address -> Resolution

    def ancestor(self, code: str, level: str) -> str | None:
        return self.places[code].lineage.get(level)

    def served_townships(self, within: str | None = None) -> list[str]:
        """Codes of served townships, optionally under one division (county, prefecture...)."""
        return [
            entry.code
            for entry in self.places.values()
            if entry.level == DivisionLevel.TOWNSHIP
            and entry.served
            and (within is None or within in entry.lineage.values())
        ]

    def points_of(self, township_code: str) -> list[PointEntry]:
        return [p for p in self.points.values() if p.township_code == township_code and p.active]

    def label(self, township_code: str | None, point_id: uuid.UUID | None = None) -> str:
        """ "措勤县 磁石乡 · 点名" for lists and the command line."""
        if township_code is None or township_code not in self.places:
            return ""
        township = self.places[township_code]
        county = self.places.get(township.parent_code or "")
        text = f"{county.name_zh} {township.name_zh}" if county else township.name_zh
        point = self.points.get(point_id) if point_id else None
        return f"{text} · {point.name_zh}" if point else text


def build_index(session: Session) -> PlaceIndex:
    rows = session.execute(
        select(
            Division.code,
            Division.level,
            Division.parent_code,
            Division.name_zh,
            Division.name_bo,
            Division.name_pinyin,
            Division.center_id,
        )
    ).all()
    parents = {row.code: row.parent_code for row in rows}
    levels = {row.code: row.level for row in rows}
    places: dict[str, PlaceEntry] = {}
    for row in rows:
        lineage: dict[str, str] = {}
        code: str | None = row.code
        while code is not None and code in levels and len(lineage) < len(LEVELS):
            lineage[levels[code]] = code
            code = parents.get(code)
        places[row.code] = PlaceEntry(
            row.code,
            row.level,
            row.parent_code,
            row.name_zh,
            row.name_bo,
            row.name_pinyin,
            row.center_id is not None,
            lineage,
        )
    points = {
        row.id: PointEntry(
            row.id, row.township_code, row.name_zh, row.name_bo, row.name_pinyin, row.active
        )
        for row in session.execute(
            select(
                VillagePoint.id,
                VillagePoint.township_code,
                VillagePoint.name_zh,
                VillagePoint.name_bo,
                VillagePoint.name_pinyin,
                VillagePoint.active,
            )
        )
    }
    index = PlaceIndex(places=places, points=points)
    _add_place_forms(index)
    _add_point_forms(index)
    for text, township_code, point_id in session.execute(
        select(PlaceAlias.text, PlaceAlias.township_code, PlaceAlias.village_point_id)
    ):
        index.aliases[text] = (township_code, point_id)
    index.alias_lengths = sorted({len(text) for text in index.aliases}, reverse=True)
    return index


def _add_place_forms(index: PlaceIndex) -> None:
    by_depth = sorted(index.places.values(), key=lambda e: LEVELS.index(e.level))
    for entry in by_depth:  # full forms first, so a short form never shadows a full one
        for name in (entry.name_zh, entry.name_pinyin, entry.name_bo):
            form = _form(name)
            if form:
                index.forms.setdefault(form, []).append((entry.code, "full"))
                if entry.level == DivisionLevel.TOWNSHIP:
                    index.township_forms.append((form, entry.code))
                if len(form) >= (3 if not form.isascii() else 6):
                    index.fuzzy_forms.append((form, entry.code))
    for entry in by_depth:  # higher levels first: 措勤 stays the county, not 措勤镇
        shorts = (
            _short(_form(entry.name_zh), ZH_SUFFIXES, 2),
            _short(_form(entry.name_pinyin), PINYIN_SUFFIXES, 3),
            _short(_form(entry.name_bo), BO_SUFFIXES, 2),
        )
        for short in shorts:
            if short and short not in index.forms:
                index.forms[short] = [(entry.code, "short")]
    index.form_lengths = sorted({len(form) for form in index.forms}, reverse=True)


def _add_point_forms(index: PlaceIndex) -> None:
    for point in index.points.values():
        if not point.active:
            continue
        township = index.places.get(point.township_code)
        forms: list[tuple[str, str]] = []
        for name in (point.name_zh, point.name_pinyin, point.name_bo):
            form = _form(name)
            if len(form) < 2:
                continue
            forms.append((form, "full"))
            core = _short(form, POINT_SUFFIXES, 2)
            if core:
                forms.append((core, "full"))
                form = core
            # "磁石乡第一村" inside 磁石乡 is written "第一村" by anyone who named the township.
            prefix = _form(township.name_zh) if township else ""
            if prefix and form.startswith(prefix) and len(form) - len(prefix) >= 2:
                forms.append((form[len(prefix) :], "local"))
        for form, kind in forms:
            index.point_forms.setdefault(form, []).append((point.id, kind))
            if len(form) >= 3:
                by_length = index.point_fuzzy.setdefault(point.township_code, {})
                by_length.setdefault(len(form), []).append((form, point.id))
    index.point_lengths = sorted({len(form) for form in index.point_forms}, reverse=True)


def review_choices(
    index: PlaceIndex, scope: str | None
) -> tuple[list[str], list[tuple[str, uuid.UUID | None]]]:
    """Names of the served townships and their points under `scope`, for ranking."""
    if scope not in index.review_choices:
        names: list[str] = []
        keys: list[tuple[str, uuid.UUID | None]] = []
        for code in index.served_townships(within=scope):
            names.append(index.places[code].name_zh)
            keys.append((code, None))
            for point in index.points_of(code):
                names.append(point.name_zh)
                keys.append((code, point.id))
        index.review_choices[scope] = (names, keys)
    return index.review_choices[scope]


def index_for(session: Session) -> PlaceIndex:
    """The index for this session, built on first use and kept until a place write."""
    index = session.info.get(_INDEX_KEY)
    if index is None:
        index = build_index(session)
        session.info[_INDEX_KEY] = index
    return index


def forget_index(session: Session) -> None:
    """Drop the cached index after a write to divisions, points or aliases."""
    session.info.pop(_INDEX_KEY, None)
