"""`Changes | Changes`: every field merged, and a subclass's own fields kept in either order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

import pytest

from core.changes import Changes
from core.places.changes import PlaceChanges

A, B, C = (uuid.UUID(int=n) for n in (1, 2, 3))


def test_every_field_of_two_changes_is_merged():
    one = Changes(
        stock=True,
        centers=frozenset({A}),
        products=frozenset({A}),
        move_ids=(A, B),
        reservation_ids=(A,),
        runs=frozenset({A}),
        parcels=frozenset({A}),
    )
    two = Changes(
        catalog=True,
        centers=frozenset({B}),
        products=frozenset({A, C}),
        move_ids=(C,),
        reservation_ids=(B,),
        runs=frozenset({B}),
        parcels=frozenset({C}),
    )
    merged = one | two
    assert type(merged) is Changes
    assert merged == Changes(
        stock=True,
        catalog=True,
        centers=frozenset({A, B}),
        products=frozenset({A, C}),
        move_ids=(A, B, C),
        reservation_ids=(A, B),
        runs=frozenset({A, B}),
        parcels=frozenset({A, C}),
    )
    # nothing is left out: each field differs from its default after the merge
    assert all(getattr(merged, f.name) != getattr(Changes(), f.name) for f in fields(Changes))


@pytest.mark.parametrize("order", ["place first", "place second"])
def test_a_subclass_keeps_its_fields_whichever_side_it_is_on(order):
    place = PlaceChanges(places=True, point_ids=(A,), parcels=frozenset({B}))
    plain = Changes(stock=True, parcels=frozenset({C}))
    merged = place | plain if order == "place first" else plain | place
    assert type(merged) is PlaceChanges
    assert merged.places and merged.point_ids == (A,)
    assert merged.stock and merged.parcels == frozenset({B, C})


def test_a_places_only_write_merged_with_nothing_is_still_announced():
    assert not (PlaceChanges(places=True) | Changes()).empty
    assert not (Changes() | PlaceChanges(point_ids=(A,))).empty
    assert (PlaceChanges() | Changes()).empty
    assert (PlaceChanges(point_ids=(A,)) | PlaceChanges(point_ids=(B,))).point_ids == (A, B)


def test_two_unrelated_kinds_of_changes_refuse_to_merge():
    @dataclass(frozen=True)
    class CountChanges(Changes):
        counts: frozenset[uuid.UUID] = frozenset()

    with pytest.raises(TypeError, match="CountChanges and PlaceChanges"):
        CountChanges(counts=frozenset({A})) | PlaceChanges(places=True)
    assert (CountChanges(counts=frozenset({A})) | Changes(stock=True)).counts == frozenset({A})


@pytest.mark.parametrize("name", [f.name for f in fields(PlaceChanges)])
def test_a_change_carrying_any_one_field_is_not_empty(name):
    """A schedule saved returns `Changes(centers=...)` only: it must still be announced."""
    default = getattr(PlaceChanges(), name)
    value = {bool: True, frozenset: frozenset({A}), tuple: (A,)}[type(default)]
    assert not PlaceChanges(**{name: value}).empty
    if name in {f.name for f in fields(Changes)}:
        assert not Changes(**{name: value}).empty
    assert PlaceChanges().empty and Changes().empty
