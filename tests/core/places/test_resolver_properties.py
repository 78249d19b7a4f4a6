"""Properties of the resolver over arbitrary and perturbed addresses (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.places.addresses import REVIEW_BELOW, resolve
from core.uow import Database

SERVED = {"542527100", "542527200", "542527201", "542527202", "542527203"}
LEVELS = ["西藏自治区", "阿里地区", "措勤县", "江让乡", "江让乡第一村服务点"]
SEPARATORS = st.sampled_from([" ", "\u3000", "，", ",", "、", "\t", "  ", ""])
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
SLOW_OK = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SLOW_OK
@given(text=ANY_TEXT)
def test_any_text_gives_a_coherent_answer(resolver_db: Database, text: str) -> None:
    with resolver_db.uow(write=False) as uow:
        r = resolve(uow.session, text)
    assert 0.0 <= r.confidence <= 1.0
    assert r.needs_review == (r.confidence < REVIEW_BELOW)
    assert r.route in ("township", "postal")
    assert (r.route == "township") == (r.township_code is not None)
    assert r.township_code is None or r.township_code in SERVED
    assert r.village_point_id is None or r.township_code is not None


@SLOW_OK
@given(
    separators=st.lists(SEPARATORS, min_size=5, max_size=5),
    house=st.integers(min_value=1, max_value=999),
)
def test_spacing_and_punctuation_do_not_change_the_place(
    resolver_db: Database, separators: list[str], house: int
) -> None:
    address = "".join(level + sep for level, sep in zip(LEVELS, separators, strict=True))
    with resolver_db.uow(write=False) as uow:
        r = resolve(uow.session, f"{address}{house}号")
    assert (r.township_code, r.needs_review) == ("542527202", False)
    assert r.village_point_id is not None


@SLOW_OK
@given(drop=st.sets(st.integers(min_value=0, max_value=2), max_size=3))
def test_missing_upper_levels_still_find_the_township(
    resolver_db: Database, drop: set[int]
) -> None:
    address = " ".join(level for i, level in enumerate(LEVELS[:4]) if i not in drop)
    with resolver_db.uow(write=False) as uow:
        r = resolve(uow.session, address)
    assert (r.township_code, r.needs_review) == ("542527202", False)
