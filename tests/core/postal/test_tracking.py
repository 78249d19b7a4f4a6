"""UPU S10 check digits on a table of valid and invalid numbers, domestic patterns, and
the ranges a post office hands out."""

from __future__ import annotations

import pytest

from core.postal.errors import BadTracking, RangeTooShort
from core.postal.tracking import checked, number_range, s10_check_digit


@pytest.mark.parametrize(
    ("serial", "digit"),
    [
        ("47312482", "9"),  # the worked example of docs/field-facts.md
        ("12345678", "5"),  # sum 204, 204 mod 11 = 6: 11 - 6 = 5
        ("00000000", "5"),  # sum 0: 11 - 0 = 11, written 5
        ("00000001", "4"),  # sum 7: 11 - 7
        ("00000010", "2"),  # sum 9: 11 - 9
        ("12345679", "9"),
    ],
)
def test_check_digit_table(serial: str, digit: str) -> None:
    assert s10_check_digit(serial) == digit


def test_check_digit_ten_becomes_zero() -> None:
    """A sum of 1 mod 11 gives 10, written 0: every such serial of the first 200."""
    serials = [f"{n:08d}" for n in range(200)]
    tens = [
        s
        for s in serials
        if 11 - sum(int(d) * w for d, w in zip(s, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11 == 10
    ]
    assert tens and all(s10_check_digit(s) == "0" for s in tens)


@pytest.mark.parametrize(
    "number",
    ["EA123456785CN", "ea123456785cn", " EA 1234 5678 5 CN ", "RR473124829CN", "1234567890123"],
)
def test_valid_numbers(number: str) -> None:
    assert checked(number) == "".join(number.split()).upper()


@pytest.mark.parametrize(
    ("number", "expected"),
    [("EA123456784CN", "5"), ("RR473124820CN", "9"), ("EA000000010CN", "4")],
)
def test_a_wrong_check_digit_is_refused_with_the_right_one(number: str, expected: str) -> None:
    with pytest.raises(BadTracking) as refused:
        checked(number)
    assert (refused.value.reason, refused.value.expected) == ("check_digit", expected)


@pytest.mark.parametrize(
    "number",
    [
        "",
        "EA12345678CN",
        "E1234567855CN",
        "EA123456785C1",
        "123456789012",
        "\uff11" * 13,  # full-width digits
        "12345678901234",
        "EA123456785CN;",
    ],
)
def test_what_is_not_a_tracking_number(number: str) -> None:
    with pytest.raises(BadTracking) as refused:
        checked(number)
    assert refused.value.reason == "format"


def test_domestic_patterns_are_the_centers() -> None:
    assert checked("YT1234567890", domestic=(r"^YT\d{10}$",)) == "YT1234567890"
    with pytest.raises(BadTracking):
        checked("1234567890123", domestic=(r"^YT\d{10}$",))


def test_an_s10_range_counts_up_with_fresh_check_digits() -> None:
    numbers = number_range("EA123456785CN", 3)
    assert numbers == ["EA123456785CN", "EA123456799CN", "EA123456808CN"]
    assert all(checked(n) == n for n in numbers)
    assert number_range("1234567890123", 2) == ["1234567890123", "1234567890124"]
    with pytest.raises(RangeTooShort):
        number_range("EA999999995CN", 2)
