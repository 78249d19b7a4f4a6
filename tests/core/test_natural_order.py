"""Names in a person's order: 第二 before 第十, 3组 before 12组."""

from __future__ import annotations

import random

import pytest

from core.natural_order import chinese_number, natural_key

# 1 to 99 as a person writes them in a village point's name.
UNITS = "一二三四五六七八九"


def chinese(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else UNITS[tens - 1] + "十")
    return head + ("" if ones == 0 else UNITS[ones - 1])


@pytest.mark.parametrize(
    "text, value",
    [
        ("一", 1),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("二十一", 21),
        ("九十九", 99),
        ("一百零五", 105),
        ("两百", 200),
        ("三〇一", 301),
        ("两千零二十", 2020),
        ("一万二千", 12_000),
        ("三亿", 300_000_000),
    ],
)
def test_chinese_numerals_read_as_numbers(text, value):
    assert chinese_number(text) == value


def test_numbered_points_sort_by_their_number():
    names = [f"第{chinese(n)}村" for n in range(1, 100)]
    shuffled = random.Random(7).sample(names, len(names))
    assert sorted(shuffled, key=natural_key) == names
    assert sorted(["第十村", "第二村", "第三村", "第一村"]) == [
        "第一村",
        "第三村",
        "第二村",
        "第十村",
    ]  # as plain text: wrong


def test_digits_of_any_width_and_script_are_numbers():
    names = ["12组", "3组", "１０组", "༢组"]  # ASCII, full-width, Tibetan digits
    assert sorted(names, key=natural_key) == ["༢组", "3组", "１０组", "12组"]


def test_text_and_numbers_mix_and_any_two_keys_compare():
    names = ["Village 10", "village 9", "达雄村", "第2村", "第二村", "2", ""]
    ordered = sorted(names, key=natural_key)
    assert ordered.index("village 9") < ordered.index("Village 10")
    assert ordered[0] == "" and ordered[1] == "2"
