"""Strict quantity parsing: what a clerk types, scans or pastes must be a plain whole number."""

from __future__ import annotations

import pytest

from core.errors import InvalidQuantity
from core.validation import MAX_QUANTITY, parse_delta, parse_quantity

REFUSED = [
    0,
    -1,
    1.5,
    "1.5",
    "1_000",  # int() accepts digit separators
    "١٢",  # Arabic-Indic digits: int() reads 12
    "６",  # fullwidth digit from a Chinese input method: int() reads 6
    "6901234567892",  # an EAN-13 scanned into the quantity field
    6901234567892,
    MAX_QUANTITY + 1,
    True,  # bool is an int subclass
    False,
    None,
    "",
    " ",
    "0",
    "-3",
    "+3",
    "1e3",
    "12 pcs",
]


@pytest.mark.parametrize("value", REFUSED, ids=repr)
def test_refused_quantities(value: object) -> None:
    with pytest.raises(InvalidQuantity) as caught:
        parse_quantity(value, "qty")
    assert caught.value.field == "qty"
    assert caught.value.value == value or caught.value.value is value


@pytest.mark.parametrize(
    ("value", "expected"), [("12", 12), (12, 12), (" 7 ", 7), (1, 1), (MAX_QUANTITY, MAX_QUANTITY)]
)
def test_accepted_quantities(value: object, expected: int) -> None:
    result = parse_quantity(value)
    assert result == expected
    assert type(result) is int


@pytest.mark.parametrize(("value", "expected"), [("-3", -3), ("+3", 3), ("3", 3), (-3, -3), (4, 4)])
def test_adjustment_deltas_are_signed(value: object, expected: int) -> None:
    assert parse_delta(value) == expected


@pytest.mark.parametrize("value", [0, "0", "-0", "-1.5", "--1", "-١", True, None, "-"], ids=repr)
def test_refused_deltas(value: object) -> None:
    with pytest.raises(InvalidQuantity):
        parse_delta(value)
