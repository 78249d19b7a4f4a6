"""Resolve a free-text address to a served township and village point, or to
"outside the served area" (the postal service takes it), with a confidence.

    resolution = resolve(uow.session, "西藏 阿里地区 措勤县 磁石乡 第一村")

How an address is read: Chinese addresses go from large to small (province,
prefecture, county, township, village), so it is parsed from the left, level
by level, each level optional (buyers skip levels and shorten names: 西藏,
阿里). At each step the longest exact name form wins; failing that, a name
with one wrong, missing or extra character (rapidfuzz edit distance), at a
lower confidence. What is left is the detail part, searched for village
points and for a township named later. Aliases the clerks taught (through the
review queue) settle doubtful cases.

`township_code` is the 9-digit code of a *served* township, or None: outside
the served area, or not known yet (then `needs_review` is set). A township we
know but no center serves goes by post, with `township_code` None: parcels'
township_code names where a run takes them, nothing else.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlalchemy.orm import Session

from core.natural_order import natural_key
from core.places.index import (
    LEVELS,
    TSHEG,
    PlaceIndex,
    index_for,
    normalize,
    review_choices,
)
from core.shipping.models import Route

REVIEW_BELOW = 0.8  # a match less sure than this waits for a clerk
MAX_CANDIDATES = 8
# Province-level names other than Tibet, as addresses begin with them: such an
# address is outside the served area for sure. Names only, no codes.
OTHER_PROVINCES = (
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
    "台湾",
    "香港",
    "澳门",
)
# Tibet's other prefecture-level divisions (Ngari is in the gazetteer).
OTHER_TIBET_PREFECTURES = ("拉萨", "日喀则", "昌都", "林芝", "山南", "那曲")


@dataclass(frozen=True)
class Candidate:
    """A place the clerk may pick in the review queue, best first."""

    township_code: str
    village_point_id: uuid.UUID | None
    label: str
    score: float


@dataclass(frozen=True)
class Resolution:
    township_code: str | None  # 9-digit code of a served township, else None
    village_point_id: uuid.UUID | None
    route: str  # "township" or "postal"
    confidence: float  # 0..1
    needs_review: bool
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class Hit:
    code: str
    level: str
    kind: str  # "full", "short", "fuzzy", "loose"
    start: int
    end: int


@dataclass
class Parsed:
    text: str
    hits: dict[str, Hit]
    admin_end: int  # end of the exactly named province/prefecture/county prefix
    pos: int  # where the left-to-right parse stopped
    outside: bool  # names a province or prefecture we know is not ours


def resolve(session: Session, address_text: str) -> Resolution:
    """Resolve one address against the session's gazetteer, points and aliases."""
    index = index_for(session)
    found = index.memo.get(address_text)
    if isinstance(found, Resolution):
        return found
    resolution = _resolve(index, address_text)
    if len(index.memo) < 200_000:
        index.memo[address_text] = resolution
    return resolution


def alias_key(session: Session, address_text: str) -> str | None:
    """The normalised fragment a clerk's choice is learned under, or None if too short.

    The place part of the address: after the province, prefecture and county
    named exactly (they vary from buyer to buyer), up to the first digit (house
    numbers vary from parcel to parcel).
    """
    parsed = parse(index_for(session), address_text)
    for start in (parsed.admin_end, 0):
        key = _cut_at_digit(parsed.text[start:]).strip(TSHEG)[:200]
        if len(key) >= 2:
            return key
    return None


def parse(index: PlaceIndex, address_text: str) -> Parsed:
    text = normalize(address_text)
    hits: dict[str, Hit] = {}
    pos = admin_end = _skip(text, 0)
    while True:
        deepest = max((LEVELS.index(level) for level in hits), default=-1)
        allowed = LEVELS[deepest + 1 :]
        if not allowed:
            break
        hit = _exact_at(index, text, pos, allowed, hits) or _fuzzy_at(
            index, text, pos, allowed, hits
        )
        if hit is None:
            break
        hits[hit.level] = hit
        pos = _skip(text, hit.end)
        if hit.kind != "fuzzy" and hit.level != "township" and hit.start == admin_end:
            admin_end = pos
    rest = text[pos:]
    outside = (not hits and rest.startswith(OTHER_PROVINCES)) or (
        "prefecture" not in hits
        and "county" not in hits
        and "township" not in hits
        and rest.startswith(OTHER_TIBET_PREFECTURES)
    )
    return Parsed(text, hits, admin_end, pos, outside)


def _resolve(index: PlaceIndex, address_text: str) -> Resolution:
    parsed = parse(index, address_text)
    hits = parsed.hits
    if parsed.outside:
        return Resolution(None, None, Route.POSTAL.value, 0.95, False, ())
    county = hits.get("county")
    township = hits.get("township") or _loose_township(index, parsed)
    confidence = _township_confidence(township, county) if township else 0.0
    point_id, point_kind, ambiguous = _find_point(index, parsed, township)
    if point_id is not None and township is None:
        township = Hit(index.points[point_id].township_code, "township", "point", 0, 0)
        # A village name alone may exist anywhere in China; with a level of ours it is ours.
        confidence = 0.85 if parsed.hits else 0.7
    elif point_kind == "fuzzy":
        confidence = min(confidence, 0.85)
    if ambiguous:
        confidence = min(confidence, 0.5)
    township_code: str | None = township.code if township else None

    alias = _find_alias(index, parsed)
    if alias is not None and (confidence < REVIEW_BELOW or alias[0] == township_code):
        if alias[0] != township_code or point_id is None:
            point_id = alias[1] if alias[1] in index.points else None
        township_code = alias[0]
        confidence = max(confidence, 0.97)
        if township_code is None:  # a clerk decided: this place is outside the served area
            return Resolution(None, None, Route.POSTAL.value, confidence, False, ())

    if township_code is None:
        confidence = _unplaced_confidence(index, hits)
    # A township we know but no center serves goes by post: township_code names a run's stop.
    served = township_code is not None and index.places[township_code].served
    confidence = round(confidence, 3)
    needs_review = confidence < REVIEW_BELOW
    if not served:
        candidates = _candidates(index, parsed, None, None, needs_review)
        return Resolution(None, None, Route.POSTAL.value, confidence, needs_review, candidates)
    candidates = _candidates(index, parsed, township_code, point_id, needs_review)
    return Resolution(
        township_code, point_id, Route.TOWNSHIP.value, confidence, needs_review, candidates
    )


def _township_confidence(township: Hit, county: Hit | None) -> float:
    exact_county = county is not None and county.kind != "fuzzy"
    if township.kind == "full":
        return 1.0 if county else 0.95
    if township.kind == "short":
        return 0.9 if exact_county else 0.75
    if township.kind == "fuzzy":
        return 0.85 if exact_county else 0.6
    return 0.85 if county else 0.7  # "loose": named later in the detail part


def _unplaced_confidence(index: PlaceIndex, hits: dict[str, Hit]) -> float:
    """How sure "postal" is when no served township was found."""
    deepest = next((hits[level] for level in reversed(LEVELS) if level in hits), None)
    if deepest is None:
        return 0.3  # nothing recognised: could be a village of ours written bare
    if index.served_townships(within=deepest.code):
        return 0.4  # inside a served county, township unknown: a clerk must say where
    if deepest.level in ("county", "township") and deepest.kind != "fuzzy":
        return 0.95  # a place we know that no center serves
    return 0.6


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == TSHEG:
        pos += 1
    return pos


def _cut_at_digit(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isdigit():
            return text[:i]
    return text


def _consistent(index: PlaceIndex, code: str, hits: dict[str, Hit]) -> bool:
    lineage = index.places[code].lineage
    return all(
        lineage.get(level) == hit.code
        for level, hit in hits.items()
        if level in lineage and level != index.places[code].level
    )


def _exact_at(
    index: PlaceIndex, text: str, pos: int, allowed: tuple[str, ...], hits: dict[str, Hit]
) -> Hit | None:
    for length in index.form_lengths:
        if pos + length > len(text):
            continue
        for code, kind in index.forms.get(text[pos : pos + length], ()):
            level = index.places[code].level
            if level in allowed and _consistent(index, code, hits):
                return Hit(code, level, kind, pos, pos + length)
    return None


def _fuzzy_at(
    index: PlaceIndex, text: str, pos: int, allowed: tuple[str, ...], hits: dict[str, Hit]
) -> Hit | None:
    best: tuple[int, int, Hit] | None = None
    for form, code in index.fuzzy_forms:
        level = index.places[code].level
        if level not in allowed or not _consistent(index, code, hits):
            continue
        size = len(form)
        for width in (size, size - 1, size + 1):
            piece = text[pos : pos + width]
            if len(piece) == width and Levenshtein.distance(piece, form, score_cutoff=1) <= 1:
                rank = (abs(width - size), -size)
                if best is None or rank < best[:2]:
                    best = (*rank, Hit(code, level, "fuzzy", pos, pos + width))
                break
    return best[2] if best else None


def _loose_township(index: PlaceIndex, parsed: Parsed) -> Hit | None:
    """A township named further on, e.g. after a street or a note."""
    best: Hit | None = None
    for form, code in index.township_forms:
        at = parsed.text.find(form, parsed.pos)
        if at >= 0 and _consistent(index, code, parsed.hits) and (best is None or at < best.start):
            best = Hit(code, "township", "loose", at, at + len(form))
    return best


def _find_point(
    index: PlaceIndex, parsed: Parsed, township: Hit | None
) -> tuple[uuid.UUID | None, str, bool]:
    """(point id, "full"/"fuzzy", ambiguous) of the village point named in the detail."""
    region = parsed.text[township.end if township and township.end else parsed.pos :]
    found: dict[uuid.UUID, int] = {}
    for start in range(len(region)):
        for length in index.point_lengths:
            if start + length > len(region):
                continue
            for point_id, kind in index.point_forms.get(region[start : start + length], ()):
                point = index.points[point_id]
                if township is not None:
                    if point.township_code != township.code:
                        continue
                elif kind == "local" or not _consistent(index, point.township_code, parsed.hits):
                    continue
                found[point_id] = max(found.get(point_id, 0), length)
    if found:
        longest = max(found.values())
        best = [pid for pid, size in found.items() if size == longest]
        townships = {index.points[pid].township_code for pid in best}
        return best[0], "full", len(townships) > 1 or len(best) > 1
    if township is None:
        return None, "", False
    near = _near_point(index, township.code, region)
    return (near, "fuzzy", False) if near else (None, "", False)


def _near_point(index: PlaceIndex, township_code: str, region: str) -> uuid.UUID | None:
    """A point of the township written with one wrong, missing or extra character.

    Only near the start of the detail, where the point follows the township: a
    typo deep in a street name is not worth a guess.
    """
    for start in range(min(3, len(region))):
        for size, forms in index.point_fuzzy.get(township_code, {}).items():
            names = [form for form, _ in forms]
            for width in (size, size - 1, size + 1):
                piece = region[start : start + width]
                if len(piece) != width:
                    continue
                match = process.extractOne(
                    piece, names, scorer=Levenshtein.distance, score_cutoff=1
                )
                if match is not None:
                    return forms[match[2]][1]
    return None


def _find_alias(index: PlaceIndex, parsed: Parsed) -> tuple[str | None, uuid.UUID | None] | None:
    """The longest learned alias in the place part, else anywhere, consistent with the levels."""
    text = parsed.text
    for start in (parsed.admin_end, 0):
        for length in index.alias_lengths:
            for i in range(start, len(text) - length + 1):
                found = index.aliases.get(text[i : i + length])
                if found is None:
                    continue
                code = found[0]
                hits = {lv: hit for lv, hit in parsed.hits.items() if hit.kind != "fuzzy"}
                if code is None:
                    # "Outside" was learned for words, not for a county we serve.
                    if not any(index.served_townships(within=hit.code) for hit in hits.values()):
                        return found
                elif code in index.places and _consistent(index, code, hits):
                    return found
    return None


def _candidates(
    index: PlaceIndex,
    parsed: Parsed,
    township_code: str | None,
    point_id: uuid.UUID | None,
    needs_review: bool,
) -> tuple[Candidate, ...]:
    """Places to offer the clerk, ranked by how well their names fit the address."""
    chosen = (
        [Candidate(township_code, point_id, index.label(township_code, point_id), 1.0)]
        if township_code
        else []
    )
    if not needs_review:
        return tuple(chosen)
    scope = next(
        (parsed.hits[lv].code for lv in ("county", "prefecture") if lv in parsed.hits), None
    )
    names, keys = review_choices(index, scope)
    if not names:
        names, keys = review_choices(index, None)
    detail = parsed.text[parsed.admin_end :] or parsed.text
    # rapidfuzz ranks the whole list in C; only the best few get a label.
    best = process.extract(detail, names, scorer=fuzz.partial_ratio, limit=MAX_CANDIDATES * 2)
    scored = [
        Candidate(keys[i][0], keys[i][1], index.label(*keys[i]), round(score / 100, 3))
        for _name, score, i in best
    ]
    scored.sort(key=lambda c: (-c.score, natural_key(c.label)))  # ties as a person counts
    seen = {(c.township_code, c.village_point_id) for c in chosen}
    ranked = chosen + [c for c in scored if (c.township_code, c.village_point_id) not in seen]
    return tuple(ranked[:MAX_CANDIDATES])
